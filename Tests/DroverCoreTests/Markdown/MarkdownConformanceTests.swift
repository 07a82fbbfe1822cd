import Testing
@testable import DroverCore

@Suite("CommonMark conformance")
struct MarkdownConformanceTests {
    @Test("The spec fixture holds all 652 CommonMark 0.30 examples")
    func specFixtureHoldsAllExamples() throws {
        let examples = try CommonMarkSpecFixture.examples.get()
        #expect(examples.count == CommonMarkSpecFixture.expectedExampleCount)
        #expect(examples.map(\.example) == Array(1...CommonMarkSpecFixture.expectedExampleCount))
    }

    @Test("The installed libcmark implements the spec version the examples come from")
    func libcmarkIsTheExpectedVersion() {
        #expect(CommonMarkSpecFixture.libcmarkMatchesSpec, """
            found libcmark \(CommonMarkSpecFixture.libcmarkVersion); the conformance examples expect \
            libcmark \(CommonMarkSpecFixture.specVersion).x (Debian 12's libcmark-dev is 0.30.2): install that \
            version; the examples are not compared against another one
            """)
    }

    @Test("Unsafe rendering without anchors reproduces every spec example's HTML exactly",
          .enabled(if: CommonMarkSpecFixture.libcmarkMatchesSpec))
    func rendersEverySpecExampleExactly() throws {
        let examples = try CommonMarkSpecFixture.examples.get()
        try #require(examples.count == CommonMarkSpecFixture.expectedExampleCount)
        var failing: [Int] = []
        for example in examples {
            let document = MarkdownDocument(
                parsing: example.markdown,
                options: MarkdownOptions(allowRawHTML: true, headingAnchors: false)
            )
            let html = document.renderHTML()
            if html != example.html {
                failing.append(example.example)
                Issue.record("""
                    Example \(example.example) (\(example.section)) differs.
                    Markdown: \(String(reflecting: example.markdown))
                    Expected: \(String(reflecting: example.html))
                    Actual:   \(String(reflecting: html))
                    """)
            }
        }
        #expect(failing.isEmpty, "failing examples: \(failing)")
    }

    @Test("Heading ids change nothing in the spec output but the id attributes",
          .enabled(if: CommonMarkSpecFixture.libcmarkMatchesSpec))
    func headingIDsLeaveTheRestOfTheOutputUntouched() throws {
        let examples = try CommonMarkSpecFixture.examples.get()
        try #require(examples.count == CommonMarkSpecFixture.expectedExampleCount)
        var examplesWithHeadings = 0
        for example in examples {
            let document = MarkdownDocument(
                parsing: example.markdown,
                options: MarkdownOptions(allowRawHTML: true, headingAnchors: true)
            )
            var html = document.renderHTML()
            for heading in document.headings where !heading.anchor.isEmpty {
                let withID = "<h\(heading.level) id=\"\(HeadingElements.escapeAttribute(heading.anchor))\">"
                let range = try #require(html.range(of: withID), "example \(example.example): no \(withID)")
                html.replaceSubrange(range, with: "<h\(heading.level)>")
            }
            if !document.headings.isEmpty { examplesWithHeadings += 1 }
            #expect(html == example.html, "example \(example.example)")
        }
        // 40 of the examples have headings (ATX, setext, in lists and quotes,
        // with raw HTML and links inside), so this compares real output.
        #expect(examplesWithHeadings == 40)
    }
}
