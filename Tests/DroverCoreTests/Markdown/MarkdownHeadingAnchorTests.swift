import Testing
import DroverCore

@Suite("Heading anchors")
struct MarkdownHeadingAnchorTests {
    @Test("Anchors keep Cyrillic letters, lowercase them and turn spaces into hyphens", arguments: [
        ("Как начать?", "как-начать"),
        ("Про LLM", "про-llm"),
        ("ЁЖИК в Тумане", "ёжик-в-тумане"),
    ])
    func cyrillicAnchors(text: String, anchor: String) {
        #expect(HeadingAnchor.slug(text) == anchor)
    }

    @Test("Anchors drop punctuation and symbols but keep digits, hyphens and underscores", arguments: [
        ("Hello, World!", "hello-world"),
        ("Version 2.0 (beta)", "version-20-beta"),
        ("snake_case & kebab-case", "snake_case--kebab-case"),
        ("What's new in v1.2?", "whats-new-in-v12"),
        ("🎉 Party time 🎉", "-party-time-"),
        ("C++ / Swift", "c--swift"),
        ("Déjà vu", "déjà-vu"),
        ("???", ""),
    ])
    func punctuationIsDropped(text: String, anchor: String) {
        #expect(HeadingAnchor.slug(text) == anchor)
    }

    @Test("The ASCII and Cyrillic fast paths agree with the general Unicode rule for every scalar up to U+05FF")
    func fastPathsAgreeWithUnicodeRule() {
        // The rule as GitHub states it: lowercase, keep \p{Word}, '-', ' ', then ' ' → '-'.
        func reference(_ text: String) -> String {
            var result = String.UnicodeScalarView()
            for scalar in text.lowercased().unicodeScalars {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
                    result.append(scalar)
                default:
                    if scalar == " " { result.append("-") } else if scalar == "-" { result.append(scalar) }
                }
            }
            return String(result)
        }
        let scalars = (0...0x05FF).compactMap(Unicode.Scalar.init).map { String($0) }
        let mismatches = scalars.filter { HeadingAnchor.slug($0) != reference($0) }
        #expect(mismatches.isEmpty)
        #expect(HeadingAnchor.slug(scalars.joined()) == reference(scalars.joined()))
    }

    @Test("Runs of spaces are not collapsed, as on GitHub")
    func spacesAreNotCollapsed() {
        #expect(HeadingAnchor.slug("a  b") == "a--b")
    }

    @Test("Repeated anchors get -1, -2 in order, skipping names already taken")
    func duplicatesAreNumbered() {
        var registry = HeadingAnchor.Registry()
        #expect(["x", "x", "x-1", "x", "y"].map { registry.claim(HeadingAnchor.slug($0)) }
                == ["x", "x-1", "x-1-1", "x-2", "y"])
    }
}

@Suite("Headings")
struct MarkdownHeadingTests {
    @Test("Headings report level, flattened text, anchor and position in document order")
    func headingsAreListed() {
        let document = MarkdownDocument(parsing: """
            # Как начать?

            Текст.

              ## Про *LLM* и `code`

            Setext heading
            --------------
            """)
        #expect(document.headings == [
            MarkdownHeading(level: 1, text: "Как начать?", anchor: "как-начать",
                            position: SourcePosition(line: 1, column: 1)),
            MarkdownHeading(level: 2, text: "Про LLM и code", anchor: "про-llm-и-code",
                            position: SourcePosition(line: 5, column: 3)),
            MarkdownHeading(level: 2, text: "Setext heading", anchor: "setext-heading",
                            position: SourcePosition(line: 7, column: 1)),
        ])
    }

    @Test("Inline formatting inside a heading is flattened for the text and kept in the HTML")
    func inlineFormattingInHeading() {
        let document = MarkdownDocument(parsing: "## Про *LLM*\n")
        #expect(document.headings.map(\.text) == ["Про LLM"])
        #expect(document.headings.map(\.anchor) == ["про-llm"])
        #expect(document.renderHTML() == "<h2 id=\"про-llm\">Про <em>LLM</em></h2>\n")
    }

    @Test("Duplicate headings get numbered anchors in the rendered ids")
    func duplicateHeadingsInHTML() {
        let document = MarkdownDocument(parsing: "# Intro\n\n## Intro\n\n### Intro\n")
        #expect(document.headings.map(\.anchor) == ["intro", "intro-1", "intro-2"])
        #expect(document.renderHTML() == """
            <h1 id="intro">Intro</h1>
            <h2 id="intro-1">Intro</h2>
            <h3 id="intro-2">Intro</h3>

            """)
    }

    @Test("Heading ids render the same in safe and unsafe mode, around the omitted or kept raw HTML")
    func anchorsInSafeAndUnsafeMode() {
        let markdown = "## <b>Bold</b> [link](a.md)\n\nText\n"
        let safe = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: false))
        let unsafe = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: true))
        #expect(safe.headings.map(\.anchor) == ["bold-link"])
        #expect(safe.renderHTML() == """
            <h2 id="bold-link"><!-- raw HTML omitted -->Bold<!-- raw HTML omitted --> <a href="a.md">link</a></h2>
            <p>Text</p>

            """)
        #expect(unsafe.renderHTML() == """
            <h2 id="bold-link"><b>Bold</b> <a href="a.md">link</a></h2>
            <p>Text</p>

            """)
    }

    @Test("Raw HTML headings are not touched: only Markdown headings get ids")
    func rawHTMLHeadingsAreNotTouched() {
        let document = MarkdownDocument(parsing: "<h2>Raw</h2>\n\n## Real\n", options: MarkdownOptions(allowRawHTML: true))
        #expect(document.renderHTML() == "<h2>Raw</h2>\n<h2 id=\"real\">Real</h2>\n")
    }

    @Test("Without headingAnchors headings render exactly as cmark renders them")
    func noAnchorsWhenDisabled() {
        let document = MarkdownDocument(parsing: "# Title *x*\n", options: MarkdownOptions(headingAnchors: false))
        #expect(document.renderHTML() == "<h1>Title <em>x</em></h1>\n")
        #expect(document.headings.map(\.anchor) == ["title-x"])
    }

    @Test("Headings inside lists and block quotes get ids too")
    func nestedHeadings() {
        let document = MarkdownDocument(parsing: "- # In list\n\n> ## In quote\n")
        #expect(document.renderHTML() == """
            <ul>
            <li>
            <h1 id="in-list">In list</h1>
            </li>
            </ul>
            <blockquote>
            <h2 id="in-quote">In quote</h2>
            </blockquote>

            """)
        #expect(document.headings.map(\.position) == [SourcePosition(line: 1, column: 3), SourcePosition(line: 3, column: 3)])
    }

    @Test("A heading with nothing to build an anchor from renders without an id")
    func emptyAnchorRendersWithoutID() {
        let document = MarkdownDocument(parsing: "## ???\n\n#\n")
        #expect(document.headings.map(\.anchor) == ["", "-1"])
        #expect(document.renderHTML() == "<h2>???</h2>\n<h1 id=\"-1\"></h1>\n")
    }

    @Test("Image alt text is part of the heading text but not of its anchor, as on GitHub")
    func imageAltTextInHeading() {
        let document = MarkdownDocument(parsing: "## ![logo](l.png) Drover\n")
        #expect(document.headings.map(\.text) == ["logo Drover"])
        #expect(document.headings.map(\.anchor) == ["-drover"])
    }

    @Test("A setext heading over two lines reads with a space but anchors without one, as on GitHub")
    func multiLineSetextHeading() {
        // GitHub takes the anchor from the rendered text, where the line break
        // is a newline, and drops the newline like any non-word character.
        let document = MarkdownDocument(parsing: "Getting\nstarted\n===\n")
        #expect(document.headings.map(\.text) == ["Getting started"])
        #expect(document.headings.map(\.anchor) == ["gettingstarted"])
        #expect(document.renderHTML() == "<h1 id=\"gettingstarted\">Getting\nstarted</h1>\n")
    }

    @Test("Code spans count as heading text and anchor")
    func codeSpansInHeading() {
        let document = MarkdownDocument(parsing: "## Use `drover build`\n")
        #expect(document.headings.map(\.anchor) == ["use-drover-build"])
        #expect(document.renderHTML() == "<h2 id=\"use-drover-build\">Use <code>drover build</code></h2>\n")
    }

    @Test("Links inside headings stay listed and rewritable after ids are added")
    func linksInsideHeadings() {
        var document = MarkdownDocument(parsing: "# See [docs](docs.md)\n")
        #expect(document.links.map(\.position) == [SourcePosition(line: 1, column: 7)])
        document.rewriteLinks { _ in "docs.html" }
        #expect(document.renderHTML() == "<h1 id=\"see-docs\">See <a href=\"docs.html\">docs</a></h1>\n")
    }
}
