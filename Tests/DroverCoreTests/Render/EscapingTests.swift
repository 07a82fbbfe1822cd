import Testing
@testable import DroverCore

@Suite("Escaping")
struct EscapingTests {
    @Test("HTML escaping replaces the five special characters")
    func htmlEscapingReplacesTheFiveSpecialCharacters() {
        #expect(Escaping.html(#"<a href="x">Tom & Jerry's</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test("XML escaping uses &apos; for the apostrophe")
    func xmlEscapingUsesAposForTheApostrophe() {
        #expect(Escaping.xml(#"<a b="c">d & e's</a>"#)
            == "&lt;a b=&quot;c&quot;&gt;d &amp; e&apos;s&lt;/a&gt;")
    }

    @Test("Text with nothing to escape comes back unchanged")
    func textWithNothingToEscapeComesBackUnchanged() {
        for text in ["", "plain", "Машинное обучение — 2024 🚀", "tab\tline\ncr\r"] {
            #expect(Escaping.html(text) == text)
            #expect(Escaping.xml(text) == text)
        }
    }

    @Test("Cyrillic and emoji survive next to escaped characters")
    func cyrillicAndEmojiSurviveNextToEscapedCharacters() {
        #expect(Escaping.html("Промпты & «кавычки» <🚀>") == "Промпты &amp; «кавычки» &lt;🚀&gt;")
        #expect(Escaping.xml("Ё&ё") == "Ё&amp;ё")
    }

    @Test("Existing entities are escaped again, because input is plain text")
    func existingEntitiesAreEscapedAgain() {
        #expect(Escaping.html("&amp;") == "&amp;amp;")
    }

    @Test("XML escaping removes characters XML 1.0 forbids")
    func xmlEscapingRemovesCharactersXMLForbids() {
        #expect(Escaping.xml("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g") == "abcdefg")
        #expect(Escaping.xml("x\u{FFFE}y\u{FFFF}z") == "xyz")
        #expect(Escaping.xml("keep\ttab\nLF\rCR") == "keep\ttab\nLF\rCR")
        #expect(Escaping.xml("\u{FFFD}\u{FFFC}ｚ") == "\u{FFFD}\u{FFFC}ｚ")
        #expect(Escaping.xml("\u{1}<") == "&lt;")
    }

    @Test("HTML escaping leaves control characters alone")
    func htmlEscapingLeavesControlCharactersAlone() {
        #expect(Escaping.html("a\u{1}b") == "a\u{1}b")
    }
}
