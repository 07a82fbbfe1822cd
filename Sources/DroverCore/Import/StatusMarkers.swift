/// Status markers that awesome lists put beside an item: `**[Deprecated]**`, `[deprecated]`,
/// `(archived)`, `🚧`. They say something a reader must know about the resource, so the import
/// keeps them (at the start of the entry's description, as written) and reports each one,
/// rather than dropping them with the text around the link.
///
/// Entries have no status field yet; when they get one, the import can fill it from these.
enum StatusMarkers {
    /// Words that mark a status, inside brackets or parentheses, or alone before the link.
    static let words = [
        "deprecated", "archived", "unmaintained", "no longer maintained", "abandoned", "obsolete", "outdated", "discontinued",
        "inactive", "dead", "wip", "work in progress", "experimental", "beta", "alpha", "paid", "freemium",
    ]
    /// Emoji lists use for the same: under construction, dead, warning, archived, paid.
    static let emoji: [Character] = ["🚧", "💀", "☠️", "☠", "⚠️", "⚠", "🗄️", "🗄", "💰", "💲"]

    /// The markers at the start of `text`, and the text after them; bare words count only when
    /// `bare` (text before the link or between it and the separator, where no prose is expected).
    static func leadingMarkers(of text: String, bare: Bool) -> (markers: [String], rest: String) {
        var rest = Substring(text).drop(while: \.isWhitespace)
        var markers: [String] = []
        while let length = marker(at: rest) ?? (bare ? bareWord(at: rest) : nil) {
            markers.append(String(rest.prefix(length)))
            rest = rest.dropFirst(length).drop { $0.isWhitespace || ":–—-|,".contains($0) }
        }
        return (markers, String(rest))
    }

    /// The length of a marker at the start of `text`: an emoji, or a status word in brackets or
    /// parentheses (`[Deprecated]`, `( archived )`); nil when none.
    private static func marker(at text: Substring) -> Int? {
        guard let first = text.first else { return nil }
        if emoji.contains(first) { return 1 }
        guard first == "[" || first == "(", let end = text.firstIndex(of: first == "[" ? "]" : ")") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<end].trimmed().lowercased()
        return words.contains(inner) ? text.distance(from: text.startIndex, to: end) + 1 : nil
    }

    /// `(archived)`, `🚧` at the end of a description, with the text before it.
    static func trailingMarker(of text: String) -> (marker: String, rest: String)? {
        let trimmed = text.trimmed()
        for candidate in candidates(endingAt: trimmed) {
            let marker = String(trimmed.suffix(candidate))
            if leadingMarkers(of: marker, bare: false).rest.isEmpty {
                return (marker, String(trimmed.dropLast(candidate)).trimmed())
            }
        }
        return nil
    }

    /// Whether `text` is nothing but markers (with punctuation between them).
    static func isOnlyMarkers(_ text: String) -> Bool {
        let (markers, rest) = leadingMarkers(of: text, bare: true)
        return !markers.isEmpty && rest.allSatisfy { $0.isWhitespace || ".:–—-|,".contains($0) }
    }

    /// The length of a bare status word (`DEPRECATED`, `WIP`) at the start of `text`, ending at a
    /// word boundary; nil when none.
    private static func bareWord(at text: Substring) -> Int? {
        let lowered = text.lowercased()
        for word in words.sorted(by: { $0.count > $1.count }) where lowered.hasPrefix(word) {
            let after = lowered.dropFirst(word.count).first
            if after == nil || !(after!.isLetter || after!.isNumber) { return word.count }
        }
        return nil
    }

    /// Lengths of the bracketed or emoji suffixes `text` may end with.
    private static func candidates(endingAt text: String) -> [Int] {
        var lengths: [Int] = []
        if let last = text.last, emoji.contains(last) { lengths.append(1) }
        if let last = text.last, last == "]" || last == ")" {
            let open: Character = last == "]" ? "[" : "("
            if let start = text.lastIndex(of: open) { lengths.append(text.distance(from: start, to: text.endIndex)) }
        }
        return lengths
    }
}
