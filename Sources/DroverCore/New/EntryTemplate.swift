/// The text of a new entry: its front matter, in the order the content format documents, and a
/// body for the author to replace.
enum EntryTemplate {
    /// What the body says until the author writes it: a real sentence, so the collection still
    /// builds under `--strict` (an empty body is a warning), and one no reviewer can miss.
    static let bodyPlaceholder = "Напишите здесь 2–5 предложений: что это за материал, кому и чем он полезен."

    static func text(_ entry: NewEntryRequest) -> String {
        var lines = ["---"]
        lines.append("title: \(quoted(entry.title.trimmingCharacters(in: .whitespaces)))")
        lines.append("url: \(quoted(entry.url))")
        lines.append("type: \(entry.type)")
        lines.append("tags: [\(entry.tags.map(flowItem).joined(separator: ", "))]")
        lines.append("added: \(entry.added)")
        if let language = entry.language { lines.append("language: \(language)") }
        if let difficulty = entry.difficulty { lines.append("difficulty: \(difficulty)") }
        lines.append("---")
        lines.append(bodyPlaceholder)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: every title and URL is safe in it, whatever it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A tag inside `[a, b]`: plain when it is only letters, digits, spaces, `-` and `_`
    /// (as authors write them: `[llm, Машинное обучение]`), quoted otherwise.
    static func flowItem(_ tag: String) -> String {
        let plain = tag.first.map { $0.isLetter || $0.isNumber } == true
            && tag.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
            && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(tag.lowercased())
        return plain ? tag : quoted(tag)
    }
}
