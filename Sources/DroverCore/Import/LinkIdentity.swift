/// When two links name one resource, the way awesome-lint's duplicate-link rule decides
/// it: the normalised URL without its scheme or a leading `www.`, so that
/// `http://www.example.com/x/` and `https://example.com/x` are one link.
enum LinkIdentity {
    static func key(_ url: String) -> String {
        var key = Substring(URLNormalization.normalize(url) ?? url)
        if let schemeEnd = key.range(of: "://") { key = key[schemeEnd.upperBound...] }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        return String(key)
    }
}
