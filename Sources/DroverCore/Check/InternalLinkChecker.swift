import Foundation
import Synchronization

/// Checks the built site as a reader's browser would meet it: every `href` and `src` of
/// every page must reach a file of the site, and every `#fragment` an id on that page.
///
/// The build already resolves the links authors write by source path; this catches what
/// it cannot see: raw HTML in bodies, absolute links to the site's own base URL, and
/// templates that link to pages or anchors that do not exist. No network is used.
struct InternalLinkChecker: Sendable {
    /// The built site on disk, and how diagnostics name it (`site`).
    let outputDirectory: String
    let urls: SiteURLs
    let provenance: LinkProvenance

    struct Report {
        var diagnostics: [Diagnostic]
        var pages: Int
        var links: Int
    }

    func check() async -> Report {
        let root = URL(fileURLWithPath: outputDirectory).standardizedFileURL.path
        let files = FileIO.listFiles(under: root)
        let fileSet = Set(files)
        let pages = files.filter { $0.hasSuffix(".html") }
        let scans: [HTMLLinkScanner?] = await concurrentMap(pages.count, chunk: 8) { index in
            guard let data = FileManager.default.contents(atPath: root + "/" + pages[index]) else { return nil }
            return HTMLLinkScanner(bytes: [UInt8](data))
        }
        var ids: [String: Set<String>] = [:]
        for (index, page) in pages.enumerated() { ids[page] = scans[index]?.ids ?? [] }
        let idsByPage = ids

        // Navigation, tag and feed links repeat on every page: each distinct one is judged once.
        let verdicts = Verdicts()
        let found: [[Found]] = await concurrentMap(pages.count, chunk: 8) { index in
            guard let scan = scans[index] else { return [] }
            let page = pages[index]
            let directory = LinkResolver.directory(of: page)
            var pageBytes: [UInt8]?  // read again only when a link of the page fails
            return scan.links.compactMap { link in
                let key = Verdicts.key(for: link.target, page: page, directory: directory)
                let verdict = verdicts.value(for: key) {
                    problem(with: link.target, onPage: page, files: fileSet, idsByPage: idsByPage)
                }
                guard let problem = verdict else { return nil }
                if let location = provenance.locate(href: link.target, onPage: page) { return Found(problem: problem, location: location) }
                if pageBytes == nil { pageBytes = FileManager.default.contents(atPath: root + "/" + page).map { [UInt8]($0) } ?? [] }
                let (line, column) = TextPosition.of(byteOffset: link.offset, in: pageBytes!)
                return Found(problem: problem, location: SourceLocation(file: displayPath(page), line: line, column: column))
            }
        }
        // "Did you mean" compares a missing path with every page of the site: worked out once per
        // distinct path, after the scan, since a template's bad link repeats on every page.
        let pagePaths = files.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }
        var suggestions: [String: String?] = [:]
        var diagnostics: [Diagnostic] = []
        for (problem, location) in found.joined().map({ ($0.problem, $0.location) }) {
            var fix = problem.fix
            if let missing = problem.missingPath {
                if suggestions[missing] == nil {
                    suggestions[missing] = suggestions.count < Self.suggestionLimit
                        ? Suggestion.closest(to: missing, among: pagePaths).map { "did you mean '\(urls.link($0))'?" } : nil
                }
                fix = suggestions[missing] ?? nil
            }
            diagnostics.append(.error(problem.message, at: location, fix: fix))
        }
        return Report(diagnostics: diagnostics, pages: pages.count, links: scans.reduce(0) { $0 + ($1?.links.count ?? 0) })
    }

    /// What each distinct link came to, shared by the workers. A link's verdict depends on the
    /// page only through its folder (relative links) or the page itself (`#fragment` alone).
    final class Verdicts: Sendable {
        private let known = Mutex<[String: Problem?]>([:])

        static func key(for href: String, page: String, directory: String) -> String {
            if href.hasPrefix("/") || LinkResolver.scheme(of: href) != nil { return href }
            return (href.hasPrefix("#") || href.hasPrefix("?") || href.isEmpty ? page : directory + "/") + "\u{0}" + href
        }

        func value(for key: String, _ judge: () -> Problem?) -> Problem? {
            if let cached = known.withLock({ $0[key] }) { return cached }
            let verdict = judge()
            known.withLock { $0[key] = verdict }
            return verdict
        }
    }

    /// Distinct missing paths that get a "did you mean": enough for any real mistake.
    static let suggestionLimit = 200

    private func displayPath(_ page: String) -> String {
        (outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/") + page
    }

    /// A failing link and where to report it.
    struct Found: Sendable {
        var problem: Problem
        var location: SourceLocation
    }

    struct Problem: Sendable {
        var message: String
        var fix: String?
        /// The site path that has no file, for a "did you mean" worked out later.
        var missingPath: String?
    }

    /// What is wrong with `href` on `page`, or nil when it reaches its target (or is not ours to check).
    func problem(with href: String, onPage page: String, files: Set<String>, idsByPage: [String: Set<String>]) -> Problem? {
        let href = href.trimmed()
        if href.isEmpty { return nil }
        // Messages show the link as its author wrote it, not percent-encoded as cmark outputs it.
        let shown = href.percentDecoded
        let (beforeFragment, fragment) = LinkResolver.splitFragment(href)
        let pathPart = String(beforeFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])

        let sitePath: String
        if let scheme = LinkResolver.scheme(of: href) {
            // Absolute URLs are ours only under the base URL; the rest is the external check's.
            guard scheme == "http" || scheme == "https", pathPart.lowercased().hasPrefix(urls.base.lowercased()) else { return nil }
            sitePath = String(pathPart.dropFirst(urls.base.count))
        } else if href.hasPrefix("//") {
            return nil
        } else if pathPart.hasPrefix("/") {
            guard pathPart.hasPrefix(urls.root) else {
                return Problem(message: "link '\(shown)' leaves the site's root \(urls.root)",
                               fix: "links inside the site start with \(urls.root) (base_url's path)")
            }
            sitePath = String(pathPart.dropFirst(urls.root.count))
        } else if pathPart.isEmpty {
            sitePath = page
        } else {
            guard let joined = LinkResolver.join(directory: LinkResolver.directory(of: page), pathPart) else {
                return Problem(message: "link '\(shown)' climbs above the site's root", fix: nil)
            }
            sitePath = joined + (pathPart.hasSuffix("/") && !joined.isEmpty ? "/" : "")
        }

        let decoded = sitePath.percentDecoded
        guard let target = Self.file(for: decoded, in: files) else {
            return Problem(message: "link '\(shown)' reaches no file of the site", missingPath: decoded)
        }
        guard let fragment, !fragment.isEmpty, fragment != "top" else { return nil }
        guard target.hasSuffix(".html"), let ids = idsByPage[target] else { return nil }
        let anchor = fragment.percentDecoded
        if ids.contains(anchor) { return nil }
        let fix = Suggestion.closest(to: anchor, among: ids.sorted()).map { "did you mean '#\($0)'?" }
        let pageURL = urls.link(target.hasSuffix("index.html") ? String(target.dropLast("index.html".count)) : target)
        return Problem(message: "link '\(shown)': no element with id '\(anchor)' on \(pageURL)", fix: fix)
    }

    /// The file a site path is served from: `x/` → `x/index.html`; `x` → itself, or `x/index.html`
    /// as servers redirect a folder without its slash.
    static func file(for path: String, in files: Set<String>) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(path) { return path }
        return files.contains(path + "/index.html") ? path + "/index.html" : nil
    }
}
