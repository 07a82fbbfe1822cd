import Foundation

/// arXiv papers (`arxiv.org/abs/…`, `arxiv.org/pdf/…`), asked through arXiv's export API:
/// many IDs a request (`id_list`), the requests 3 s apart as arXiv asks of robots (the lane of
/// export.arxiv.org, see `LinkCheckSettings.builtInHosts`). A withdrawn paper's page still
/// answers 200, and only the API's comment says so; a newer version than the one linked is a note.
struct ArxivAdapter: HostAdapter {
    let name = "arxiv"
    static let api = "https://export.arxiv.org/api/query"
    /// IDs a request; arXiv's manual allows more, but a shorter answer is quicker to get whole.
    static let batch = 100

    struct Paper: Hashable {
        /// "2101.00001" or "hep-th/9901001".
        var id: String
        /// The version linked, when the URL names one.
        var version: Int?
    }

    static func paper(in url: String) -> Paper? {
        guard let host = URLNormalization.host(of: url), ["arxiv.org", "www.arxiv.org", "export.arxiv.org"].contains(host),
              var path = URLNormalization.path(of: url) else { return nil }
        guard let kind = ["/abs/", "/pdf/"].first(where: { path.hasPrefix($0) }) else { return nil }
        path.removeFirst(kind.count)
        if path.hasSuffix(".pdf") { path.removeLast(4) }
        if path.hasSuffix("/") { path.removeLast() }
        var version: Int?
        if let v = path.lastIndex(of: "v"), let number = Int(path[path.index(after: v)...]), path[..<v].last?.isNumber == true {
            version = number
            path = String(path[..<v])
        }
        let modern = path.range(of: #"^[0-9]{4}\.[0-9]{4,5}$"#, options: .regularExpression) != nil
        let old = path.range(of: #"^[a-z-]+(\.[A-Z]{2})?/[0-9]{7}$"#, options: .regularExpression) != nil
        guard modern || old else { return nil }
        return Paper(id: path, version: version)
    }

    func claims(_ url: String) -> Bool { Self.paper(in: url) != nil }

    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict] {
        let papers = urls.map { Self.paper(in: $0)! }
        let ids = Array(Set(papers.map(\.id))).sorted()
        var found: [String: ArxivFeed.Entry] = [:]
        var failures: [String: String] = [:]
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + Self.batch, ids.count)])
            start += batch.count
            let url = "\(Self.api)?id_list=\(batch.joined(separator: ","))&max_results=\(batch.count)"
            switch await api.get(url) {
            case .success(let answer) where answer.status == 200:
                let feed = ArxivFeed(xml: answer.text)
                guard feed.isFeed else {
                    for id in batch { failures[id] = "arXiv's API answered something that is not its feed" }
                    continue
                }
                for entry in feed.entries { found[entry.id] = entry }
            case .success(let answer):
                for id in batch { failures[id] = "arXiv's API answered \(LinkProbe.describe(answer.status))" }
            case .failure(let failure):
                for id in batch { failures[id] = "arXiv's API did not answer (\(failure.reason))" }
            }
        }
        return papers.map { paper in
            if let failure = failures[paper.id] { return .plainCheck(note: failure + "; checked the page instead") }
            guard let entry = found[paper.id] else {
                return decided(.broken, "arXiv has no paper \(paper.id)")
            }
            var facts = ["title": entry.title, "latest_version": "v\(entry.version)"]
            if entry.withdrawn {
                facts["comment"] = entry.comment
                return decided(.withdrawn, "its authors withdrew arXiv:\(paper.id) (v\(entry.version): \(entry.comment ?? "withdrawn"))", facts: facts)
            }
            if let linked = paper.version, linked > entry.version {
                return decided(.broken, "arXiv:\(paper.id) has no v\(linked); the latest is v\(entry.version)", facts: facts)
            }
            if let linked = paper.version, linked < entry.version {
                return decided(.ok, "the paper exists; note: this links v\(linked), and v\(entry.version) is the latest", facts: facts)
            }
            return decided(.ok, "the paper exists", facts: facts)
        }
    }
}

/// The parts of arXiv's Atom answer the adapter reads.
struct ArxivFeed {
    struct Entry {
        var id: String
        var version: Int
        var title: String
        var comment: String?
        var withdrawn: Bool
    }

    var isFeed = false
    var entries: [Entry] = []

    /// Reads the feed by scanning its text rather than with Foundation's XMLParser: that lives in
    /// FoundationXML, which needs libxml2, and the release binary is one static file without it.
    /// arXiv's answer is machine-written Atom with no CDATA or nesting in the fields read here.
    init(xml: String) {
        isFeed = xml.contains("<feed")
        var rest = xml[...]
        while let open = rest.range(of: "<entry>"), let close = rest.range(of: "</entry>", range: open.upperBound..<rest.endIndex) {
            if let entry = Self.entry(String(rest[open.upperBound..<close.lowerBound])) { entries.append(entry) }
            rest = rest[close.upperBound...]
        }
    }

    /// The text of the first `<name ...>…</name>` element in `xml`, entities decoded, whitespace collapsed.
    static func field(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)"), let openEnd = xml[open.upperBound...].firstIndex(of: ">"),
              let close = xml.range(of: "</\(name)>", range: openEnd..<xml.endIndex) else { return nil }
        let raw = xml[xml.index(after: openEnd)..<close.lowerBound]
        let decoded = raw.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An entry of the answer, or nil for the API's error entries and empty ones (an ID it does not know).
    private static func entry(_ xml: String) -> Entry? {
        guard let address = field("id", in: xml), let range = address.range(of: "/abs/"), let title = field("title", in: xml),
              !title.isEmpty, title != "Error" else { return nil }
        var id = String(address[range.upperBound...])
        var version = 1
        if let v = id.lastIndex(of: "v"), let number = Int(id[id.index(after: v)...]) {
            version = number
            id = String(id[..<v])
        }
        let comment = field("arxiv:comment", in: xml)
        let withdrawn = [comment, field("summary", in: xml)].contains { text in
            guard let text = text?.lowercased() else { return false }
            return text.contains("has been withdrawn") || text.contains("paper is withdrawn") || text.hasPrefix("withdrawn")
        }
        return Entry(id: id, version: version, title: title, comment: comment, withdrawn: withdrawn)
    }
}
