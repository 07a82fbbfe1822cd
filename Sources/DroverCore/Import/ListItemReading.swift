import Foundation

/// One list item's first paragraph, taken apart the way real awesome lists write it.
///
/// The canonical form is `- [Name](url) - Description.`; the quirks handled here are the
/// ones real lists are full of: en and em dashes, colons or nothing as the separator,
/// "by Author" before it, `**[Name](url)**`, HTML `<a href>` instead of Markdown, several
/// links in one item, badges and star counts after the name, and no description at all.
struct ListItemParts: Sendable, Equatable {
    struct Link: Sendable, Equatable {
        var url: String
        var position: SourcePosition
    }

    /// The link the item is about: the first one that is not a badge.
    var main: Link?
    var title = ""
    /// The text after the separator, as Markdown.
    var description = ""
    /// Other Markdown worth keeping in the body: links written between the name and the separator.
    var extras: [String] = []
    var authors: [String] = []
    /// Status markers around the item (`[Deprecated]`, `(archived)`, `🚧`), as written, in order.
    var markers: [String] = []
    /// Images, and links around nothing but images: dropped.
    var badges: [Link] = []
    /// Links kept inside the description and extras.
    var kept: [Link] = []
    /// The item's text without badges: the tag a grouping item (one without a link) stands for.
    var text = ""
}

enum ListItemReading {
    static func read(_ inlines: [MarkdownInline], line: Int) -> ListItemParts {
        var parts = ListItemParts()
        let fallback = SourcePosition(line: line, column: 1)
        var items = removingBadges(resolvingHTML(inlines, at: fallback), into: &parts.badges)
        parts.text = collapsingWhitespace(items.plainText)

        // The main link may sit inside emphasis (`**[Name](url)**`): unwrap until it is on top.
        var mainIndex: Int?
        while let index = items.firstIndex(where: containsLink) {
            guard case .link = items[index] else {
                items.replaceSubrange(index...index, with: children(of: items[index]))
                continue
            }
            mainIndex = index
            break
        }
        guard let mainIndex, case .link(let url, _, let label, let position) = items[mainIndex] else { return parts }
        parts.main = ListItemParts.Link(url: url, position: position)
        let title = collapsingWhitespace(label.plainText)
        parts.title = title.isEmpty ? url : title

        // Before the link: status markers (`**[Deprecated]** [Name](url)`), kept; other text too.
        let (leading, leftover) = StatusMarkers.leadingMarkers(of: collapsingWhitespace(Array(items[..<mainIndex]).plainText), bare: true)
        parts.markers = leading
        if leftover.contains(where: { $0.isLetter || $0.isNumber }) { parts.extras.append(MarkdownWriting.escape(leftover)) }

        let rest = Array(items[(mainIndex + 1)...])
        var (before, description) = splitAtSeparator(rest)
        let (between, beforeText) = StatusMarkers.leadingMarkers(of: collapsingWhitespace(before.plainText), bare: true)
        parts.markers += between
        if !between.isEmpty && !containsAnyLink(before) { before = beforeText.isEmpty ? [] : [.text(beforeText)] }
        if let authors = authors(in: beforeText) {
            parts.authors = authors
        }
        if !before.isEmpty && containsAnyLink(before) {
            parts.extras.append(collapsingWhitespace(MarkdownWriting.inline(trimmingLeadingPunctuation(before))))
            collectLinks(before, into: &parts.kept)
        } else if parts.authors.isEmpty && !beforeText.isEmpty {
            // Text between the name and the separator that names no author, like "(Python)": keep it.
            parts.extras.append(MarkdownWriting.escape(beforeText))
        }
        description = trimmingLeadingPunctuation(description)
        parts.markers += takingMarkers(from: &description)
        collectLinks(description, into: &parts.kept)
        parts.description = collapsingWhitespace(MarkdownWriting.inline(description))
        return parts
    }

    /// A paragraph of prose (an introduction, a later paragraph of an item): HTML links
    /// resolved and badges dropped, as Markdown and as plain text.
    static func prose(_ inlines: [MarkdownInline], line: Int) -> (markdown: String, text: String, badges: [ListItemParts.Link], kept: [ListItemParts.Link]) {
        var badges: [ListItemParts.Link] = []
        var kept: [ListItemParts.Link] = []
        let items = removingBadges(resolvingHTML(inlines, at: SourcePosition(line: line, column: 1)), into: &badges)
        collectLinks(items, into: &kept)
        return (collapsingWhitespace(MarkdownWriting.inline(items)), collapsingWhitespace(items.plainText), badges, kept)
    }

    // MARK: Separators and authors

    /// Splits what follows the main link at the separator: what comes before it (authors,
    /// more links) and the description after it.
    private static func splitAtSeparator(_ rest: [MarkdownInline]) -> (before: [MarkdownInline], description: [MarkdownInline]) {
        for (index, inline) in rest.enumerated() {
            guard case .text(let text) = inline else { continue }
            // A colon right after the link, or after "by Author" ("by Jim Blandy: A thorough book").
            let beforeHere = collapsingWhitespace(Array(rest[..<index]).plainText)
            let colonAllowed = index == 0 || authors(in: beforeHere) != nil
            let match = (colonAllowed ? text.firstMatch(of: leadingSeparator) : nil)
                ?? (index == 0 ? authorColon(in: text) : nil)
                ?? text.firstMatch(of: dashSeparator)
            guard let match else { continue }
            var before = Array(rest[..<index])
            let head = String(text[..<match.range.lowerBound])
            if !head.isEmpty { before.append(.text(head)) }
            var after: [MarkdownInline] = []
            let tail = String(text[match.range.upperBound...])
            if !tail.isEmpty { after.append(.text(tail)) }
            after += rest[(index + 1)...]
            // Prose before a dash that is neither an author nor a link is part of the description.
            let beforeText = collapsingWhitespace(before.plainText)
            if !beforeText.isEmpty && !containsAnyLink(before) && authors(in: beforeText) == nil
                && !(beforeText.hasPrefix("(") && beforeText.hasSuffix(")")) && !StatusMarkers.isOnlyMarkers(beforeText) {
                return ([], rest)
            }
            return (before, after)
        }
        // No separator: "[Name](url) by Author" has only an author; anything else is the description.
        if authors(in: collapsingWhitespace(rest.plainText)) != nil { return (rest, []) }
        return ([], rest)
    }

    /// "by Jane Doe and John Roe", "(by Jane Doe)", ", by Jane": the names; nil when the text names no author.
    static func authors(in text: String) -> [String]? {
        var text = Substring(text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;")))
        if text.hasPrefix("(") && text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        guard text.lowercased().hasPrefix("by ") else { return nil }
        let names = text.dropFirst(3)
            .split(separator: /,\s*|\s+and\s+|\s*&\s*/)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .,;")) }
            .filter { !$0.isEmpty }
        return names.isEmpty ? nil : names
    }

    /// The `: ` after "by Author" at the start of `text`, when the names before it are authors.
    private static func authorColon(in text: String) -> Regex<Substring>.Match? {
        guard let match = text.firstMatch(of: #/:\s+/#), authors(in: String(text[..<match.range.lowerBound])) != nil else { return nil }
        return match
    }

    /// Status markers at the start or the end of a description, taken out of it.
    private static func takingMarkers(from description: inout [MarkdownInline]) -> [String] {
        var markers: [String] = []
        // `**[Deprecated]** The book…` or `_(archived)_`: a whole emphasis that is a marker.
        while let first = description.first, case let text = collapsingWhitespace([first].plainText),
              first.isEmphasis, StatusMarkers.isOnlyMarkers(text) {
            markers.append(text)
            description = trimmingLeadingPunctuation(Array(description.dropFirst()))
        }
        if case .text(let text)? = description.first {
            let (found, rest) = StatusMarkers.leadingMarkers(of: text, bare: false)
            if !found.isEmpty {
                markers += found
                description = trimmingLeadingPunctuation((rest.isEmpty ? [] : [.text(rest)]) + description.dropFirst())
            }
        }
        if let last = description.last, last.isEmphasis, case let text = collapsingWhitespace([last].plainText), StatusMarkers.isOnlyMarkers(text) {
            markers.append(text)
            description.removeLast()
        } else if case .text(let text)? = description.last, let (marker, rest) = StatusMarkers.trailingMarker(of: text) {
            markers.append(marker)
            description[description.count - 1] = .text(rest)
        }
        return markers
    }

    /// ` - `, ` – `, ` — `, ` -- ` with space on both sides (or at the start of the text).
    private static var dashSeparator: Regex<Substring> { #/(?:^|\s)(?:--|-|–|—)(?:\s+|$)/# }
    /// `: ` or ` | ` right after the link.
    private static var leadingSeparator: Regex<Substring> { #/^\s*[:|]\s*/# }

    private static func trimmingLeadingPunctuation(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var inlines = inlines
        while case .text(let text)? = inlines.first {
            let trimmed = text.drop { $0.isWhitespace || ",;:.-–—|/·•".contains($0) }
            if trimmed.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(trimmed)); break }
        }
        while let last = inlines.last, last == .softBreak || last == .lineBreak || last == .text("") {
            inlines.removeLast()
        }
        return inlines
    }

    // MARK: Badges, HTML and links

    /// Drops images, links around nothing but images, and star counts ("⭐ 1.2k").
    private static func removingBadges(_ inlines: [MarkdownInline], into badges: inout [ListItemParts.Link]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for inline in inlines {
            switch inline {
            case .image(let url, _, _, let position):
                badges.append(ListItemParts.Link(url: url, position: position))
            case .link(let url, let title, let children, let position):
                var inner: [ListItemParts.Link] = []
                let kept = removingBadges(children, into: &inner)
                if !inner.isEmpty && collapsingWhitespace(kept.plainText).isEmpty {
                    badges.append(ListItemParts.Link(url: url, position: position))
                } else {
                    result.append(.link(destination: url, title: title, children: kept, position: position))
                }
                badges += inner
            case .emphasis(let children):
                let kept = removingBadges(children, into: &badges)
                if !kept.isEmpty { result.append(.emphasis(kept)) }
            case .strong(let children):
                let kept = removingBadges(children, into: &badges)
                if !kept.isEmpty { result.append(.strong(kept)) }
            case .text(let text):
                result.append(.text(withoutStarCounts(text)))
            default:
                result.append(inline)
            }
        }
        return result
    }

    static func withoutStarCounts(_ text: String) -> String {
        guard text.contains(where: { $0 == "⭐" || $0 == "⭐️" || $0 == "★" || $0 == "🌟" || $0 == ":" || $0 == "(" }) else { return text }
        return text
            .replacing(#/\s*[(\[]?\s*(?:⭐️|⭐|★|🌟|:star:)\s*[0-9][0-9.,]*\s*[kKmM]?\s*[)\]]?/#, with: "")
            .replacing(#/\s*\(\s*[0-9][0-9.,]*\s*[kKmM]?\s+stars?\s*\)/#, with: "")
    }

    /// `<a href="…">Name</a>` becomes a link and `<img src="…">` an image; other tags are dropped.
    private static func resolvingHTML(_ inlines: [MarkdownInline], at position: SourcePosition) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var index = 0
        while index < inlines.count {
            let inline = inlines[index]
            index += 1
            switch inline {
            case .html(let tag):
                switch HTMLLinks.tagName(tag) {
                case "a":
                    guard let url = HTMLLinks.attribute("href", in: tag) else { continue }
                    let close = inlines[index...].firstIndex { if case .html(let t) = $0 { HTMLLinks.tagName(t) == "/a" } else { false } }
                    let end = close ?? inlines.count
                    let children = resolvingHTML(Array(inlines[index..<end]), at: position)
                    result.append(.link(destination: url, title: "", children: children, position: position))
                    index = close.map { $0 + 1 } ?? end
                case "img":
                    if let url = HTMLLinks.attribute("src", in: tag) {
                        result.append(.image(destination: url, title: "", children: [.text(HTMLLinks.altText(tag))], position: position))
                    }
                default:
                    continue
                }
            case .emphasis(let children): result.append(.emphasis(resolvingHTML(children, at: position)))
            case .strong(let children): result.append(.strong(resolvingHTML(children, at: position)))
            case .link(let url, let title, let children, let linkPosition):
                result.append(.link(destination: url, title: title, children: resolvingHTML(children, at: position), position: linkPosition))
            default:
                result.append(inline)
            }
        }
        return result
    }

    private static func containsLink(_ inline: MarkdownInline) -> Bool {
        switch inline {
        case .link: true
        case .emphasis(let children), .strong(let children): children.contains(where: containsLink)
        default: false
        }
    }

    private static func containsAnyLink(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains(where: containsLink)
    }

    private static func children(of inline: MarkdownInline) -> [MarkdownInline] {
        switch inline {
        case .emphasis(let children), .strong(let children): children
        default: [inline]
        }
    }

    /// Every link in `inlines`, in order, for the report.
    static func collectLinks(_ inlines: [MarkdownInline], into links: inout [ListItemParts.Link]) {
        for inline in inlines {
            switch inline {
            case .link(let url, _, let children, let position):
                links.append(ListItemParts.Link(url: url, position: position))
                collectLinks(children, into: &links)
            case .image(let url, _, _, let position):
                links.append(ListItemParts.Link(url: url, position: position))
            case .emphasis(let children), .strong(let children):
                collectLinks(children, into: &links)
            default:
                break
            }
        }
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

private extension MarkdownInline {
    var isEmphasis: Bool {
        switch self {
        case .emphasis, .strong: true
        default: false
        }
    }
}
