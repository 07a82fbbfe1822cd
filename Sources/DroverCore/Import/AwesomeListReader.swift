/// Reads an awesome list's outline: headings at the block level open blocks, deeper
/// headings and grouping items are tags, list items are resources, and every link is
/// given a fate so that the report can account for all of them.
struct AwesomeListReader {
    let blockLevel: Int

    func read(_ outline: MarkdownOutline) -> AwesomeList {
        var state = State(list: AwesomeList())
        for block in outline.blocks {
            read(block, &state)
        }
        return state.list
    }

    /// Where the walk is: which block and tag headings are open, and whether the section is skipped.
    private struct State {
        var list: AwesomeList
        var block: Int?
        var tagHeadings: [(level: Int, title: String)] = []
        /// A section left out on purpose (contents, license…): its level and the reason.
        var ignoredSection: (level: Int, reason: String)?
        /// True until the first heading at the block level: the list's title, description and badges.
        var inPreamble = true
        /// How many resources each block has so far: the next one's place in it.
        var resourcesInBlock: [Int: Int] = [:]

        mutating func note(_ links: [ListItemParts.Link], _ fate: ListedLink.Fate) {
            list.links += links.map { ListedLink(position: $0.position, target: $0.url, fate: fate) }
        }
    }

    private func read(_ block: MarkdownBlock, _ state: inout State) {
        if case .heading(let level, let inlines, let line) = block {
            heading(level: level, inlines: inlines, line: line, &state)
            return
        }
        if let ignored = state.ignoredSection {
            state.note(Self.links(in: block), .ignored(ignored.reason))
            return
        }
        switch block {
        case .paragraph(let inlines, let line):
            paragraph(inlines, line: line, quoted: false, &state)
        case .quote(let blocks, _):
            for case .paragraph(let inlines, let line) in blocks { paragraph(inlines, line: line, quoted: true, &state) }
            for inner in blocks { if case .paragraph = inner { continue } else { read(inner, &state) } }
        case .list(let items, _):
            let links = Self.links(in: block)
            if !links.isEmpty && links.allSatisfy({ $0.url.hasPrefix("#") }) {
                state.note(links, .ignored("table of contents"))
            } else if let index = state.block {
                readItems(items, block: index, tags: state.tagHeadings.map(\.title), &state)
            } else {
                state.list.itemCount += Self.itemCount(items)
                state.note(links, .skipped(outsideSection))
            }
        case .html(let html, let line):
            for found in HTMLLinks.all(in: html) {
                let position = SourcePosition(line: line + found.lineOffset, column: 1)
                let fate: ListedLink.Fate = found.isImage ? .ignored("an image in HTML")
                    : state.inPreamble ? .ignored("HTML before the first section")
                    : .skipped("inside an HTML block; write it as a Markdown list item to import it")
                state.list.links.append(ListedLink(position: position, target: found.url, fate: fate))
            }
        case .code(let info, let literal, _):
            if let index = state.block {
                let fence = literal.contains("```") ? "~~~~" : "```"
                state.list.blocks[index].intro.append(fence + info + "\n" + literal + fence)
            }
        case .heading, .thematicBreak:
            break
        }
    }

    private var outsideSection: String {
        "outside any section: no level-\(blockLevel) heading above it (see --block-level)"
    }

    private func heading(level: Int, inlines: [MarkdownInline], line: Int, _ state: inout State) {
        // A heading's badges are not part of its title.
        let prose = ListItemReading.prose(inlines, line: line)
        let title = prose.text
        let links = prose.kept
        state.note(prose.badges, .ignored(state.ignoredSection.map(\.reason) ?? "badge"))
        if let ignored = state.ignoredSection, level > ignored.level {
            state.note(links, .ignored(ignored.reason))
            return
        }
        state.ignoredSection = nil
        if Self.isLeftOut(title) {
            state.ignoredSection = (level, "the \(title) section")
            state.note(links, .ignored("the \(title) section"))
            return
        }
        state.note(links, .ignored("a link in a heading"))
        if level < blockLevel {
            if state.list.title == nil && !title.isEmpty { state.list.title = title }
            state.block = nil
            state.tagHeadings = []
        } else if level == blockLevel {
            state.inPreamble = false
            state.list.blocks.append(ListedBlock(title: title.isEmpty ? "Section \(state.list.blocks.count + 1)" : title, line: line))
            state.block = state.list.blocks.count - 1
            state.tagHeadings = []
        } else {
            while let last = state.tagHeadings.last, last.level >= level { state.tagHeadings.removeLast() }
            if !title.isEmpty { state.tagHeadings.append((level, title)) }
        }
    }

    /// Prose: the list's description before the first section, a block's introduction inside one.
    private func paragraph(_ inlines: [MarkdownInline], line: Int, quoted: Bool, _ state: inout State) {
        let parts = ListItemReading.prose(inlines, line: line)
        state.note(parts.badges, .ignored("badge"))
        guard let index = state.block else {
            if state.inPreamble && state.list.description == nil && state.list.title != nil && !parts.text.isEmpty {
                state.list.description = parts.text
                state.note(parts.kept, .ignored("in the list's description, which site.yml keeps as plain text"))
            } else {
                state.note(parts.kept, state.inPreamble ? .ignored("before the first section") : .skipped(outsideSection))
            }
            return
        }
        guard !parts.text.isEmpty else { return }
        state.list.blocks[index].intro.append((quoted ? "> " : "") + MarkdownWriting.protectingLineStart(parts.markdown))
        state.note(parts.kept, .keptInBlock(index))
        if state.list.blocks[index].summary == nil { state.list.blocks[index].summary = parts.text }
        if let tag = state.tagHeadings.last?.title, state.list.blocks[index].tagDescriptions[tag] == nil {
            state.list.blocks[index].tagDescriptions[tag] = parts.text
        }
    }

    private func readItems(_ items: [MarkdownListItem], block: Int, tags: [String], _ state: inout State) {
        for item in items {
            state.list.itemCount += 1
            var rest = item.blocks[...]
            var inlines: [MarkdownInline] = []
            if case .paragraph(let first, _)? = rest.first {
                inlines = first
                rest = rest.dropFirst()
            }
            let parts = ListItemReading.read(inlines, line: item.line)
            state.note(parts.badges, .ignored("badge"))
            var childTags = tags
            if let main = parts.main {
                if let reason = Self.unusable(main.url) {
                    state.note([main], .skipped(reason))
                    state.note(parts.kept, .skipped("in a skipped item"))
                } else {
                    var resource = ListedResource(position: main.position, title: parts.title, url: main.url, block: block,
                                                  tags: tags, description: parts.description, extras: parts.extras, authors: parts.authors,
                                                  markers: parts.markers, place: state.resourcesInBlock[block, default: 0] + 1)
                    let index = state.list.resources.count
                    state.resourcesInBlock[block, default: 0] += 1
                    state.note([main], .resource(index))
                    state.list.links += parts.markers.map {
                        ListedLink(position: SourcePosition(line: item.line, column: 1), target: "\"\($0)\"", fate: .statusMarker(index))
                    }
                    state.note(parts.kept, .keptInResource(index))
                    // Later paragraphs and code of the item belong to its body too.
                    for case .paragraph(let more, let line) in rest {
                        let prose = ListItemReading.prose(more, line: line)
                        state.note(prose.badges, .ignored("badge"))
                        state.note(prose.kept, .keptInResource(index))
                        if !prose.text.isEmpty { resource.extras.append(MarkdownWriting.protectingLineStart(prose.markdown)) }
                    }
                    state.list.resources.append(resource)
                }
            } else if rest.contains(where: { if case .list = $0 { true } else { false } }) {
                // A grouping item: its text is a tag of the items nested under it.
                if !parts.text.isEmpty { childTags.append(parts.text) }
            } else if !parts.text.isEmpty {
                state.list.links.append(ListedLink(position: SourcePosition(line: item.line, column: 1),
                                                   target: "\"\(parts.text)\"", fate: .skipped("a list item without a link")))
            }
            for inner in rest {
                switch inner {
                case .list(let nested, _): readItems(nested, block: block, tags: childTags, &state)
                case .paragraph: continue
                default: state.note(Self.links(in: inner), .skipped("inside a list item, in something other than a paragraph"))
                }
            }
        }
    }

    /// Why a main link cannot be an entry's `url`, or nil when it can.
    private static func unusable(_ url: String) -> String? {
        if url.hasPrefix("#") { return "a link within the README, not a resource" }
        if !URLNormalization.isSafeAbsoluteHTTP(url) { return "not an absolute http(s) URL, which an entry's url must be" }
        return nil
    }

    /// Sections an awesome list has around its content, never part of it.
    static func isLeftOut(_ heading: String) -> Bool {
        let words = heading.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " }
        let key = String(String.UnicodeScalarView(words)).split(separator: " ").joined(separator: " ")
        return leftOutSections.contains(key)
    }

    private static let leftOutSections: Set<String> = [
        "contents", "table of contents", "toc", "license", "licence", "licensing",
        "contributing", "contribute", "contributors", "contribution guidelines", "code of conduct",
        "содержание", "оглавление", "лицензия",
    ]

    private static func itemCount(_ items: [MarkdownListItem]) -> Int {
        items.reduce(items.count) { count, item in
            count + item.blocks.reduce(0) { if case .list(let nested, _) = $1 { $0 + itemCount(nested) } else { $0 } }
        }
    }

    /// Every link and image inside a block, with HTML's, for sections that are skipped whole.
    static func links(in block: MarkdownBlock) -> [ListItemParts.Link] {
        var links: [ListItemParts.Link] = []
        func walk(_ block: MarkdownBlock) {
            switch block {
            case .heading(_, let inlines, _), .paragraph(let inlines, _):
                ListItemReading.collectLinks(inlines, into: &links)
                for case .html(let html) in inlines {
                    links += HTMLLinks.all(in: html).map { ListItemParts.Link(url: $0.url, position: SourcePosition(line: block.line, column: 1)) }
                }
            case .list(let items, _):
                for item in items { item.blocks.forEach(walk) }
            case .quote(let blocks, _):
                blocks.forEach(walk)
            case .html(let html, let line):
                links += HTMLLinks.all(in: html).map { ListItemParts.Link(url: $0.url, position: SourcePosition(line: line + $0.lineOffset, column: 1)) }
            case .code, .thematicBreak:
                break
            }
        }
        walk(block)
        return links
    }
}
