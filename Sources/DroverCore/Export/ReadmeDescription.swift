/// An entry's one-line description for an awesome-list item: the first sentence of its
/// body, capitalised and ending with punctuation, as awesome-lint's list-item rule wants.
enum ReadmeDescription {
    static func of(_ body: ParsedBody) -> String {
        sentence(from: body.excerpt, truncated: body.excerpt.unicodeScalars.count >= ParsedBody.excerptLimit)
    }

    /// The first sentence of `text`; "" for no text.
    static func sentence(from text: String, truncated: Bool = false) -> String {
        let text = ListItemReading.collapsingWhitespace(text)
        guard !text.isEmpty else { return "" }
        var sentence = firstSentence(of: text)
        if sentence.count == text.count && truncated {
            // The excerpt stopped mid-sentence: end at a word, marked as cut.
            if let space = sentence.lastIndex(of: " ") { sentence = String(sentence[..<space]) }
            sentence = sentence.trimmingSuffix(while: { ",;:-–—".contains($0) }) + "…"
        }
        return ending(capitalised(sentence))
    }

    /// Up to the first `.`, `!`, `?` or `…` that is followed by a space and does not end
    /// an abbreviation ("e.g.", "т. е.", a single letter such as an initial).
    private static func firstSentence(of text: String) -> String {
        let characters = Array(text)
        var wordStart = 0
        for index in characters.indices {
            let character = characters[index]
            if character == " " { wordStart = index + 1; continue }
            guard ".!?…".contains(character), index + 1 == characters.count || characters[index + 1] == " " else { continue }
            let word = characters[wordStart..<index]
            let isAbbreviation = character == "." && (word.count <= 1 || word.contains("."))
            if !isAbbreviation { return String(characters[...index]) }
        }
        return text
    }

    /// The first letter in upper case, unless the first word is an identifier like "iPhone".
    private static func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        let firstWord = text.prefix { $0 != " " }
        if firstWord.dropFirst().contains(where: \.isUppercase) { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func ending(_ text: String) -> String {
        guard let last = text.last else { return text }
        if ".!?…".contains(last) { return text }
        let trimmed = text.trimmingSuffix(while: { ",;:-–—".contains($0) })
        return trimmed + "."
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, predicate(last) || last == " " { text.removeLast() }
        return text
    }
}
