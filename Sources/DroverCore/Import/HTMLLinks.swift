/// Links written as HTML (`<a href>`, `<img src>`), which cmark passes through as raw text:
/// awesome lists use them for logos, centred headers and the odd item.
enum HTMLLinks {
    struct Found: Equatable {
        var url: String
        var isImage: Bool
        /// Lines before the one it is on, inside the HTML.
        var lineOffset = 0
    }

    /// Every `href` and `src` in a piece of HTML, in order.
    static func all(in html: String) -> [Found] {
        // Regex values are not Sendable, so each call makes its own (a literal costs little).
        let attributePattern = #/(?i)\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/#
        return html.matches(of: attributePattern).map { match in
            Found(url: decodeEntities(String(match.output.2 ?? match.output.3 ?? match.output.4 ?? "")),
                  isImage: match.output.1.lowercased() == "src",
                  lineOffset: html[..<match.range.lowerBound].count { $0 == "\n" })
        }
    }

    /// The value of one attribute of a single tag, like `href` of `<a href="…">`.
    static func attribute(_ name: String, in tag: String) -> String? {
        all(in: tag).first { $0.isImage == (name == "src") }?.url
    }

    /// `<a …>`, `<img …>`, `</a>`: the tag's lowercased name, with "/" for a closing tag.
    static func tagName(_ tag: String) -> String {
        let name = tag.dropFirst().prefix { $0 == "/" || $0.isLetter || $0.isNumber }
        return name.lowercased()
    }

    /// `alt="…"` of an image tag, for its text.
    static func altText(_ tag: String) -> String {
        let altPattern = #/(?i)\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/#
        return tag.firstMatch(of: altPattern).map { decodeEntities(String($0.output.1 ?? $0.output.2 ?? "")) } ?? ""
    }

    /// The entities that appear in attribute values in practice.
    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
