import Testing
@testable import DroverCore

@Suite("Links and images")
struct MarkdownLinkTests {
    private func links(in markdown: String) -> [MarkdownLink] {
        MarkdownDocument(parsing: markdown).links
    }

    private func at(_ line: Int, _ column: Int) -> SourcePosition {
        SourcePosition(line: line, column: column)
    }

    @Test("Links and images are listed in document order with destination, kind and position")
    func listsLinksAndImagesInOrder() {
        let found = links(in: "See [the docs](docs/index.md) and ![a logo](img/logo.png).\n\nThen <https://example.com>.\n")
        #expect(found == [
            MarkdownLink(destination: "docs/index.md", position: at(1, 5), isImage: false),
            MarkdownLink(destination: "img/logo.png", position: at(1, 35), isImage: true),
            MarkdownLink(destination: "https://example.com", position: at(3, 6), isImage: false),
        ])
    }

    @Test("Columns count Unicode scalars, not UTF-8 bytes, after Cyrillic text")
    func columnsCountScalarsAfterCyrillic() {
        // "Привет " is 7 scalars but 13 bytes: cmark says byte column 14.
        let found = links(in: "# Заголовок\n\nПривет [мир](мир.md) и ![картинка](к.png)\n")
        #expect(found.map(\.position) == [at(3, 8), at(3, 24)])
        #expect(found.map(\.destination) == ["мир.md", "к.png"])
        #expect(found.map(\.isImage) == [false, true])
    }

    @Test("Columns count an emoji as one scalar")
    func columnsCountEmojiAsOneScalar() {
        #expect(links(in: "🎉 [x](y)").map(\.position) == [at(1, 3)])
    }

    @Test("Reference-style links report the resolved destination at the place of use")
    func referenceLinksResolveDestinations() {
        let found = links(in: "[full][ref], [collapsed][] and [shortcut].\n\n![img][ref]\n\n[ref]: /target.html \"Title\"\n[collapsed]: /c.html\n[shortcut]: /s.html\n")
        #expect(found == [
            MarkdownLink(destination: "/target.html", position: at(1, 1), isImage: false),
            MarkdownLink(destination: "/c.html", position: at(1, 14), isImage: false),
            MarkdownLink(destination: "/s.html", position: at(1, 32), isImage: false),
            MarkdownLink(destination: "/target.html", position: at(3, 1), isImage: true),
        ])
    }

    @Test("Destinations are reported after cmark's unescaping of escapes and entities")
    func destinationsAreUnescaped() {
        #expect(links(in: #"[a](/p\(1\)) [b](a&amp;b) [c](<with space.md>)"#).map(\.destination)
                == ["/p(1)", "a&b", "with space.md"])
    }

    @Test("A link on an indented continuation line of a list item gets its real column")
    func continuationLineInListItem() {
        #expect(links(in: "- a\n   b [z](w)\n").map(\.position) == [at(2, 6)])
    }

    @Test("Two links on a deeply indented continuation line are told apart")
    func twoLinksOnIndentedContinuationLine() {
        // cmark reports columns 3 and 10 here; the nearest `[` to 10 would be
        // the first link's, so the column must be re-based on the line itself.
        #expect(links(in: "- a\n          [z](w) [q](r)\n").map(\.position) == [at(2, 11), at(2, 18)])
    }

    @Test("A link whose raw cmark column lands on another link's bracket is still placed right")
    func rawColumnLandingOnAnotherLink() {
        // cmark says column 9 for the second link: the first link's `[`.
        #expect(links(in: "- a\n        [a](b)[c](d)\n").map(\.position) == [at(2, 9), at(2, 15)])
    }

    @Test("A link on a lazy continuation line of a block quote gets its real column")
    func lazyContinuationLine() {
        #expect(links(in: "> b\nlazy [x](y)\n").map(\.position) == [at(2, 6)])
    }

    @Test("An image on the second line of a setext heading gets its real column")
    func imageOnSecondLineOfSetextHeading() {
        #expect(links(in: "Foo [x](y)\n  bar ![i](j)\n===\n").map(\.position) == [at(1, 5), at(2, 7)])
    }

    @Test("Autolinks inside a block quote get their real column")
    func autolinksInsideBlockQuote() {
        #expect(links(in: "> see <http://x> [a](b) <mail@example.com>\n").map(\.position)
                == [at(1, 7), at(1, 18), at(1, 25)])
    }

    @Test("A link whose text spans two lines is placed at its opening bracket")
    func linkTextSpanningLines() {
        #expect(links(in: "a [x\ny](z)\n").map(\.position) == [at(1, 3)])
    }

    @Test("Lines are counted the way cmark counts them: CRLF, CR and a leading byte order mark")
    func lineEndingsAndByteOrderMark() {
        #expect(links(in: "a\r\nb [x](y)\r\n").map(\.position) == [at(2, 3)])
        #expect(links(in: "a\rb [x](y)\r\rc [z](w)\n").map(\.position) == [at(2, 3), at(4, 3)])
        #expect(links(in: "\u{FEFF}a [x](y)\n").map(\.position) == [at(1, 3)])
    }

    @Test("Links in nested containers keep correct columns")
    func linksInNestedContainers() {
        #expect(links(in: "> - item [x](y)\n>   more [z](w)\n").map(\.position) == [at(1, 10), at(2, 10)])
    }

    @Test("A document without links has none")
    func documentWithoutLinks() {
        #expect(links(in: "").isEmpty)
        #expect(links(in: "Plain [not a link] text.\n").isEmpty)
    }
}
