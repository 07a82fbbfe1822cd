import Foundation

/// Which Markdown wrote each link of each built page, so a broken `href` in the site is
/// reported at the line the author edits rather than in generated HTML.
///
/// Entry and block pages are made from one Markdown file each. A link there is found by
/// what its destination became (the resolver's rewrite, or the destination as written);
/// a link that Markdown did not produce (raw HTML in a body) is looked for in the file's text.
struct LinkProvenance {
    struct Source {
        /// What diagnostics name, e.g. `content/research/x.md`.
        var file: String
        /// Where the file's body starts, and its links with their positions.
        var body: ParsedBody
        var sourcePath: String
    }

    /// Output page path (`research/x/index.html`) → the Markdown it came from.
    private var sources: [String: Source] = [:]
    let resolver: LinkResolver

    init(collection: Collection, resolver: LinkResolver) {
        self.resolver = resolver
        for block in collection.blocks {
            sources[SiteURLs.block(block.slug) + "index.html"] = Source(file: block.file, body: block.intro, sourcePath: block.sourcePath)
        }
        for entry in collection.entries {
            sources[SiteURLs.entry(block: entry.block, slug: entry.slug) + "index.html"] =
                Source(file: entry.file, body: entry.body, sourcePath: entry.sourcePath)
        }
    }

    /// Where the link `href` on `page` was written, or nil when the theme wrote it.
    func locate(href: String, onPage page: String) -> SourceLocation? {
        guard let source = sources[page] else { return nil }
        let wanted = Self.comparable(href)
        for link in source.body.links {
            let produced: String
            switch resolver.resolve(link.destination, from: source.sourcePath, isImage: link.isImage) {
            case .rewrite(let url): produced = url
            case .keep, .broken: produced = link.destination
            }
            if Self.comparable(produced) == wanted {
                return source.body.fileLocation(of: link.position, file: source.file)
            }
        }
        return Self.find(href, inFile: source.file)
    }

    /// cmark percent-encodes what it writes into `href`; compare both sides decoded.
    private static func comparable(_ href: String) -> String {
        href.trimmed().percentDecoded
    }

    /// The first place the text appears in the file: where raw HTML wrote it.
    private static func find(_ text: String, inFile file: String) -> SourceLocation? {
        guard !text.isEmpty, let data = FileManager.default.contents(atPath: file),
              let content = String(data: data, encoding: .utf8) else { return nil }
        for candidate in [text, Escaping.html(text)] {
            guard let range = content.range(of: candidate) else { continue }
            let (line, column) = TextPosition.of(byteOffset: content.utf8.distance(from: content.startIndex, to: range.lowerBound),
                                                 in: content.utf8)
            return SourceLocation(file: file, line: line, column: column)
        }
        return nil
    }
}
