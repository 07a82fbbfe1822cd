import Testing
@testable import DroverCore

@Suite("Slug")
struct SlugTests {
    @Test("Titles become lowercase hyphenated slugs", arguments: [
        ("Машинное обучение", "mashinnoe-obuchenie"),
        ("LLM", "llm"),
        ("C++ & Rust!", "c-rust"),
        ("GPT-4o", "gpt-4o"),
        ("  рынок труда  ", "rynok-truda"),
        ("Промпты: джейлбрейк", "prompty-dzheilbreik"),
        ("ЩУКА и Ёж", "shchuka-i-ezh"),
        ("объём", "obem"),
        ("a---b__c", "a-b-c"),
        ("--x--", "x"),
        ("2024 год", "2024-god"),
        ("GPT-4o и Claude 3.5", "gpt-4o-i-claude-3-5"),
        ("ChatGPT для юристов", "chatgpt-dlia-iuristov"),
    ])
    func titlesBecomeLowercaseHyphenatedSlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test("Latin accents are folded instead of splitting words")
    func latinAccentsAreFoldedInsteadOfSplittingWords() {
        #expect(Slug.make("Café résumé") == "cafe-resume")
        #expect(Slug.make("Ångström naïve") == "angstrom-naive")
        #expect(Slug.make("Straße Łódź Øresund") == "strasse-lodz-oresund")
        // Decomposed input behaves like composed input.
        #expect(Slug.make("Cafe\u{0301}") == "cafe")
    }

    @Test("Text without letters or digits gives an empty slug")
    func textWithoutLettersOrDigitsGivesAnEmptySlug() {
        #expect(Slug.make("") == "")
        #expect(Slug.make("   ") == "")
        #expect(Slug.make("!!! — ???") == "")
        #expect(Slug.make("🚀") == "")
        #expect(Slug.make("ъь") == "")
    }

    @Test("Scripts without a table become separators")
    func scriptsWithoutATableBecomeSeparators() {
        #expect(Slug.make("модель 中文 GPT") == "model-gpt")
        #expect(Slug.make("αβγ") == "")
    }

    @Test("Russian punctuation separates words")
    func russianPunctuationSeparatesWords() {
        #expect(Slug.make("«Кавычки» — № 5…") == "kavychki-5")
        #expect(Slug.make("2×2÷1") == "2-2-1")
    }

    @Test("Rarer accented letters fold through their decomposition")
    func rarerAccentedLettersFoldThroughTheirDecomposition() {
        #expect(Slug.make("Tiếng Việt") == "tieng-viet")
        #expect(Slug.make("ѓ ќ ѐ") == "g-k-e")
    }

    @Test("Every made slug is valid unless it is empty")
    func everyMadeSlugIsValidUnlessItIsEmpty() {
        for text in ["Машинное обучение", "C++ & Rust!", "Ўсход", "é", "x y z", "Київ 2024"] {
            #expect(Slug.isValid(Slug.make(text)))
        }
    }

    @Test("Validity allows only lowercase ASCII letters, digits and hyphens")
    func validityAllowsOnlyLowercaseASCIILettersDigitsAndHyphens() {
        #expect(Slug.isValid("gpt-4o"))
        #expect(Slug.isValid("a"))
        #expect(Slug.isValid("0"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("GPT-4o"))
        #expect(!Slug.isValid("a_b"))
        #expect(!Slug.isValid("a b"))
        #expect(!Slug.isValid("a/b"))
        #expect(!Slug.isValid("a.md"))
        #expect(!Slug.isValid("промпты"))
        #expect(!Slug.isValid("cafe\u{0301}"))
    }
}
