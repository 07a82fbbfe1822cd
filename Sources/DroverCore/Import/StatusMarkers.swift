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

    /// `[Deprecated]`, `(archived)`, `🚧` at the start of `text`, with what follows it.
    private static var leading: Regex<(Substring, Substring)> {
        #/^\s*((?i:[\[(]\s*(?:deprecated|archived|unmaintained|no longer maintained|abandoned|obsolete|outdated|discontinued|inactive|dead|wip|work in progress|experimental|beta|alpha|paid|freemium)\s*[\])])|🚧|💀|☠️|☠|⚠️|⚠|🗄️|🗄|💰|💲)/#
    }

    /// The markers at the start of `text`, and the text after them; bare words count only when
    /// `bare` (text before the link or between it and the separator, where no prose is expected).
    static func leadingMarkers(of text: String, bare: Bool) -> (markers: [String], rest: String) {
        var rest = Substring(text)
        var markers: [String] = []
        while true {
            if let match = rest.prefixMatch(of: leading) {
                markers.append(String(match.1))
                rest = rest[match.range.upperBound...].drop { $0.isWhitespace || ":–—-|,".contains($0) }
                continue
            }
            if bare, let word = bareWord(at: rest) {
                markers.append(String(rest.prefix(word)))
                rest = rest.dropFirst(word).drop { $0.isWhitespace || ":–—-|,".contains($0) }
                continue
            }
            break
        }
        return (markers, String(rest))
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
