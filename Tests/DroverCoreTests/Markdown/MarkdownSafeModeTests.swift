import Testing
import DroverCore

@Suite("Safe and unsafe rendering")
struct MarkdownSafeModeTests {
    private let markdown = """
        <script>alert("block")</script>

        Inline <script>alert("inline")</script> and [click](javascript:alert(1)),
        [vb](vbscript:msgbox), [file](file:///etc/passwd), [data](data:text/html,<b>x</b>),
        ![pixel](data:image/png;base64,iVBORw0KGgo=) and [ok](https://example.com).

        """

    @Test("Safe mode omits raw HTML and drops javascript:, vbscript:, file: and non-image data: links")
    func safeModeDropsScriptsAndUnsafeLinks() {
        let html = MarkdownDocument(parsing: markdown).renderHTML()
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("file:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains(#"<a href="">click</a>"#))
        #expect(html.contains(#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="pixel" />"#))
        #expect(html.contains(#"<a href="https://example.com">ok</a>"#))
    }

    @Test("Unsafe mode keeps raw HTML and every link scheme")
    func unsafeModeKeepsRawHTML() {
        let html = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: true)).renderHTML()
        #expect(html.hasPrefix("<script>alert(\"block\")</script>\n"))
        // Inline, only the tags are raw HTML; the text between them is Markdown text.
        #expect(html.contains("<script>alert(&quot;inline&quot;)</script>"))
        #expect(html.contains(#"<a href="javascript:alert(1)">click</a>"#))
        #expect(!html.contains("raw HTML omitted"))
    }

    @Test("Links are listed with their written destinations whatever the mode")
    func linksAreListedInBothModes() {
        let destinations = MarkdownDocument(parsing: markdown).links.map(\.destination)
        #expect(destinations.first == "javascript:alert(1)")
        #expect(destinations.count == 6)
    }

    @Test("A NUL character becomes U+FFFD in the output")
    func nulBecomesReplacementCharacter() {
        let html = MarkdownDocument(parsing: "a\u{0}b\n").renderHTML()
        #expect(html == "<p>a\u{FFFD}b</p>\n")
    }
}
