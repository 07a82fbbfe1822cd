import Testing
import DroverCore

@Suite("Link rewriting")
struct MarkdownLinkRewritingTests {
    /// The pipeline's typical rewrite: relative `.md` links become `.html`.
    private func markdownToHTML(_ link: MarkdownLink) -> String? {
        guard !link.destination.contains("://"), link.destination.hasSuffix(".md") else { return nil }
        return String(link.destination.dropLast(3)) + ".html"
    }

    @Test("Rewritten destinations appear in the rendered HTML and the others stay as they were")
    func rewritesOnlyChosenLinks() {
        var document = MarkdownDocument(parsing: """
            Read [the guide](guide.md), [the spec](https://spec.commonmark.org/x.md)
            and [ref][g]; ![diagram](img/d.png).

            [g]: sub/page.md

            """)
        document.rewriteLinks(markdownToHTML)
        #expect(document.renderHTML() == """
            <p>Read <a href="guide.html">the guide</a>, <a href="https://spec.commonmark.org/x.md">the spec</a>
            and <a href="sub/page.html">ref</a>; <img src="img/d.png" alt="diagram" />.</p>

            """)
        #expect(document.links.map(\.destination)
                == ["guide.html", "https://spec.commonmark.org/x.md", "sub/page.html", "img/d.png"])
    }

    @Test("The transform sees each link once, in order, with its original destination and position")
    func transformSeesOriginalLinks() {
        var document = MarkdownDocument(parsing: "[a](1.md) ![b](2.png)\n[c](1.md)\n")
        var seen: [MarkdownLink] = []
        document.rewriteLinks { link in
            seen.append(link)
            return nil
        }
        #expect(seen == [
            MarkdownLink(destination: "1.md", position: SourcePosition(line: 1, column: 1), isImage: false),
            MarkdownLink(destination: "2.png", position: SourcePosition(line: 1, column: 11), isImage: true),
            MarkdownLink(destination: "1.md", position: SourcePosition(line: 2, column: 1), isImage: false),
        ])
        #expect(document.renderHTML() == "<p><a href=\"1.md\">a</a> <img src=\"2.png\" alt=\"b\" />\n<a href=\"1.md\">c</a></p>\n")
    }

    @Test("New destinations are escaped by the renderer and still pass through safe mode")
    func rewrittenDestinationsAreEscapedAndFiltered() {
        var document = MarkdownDocument(parsing: "[a](x) [b](y)\n")
        document.rewriteLinks { $0.destination == "x" ? "/a b?q=\"1\"&r=2" : "javascript:alert(1)" }
        #expect(document.renderHTML() == "<p><a href=\"/a%20b?q=%221%22&amp;r=2\">a</a> <a href=\"\">b</a></p>\n")
    }

    @Test("A throwing transform stops the rewrite and propagates its error")
    func throwingTransformPropagates() {
        struct Stop: Error {}
        var document = MarkdownDocument(parsing: "[a](1) [b](2)\n")
        #expect(throws: Stop.self) {
            try document.rewriteLinks { link in
                if link.destination == "2" { throw Stop() }
                return "one"
            }
        }
        #expect(document.links.map(\.destination) == ["one", "2"])
    }
}
