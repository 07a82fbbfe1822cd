import Testing
import DroverCore

@Suite("Plain text")
struct MarkdownPlainTextTests {
    @Test("Plain text flattens inline markup, separates blocks and collapses whitespace")
    func plainTextIsFlattenedAndCollapsed() {
        let document = MarkdownDocument(parsing: """
            # Заголовок

            Some *emphasised*   text with `code`,
            a [link](x.md) and ![an image](i.png).

            - one
            - two

            <div>raw html</div>

            ```
            let x  =  1
            ```
            """)
        #expect(document.plainText == "Заголовок Some emphasised text with code, a link and an image. one two let x = 1")
    }

    @Test("An empty document has no text, links or headings and renders to nothing")
    func emptyDocument() {
        let document = MarkdownDocument(parsing: "")
        #expect(document.plainText == "")
        #expect(document.links.isEmpty)
        #expect(document.headings.isEmpty)
        #expect(document.renderHTML() == "")
    }
}
