import Foundation

/// The entries that deserve a look, most urgent first, each with its reasons: what
/// `drover review` prints.
///
/// It asks no server: age comes from the entries' own dates, everything else from what the last
/// `drover check` kept in its cache. Expired records count too (a link seen broken a month ago is
/// still worth a look), and each such reason says the day it was seen.
public struct ReviewQueue: Sendable, Encodable {
    public struct Item: Sendable, Encodable {
        /// As diagnostics name it.
        public var file: String
        public var title: String
        /// The resource's own URL.
        public var url: String
        /// The entry's page on the site.
        public var page: String
        /// Where to edit its file on the repository's host, when site.yml has `repo_url`.
        public var edit: String?
        /// `updated`, else `added`.
        public var lastChecked: ISODate
        /// Most urgent first.
        public var reasons: [ReviewReason]

        enum CodingKeys: String, CodingKey { case file, title, url, page, edit, lastChecked = "last_checked", reasons }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(title, forKey: .title)
            try container.encode(url, forKey: .url)
            try container.encode(page, forKey: .page)
            try container.encodeIfPresent(edit, forKey: .edit)
            try container.encode(lastChecked.w3c, forKey: .lastChecked)
            try container.encode(reasons, forKey: .reasons)
        }
    }

    public var today: ISODate
    public var items: [Item]

    /// How many entries each kind of reason queued, in the order of urgency.
    public var counts: [(kind: ReviewReason.Kind, entries: Int)] {
        ReviewReason.Kind.allCases.compactMap { kind in
            let count = items.filter { $0.reasons.contains { $0.kind == kind } }.count
            return count == 0 ? nil : (kind, count)
        }
    }

    enum CodingKeys: String, CodingKey { case today, items = "entries" }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(today.w3c, forKey: .today)
        try container.encode(items, forKey: .items)
    }

    /// A repository without a push for this many days is queued: two years.
    static let dormantAfterDays = 730

    /// The queue of `collection` on `today`, from the entries' dates and the link check's `cache`.
    static func make(_ collection: Collection, cache: LinkCheckCache, today: ISODate, contentPathInRepo: String) -> ReviewQueue {
        let config = collection.config
        let urls = SiteURLs(baseURL: config.baseURL)
        var ranked: [(item: Item, age: Int)] = []
        for entry in collection.entries {
            let lastChecked = entry.updated ?? entry.added
            let age = today.daysSinceEpoch - lastChecked.daysSinceEpoch
            var reasons: [ReviewReason] = []
            if let limit = config.review.maxAge[entry.type], age > limit {
                let field = entry.updated == nil ? "added" : "updated"
                let type = entry.type.rawValue
                let article = type.first.map { "aeiou".contains($0) } == true ? "an" : "a"
                reasons.append(ReviewReason(.overdue, "not checked for \(age) days (\(field) \(lastChecked)); \(article) \(type) allows \(limit)"))
            }
            if let record = cache.records[Self.cacheKey(of: entry.url)] {
                reasons += Self.reasons(from: record, today: today)
            }
            guard !reasons.isEmpty else { continue }
            reasons.sort { $0.kind < $1.kind }
            let item = Item(file: entry.file, title: entry.title, url: entry.url,
                            page: urls.absolute(SiteURLs.entry(block: entry.block, slug: entry.slug)),
                            edit: config.repoURL.map { $0 + "/edit/main/" + contentPathInRepo + entry.sourcePath },
                            lastChecked: lastChecked, reasons: reasons)
            ranked.append((item, age))
        }
        // Most urgent reason first; among equals the longest unchecked, then by file for a stable order.
        ranked.sort { a, b in
            let (kindA, kindB) = (a.item.reasons[0].kind, b.item.reasons[0].kind)
            if kindA != kindB { return kindA < kindB }
            if a.age != b.age { return a.age > b.age }
            return a.item.file < b.item.file
        }
        return ReviewQueue(today: today, items: ranked.map(\.item))
    }

    /// The key the link check files a URL under (see `ExternalLinks`).
    static func cacheKey(of url: String) -> String {
        let written = url.trimmed()
        let withoutFragment = LinkResolver.splitFragment(written).0
        return URLNormalization.normalize(withoutFragment) ?? written
    }

    /// What the link check's record of an entry's URL says is worth a look.
    static func reasons(from record: LinkCheckCache.Record, today: ISODate) -> [ReviewReason] {
        let result = record.result
        let seen = ISODate(daysSinceEpoch: Int((record.checked.timeIntervalSince1970 / 86400).rounded(.down)))
        var reasons: [ReviewReason] = []
        switch result.linkClass {
        case .broken: reasons.append(ReviewReason(.broken, "the link is broken: \(result.detail)", seen: seen))
        case .withdrawn: reasons.append(ReviewReason(.withdrawn, result.detail, seen: seen))
        case .softNotFound: reasons.append(ReviewReason(.softNotFound, "the link shows a page that is not there: \(result.detail)", seen: seen))
        case .archived: reasons.append(ReviewReason(.archived, result.detail, seen: seen))
        case .moved:
            let target = result.finalURL.map { " to \($0)" } ?? ""
            reasons.append(ReviewReason(.moved, "the link moved\(target): \(result.detail)", seen: seen))
        case .blocked: reasons.append(ReviewReason(.blocked, "the link is blocked to the checker: \(result.detail)", seen: seen))
        case .ok, .redirect, .rateLimited, .unreachable, .tlsError, .invalid, .skipped: break
        }
        if result.linkClass != .archived, let pushed = result.facts?["pushed_at"].flatMap({ ISODate(String($0.prefix(10))) }),
           today.daysSinceEpoch - pushed.daysSinceEpoch > dormantAfterDays {
            reasons.append(ReviewReason(.dormant, "no push to the repository since \(pushed)", seen: seen))
        }
        // The arXiv adapter's note on an older version: "…; note: this links v1, and v3 is the latest".
        if result.detail.contains("is the latest") {
            let note = result.detail.range(of: "note: ").map { String(result.detail[$0.upperBound...]) } ?? result.detail
            reasons.append(ReviewReason(.newerVersion, "a newer version exists: \(note)", seen: seen))
        }
        return reasons
    }
}

extension ReviewQueue {
    /// The queue of the collection in `content` on `today`, with the link check's cache at
    /// `cachePath`; nil when there is no collection to review (its diagnostics say why).
    /// `cacheProblem` is a cache that could not be read, which leaves only the age reasons.
    public static func load(content: String, cachePath: String, today: ISODate) async
        -> (queue: ReviewQueue?, diagnostics: DiagnosticList, cacheProblem: String?) {
        let (collection, diagnostics) = await Build.loadCollection(content: content)
        guard let collection else { return (nil, diagnostics, nil) }
        let (cache, problem) = LinkCheckCache.load(path: cachePath)
        let queue = make(collection, cache: cache, today: today, contentPathInRepo: BuildRun.repoPath(of: content))
        return (queue, diagnostics, problem)
    }
}
