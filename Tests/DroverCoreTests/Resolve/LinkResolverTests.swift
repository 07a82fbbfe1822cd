import Testing
@testable import DroverCore

@Suite struct LinkResolverTests {
    static func resolver() -> LinkResolver {
        let empty = ParsedBody(firstLine: 5, links: [], anchors: [], excerpt: "", isEmpty: false, html: BodyHTML(page: ""))
        func entry(_ block: String, _ slug: String, anchors: Set<String> = [], tags: [String] = ["llm"]) -> Entry {
            var body = empty
            body.anchors = anchors
            let location = SourceLocation(file: "f")
            return Entry(block: block, slug: slug, sourcePath: "\(block)/\(slug).md", file: "content/\(block)/\(slug).md",
                         title: slug, url: "https://example.com/\(slug)", type: .article, tags: tags,
                         added: ISODate("2024-01-01")!, language: "ru", difficulty: nil, authors: [], updated: nil, draft: false,
                         checkLinks: true, body: body, urlLocation: location, tagLocations: tags.map { _ in location })
        }
        let blocks = ["research", "prompting"].enumerated().map { order, slug in
            Block(slug: slug, title: slug, order: order, audience: nil, summary: "", sourcePath: "\(slug)/_block.md",
                  file: "content/\(slug)/_block.md", intro: empty)
        }
        let entries = [entry("research", "paper", anchors: ["главные-цифры"]), entry("prompting", "guide")]
        let tags = [Tag(name: "нейросети", slug: "neiroseti", title: "Нейросети", description: nil, entryIndices: [0])]
        let collection = Collection(config: SiteConfig(title: "t", description: "d", baseURL: "https://example.org/site/"),
                                    blocks: blocks, entries: entries, tags: tags, draftPaths: ["prompting/draft.md"])
        let urls = SiteURLs(baseURL: "https://example.org/site/")
        return LinkResolver(collection: collection, rewriter: LinkRewriter(urls: urls, tagDefinitions: []))
    }

    let resolver = Self.resolver()

    @Test func entryBlockAndTagLinksBecomeSiteURLs() {
        #expect(resolver.resolve("../prompting/guide.md", from: "research/paper.md") == .rewrite("/site/prompting/guide/"))
        #expect(resolver.resolve("guide.md", from: "prompting/_block.md") == .rewrite("/site/prompting/guide/"))
        #expect(resolver.resolve("./_block.md", from: "research/paper.md") == .rewrite("/site/research/"))
        #expect(resolver.resolve("paper.md#главные-цифры", from: "research/_block.md") == .rewrite("/site/research/paper/#главные-цифры"))
        #expect(resolver.resolve("tag:нейросети", from: "research/paper.md") == .rewrite("/site/tags/neiroseti/"))
        #expect(resolver.resolve("tag:neiroseti", from: "research/paper.md") == .rewrite("/site/tags/neiroseti/"))
    }

    @Test func externalLinksAreKept() {
        #expect(resolver.resolve("https://example.com/x", from: "research/paper.md") == .keep)
        #expect(resolver.resolve("mailto:team@example.org", from: "research/paper.md") == .keep)
        #expect(resolver.resolve("//cdn.example.org/x", from: "research/paper.md") == .keep)
        #expect(resolver.resolve("#главные-цифры", from: "research/paper.md") == .keep)
    }

    @Test func brokenTargetsAnchorsTagsAndDraftsAreReportedWithAFix() {
        guard case .broken(_, let fix) = resolver.resolve("../promting/guide.md", from: "research/paper.md") else {
            Issue.record("a missing block must be broken"); return
        }
        #expect(fix == "did you mean '../prompting/guide.md'?")
        guard case .broken(let message, _) = resolver.resolve("paper.md#нет", from: "research/_block.md") else {
            Issue.record("a missing anchor must be broken"); return
        }
        #expect(message == "heading '#нет' does not exist in research/paper.md")
        guard case .broken(_, let draftFix) = resolver.resolve("../prompting/draft.md", from: "research/paper.md") else {
            Issue.record("a link to a draft must be broken"); return
        }
        #expect(draftFix == "publish it (remove draft: true) or build with --drafts")
        if case .broken = resolver.resolve("tag:нейросеть", from: "research/paper.md") {} else { Issue.record("unknown tag") }
        // A slug cut short suggests the file it begins, not the nearest short name by edits.
        let paths = ["prompting/gemini-prompting-strategies.md", "prompting/learn-prompting.md", "prompting/_block.md"]
        #expect(LinkResolver.suggestedPath(for: "prompting/gemini-prompting.md", among: paths) == "prompting/gemini-prompting-strategies.md")
        #expect(LinkResolver.suggestedPath(for: "prompting/lern-prompting.md", among: paths) == "prompting/learn-prompting.md")
        if case .broken = resolver.resolve("../../etc/passwd.md", from: "research/paper.md") {} else { Issue.record("escape") }
        if case .broken = resolver.resolve("JavaScript:alert(1)", from: "research/paper.md") {} else { Issue.record("unsafe") }
    }

    @Test func imagesMayUseDataURLsButLinksMayNot() {
        #expect(resolver.resolve("data:image/png;base64,AAAA", from: "research/paper.md", isImage: true) == .keep)
        if case .broken = resolver.resolve("data:text/html,x", from: "research/paper.md") {} else { Issue.record("data link") }
    }
}
