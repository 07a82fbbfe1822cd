/// `drover export readme`: the collection as an awesome-list README.
///
/// It follows awesome-lint's rules for the parts it writes: one `#` heading (the title)
/// first; a `## Contents` list whose items match, in order and by text, the `##`
/// headings after it (with the `###` ones nested), linked by GitHub's anchors; items as
/// `- [Title](url) - Description.` with a capitalised description ending in punctuation;
/// and no link twice. Items are in their block's order (`sort_by`), so a README imported and
/// exported again keeps its order. The output depends only on the collection: the same input gives
/// the same bytes.
public enum ReadmeExport {
    public struct Result: Sendable {
        public var text: String
        public var entries = 0
        public var blocks = 0
        /// Entries left out, and why: a URL another entry already has, to awesome-lint's eyes.
        /// Entries left out, or written without what their body says, and why.
        public var warnings: [String] = []
    }

    public static func render(_ collection: Collection) -> Result {
        var result = Result(text: "")
        let titleByTag = Dictionary(collection.tags.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        func title(_ tag: String) -> String { titleByTag[tag] ?? tag }

        // awesome-lint compares URLs without scheme or www.: two entries the validator
        // tells apart (http and https) would still be one duplicate link in the README.
        var firstByKey: [String: Entry] = [:]
        var descriptions: [Int: String] = [:]
        var sections: [String] = []
        for block in collection.blocks {
            var indices: [Int] = []
            for index in collection.entryIndicesByBlock[block.slug] ?? [] {
                let entry = collection.entries[index]
                let key = LinkIdentity.key(entry.url)
                if let first = firstByKey[key] {
                    result.warnings.append("\(entry.file): left out of the README: its url is \(first.file)'s too, and awesome-lint allows a link once")
                    continue
                }
                firstByKey[key] = entry
                indices.append(index)
                descriptions[index] = description(of: entry, warnings: &result.warnings)
            }
            guard !indices.isEmpty else { continue }
            let blockTag = collection.tags.first { $0.title.lowercased() == block.title.lowercased() }?.name
            let outline = TagOutline(entries: indices, of: collection, blockTag: blockTag, title: title)
            var lines = ["## " + heading(block.title), ""]
            let summary = ListItemReading.collapsingWhitespace(block.summary)
            // A summary that repeats the title (what an import writes for a section without an
            // introduction) says nothing under the heading.
            if !summary.isEmpty && summary.lowercased() != ListItemReading.collapsingWhitespace(block.title).lowercased() {
                lines += [MarkdownWriting.protectingLineStart(MarkdownWriting.escape(summary)), ""]
            }
            let item = { (index: Int) in Self.item(collection.entries[index], description: descriptions[index] ?? "") }
            write(outline.root, level: 2, item: item, title: title, into: &lines)
            sections.append(lines.joined(separator: "\n"))
            result.entries += indices.count
            result.blocks += 1
        }

        var head = ["# " + heading(collection.config.title), ""]
        let description = ListItemReading.collapsingWhitespace(collection.config.description)
        if !description.isEmpty { head += [MarkdownWriting.protectingLineStart(MarkdownWriting.escape(description)), ""] }
        head.append("## Contents")
        let body = sections.joined(separator: "\n")
        // The anchors come from parsing the README itself, so they are the ones GitHub gives
        // its headings, duplicates numbered in document order; the contents list holds no
        // heading, so inserting it changes none of them.
        let document = MarkdownDocument(parsing: head.joined(separator: "\n") + "\n\n" + body)
        let contents = contentsList(document.headings)
        result.text = head.joined(separator: "\n") + "\n\n" + contents + "\n" + body
        return result
    }

    /// Entries of a node, then its tags: as headings down to `######`, deeper as grouping items.
    private static func write(_ node: TagOutline.Node, level: Int, item: (Int) -> String, title: (String) -> String,
                              into lines: inout [String]) {
        if !node.entries.isEmpty {
            lines += node.entries.map(item)
            lines.append("")
        }
        for child in node.children {
            if level < 6 {
                lines += [String(repeating: "#", count: level + 1) + " " + heading(title(child.tag!)), ""]
                write(child, level: level + 1, item: item, title: title, into: &lines)
            } else {
                lines += group(child, indent: "", item: item, title: title)
                lines.append("")
            }
        }
    }

    /// A tag below `######`: a list item without a link, its entries nested under it.
    private static func group(_ node: TagOutline.Node, indent: String, item: (Int) -> String, title: (String) -> String) -> [String] {
        var lines = [indent + "- " + MarkdownWriting.escape(title(node.tag!))]
        lines += node.entries.map { indent + "  " + item($0) }
        for child in node.children { lines += group(child, indent: indent + "  ", item: item, title: title) }
        return lines
    }

    /// The entry's one-sentence description, never the import's placeholder: an entry whose
    /// body still holds it is written without it, with a warning.
    private static func description(of entry: Entry, warnings: inout [String]) -> String {
        let (excerpt, heldPlaceholder) = ImportPlaceholder.removing(from: entry.body.excerpt)
        let description = heldPlaceholder ? ReadmeDescription.sentence(from: excerpt) : ReadmeDescription.of(entry.body)
        if heldPlaceholder {
            warnings.append("\(entry.file): its body still says the import found no description; "
                            + (description.isEmpty ? "written without a description" : "written without that sentence")
                            + " (write 2–5 sentences of your own)")
        }
        return description
    }

    private static func item(_ entry: Entry, description: String) -> String {
        let link = "- " + MarkdownWriting.link(text: ListItemReading.collapsingWhitespace(entry.title), url: entry.url)
        return description.isEmpty ? link : link + " - " + MarkdownWriting.escape(description)
    }

    /// Heading text; a trailing `#` would be read as a closing sequence.
    private static func heading(_ text: String) -> String {
        let escaped = MarkdownWriting.escape(ListItemReading.collapsingWhitespace(text))
        return escaped.hasSuffix("#") ? String(escaped.dropLast()) + "\\#" : escaped
    }

    /// One item per `##` heading after Contents, its `###` headings nested.
    private static func contentsList(_ headings: [MarkdownHeading]) -> String {
        var lines: [String] = []
        guard let contents = headings.firstIndex(where: { $0.level == 2 }) else { return "" }
        for heading in headings[(contents + 1)...] where heading.level == 2 || heading.level == 3 {
            let indent = heading.level == 2 ? "" : "  "
            lines.append(indent + "- " + MarkdownWriting.link(text: heading.text, url: "#" + heading.anchor))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
