/// The text of a new entry: its front matter, in the order the content format documents, and a
/// body for the author to replace.
enum EntryTemplate {
    /// `siteLanguage` picks the body's placeholder: a sentence in the author's language saying
    /// what to write, which the build warns about until it is replaced (`PlaceholderText`).
    static func text(_ entry: NewEntryRequest, siteLanguage: String) -> String {
        var lines = ["---"]
        lines.append("title: \(FrontMatterWriting.quoted(entry.title.trimmingCharacters(in: .whitespaces)))")
        lines.append("url: \(FrontMatterWriting.quoted(entry.url))")
        lines.append("type: \(entry.type)")
        lines.append("tags: [\(entry.tags.map(flowItem).joined(separator: ", "))]")
        lines.append("added: \(entry.added)")
        if let language = entry.language { lines.append("language: \(language)") }
        if let difficulty = entry.difficulty { lines.append("difficulty: \(difficulty)") }
        lines.append("---")
        lines.append(PlaceholderText.newEntryBody(language: siteLanguage))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A tag inside `[a, b]`: plain when it is only letters, digits, spaces, `-` and `_`
    /// (as authors write them: `[llm, Машинное обучение]`), quoted otherwise.
    static func flowItem(_ tag: String) -> String {
        let plain = tag.first.map { $0.isLetter || $0.isNumber } == true
            && tag.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
            && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(tag.lowercased())
        return plain ? tag : FrontMatterWriting.quoted(tag)
    }
}
