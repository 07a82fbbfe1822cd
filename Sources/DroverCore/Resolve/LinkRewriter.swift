/// Turns the links authors write (by source path, `tag:name`) into site URLs from their spelling
/// alone, so a body can be rendered as soon as it is parsed.
///
/// A source path names its page by construction (`research/x.md` is `research/x/`), and a tag's
/// slug is pinned in tags.yml or made from its name; neither needs the rest of the collection.
/// Whether the target exists is `LinkResolver`'s question, asked in the resolve stage, which
/// takes its URLs from here too, so the two can never disagree.
public struct LinkRewriter: Sendable {
    let urls: SiteURLs
    /// Tag name as written → slug pinned in tags.yml.
    let pinnedTagSlugs: [String: String]

    init(urls: SiteURLs, tagDefinitions: [TagDefinition]) {
        self.urls = urls
        var pinned: [String: String] = [:]
        for definition in tagDefinitions {
            if let slug = definition.slug, pinned[definition.name] == nil { pinned[definition.name] = slug }
        }
        pinnedTagSlugs = pinned
    }

    /// The slug a tag's page has: pinned, or made from its name (a slug makes itself).
    func tagSlug(_ name: String) -> String {
        pinnedTagSlugs[name] ?? Slug.make(name)
    }

    /// The link to a tag's page, from the tag as written after `tag:` (percent-decoded).
    func tagURL(_ name: String) -> String {
        urls.link(SiteURLs.tag(tagSlug(name)))
    }

    /// The page a source file becomes: `research/_block.md` → `research/`, `research/x.md` →
    /// `research/x/`; nil for a path no page can have.
    static func sitePath(ofSource path: String) -> String? {
        if let slug = StandalonePage.reservedFiles[path] { return SiteURLs.page(slug) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].hasSuffix(".md"), !parts[0].isEmpty else { return nil }
        if parts[1] == "_block.md" { return SiteURLs.block(String(parts[0])) }
        return SiteURLs.entry(block: String(parts[0]), slug: String(parts[1].dropLast(3)))
    }

    /// The site URL of `destination` written in the file at `sourcePath`, or nil to leave it as
    /// written (an external URL, an anchor on the same page, or a link that cannot be ours).
    func rewrite(_ destination: String, from sourcePath: String, isImage: Bool) -> String? {
        let trimmed = destination.trimmed()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { return nil }
        if let scheme = LinkResolver.scheme(of: trimmed) {
            guard scheme == "tag" else { return nil }
            return tagURL(String(trimmed.dropFirst(4)).percentDecoded)
        }
        let (pathPart, fragment) = LinkResolver.splitFragment(trimmed)
        guard !pathPart.isEmpty else { return nil }
        let path = pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathPart
        guard !path.hasPrefix("/"),
              let target = LinkResolver.join(directory: LinkResolver.directory(of: sourcePath), path.percentDecoded),
              let sitePath = Self.sitePath(ofSource: target)
        else { return nil }
        return urls.link(sitePath) + (fragment.map { "#" + $0 } ?? "")
    }
}
