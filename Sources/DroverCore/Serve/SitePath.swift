import Foundation

/// What a request's path asks of the built site. Only the site's own files are ever served:
/// the site lives in memory, and a path that tries to climb out of it is refused before lookup.
public enum SitePath: Equatable, Sendable {
    /// The site file to answer with (`research/x/index.html`).
    case file(String)
    /// A folder asked for without its slash (`/research`): pages' relative links need the slash.
    case redirect(to: String)
    case notFound
    /// `..`, `.`, a backslash, `//`, a NUL or malformed percent-encoding, in any spelling.
    case refused

    /// Resolves the path of a request (as sent: percent-encoded, without the query) against `site`.
    public static func resolve(_ rawPath: String, in site: MemorySite) -> SitePath {
        guard let path = decoded(rawPath) else { return .refused }
        let folder = path.isEmpty || path.hasSuffix("/")
        let candidate = folder ? path + "index.html" : path
        if site.file(at: candidate) != nil { return .file(candidate) }
        if !folder, site.file(at: path + "/index.html") != nil { return .redirect(to: rawPath + "/") }
        return .notFound
    }

    /// The site path a request names (`research/x/`), or nil when it must be refused.
    static func decoded(_ rawPath: String) -> String? {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"),
              let path = rawPath.removingPercentEncoding,
              path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0"), !path.hasPrefix("//") else { return nil }
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        // An empty segment is only allowed last (the trailing slash of a folder).
        for (index, segment) in segments.enumerated() {
            if segment == "." || segment == ".." { return nil }
            if segment.isEmpty && index != segments.count - 1 { return nil }
        }
        return String(path.dropFirst())
    }
}
