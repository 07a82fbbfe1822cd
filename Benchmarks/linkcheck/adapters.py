#!/usr/bin/env python3
"""Host-adapter benchmark: `drover check --external` on a collection of GitHub,
YouTube, Telegram and arXiv URLs, every host a stand-in on 127.0.0.1 reached
through `--resolve`, so the URLs are written exactly as in a real collection.

    adapters.py [--entries 1000] [--drover .build/release/drover] [--runs 3]

Python 3 standard library only. It writes Benchmarks/out/adapters/content/ (a
collection of ENTRIES entries: 70 % GitHub repositories, 10 % YouTube videos,
10 % Telegram channels, 10 % arXiv papers, a few of each missing, renamed or
archived), starts one HTTP server that answers as api.github.com (GraphQL and
REST), github.com, www.youtube.com, i.ytimg.com, t.me and export.arxiv.org by
the Host header, and runs drover with GITHUB_TOKEN set and without. For each
run it prints the wall time, the requests each stand-in host received, and the
classes drover reported; it exits 1 when the GitHub URLs of the collection took
more than ENTRIES/100 GraphQL requests with a token, or when a class is wrong.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOSTS = ["api.github.com", "github.com", "www.youtube.com", "i.ytimg.com", "t.me", "export.arxiv.org", "arxiv.org", "huggingface.co"]


def repo_state(owner, name):
    """missing / renamed / archived / fine, decided by the repository's number."""
    n = int(re.sub(r"\D", "", name) or 0)
    if n % 97 == 5:
        return "missing"
    if n % 89 == 7:
        return "renamed"
    if n % 83 == 11:
        return "archived"
    return "fine"


class StandIn(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    counts = Counter()
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def count(self):
        host = self.headers.get("Host", "?")
        kind = "graphql" if self.path == "/graphql" else "other"
        with self.lock:
            self.counts[host] += 1
            if host == "api.github.com":
                self.counts["api.github.com " + kind] += 1
        return host

    def do_POST(self):
        host = self.count()
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if host != "api.github.com" or self.path != "/graphql":
            return self.reply(404)
        query = json.loads(body)["query"]
        data, errors = {}, []
        for alias, owner, name in re.findall(r'(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)', query):
            state = repo_state(owner, name)
            if state == "missing":
                data[alias] = None
                errors.append({"type": "NOT_FOUND", "path": [alias], "message": "Could not resolve to a Repository"})
            else:
                full = owner + "/" + (name + "-renamed" if state == "renamed" else name)
                data[alias] = {"nameWithOwner": full, "isArchived": state == "archived",
                               "archivedAt": "2023-01-05T00:00:00Z" if state == "archived" else None,
                               "pushedAt": "2022-12-27T00:00:00Z", "isDisabled": False}
        out = {"data": data}
        if errors:
            out["errors"] = errors
        self.reply(200, json.dumps(out).encode(), [("Content-Type", "application/json")])

    def do_GET(self):
        host = self.count()
        path = self.path
        if host == "api.github.com":
            m = re.match(r"^/repos/([^/]+)/([^/?]+)$", path)
            if not m:
                return self.reply(404)
            state = repo_state(m.group(1), m.group(2))
            if state == "missing":
                return self.reply(404, b'{"message":"Not Found"}')
            full = m.group(1) + "/" + (m.group(2) + "-renamed" if state == "renamed" else m.group(2))
            return self.reply(200, json.dumps({"full_name": full, "archived": state == "archived",
                                               "pushed_at": "2022-12-27T00:00:00Z"}).encode(),
                              [("Content-Type", "application/json"), ("X-RateLimit-Remaining", "4999")])
        if host == "www.youtube.com":
            if "gone" in path:
                return self.reply(404)
            return self.reply(200, b'{"title":"A video","author_name":"A channel"}', [("Content-Type", "application/json")])
        if host == "t.me":
            if "gone" in path:
                page = b'<div class="tgme_page"><div class="tgme_page_description">you can contact @x right away.</div></div>'
            else:
                page = b'<div class="tgme_page"><div class="tgme_page_title"><span>A channel</span></div><div class="tgme_page_extra">1 000 subscribers</div></div>'
            return self.reply(200, page, [("Content-Type", "text/html")])
        if host == "export.arxiv.org":
            ids = re.search(r"id_list=([^&]+)", path).group(1).split(",")
            entries = "".join("<entry><id>http://arxiv.org/abs/%sv1</id><title>Paper %s</title><summary>s</summary></entry>" % (i, i)
                              for i in ids if not i.endswith("99"))
            return self.reply(200, ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">%s</feed>' % entries).encode(),
                              [("Content-Type", "application/atom+xml")])
        if host == "huggingface.co" and path.startswith("/api/"):
            repo_id = "/".join(path.split("/")[3:5])
            return self.reply(200, json.dumps({"id": repo_id, "gated": False}).encode(), [("Content-Type", "application/json")])
        return self.reply(200, b"<title>page</title>", [("Content-Type", "text/html")])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(content, entries):
    if os.path.isdir(content):
        shutil.rmtree(content)
    write(os.path.join(content, "site.yml"), 'title: "Adapter benchmark"\ndescription: "Host adapters"\n'
          'base_url: "https://example.org/adapters/"\nlanguage: en\n')
    write(os.path.join(content, "tags.yml"), 'bench:\n  title: "Bench"\n  description: "Benchmark entries"\n')
    write(os.path.join(content, "links", "_block.md"), '---\ntitle: "Links"\norder: 1\nsummary: "Links"\n---\nLinks.\n')
    urls = []
    for i in range(entries):
        kind = i % 10
        if kind < 7:
            url = "https://github.com/owner%d/repo%d" % (i % 50, i)
        elif kind == 7:
            url = "https://www.youtube.com/watch?v=%s" % (("gone%07d" if i % 70 == 7 else "vid%08d") % i)
        elif kind == 8:
            url = "https://t.me/%s%d" % ("gone" if i % 80 == 8 else "channel", i)
        else:
            url = "https://arxiv.org/abs/2101.%05d" % i
        urls.append(url)
        write(os.path.join(content, "links", "e%05d.md" % i),
              '---\ntitle: "Entry %d"\nurl: %s\ntype: article\ntags: [bench]\nadded: 2026-01-01\n---\nEntry %d.\n' % (i, url, i))
    return urls


def coverage(a):
    """How many URLs of a real collection each adapter claims: its JSON report's checked_by."""
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    resolve = sum([["--resolve", "%s=127.0.0.1:%d" % (h, port)] for h in HOSTS], [])
    out = os.path.join(root, "Benchmarks", "out", "adapters-coverage")
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, GITHUB_TOKEN="coverage-token")
    # --only is not used: every URL is counted. Hosts that are not stand-ins fail to resolve (no network), which is fine here.
    done = subprocess.run([a.drover, "check", "--content", a.coverage, "--theme", os.path.join(root, "theme"), "--output",
                           os.path.join(out, "site"), "--cache", os.path.join(out, "cache.json"), "--external", "--no-cache",
                           "--format", "json"] + resolve, env=env, capture_output=True, text=True)
    server.shutdown()
    report = json.loads(done.stdout)
    by = Counter(u["checked_by"] or "plain HTTP" for u in report["urls"])
    print("%d unique external URLs in %s; checked by: %s" % (len(report["urls"]), a.coverage, dict(sorted(by.items()))))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=1000)
    ap.add_argument("--drover", default=".build/release/drover")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--coverage", metavar="CONTENT",
                    help="instead: check the collection in CONTENT once (token set, adapter hosts on the stand-in, "
                         "every other host left out) and print how many of its URLs each adapter covers")
    a = ap.parse_args(argv)
    if a.coverage:
        return coverage(a)
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    out = os.path.join(root, "Benchmarks", "out", "adapters")
    content = os.path.join(out, "content")
    urls = generate(content, a.entries)
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    resolve = sum([["--resolve", "%s=127.0.0.1:%d" % (h, port)] for h in HOSTS], [])
    failed = False
    # Without a token REST asks one repository a request, 0.2 s apart (the default lane): one run is enough to see it.
    for token, runs in [("benchmark-token", a.runs), (None, 1)]:
        for run in range(runs):
            StandIn.counts.clear()
            env = dict(os.environ)
            env.pop("GITHUB_TOKEN", None)
            if token:
                env["GITHUB_TOKEN"] = token
            shutil.rmtree(os.path.join(out, "site"), ignore_errors=True)
            cmd = [a.drover, "check", "--content", content, "--theme", os.path.join(root, "theme"), "--output",
                   os.path.join(out, "site"), "--external", "--no-cache", "--format", "json"] + resolve
            start = time.monotonic()
            done = subprocess.run(cmd, env=env, capture_output=True, text=True)
            wall = time.monotonic() - start
            report = json.loads(done.stdout)
            classes = report["summary"]["classes"]
            by = Counter(u["checked_by"] or "plain" for u in report["urls"])
            graphql = StandIn.counts["api.github.com graphql"]
            print("%s run %d: %.2f s wall, exit %d, %d URLs, classes %s, checked by %s, requests %s"
                  % ("token" if token else "no token", run + 1, wall, done.returncode, len(report["urls"]),
                     dict(sorted(classes.items())), dict(sorted(by.items())), dict(sorted(StandIn.counts.items()))))
            github = sum(1 for u in urls if "github.com" in u)
            if token and graphql > -(-github // 100):
                print("FAIL: %d GraphQL requests for %d GitHub URLs" % (graphql, github))
                failed = True
            if classes.get("broken", 0) == 0 or classes.get("moved", 0) == 0 or classes.get("archived", 0) == 0:
                print("FAIL: expected broken, moved and archived URLs")
                failed = True
    server.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
