#!/usr/bin/env python3
"""Browser check of `drover serve`'s live script: a page never stays on an old build.

Serves a copy of content/ and theme/ with `drover serve --port 0` and opens one entry's page in
Debian's headless Chromium, driven over the DevTools protocol on a pipe (no driver, no packages).

1. Missed reload: the page's event stream is held back (DevTools' Fetch domain pauses the
   request), the entry is saved, and the stream is let through only after the rebuild's reload
   went out (seen on a connection of this script's own). The page connects with the build it
   came from and must show the new version: this is the case that stayed stale for good.
2. In-place refresh: the entry is saved again while the page listens; the new version must be
   put in place without a navigation.

Every wait is for a condition, bounded by a generous timeout. Closes with 'N passed, N failed'.

    Tests/Browser/serve_stale_test.py [--drover .build/debug/drover] [--repeat N]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENTRY = "research/alignment-faking.md"
PAGE = "research/alignment-faking/"
TIMEOUT = 60  # seconds; only a guard against a hung run


def wait_for(condition, what, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError("timed out waiting for " + what)


class Chromium:
    """Headless Chromium with --remote-debugging-pipe: commands on fd 3, answers on fd 4, each
    message JSON ended by a NUL byte."""

    def __init__(self, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def fds():
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        binary = shutil.which("chromium") or "/usr/bin/chromium"
        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.next_id = 0
        self.buffer = b""
        self.events = []
        self.lock = threading.Lock()
        self.answers = {}
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        while True:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                return
            self.buffer += chunk
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self.lock:
                    if "id" in message:
                        self.answers[message["id"]] = message
                    else:
                        self.events.append(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        number = self.next_id
        message = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        answer = wait_for(lambda: self.answers.get(number), method)
        if "error" in answer:
            raise AssertionError("%s: %s" % (method, answer["error"]))
        return answer.get("result", {})

    def take_events(self, method):
        with self.lock:
            taken = [e for e in self.events if e["method"] == method]
            self.events = [e for e in self.events if e["method"] != method]
        return taken

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Page:
    def __init__(self, browser):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.held = []  # event stream requests waiting to be let through
        self.hold = False
        self.received = []  # the names of the server-sent events the page got, in order
        self.send("Fetch.enable", {"patterns": [{"urlPattern": "*_drover/events*", "requestStage": "Request"}]})
        self.send("Network.enable")

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def pump(self):
        """Lets paused event stream requests through, unless they are held; notes the events."""
        for event in self.browser.take_events("Network.eventSourceMessageReceived"):
            if event.get("sessionId") == self.session:
                self.received.append(event["params"]["eventName"])
        for event in self.browser.take_events("Fetch.requestPaused"):
            request = event["params"]
            if self.hold:
                self.held.append(request)
            else:
                self.send("Fetch.continueRequest", {"requestId": request["requestId"]})

    def release(self):
        self.hold = False
        for request in self.held:
            self.send("Fetch.continueRequest", {"requestId": request["requestId"]})
        released, self.held = self.held, []
        return released

    def evaluate(self, expression):
        self.pump()
        try:
            result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        except AssertionError:
            return None  # between documents
        return result.get("result", {}).get("value")

    def shows(self, text):
        return self.evaluate("document.body ? document.body.textContent.includes(%s) : false" % json.dumps(text))


class Serve:
    def __init__(self, drover, content, theme):
        self.process = subprocess.Popen([drover, "serve", "--content", content, "--theme", theme, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("drover serve ended: " + self.process.stderr.read())
            match = re.match(r"serving (\S+)", line)
            if match:
                self.address = match.group(1)
                break
        threading.Thread(target=self.process.stdout.read, daemon=True).start()
        threading.Thread(target=self.process.stderr.read, daemon=True).start()

    def stop(self):
        self.process.send_signal(2)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Reloads:
    """An event stream of this script's own: counts the reloads the server sends."""

    def __init__(self, address):
        self.count = 0
        self.response = urllib.request.urlopen(address + "_drover/events", timeout=TIMEOUT)
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.response:
            if line.strip() == b"event: reload":
                self.count += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drover", default=os.path.join(ROOT, ".build", "debug", "drover"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="drover-serve-stale-")
    content, theme = os.path.join(work, "content"), os.path.join(work, "theme")
    shutil.copytree(os.path.join(ROOT, "content"), content)
    shutil.copytree(os.path.join(ROOT, "theme"), theme)
    entry = os.path.join(content, ENTRY)
    with open(entry, encoding="utf-8") as source:
        original = source.read().rstrip("\n")

    def save(marker):
        with open(entry, "w", encoding="utf-8") as out:
            out.write(original + "\n\n" + marker + "\n")

    serve = Serve(args.drover, content, theme)
    browser = Chromium(os.path.join(work, "profile"))
    reloads = Reloads(serve.address)
    passed, failed = 0, 0
    try:
        for attempt in range(1, args.repeat + 1):
            page = Page(browser)
            # 1. The page loads, its event stream is held back, the rebuild's reload goes out.
            page.hold = True
            page.send("Page.navigate", {"url": serve.address + PAGE})
            wait_for(lambda: page.pump() or page.held, "the page's event stream")
            since = re.search(r"since=(\d+)", page.held[0]["request"]["url"])
            before = reloads.count
            missed = "Пропущенная правка %d." % attempt
            save(missed)
            wait_for(lambda: reloads.count > before, "the rebuild's reload")
            page.release()
            try:
                wait_for(lambda: page.shows(missed), "the missed edit on the page", timeout=20)
                print("ok   %d: a page that missed a rebuild (since=%s) shows it" % (attempt, since and since.group(1)))
                passed += 1
            except AssertionError as error:
                print("FAIL %d: a page that missed a rebuild stays on it (%s)" % (attempt, error))
                failed += 1
                page.send("Page.close")
                continue

            # 2. The page listens (the reloaded page's stream said hello): the next edit is put in
            # place, without a navigation.
            wait_for(lambda: page.pump() or page.received.count("hello") >= 2, "the reloaded page's hello")
            page.evaluate("window.__droverKept = true")
            before = reloads.count
            in_place = "Правка на месте %d." % attempt
            save(in_place)
            wait_for(lambda: reloads.count > before, "the rebuild's reload")
            try:
                wait_for(lambda: page.shows(in_place), "the edit on the open page", timeout=20)
                kept = page.evaluate("window.__droverKept === true")
                if kept:
                    print("ok   %d: the next edit is put in place (the page's events: %s)" % (attempt, " ".join(page.received)))
                    passed += 1
                else:
                    print("FAIL %d: the next edit reloaded the page instead of replacing it in place" % attempt)
                    failed += 1
            except AssertionError as error:
                print("FAIL %d: the next edit never reached the open page (%s)" % (attempt, error))
                failed += 1
            page.send("Page.close")
    finally:
        browser.close()
        serve.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
