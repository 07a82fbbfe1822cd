/// Recognises the two shapes of a "soft 404": a server that answers success for a page that is
/// not there. A plain HTTP check calls both `ok`, which is how dead links survive for years.
enum SoftNotFound {
    /// How much of a 200 HTML page is read at most to find its `<title>`.
    static let titleReadLimit = 32768

    /// A deep link (a path beyond `/`) whose redirects end on the same site's home page: what
    /// many sites do with a page they removed instead of answering 404.
    static func isRedirectToHome(from url: String, to final: String) -> Bool {
        guard let path = URLNormalization.path(of: url), !["", "/"].contains(path),
              let finalPath = URLNormalization.path(of: final), ["", "/"].contains(finalPath),
              let host = URLNormalization.host(of: url), let finalHost = URLNormalization.host(of: final) else { return false }
        return siteName(host) == siteName(finalHost)
    }

    /// "www.example.org" and "example.org" are one site.
    private static func siteName(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The text of the first `<title>` in `html`, whitespace collapsed, or nil when it has none
    /// (or the head is longer than what was read).
    static func title(in html: String) -> String? {
        let lower = html.lowercased()
        guard let open = lower.range(of: "<title"), let openEnd = lower[open.upperBound...].firstIndex(of: ">"),
              let close = lower.range(of: "</title>", range: openEnd..<lower.endIndex) else { return nil }
        // Lowercasing can change the length of non-ASCII text, so offsets are taken in UTF-8 of the original.
        let start = lower.utf8.distance(from: lower.startIndex, to: lower.index(after: openEnd))
        let end = lower.utf8.distance(from: lower.startIndex, to: close.lowerBound)
        let bytes = Array(html.utf8)
        guard start <= end, end <= bytes.count else { return nil }
        let raw = String(decoding: bytes[start..<end], as: UTF8.self)
        let decoded = raw.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&rsquo;", with: "’")
        return decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether a page's title says the page is not there, in English or Russian.
    static func titleSaysNotFound(_ title: String) -> Bool {
        let text = title.lowercased().replacingOccurrences(of: "’", with: "'")
        if ["404", "not found", "404 not found", "не найдено"].contains(text) { return true }
        if text.hasPrefix("404 ") || text.hasPrefix("404:") || text.hasSuffix(" 404") { return true }
        return phrases.contains { text.contains($0) }
    }

    private static let phrases = [
        "page not found", "page does not exist", "page doesn't exist", "page cannot be found", "page could not be found",
        "page isn't available", "page is not available", "error 404", "404 error", "404 - not found", "404 | ", " | 404",
        "страница не найдена", "страница не существует", "страница удалена", "ошибка 404", "404 — страница", "запрашиваемая страница не",
    ]
}
