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
        #expect(document.plainText == "Заголовок. Some emphasised text with code, a link and an image. one two let x = 1")
    }

    /// Issue 24: a card's excerpt ran a heading into the text after it.
    @Test("A heading stays a sentence of its own, with a full stop only when it has none")
    func aHeadingStaysASentenceOfItsOwn() {
        let document = MarkdownDocument(parsing: """
            A tour of how async executors work.

            ## Executors

            Tokio and friends.

            ## Why poll?

            ### *Pinned* futures…

            ## Runtimes: a comparison (2024)

            ##

            Done
            """)
        #expect(document.plainText == "A tour of how async executors work. Executors. Tokio and friends. Why poll? Pinned futures… "
            + "Runtimes: a comparison (2024). Done")
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
