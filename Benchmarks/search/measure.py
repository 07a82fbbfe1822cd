#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1, loads one of its pages in headless Chromium and reports
what the page downloaded until CSS_SELECTOR shows (its first results).

    measure.py --site SITE_DIR --prefix /bench/ --page 'search/?q=…' --wait CSS_SELECTOR [--label NAME]

The server itself logs every request (so requests made by Web Workers, as Pagefind's are,
count too). Prints one JSON line: the requests after the page's HTML, except its stylesheet
and icon, each with its raw and gzip size (the file on disk at gzip level 6, as a web server
would send it; files that are gzip already, like Pagefind's, count at their own size), and the totals.
"""
import argparse
import gzip
import http.server
import json
import os
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.support.ui import WebDriverWait


def sizes(path):
    data = open(path, "rb").read()
    return len(data), min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


class Handler(http.server.SimpleHTTPRequestHandler):
    requested = []

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        # The site is built for a base URL with a path (e.g. /bench/): serve it there.
        path = urllib.parse.unquote(urllib.parse.urlparse(path).path)
        if not path.startswith(self.server.prefix):
            return os.path.join(self.server.site, "__missing__")
        local = os.path.join(self.server.site, path[len(self.server.prefix):])
        Handler.requested.append((path, local))
        return local

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


RANK_SCRIPT = """
var done = arguments[arguments.length - 1], S = window.DroverSearch, query = arguments[0];
var base = new URL(document.getElementById("search-app").getAttribute("data-index"), location.href);
function get(path) { return fetch(new URL(path, base)).then(function (r) { return r.json(); }); }
get("meta.json").then(function (meta) {
  var forms = S.reading(query, meta.synonyms), names = [];
  forms.forEach(function (f) { f.forEach(function (w) {
    var n = S.shardFileName(S.shardKey(w.text)); if (meta.shards.indexOf(n) >= 0 && names.indexOf(n) < 0) names.push(n); }); });
  return Promise.all(names.map(function (n) { return get("shards/" + n + ".json"); })).then(function (loaded) {
    var times = [];
    for (var run = 0; run < 11; run++) {
      var shards = {};
      names.forEach(function (n, i) { shards[n] = JSON.parse(JSON.stringify(loaded[i])); });
      var start = performance.now();
      S.ordered(S.rank(S.reading(query, meta.synonyms), shards));
      times.push(performance.now() - start);
    }
    times = times.slice(1).sort(function (a, b) { return a - b; });
    done(Math.round(times[5] * 10) / 10);
  });
}).catch(function (e) { done(String(e)); });
"""


def headless_chromium():
    """Debian's Chromium and chromium-driver, headless, 1280 × 900 (CHROMIUM, CHROMEDRIVER override the paths)."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--prefix", default="/")
    parser.add_argument("--page", required=True)
    parser.add_argument("--wait", required=True)
    parser.add_argument("--label", default="")
    parser.add_argument("--rank-query", help="also time search.js's ranking of this query over its loaded shards")
    args = parser.parse_args()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.site, server.prefix = args.site, args.prefix
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d%s%s" % (server.server_address[1], args.prefix, args.page)

    driver = headless_chromium()
    try:
        started = time.time()
        driver.get(url)
        WebDriverWait(driver, 60).until(lambda d: d.find_elements("css selector", args.wait))
        seconds = time.time() - started
        time.sleep(0.5)  # nothing the first results need arrives later; this only makes sure
        requested = len(Handler.requested)
        rank_ms = None
        if args.rank_query:
            # The main work between "shards loaded" and "results shown", without the network:
            # read the query, decode the postings it touches, rank and sort; median of 10 runs
            # after a warm-up (filter counts and the DOM are not in it).
            rank_ms = driver.execute_async_script(RANK_SCRIPT, args.rank_query)
    finally:
        driver.quit()
        server.shutdown()

    requests = []
    for path, local in Handler.requested[1:requested]:  # [0] is the page itself
        if os.path.isdir(local):
            local = os.path.join(local, "index.html")
        if path.endswith((".css", ".svg", ".ico")) or not os.path.isfile(local):
            continue  # the page's own look, not search
        raw, gz = sizes(local)
        requests.append({"path": path, "raw": raw, "gzip": gz})
    print(json.dumps({
        "label": args.label, "url": args.page, "seconds_to_results": round(seconds, 2),
        "requests": len(requests), "raw": sum(r["raw"] for r in requests), "gzip": sum(r["gzip"] for r in requests),
        "rank_ms": rank_ms, "files": requests,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
