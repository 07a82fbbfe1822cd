/// The small script `drover serve` adds to every HTML page it serves (never to the built site):
/// it listens to `/_drover/events` and puts the rebuilt page in place of the open one, swaps its
/// stylesheets, or shows the failed build's diagnostics over it.
///
/// Every address is relative: the script is included by a path relative to the page, and finds
/// the events next to itself, so live reload works behind a proxy, a forwarded port or a path
/// prefix (Codespaces, `ssh -L`, a reverse proxy under /preview/).
public enum LiveScript {
    /// Where the server answers, under the site's root.
    public static let folder = "_drover/"
    public static let scriptPath = folder + "live.js"
    public static let eventsPath = folder + "events"

    /// Adds the script before the last `</body>` (or at the end when there is none) of the HTML
    /// page served at `requestPath`, with the generation of the site the page came from
    /// (`data-build`): the script sends it when it connects, so a page that missed a rebuild
    /// is told to reload (see `ReloadChannel`).
    public static func inject(into html: [UInt8], requestPath: String, build: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(relativeRoot(of: requestPath))\(scriptPath)\" data-build=\"\(build)\" defer></script>\n".utf8)
        let closing = Array("</body>".utf8)
        var bytes = html
        if let position = lastIndex(of: closing, in: html) {
            bytes.insert(contentsOf: tag, at: position)
        } else {
            bytes.append(contentsOf: tag)
        }
        return bytes
    }

    /// `../../` for `/research/x/`, `` for `/`: the way from the page's folder back to the root.
    static func relativeRoot(of requestPath: String) -> String {
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        let depth = requestPath.hasSuffix("/") ? segments.count : max(0, segments.count - 1)
        return String(repeating: "../", count: depth)
    }

    /// ASCII case-insensitive search from the end (`</BODY>` counts too).
    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        var start = haystack.count - needle.count
        while start >= 0 {
            if needle.indices.allSatisfy({ lower(haystack[start + $0]) == needle[$0] }) { return start }
            start -= 1
        }
        return nil
    }

    /// The script. It keeps no state across reloads but the build its page is on.
    public static let source = #"""
    (() => {
      "use strict";
      const script = document.currentScript;
      const buildOf = (tag) => (tag && /^[0-9]+$/.test(tag.dataset.build || "") ? Number(tag.dataset.build) : null);
      // The build this page came from, sent when connecting: the server tells a page that
      // missed a rebuild (served before it ended, connected after its reload went out) to reload.
      let generation = buildOf(script);
      // The server said another build than the page's: its `reload` loads the page again whole.
      let behind = false;
      let overlay = null;

      function showErrors(diagnostics) {
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "drover-errors";
          overlay.setAttribute("role", "alert");
          overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
            "background:rgba(20,20,24,.94);color:#f5f5f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
          document.body.appendChild(overlay);
        }
        overlay.replaceChildren();
        const heading = document.createElement("h2");
        heading.style.cssText = "margin:0 0 1rem;font:bold 16px/1.4 system-ui,sans-serif;color:#ff8a80";
        heading.textContent = "drover: the build failed; this page shows the last good build";
        overlay.appendChild(heading);
        for (const d of diagnostics) {
          const item = document.createElement("pre");
          item.className = "drover-diagnostic";
          item.style.cssText = "margin:0 0 .75rem;white-space:pre-wrap";
          const place = document.createElement("strong");
          place.textContent = d.place;
          item.append(place, ": " + d.severity + ": " + d.message);
          if (d.fix) item.append("\n  fix: " + d.fix);
          overlay.appendChild(item);
        }
      }

      function clearErrors() {
        if (overlay) { overlay.remove(); overlay = null; }
      }

      function swapStylesheets() {
        const stamp = Date.now().toString(36);
        for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
          const url = new URL(link.href);
          url.searchParams.set("drover", stamp);
          const next = link.cloneNode();
          next.href = url.href;
          next.addEventListener("load", () => link.remove(), { once: true });
          next.addEventListener("error", () => link.remove(), { once: true });
          link.after(next);
        }
      }

      // The new page replaces the old one in place: no navigation, no stylesheet or script
      // fetched again, the scroll position kept. A page whose stylesheets changed, or that has
      // scripts of its own (which would not run again), is reloaded instead.
      const sheets = (doc) => [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")).join("\n");
      const isSheet = (node) => node.nodeType === 1 && node.matches('link[rel="stylesheet"]');
      async function refresh() {
        try {
          const response = await fetch(location.href, { cache: "no-store" });
          const next = new DOMParser().parseFromString(await response.text(), "text/html");
          const ownScripts = [...next.scripts].filter((s) => !s.src.endsWith("_drover/live.js"));
          if (ownScripts.length > 0 || sheets(next) !== sheets(document)) { location.reload(); return; }
          for (const node of [...document.head.childNodes]) if (!isSheet(node)) node.remove();
          for (const node of [...next.head.childNodes]) if (!isSheet(node)) document.head.append(document.adoptNode(node));
          overlay = null;
          document.body.replaceWith(document.adoptNode(next.body));
          generation = buildOf(document.querySelector("script[data-build]"));
        } catch (error) {
          location.reload();
        }
      }

      function connect() {
        const events = new URL("events", script.src);
        if (generation !== null) events.searchParams.set("since", String(generation));
        const source = new EventSource(events);
        source.addEventListener("hello", (event) => {
          const seen = JSON.parse(event.data).generation;
          behind = generation !== null && seen !== generation;
          generation = seen;
        });
        source.addEventListener("reload", () => {
          // A page that missed rebuilds may have missed a stylesheet change too: load it whole.
          if (behind) { behind = false; location.reload(); } else refresh();
        });
        source.addEventListener("css", () => swapStylesheets());
        source.addEventListener("errors", (event) => showErrors(JSON.parse(event.data).diagnostics));
        source.addEventListener("clear", () => clearErrors());
        // The browser would retry the first address, with the build the page first came from;
        // a reconnection (the server restarted, the laptop slept) says the build it is on now.
        source.addEventListener("error", () => {
          source.close();
          setTimeout(connect, 500);
        });
      }
      connect();
    })();
    """#
}
