import Testing
@testable import DroverCore

@Suite("URLNormalization")
struct URLNormalizationTests {
    @Test("Spellings of one bare host normalise to the same string")
    func spellingsOfOneBareHostNormaliseToTheSameString() {
        let spellings = [
            "https://Example.org", "https://example.org/", "HTTPS://example.org:443/#x",
            "https://EXAMPLE.ORG:443", "https://example.org:/", "  https://example.org/  ",
        ]
        for spelling in spellings {
            #expect(URLNormalization.normalize(spelling) == "https://example.org/")
        }
    }

    @Test("Normalisation follows the documented rules", arguments: [
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:80/a", "https://example.org:80/a"),
        ("http://example.org:443/a", "http://example.org:443/a"),
        ("https://example.org:08443/a", "https://example.org:8443/a"),
        ("https://example.org/a/", "https://example.org/a"),
        ("https://example.org/a/b/#top", "https://example.org/a/b"),
        ("https://example.org/Path/Case", "https://example.org/Path/Case"),
        ("https://example.org/a?B=1&a=2#f", "https://example.org/a?B=1&a=2"),
        ("https://example.org/a/?q", "https://example.org/a?q"),
        ("https://example.org?q=1", "https://example.org/?q=1"),
        ("https://example.org/?", "https://example.org/?"),
        ("https://User:Pass@Example.org/", "https://User:Pass@example.org/"),
        ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
        ("https://[::1]:8080", "https://[::1]:8080/"),
        ("https://u:p@Host:8080/x", "https://u:p@host:8080/x"),
        ("https://example.org/a#b?c", "https://example.org/a"),
        ("ftp://Files.Example.org/pub/", "ftp://files.example.org/pub"),
        ("https://example.org/a/./b/../c", "https://example.org/a/c"),
        ("https://example.org/a/..", "https://example.org/"),
        ("https://example.org/../../x", "https://example.org/x"),
        ("https://example.org/a//", "https://example.org/a/"),
    ])
    func normalisationFollowsTheDocumentedRules(url: String, normalized: String) {
        #expect(URLNormalization.normalize(url) == normalized)
    }

    @Test("Percent-encoding in the path is put in one canonical form")
    func percentEncodingInThePathIsCanonical() {
        let canonical = "https://example.org/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F"
        #expect(URLNormalization.normalize("https://example.org/статья") == canonical)
        #expect(URLNormalization.normalize("https://example.org/%d1%81%d1%82%d0%b0%d1%82%d1%8c%d1%8f") == canonical)
        #expect(URLNormalization.normalize(canonical) == canonical)
        #expect(URLNormalization.normalize("https://example.org/%7Euser/%41") == "https://example.org/~user/A")
        #expect(URLNormalization.normalize("https://example.org/a%2Fb") == "https://example.org/a%2Fb")
        #expect(URLNormalization.normalize("https://example.org/100%") == "https://example.org/100%25")
        #expect(URLNormalization.normalize("https://example.org/a%zz") == "https://example.org/a%25zz")
        #expect(URLNormalization.normalize("https://example.org/a<b>") == "https://example.org/a%3Cb%3E")
        #expect(URLNormalization.normalize("https://en.wikipedia.org/wiki/C++_(x)")
            == "https://en.wikipedia.org/wiki/C++_(x)")
    }

    @Test("The query is kept exactly as written")
    func theQueryIsKeptExactlyAsWritten() {
        #expect(URLNormalization.normalize("https://ya.ru/search?text=нейросети&%7e=1")
            == "https://ya.ru/search?text=нейросети&%7e=1")
    }

    @Test("Cyrillic hosts normalise stably to their Punycode form")
    func cyrillicHostsNormaliseStablyToPunycode() {
        let expected = "https://xn--e1afmkfd.xn--p1ai/"
        #expect(URLNormalization.normalize("https://пример.рф/") == expected)
        #expect(URLNormalization.normalize("https://ПРИМЕР.РФ") == expected)
        #expect(URLNormalization.normalize("https://xn--e1afmkfd.xn--p1ai") == expected)
        #expect(URLNormalization.normalize("https://XN--E1AFMKFD.XN--P1AI:443/") == expected)
        #expect(URLNormalization.normalize(expected) == expected)
        #expect(URLNormalization.normalize("https://пример。рф/") == expected)
        #expect(URLNormalization.normalize("https://www.пример.рф/путь/")
            == "https://www.xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C")
    }

    @Test("Decomposed and composed accented hosts are the same host")
    func decomposedAndComposedHostsAreTheSameHost() {
        #expect(URLNormalization.normalize("https://münchen.de") == "https://xn--mnchen-3ya.de/")
        #expect(URLNormalization.normalize("https://mu\u{0308}nchen.de") == "https://xn--mnchen-3ya.de/")
    }

    @Test("Normalisation is idempotent")
    func normalisationIsIdempotent() {
        for url in ["https://Пример.рф/Статья/?q=1#x", "HTTP://a.b:80/x/./y/", "https://h/%7e%20"] {
            let once = URLNormalization.normalize(url)
            #expect(once != nil)
            #expect(once.flatMap(URLNormalization.normalize) == once)
        }
    }

    @Test("Strings that are not absolute URLs with a host give nil", arguments: [
        "", "   ", "example.org", "/relative/path", "relative", "//example.org/x",
        "mailto:someone@example.org", "javascript:alert(1)", "data:text/html,hi",
        "http:///x", "https://", "https://:443/", "https://user@/x", "https://host:port/",
        "https://host:99999/", "https://host:-1/", "https://exa mple.org/", "https://example.org/a b",
        "https://example.org/\u{0}", "1http://example.org", "ht tp://example.org", "http:\\\\example.org",
        "https://a.org\\@evil.com/", "https://[::1/", "https://[::1]x/", "https://ex<am>ple.org/",
        "https://example.org/\u{202E}gpj",
    ])
    func stringsThatAreNotAbsoluteURLsGiveNil(url: String) {
        #expect(URLNormalization.normalize(url) == nil)
    }

    @Test("Absolute http and https URLs are safe", arguments: [
        "http://example.org", "https://example.org/", "HTTPS://Example.org/a?b=c#d",
        "https://пример.рф/", "https://xn--e1afmkfd.xn--p1ai/", "https://example.org:8443/x",
        "https://user:pass@example.org/", "https://[::1]/", "https://example.org/%D0%BF",
        "https://ya.ru/search?text=нейросети", "https://example.org:/",
    ])
    func absoluteHTTPURLsAreSafe(url: String) {
        #expect(URLNormalization.isSafeAbsoluteHTTP(url))
    }

    @Test("Other schemes, relative URLs and malformed URLs are unsafe", arguments: [
        "javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)", "data:text/html,<script>",
        "file:///etc/passwd", "file://host/etc/passwd", "mailto:a@example.org", "ftp://example.org/",
        "/relative", "relative.html", "//example.org/x", "http:///x", "https://", "http:example.org",
        "", " https://example.org/", "https://example.org/ ", "https://example.org/a\tb",
        "https://example.org/\n", "https://exa\u{0}mple.org", "https://example.org\u{200B}/",
        "https://example.org:http/", "https://a.org\\@evil.com/", "http:\\\\evil.com",
        "https://example.org\u{00A0}/", "httpx://example.org/",
    ])
    func otherSchemesRelativeAndMalformedURLsAreUnsafe(url: String) {
        #expect(!URLNormalization.isSafeAbsoluteHTTP(url))
    }
}
