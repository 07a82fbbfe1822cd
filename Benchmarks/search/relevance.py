#!/usr/bin/env python3
"""Relevance of search on the flagship collection: Drover's search page against Pagefind on the
same built site, over the reader queries of relevance.json.

    relevance.py [--drover PATH] [--content content] [--no-pagefind] [--out DIR] [--show N]

Builds CONTENT with drover into OUT/site, serves it on 127.0.0.1 and, in headless Chromium, runs
every query through the search page (`search/?q=…`, the first 10 results) and, unless
--no-pagefind, through Pagefind (`python3 -m pagefind` over a copy of the same site, queried by
pagefind-bench.html, the first 20 results). Each query of relevance.json lists the entries a good
answer puts first ("best"); a query counts as answered in the top 3 when one of them is among the
first three results, and its reciprocal rank is 1 / the position of the first of them (0 when
none is shown). Pagefind indexes every page of the site, so it is also scored with its results
that are not entries (block, tag, about pages) left out ("pagefind-entries"). Prints, per engine, the share in the top 3 and the mean reciprocal rank (MRR),
then the queries where each engine misses the top 3, and writes OUT/relevance.json with every
query's results.

Needs python3, selenium, chromium and chromium-driver (as .ci/browser-tests installs them) and,
for Pagefind, `pip install 'pagefind[bin]'`.
"""
import argparse
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from measure import headless_chromium  # noqa: E402  (beside this file)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder, port):
    handler = lambda *a, **k: QuietHandler(*a, directory=folder, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def entry_path(href, site):
    """`http://127.0.0.1:N/deep-dive/stepik-python/` → `deep-dive/stepik-python`."""
    path = urllib.parse.urlparse(urllib.parse.urljoin(site, href)).path
    return path.strip("/")


def drover_results(driver, site, query):
    driver.get(site + "search/?q=" + urllib.parse.quote(query))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return document.documentElement.classList.contains('search-ready') && "
        "document.getElementById('search-status').textContent !== ''"))
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-hit, #search-results .search-empty"))
    return [entry_path(a.get_attribute("href"), site) for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-hit__title")]


def pagefind_results(driver, site, query):
    driver.get(site + "pagefind-bench.html?q=" + urllib.parse.quote(query))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.body.dataset.count !== undefined"))
    return [entry_path(a.get_attribute("href"), site) for a in driver.find_elements(By.CSS_SELECTOR, "#results a")]


def is_entry(path):
    """An entry's page is `block/slug`; Pagefind also returns block, tag and other pages."""
    parts = path.split("/")
    return len(parts) == 2 and parts[0] != "tags" and all(parts)


def scores(results, best):
    rank = next((i + 1 for i, path in enumerate(results) if path in best), None)
    return {"top3": rank is not None and rank <= 3, "rr": 1.0 / rank if rank else 0.0, "rank": rank}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drover", default=None, help="a built drover (default: swift build's debug binary)")
    parser.add_argument("--content", default=os.path.join(ROOT, "content"))
    parser.add_argument("--queries", default=os.path.join(HERE, "relevance.json"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Benchmarks/out/search/relevance"))
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--show", type=int, default=5, help="results to print for each missed query")
    args = parser.parse_args()

    drover = args.drover
    if not drover:
        subprocess.run(["swift", "build", "--product", "drover"], cwd=ROOT, check=True)
        drover = os.path.join(subprocess.run(["swift", "build", "--product", "drover", "--show-bin-path"], cwd=ROOT,
                                             check=True, capture_output=True, text=True).stdout.strip(), "drover")
    queries = json.load(open(args.queries, encoding="utf-8"))
    os.makedirs(args.out, exist_ok=True)
    port = free_port()
    site_url = "http://127.0.0.1:%d/" % port
    site_dir = os.path.join(args.out, "site")
    shutil.rmtree(site_dir, ignore_errors=True)
    subprocess.run([drover, "build", "--content", args.content, "--theme", os.path.join(ROOT, "theme"),
                    "--output", site_dir, "--base-url", site_url], check=True, stdout=subprocess.DEVNULL)
    engines = [("drover", drover_results)]
    if not args.no_pagefind:
        # Pagefind indexes the built pages; only the entry pages are results worth comparing, so
        # it indexes what a reader would search (every page's <main>), as Pagefind does by default.
        subprocess.run([sys.executable, "-m", "pagefind", "--site", site_dir], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(HERE, "pagefind-bench.html"), os.path.join(site_dir, "pagefind-bench.html"))
        engines.append(("pagefind", pagefind_results))
    names = [name for name, _ in engines] + (["pagefind-entries"] if not args.no_pagefind else [])
    server = serve(site_dir, port)

    driver = headless_chromium()
    report = []
    try:
        for query in queries:
            best = set(query["best"])
            row = {"q": query["q"], "kind": query["kind"], "best": query["best"]}
            for name, run in engines:
                results = run(driver, site_url, query["q"])
                row[name] = dict(scores(results, best), results=results[:10])
                if name == "pagefind":
                    # A kinder reading: its results with the pages that are not entries left out.
                    entries = [path for path in results if is_entry(path)]
                    row["pagefind-entries"] = dict(scores(entries, best), results=entries[:10])
            report.append(row)
    finally:
        driver.quit()
        server.shutdown()

    json.dump(report, open(os.path.join(args.out, "relevance.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("%d queries" % len(report))
    for name in names:
        top3 = sum(row[name]["top3"] for row in report) / len(report)
        mrr = sum(row[name]["rr"] for row in report) / len(report)
        print("%-16s top-3 %.1f %%  MRR %.3f" % (name, 100 * top3, mrr))
    for name in names:
        missed = [row for row in report if not row[name]["top3"]]
        print("\n%s misses the top 3 on %d:" % (name, len(missed)))
        for row in missed:
            print("  «%s» (%s): rank %s; first: %s" % (row["q"], row["kind"], row[name]["rank"],
                                                      ", ".join(row[name]["results"][:args.show]) or "nothing"))


if __name__ == "__main__":
    main()
