#!/usr/bin/env python3
"""Save-to-page latency and memory of `drover serve`, measured in headless Chromium.

    Benchmarks/serve/bench.py [--collection flagship|10k|both] [--edits N] [--drover PATH]

For each collection, a copy of it (and of theme/) is served by `drover serve --port 0`; Chromium
opens one entry's page; then, N times, the entry's file is rewritten with a new sentence and the
time is taken from just before the write until the page's DOM holds the sentence (the reloaded
page's `domInteractive`, on the same clock). The memory of the serve process (VmRSS) is read after
the first rebuild and after the last one. Medians are printed and written to
Benchmarks/serve/out/results.json (git-ignored).

Needs Debian's `chromium` and `chromium-driver`, and PyPI's `selenium`. The 10k collection is made
by Benchmarks/generate.py (10 000 entries, seed 1). This is a measurement, not a test: nothing is
asserted; the targets (<= 50 ms flagship, <= 100 ms 10k, no memory growth) are printed beside it.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGETS_MS = {"flagship": 50, "10k": 100}


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


class Serve:
    """`drover serve` on a folder, with its terminal lines read as they come."""

    def __init__(self, drover, content, theme):
        self.process = subprocess.Popen([drover, "serve", "--content", content, "--theme", theme, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("drover serve ended: " + self.process.stderr.read())
            self.lines.append(line.rstrip("\n"))
            match = re.match(r"serving (\S+)", line)
            if match:
                self.address = match.group(1)
                return

    def next_line(self):
        line = self.process.stdout.readline().rstrip("\n")
        self.lines.append(line)
        return line

    def stop(self):
        self.process.send_signal(2)  # SIGINT, as Ctrl-C
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        return self.process.returncode


# Installed before each write: notes the moment the marker enters the DOM of the open page
# (the live script puts the rebuilt page in place of the old one).
WATCH = """
const marker = arguments[0];
window.__droverSeen = null;
new MutationObserver((changes, observer) => {
  if (document.body && document.body.textContent.includes(marker)) {
    window.__droverSeen = performance.timeOrigin + performance.now();
    observer.disconnect();
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
"""

# When the marker is in the DOM: the observer's time or, if the page was reloaded instead
# (which drops the observer), the new document's domInteractive.
DOM_TIME = """
const marker = arguments[0];
if (!document.body || !document.body.textContent.includes(marker)) return null;
if (window.__droverSeen) return [window.__droverSeen, false];
const navigation = performance.getEntriesByType("navigation")[0];
return [performance.timeOrigin + navigation.domInteractive, true];
"""


def measure(name, drover, content_source, entry, page, edits):
    work = tempfile.mkdtemp(prefix="drover-serve-bench-")
    content = os.path.join(work, "content")
    theme = os.path.join(work, "theme")
    shutil.copytree(content_source, content)
    shutil.copytree(os.path.join(ROOT, "theme"), theme)
    entry_path = os.path.join(content, entry)
    with open(entry_path, encoding="utf-8") as original:
        text = original.read()

    serve = Serve(drover, content, theme)
    browser = start_browser()
    latencies, reloads, rss_first, rss_last = [], 0, None, None
    try:
        browser.get(serve.address + page)
        for edit in range(1, edits + 1):
            marker = "Замер номер %d: страница обновилась." % edit
            browser.execute_script(WATCH, marker)
            started = time.time() * 1000
            with open(entry_path, "w", encoding="utf-8") as out:
                out.write(text.rstrip("\n") + "\n\n" + marker + "\n")
            deadline = time.time() + 60
            shown = None
            while shown is None and time.time() < deadline:
                try:
                    shown = browser.execute_script(DOM_TIME, marker)
                except Exception:
                    shown = None  # the page is between documents
                if shown is None:
                    time.sleep(0.002)
            if shown is None:
                raise SystemExit("%s: edit %d never reached the page" % (name, edit))
            latencies.append(shown[0] - started)
            reloads += 1 if shown[1] else 0
            line = serve.next_line()  # the rebuild's terminal line
            if edit == 1:
                rss_first = rss_kb(serve.process.pid)
        rss_last = rss_kb(serve.process.pid)
    finally:
        browser.quit()
        status = serve.stop()
        shutil.rmtree(work, ignore_errors=True)

    result = {
        "collection": name,
        "edits": edits,
        "median_ms": round(statistics.median(latencies), 1),
        "median_ms_after_first": round(statistics.median(latencies[1:]), 1) if len(latencies) > 1 else None,
        "min_ms": round(min(latencies), 1),
        # Edits shown by a full reload rather than in place.
        "full_reloads": reloads,
        "max_ms": round(max(latencies), 1),
        "target_ms": TARGETS_MS[name],
        "rss_after_first_rebuild_kb": rss_first,
        "rss_after_last_rebuild_kb": rss_last,
        "last_rebuild_line": line,
        "serve_exit_status": status,
    }
    print(json.dumps(result, ensure_ascii=False))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collection", choices=["flagship", "10k", "both"], default="both")
    parser.add_argument("--edits", type=int, default=0, help="edits per collection (default: 30 flagship, 100 for 10k)")
    parser.add_argument("--drover", default=os.path.join(ROOT, ".build/release/drover"))
    args = parser.parse_args()
    if not os.access(args.drover, os.X_OK):
        subprocess.run(["swift", "build", "-c", "release", "--product", "drover"], cwd=ROOT, check=True)

    results = []
    if args.collection in ("flagship", "both"):
        results.append(measure("flagship", args.drover, os.path.join(ROOT, "content"), "research/ai-index.md",
                               "research/ai-index/", args.edits or 30))
    if args.collection in ("10k", "both"):
        generated = os.path.join(HERE, "out", "content-10k")
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/generate.py"), "--entries", "10000", "--out", generated],
                       check=True, stdout=subprocess.DEVNULL)
        entry = sorted(f for f in os.listdir(os.path.join(generated, "research")) if f != "_block.md")[0]
        results.append(measure("10k", args.drover, generated, "research/" + entry, "research/%s/" % entry[:-3], args.edits or 100))
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    with open(os.path.join(HERE, "out", "results.json"), "w") as out:
        json.dump(results, out, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
