/// Texts Drover writes into an entry for its author to replace (`drover new`'s body, an
/// imported item's missing description), and the check that none of them ships: a body that
/// still holds one is a warning naming the file, so `--strict` (CI) refuses to publish it.
public enum PlaceholderText {
    /// The body `drover new` writes, in the site's language: a sentence that says what to write.
    public static func newEntryBody(language: String) -> String {
        isRussian(language) ? newEntryRussian : newEntryEnglish
    }

    /// The body of an imported item whose list gave no description, in the site's language.
    public static func importedWithoutDescription(language: String) -> String {
        isRussian(language) ? importedRussian : importedEnglish
    }

    static let newEntryRussian = "Напишите здесь 2–5 предложений: что это за материал, кому и чем он полезен."
    static let newEntryEnglish = "Write 2–5 sentences here: what this resource is, whom it helps and how."
    static let importedRussian = "В исходном списке у этого материала нет описания."
    static let importedEnglish = "The list this entry was imported from gives no description."

    /// Every placeholder in every language, with the command that writes it: a Russian one left
    /// in an English site (or the reverse) is as unfinished as one in the site's own language.
    static let all: [(text: String, writtenBy: String)] = [
        (newEntryEnglish, "drover new"), (newEntryRussian, "drover new"),
        (importedEnglish, "drover import"), (importedRussian, "drover import"),
    ]

    /// The warning for a body that still holds a placeholder, at the line that holds it.
    /// Whitespace is compared collapsed, so a placeholder an editor re-wrapped is still found.
    static func check(body: Substring, file: String, firstLine: Int) -> Diagnostic? {
        // Every entry's body comes through here and nearly none holds a placeholder: look for the
        // opening words in the bytes first, and collapse whitespace only in a body that has them.
        guard hasOpening(body) else { return nil }
        let collapsed = collapsingWhitespace(body)
        guard let found = all.first(where: { collapsed.contains($0.text) }) else { return nil }
        let opening = String(found.text.prefix(24))
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { collapsingWhitespace($0).contains(opening) } ?? 0
        let column = 1 + (lines.indices.contains(index) ? lines[index].prefix(while: \.isWhitespace).count : 0)
        return .warning("the description is still the placeholder \(found.writtenBy) wrote (\"\(found.text)\")",
                        at: SourceLocation(file: file, line: firstLine + index, column: column),
                        fix: "replace it with 2–5 sentences of your own on why this resource is worth a reader's time")
    }

    /// Whether `body` holds the opening words of a placeholder. A plain byte scan: the generic
    /// `firstRange(of:)` on a UTF-8 view instantiated type metadata at every step, and took 87%
    /// of parsing a 10,000-entry collection (25 s).
    private static func hasOpening(_ body: Substring) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            openings.contains { occurs($0, in: bytes) }
        }
        return body.utf8.withContiguousStorageIfAvailable(scan) ?? Array(body.utf8).withUnsafeBufferPointer(scan)
    }

    private static func occurs(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= bytes.count else { return false }
        var start = 0
        while start <= bytes.count - needle.count {
            if bytes[start] == first {
                var matched = 1
                while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The first three words of each placeholder, as UTF-8.
    private static let openings: [[UInt8]] = all.map { Array($0.text.split(separator: " ").prefix(3).joined(separator: " ").utf8) }

    static func isRussian(_ language: String) -> Bool {
        language.split(separator: "-").first.map { $0.lowercased() == "ru" } ?? false
    }

    private static func collapsingWhitespace(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
