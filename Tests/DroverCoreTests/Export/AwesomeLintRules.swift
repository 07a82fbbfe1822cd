@testable import DroverCore

/// awesome-lint's list-item, table-of-contents, heading and duplicate-link rules, as its
/// sources state them (rules/list-item.js, toc.js, heading.js, double-link.js), checked on
/// the outline cmark gives: each broken rule is one message.
enum AwesomeLintRules {
    static func problems(in readme: String) -> [String] {
        let blocks = MarkdownOutline(parsing: readme).blocks
        let headings = MarkdownDocument(parsing: readme).headings
        var problems: [String] = []

        // heading: exactly one level-1 heading, and it comes first.
        let topLevel = headings.filter { $0.level == 1 }
        if topLevel.count != 1 { problems.append("there must be one main heading, found \(topLevel.count)") }
        if case .heading(1, _, _)? = blocks.first {} else { problems.append("the main heading must come first") }

        // toc: `## Contents` is the first section; its list's items match the `##` headings after it
        // (all but License), in order and by text, linking to their anchors; `###` ones nested, depth 2 at most.
        guard let contents = headings.firstIndex(where: { $0.level == 2 && $0.text == "Contents" }) else {
            return problems + ["no ## Contents"]
        }
        if headings[..<contents].count != 1 { problems.append("Contents must be the first section") }
        let contentsLine = headings[contents].position.line
        let lists = blocks.compactMap { block -> [MarkdownListItem]? in
            if case .list(let items, let line) = block, line > contentsLine, line < (headings.dropFirst(contents + 1).first?.position.line ?? .max) { return items }
            return nil
        }
        if lists.count != 1 { problems.append("Contents must hold one list, found \(lists.count)") }
        let sections = headings[(contents + 1)...].filter { $0.level == 2 && $0.text != "License" }
        let items = lists.first ?? []
        if items.count != sections.count { problems.append("Contents lists \(items.count) sections of \(sections.count)") }
        for (item, heading) in zip(items, sections) {
            guard case .paragraph(let inlines, _)? = item.blocks.first, case .link(let url, _, let text, _)? = inlines.first else {
                problems.append("a Contents item without a link"); continue
            }
            if text.plainText != heading.text { problems.append("Contents item \"\(text.plainText)\" ≠ heading \"\(heading.text)\"") }
            if url != "#" + heading.anchor { problems.append("Contents item \(url) ≠ #\(heading.anchor)") }
            let next = headings.first { $0.level <= 2 && $0.position.line > heading.position.line }?.position.line ?? .max
            let subheadings = headings.filter { $0.level == 3 && $0.position.line > heading.position.line && $0.position.line < next }
            var nested: [MarkdownListItem] = []
            for case .list(let items, _) in item.blocks { nested = items }
            for (sub, subheading) in zip(nested, subheadings) {
                guard case .paragraph(let subInlines, _)? = sub.blocks.first, case .link(let subURL, _, let subText, _)? = subInlines.first else { continue }
                if subText.plainText != subheading.text || subURL != "#" + subheading.anchor {
                    problems.append("Contents sub-item \(subURL) ≠ #\(subheading.anchor)")
                }
                if sub.blocks.count > 1 { problems.append("Contents deeper than two levels") }
            }
            if !nested.isEmpty && nested.count != subheadings.count { problems.append("Contents sub-list of \(heading.text) is incomplete") }
        }

        // list-item: after Contents, `[text](absolute url)` first, then nothing or " - " and a
        // description whose first word is capitalised and which ends with . ! ? or …
        var linkKeys: [String: Int] = [:]
        func checkList(_ items: [MarkdownListItem]) {
            for item in items {
                for case .list(let nested, _) in item.blocks { checkList(nested) }
                guard case .paragraph(let inlines, _)? = item.blocks.first, let first = inlines.first else {
                    problems.append("line \(item.line): invalid list item"); continue
                }
                if case .text = first { continue }  // a grouping item
                guard case .link(let url, _, let text, _) = first, URLNormalization.isSafeAbsoluteHTTP(url), !text.plainText.isEmpty,
                      text.allSatisfy({ if case .text = $0 { true } else if case .code = $0 { true } else if case .emphasis = $0 { true } else { false } })
                else { problems.append("line \(item.line): invalid list item link"); continue }
                linkKeys[LinkIdentity.key(url), default: 0] += 1
                let description = Array(inlines.dropFirst())
                guard !description.isEmpty else { continue }
                let descriptionText = description.plainText
                guard descriptionText.hasPrefix(" - ") else { problems.append("line \(item.line): no dash separator"); continue }
                guard let last = descriptionText.last, ".!?…".contains(last) else { problems.append("line \(item.line): no final punctuation"); continue }
                let firstWord = descriptionText.dropFirst(3).prefix { $0 != " " }
                if let initial = firstWord.first, initial.isLetter, !initial.isUppercase, !firstWord.contains(where: \.isUppercase) {
                    problems.append("line \(item.line): description starts in lower case")
                }
            }
        }
        let firstSection = sections.first?.position.line ?? .max
        for case .list(let items, let line) in blocks where line > firstSection { checkList(items) }

        // double-link: no URL twice, compared without scheme and www.
        problems += linkKeys.filter { $0.value > 1 }.keys.sorted().map { "duplicate link \($0)" }
        return problems
    }
}
