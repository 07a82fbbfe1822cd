/// One external URL of the collection, with every place it is written.
///
/// URLs are grouped by their normalized form, so `https://Example.org/a/` and
/// `https://example.org/a` are requested once however many entries link to them.
public struct ExternalLink: Sendable {
    /// The form requested: the first spelling met, percent-encoded, without its fragment.
    public var url: String
    /// The normalized form, which identifies the URL in the cache and in reports.
    public var key: String
    /// Sorted by file and position.
    public var sources: [SourceLocation]
    /// Why it is not requested (an exclude rule, `check: false`), or nil.
    public var skipReason: String?
    /// Why it cannot be requested at all, or nil.
    public var invalidReason: String?

    /// Its result when it is not to be requested (invalid, or skipped by a rule), else nil.
    var resultWithoutRequest: LinkResult? {
        if let invalidReason { return LinkResult(.invalid, detail: invalidReason) }
        return skipReason.map { LinkResult(.skipped, detail: $0) }
    }
}

/// Gathers the external URLs to check: every entry's `url` and every absolute http(s) link
/// in bodies and block introductions. Links to the site's own base URL are internal and
/// are left to the internal check.
enum ExternalLinks {
    /// - Parameter onlyFiles: when given, only URLs written in one of these files (as diagnostics
    ///   name them, e.g. `content/research/x.md`), for checking just what a pull request changed.
    static func collect(_ collection: Collection, urls: SiteURLs, settings: LinkCheckSettings, onlyFiles: Set<String>? = nil) -> [ExternalLink] {
        struct Gathered {
            var url: String
            var sources: [SourceLocation] = []
            var checkedSomewhere = false
            var invalid: String?
        }
        var byKey: [String: Gathered] = [:]

        func add(_ raw: String, at location: SourceLocation, checked: Bool) {
            let written = raw.trimmed()
            guard let scheme = LinkResolver.scheme(of: written), scheme == "http" || scheme == "https" else { return }
            if written.lowercased().hasPrefix(urls.base.lowercased()) { return }
            let withoutFragment = LinkResolver.splitFragment(written).0
            let key = URLNormalization.normalize(withoutFragment) ?? written
            if byKey[key] == nil {
                let requestForm = URLNormalization.requestForm(withoutFragment)
                byKey[key] = Gathered(url: requestForm ?? written, invalid: requestForm == nil ? "'\(written)' is not a valid URL" : nil)
            }
            byKey[key]!.sources.append(location)
            if checked { byKey[key]!.checkedSomewhere = true }
        }

        for block in collection.blocks {
            for link in block.intro.links {
                add(link.destination, at: block.intro.fileLocation(of: link.position, file: block.file), checked: true)
            }
        }
        for entry in collection.entries {
            add(entry.url, at: entry.urlLocation, checked: entry.checkLinks)
            for link in entry.body.links {
                add(link.destination, at: entry.body.fileLocation(of: link.position, file: entry.file), checked: entry.checkLinks)
            }
        }

        var links: [ExternalLink] = []
        for key in byKey.keys.sorted() {
            let gathered = byKey[key]!
            if let onlyFiles, !gathered.sources.contains(where: { onlyFiles.contains(ContentTree.withoutDotSlash($0.file)) }) { continue }
            var link = ExternalLink(url: gathered.url, key: key,
                                    sources: gathered.sources.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) },
                                    invalidReason: gathered.invalid)
            if gathered.invalid == nil {
                if !gathered.checkedSomewhere {
                    link.skipReason = "only linked from entries with check: false"
                } else if let host = URLNormalization.host(of: key) {
                    link.skipReason = settings.exclusion(of: gathered.url, host: host)
                }
            }
            links.append(link)
        }
        return links
    }
}
