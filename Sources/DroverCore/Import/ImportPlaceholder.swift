import Foundation

/// The body an import writes for an item its list gives no description: it says so, in the
/// list's language, for the curator to replace (the texts are `PlaceholderText`'s, which the
/// build warns about). It is not a description: `export readme` never publishes it (it writes
/// the item without one, and warns).
enum ImportPlaceholder {
    static let russian = PlaceholderText.importedRussian
    static let english = PlaceholderText.importedEnglish

    static func text(language: String) -> String {
        PlaceholderText.importedWithoutDescription(language: language)
    }

    /// `text` without the placeholder, and whether it held it.
    static func removing(from text: String) -> (text: String, held: Bool) {
        var text = text
        var held = false
        for placeholder in [russian, english] where text.contains(placeholder) {
            text = text.replacingOccurrences(of: placeholder, with: " ")
            held = true
        }
        return (held ? ListItemReading.collapsingWhitespace(text) : text, held)
    }
}
