/// The file name `drover new` gives an entry: its title as a slug (`Slug.make` transliterates
/// Cyrillic and folds accents), or, when the title has no letters a slug can keep (a Chinese or
/// Greek title, only punctuation), its URL's host and path.
public enum EntrySlug {
    /// Longer slugs are cut at a word boundary: a file name, and the entry's address, stay readable.
    public static let maximumLength = 60

    public static func make(title: String, url: String) -> String {
        let fromTitle = shortened(Slug.make(title))
        if !fromTitle.isEmpty { return fromTitle }
        return shortened(Slug.make(addressPart(of: url)))
    }

    /// `arxiv.org/abs/2303.10130` from `https://www.arxiv.org/abs/2303.10130?x=1#y`.
    static func addressPart(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return String(rest)
    }

    /// At most `maximumLength` characters, cut after the last whole word that fits.
    static func shortened(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let head = slug.prefix(maximumLength + 1)
        if let dash = head.lastIndex(of: "-"), dash > head.startIndex { return String(head[..<dash]) }
        return String(slug.prefix(maximumLength))
    }
}
