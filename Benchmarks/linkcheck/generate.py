#!/usr/bin/env python3
"""Write the inputs of the external-link-check benchmark.

    generate.py --out DIR [--urls 2000] [--hosts 20] [--port 8800]
                [--first-ip 127.0.0.11] [--blocks 5]

Python 3 standard library only; deterministic (same arguments, same bytes).

DIR/content/   a Drover collection (content format: site.yml with the `check:`
               section below, tags.yml, BLOCKS blocks with _block.md) with one
               entry per URL; the entry's `url:` is the URL and its body has no
               link, so the collection's external URLs are exactly these.
DIR/links.html one HTML page with the same URLs as <a href>s, in the same
               order: LinkChecker's input.
DIR/urls.txt   the same URLs, one a line (for other tools and for checking).

URL i (0-based) is http://<host i mod HOSTS>:PORT/r/i, the hosts being HOSTS
consecutive addresses from FIRST-IP (loopback; see linkserver.py), so every
URL is unique, every host gets URLS/HOSTS of them, and the hosts come round
robin in the page and in the entries. DIR/content and the two files are
rewritten; nothing else in DIR is touched.
"""

import argparse
import html
import ipaddress
import os
import shutil
import sys

CHECK_SECTION = """check:
  connections: 80
  per_host:
    concurrency: 4
    interval: 0
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def urls_for(n, hosts, port, first_ip):
    first = ipaddress.IPv4Address(first_ip)
    ips = [str(first + i) for i in range(hosts)]
    if not all(ipaddress.IPv4Address(ip).is_loopback for ip in ips):
        raise SystemExit("generate.py: every host must be in 127.0.0.0/8")
    return ["http://%s:%d/r/%d" % (ips[i % hosts], port, i) for i in range(n)]


def write_content(content, urls, n_blocks):
    if os.path.isdir(content):
        shutil.rmtree(content)
    os.makedirs(content)
    write(os.path.join(content, "site.yml"),
          "title: \"Link check benchmark\"\n"
          "description: \"%d external URLs on loopback hosts, for timing drover check --external\"\n"
          "base_url: \"https://example.org/linkcheck-bench/\"\n"
          "language: en\n"
          "feed:\n  items: 50\n" % len(urls)
          + CHECK_SECTION)
    write(os.path.join(content, "tags.yml"),
          "benchmark:\n  title: \"Benchmark\"\n  description: \"Entries of the link-check benchmark\"\n"
          "loopback:\n  title: \"Loopback\"\n  description: \"URLs served on 127.0.0.0/8\"\n")
    width = len(str(len(urls) - 1))
    blocks = []
    for b in range(n_blocks):
        slug = "links-%d" % (b + 1)
        blocks.append(slug)
        os.makedirs(os.path.join(content, slug))
        write(os.path.join(content, slug, "_block.md"),
              "---\ntitle: \"Links %d\"\norder: %d\nsummary: \"Part %d of the benchmark's URLs\"\n---\n"
              "Entries whose URLs all answer 200 after a short delay.\n" % (b + 1, b + 1, b + 1))
    # contiguous slices, so each block holds every host round robin, like the page
    per_block = -(-len(urls) // n_blocks)
    for i, url in enumerate(urls):
        block = blocks[i // per_block]
        slug = "r-%0*d" % (width, i)
        day = 1 + i % 28
        write(os.path.join(content, block, slug + ".md"),
              "---\n"
              "title: \"Resource %d\"\n"
              "url: %s\n"
              "type: article\n"
              "tags: [benchmark, loopback]\n"
              "added: 2026-%02d-%02d\n"
              "---\n"
              "Resource number %d of the link-check benchmark. Its page answers after a short delay.\n"
              % (i, url, 1 + (i // 28) % 10, day, i))


def write_page(path, urls):
    rows = "".join('<li><a href="%s">Resource %d</a></li>\n' % (html.escape(u), i)
                   for i, u in enumerate(urls))
    write(path,
          "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<title>Link check benchmark: %d URLs</title>\n</head>\n<body>\n<ul>\n%s</ul>\n</body>\n</html>\n"
          % (len(urls), rows))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder for content/, links.html and urls.txt")
    ap.add_argument("--urls", type=int, default=2000, help="number of unique URLs (default 2000)")
    ap.add_argument("--hosts", type=int, default=20, help="number of hosts (default 20)")
    ap.add_argument("--port", type=int, default=8800, help="port of every host (default 8800)")
    ap.add_argument("--first-ip", default="127.0.0.11", help="first host address (default 127.0.0.11)")
    ap.add_argument("--blocks", type=int, default=5, help="blocks to spread the entries over (default 5)")
    a = ap.parse_args(argv)
    if a.urls < 1 or a.hosts < 1 or not 1 <= a.blocks <= a.urls:
        ap.error("need --urls >= 1, --hosts >= 1 and 1 <= --blocks <= --urls")
    out = os.path.abspath(a.out)
    if out in ("/", os.path.expanduser("~")) or os.path.exists(os.path.join(out, ".git")):
        ap.error("refusing to write into %s" % a.out)
    os.makedirs(out, exist_ok=True)
    urls = urls_for(a.urls, a.hosts, a.port, a.first_ip)
    write_content(os.path.join(out, "content"), urls, a.blocks)
    write_page(os.path.join(out, "links.html"), urls)
    write(os.path.join(out, "urls.txt"), "".join(u + "\n" for u in urls))
    print("generated %d URLs on %d hosts (port %d) in %s: content/ (%d blocks), links.html, urls.txt"
          % (len(urls), a.hosts, a.port, out, a.blocks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
