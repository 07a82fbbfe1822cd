/// Makes a body's site links absolute for feeds: a feed reader shows an item away from the site,
/// where `/pogonshchik/research/x/` and `#anchor` would not resolve.
///
/// Done on the page's HTML rather than by rendering the Markdown a second time: it is cmark's
/// output (or raw HTML an unsafe site allowed), where a `"` inside text is always `&quot;`, so
/// `href="` and `src="` only ever open an attribute. Computed for the few entries a feed shows,
/// so the build keeps one HTML per body.
enum FeedLinks {
    static func absolutize(_ html: String, pagePath: String, urls: SiteURLs) -> String {
        let rootBytes = Array(urls.root.utf8)
        let base = Array(Escaping.html(urls.base).utf8)
        let page = Array(Escaping.html(urls.absolute(pagePath)).utf8)
        let bytes = Array(html.utf8)
        guard bytes.count > 6 else { return html }
        var output: [UInt8] = []
        // Runs of bytes between rewritten values are copied whole.
        var runStart = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: " "), let valueStart = attributeValueStart(in: bytes, at: index) else {
                index += 1
                continue
            }
            index = valueStart
            let replacement: [UInt8]
            if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
                replacement = page
            } else if starts(bytes, at: index, with: rootBytes), !starts(bytes, at: index, with: Array("//".utf8)) {
                replacement = base
                index += rootBytes.count
            } else {
                continue
            }
            if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
            output.append(contentsOf: bytes[runStart..<valueStart])
            output.append(contentsOf: replacement)
            runStart = index
        }
        guard runStart > 0 else { return html }
        output.append(contentsOf: bytes[runStart...])
        return String(decoding: output, as: UTF8.self)
    }

    private static let href = Array(" href=\"".utf8)
    private static let src = Array(" src=\"".utf8)

    /// Where an `href`'s or `src`'s value starts when one begins at `index` (a space).
    private static func attributeValueStart(in bytes: [UInt8], at index: Int) -> Int? {
        if starts(bytes, at: index, with: href) { return index + href.count }
        if starts(bytes, at: index, with: src) { return index + src.count }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
