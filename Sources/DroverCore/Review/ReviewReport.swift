import Foundation

/// `drover review`'s output in each format. The same queue gives the same bytes.
public enum ReviewReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ queue: ReviewQueue, as format: Format) -> String {
        switch format {
        case .text: text(queue)
        case .json: json(queue)
        case .markdown: markdown(queue)
        }
    }

    /// One entry a block (file and title, its page, its reasons as a list), then the counts.
    static func text(_ queue: ReviewQueue) -> String {
        guard !queue.items.isEmpty else { return "nothing to review on \(queue.today)\n" }
        var out = ""
        for item in queue.items {
            out += "\(item.file): \(item.title)\n"
            out += "  \(item.page)\n"
            for reason in item.reasons { out += "  - \(reason.text)\n" }
            out += "\n"
        }
        let counts = queue.counts.map { "\($0.entries) \($0.kind.rawValue)" }.joined(separator: ", ")
        out += "\(CountedNoun.entry.count(queue.items.count)) to review on \(queue.today) (\(counts))\n"
        return out
    }

    /// A checklist for the body of a GitHub issue: one line an entry, ticked off by hand as the
    /// curator goes. Empty when the queue is.
    static func markdown(_ queue: ReviewQueue) -> String {
        var out = ""
        for item in queue.items {
            let reasons = item.reasons.map { escaped($0.text) }.joined(separator: "; ")
            let edit = item.edit.map { " · [edit](\(destination($0)))" } ?? ""
            out += "- [ ] [\(escaped(item.title))](\(destination(item.page))) — \(reasons)\(edit)\n"
        }
        return out
    }

    static func json(_ queue: ReviewQueue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and dates cannot fail.
        let data = (try? encoder.encode(queue)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Text that Markdown shows as written: its punctuation escaped, so a title with `[1]` or a
    /// detail with `*` stays itself inside the checklist.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    /// A link destination that cannot end the link early: spaces and parentheses encoded.
    static func destination(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
