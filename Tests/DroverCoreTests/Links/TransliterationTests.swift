import Testing
@testable import DroverCore

@Suite("Transliteration")
struct TransliterationTests {
    @Test("Russian words become readable Latin", arguments: [
        ("нейросети", "neiroseti"),
        ("Машинное обучение", "Mashinnoe obuchenie"),
        ("промпты", "prompty"),
        ("джейлбрейк", "dzheilbreik"),
        ("щука", "shchuka"),
        ("ёж", "ezh"),
        ("юла", "iula"),
        ("ясно", "iasno"),
        ("хорошо", "khorosho"),
        ("цех", "tsekh"),
        ("Ы", "Y"),
    ])
    func russianWordsBecomeReadableLatin(russian: String, latin: String) {
        #expect(Transliteration.latin(russian) == latin)
    }

    @Test("Hard and soft signs are dropped")
    func hardAndSoftSignsAreDropped() {
        #expect(Transliteration.latin("объём") == "obem")
        #expect(Transliteration.latin("ОБЪЁМ") == "OBEM")
        #expect(Transliteration.latin("путь") == "put")
    }

    @Test("The whole alphabet has a Latin form and keeps case")
    func theWholeAlphabetHasALatinFormAndKeepsCase() {
        let lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        #expect(Transliteration.latin(lower) == "abvgdeezhziiklmnoprstufkhtschshshchyeiuia")
        #expect(Transliteration.latin(lower.uppercased()) == "ABVGDEEZHZIIKLMNOPRSTUFKHTSCHSHSHCHYEIUIA")
    }

    @Test("A capital letter starts a capitalised group unless the word is all caps")
    func aCapitalLetterStartsACapitalisedGroupUnlessTheWordIsAllCaps() {
        #expect(Transliteration.latin("Щука") == "Shchuka")
        #expect(Transliteration.latin("ЩУКА") == "SHCHUKA")
        #expect(Transliteration.latin("ЁЖ") == "EZH")
        #expect(Transliteration.latin("Я") == "Ia")
        #expect(Transliteration.latin("ЧатGPT") == "ChatGPT")
    }

    @Test("Ukrainian and Belarusian letters are handled")
    func ukrainianAndBelarusianLettersAreHandled() {
        #expect(Transliteration.latin("Київ") == "Kiiv")
        #expect(Transliteration.latin("єдність") == "iednist")
        #expect(Transliteration.latin("ґанок") == "ganok")
        #expect(Transliteration.latin("Ўсход") == "Uskhod")
    }

    @Test("Non-Cyrillic characters pass through unchanged")
    func nonCyrillicCharactersPassThroughUnchanged() {
        #expect(Transliteration.latin("") == "")
        #expect(Transliteration.latin("GPT-4o & café 🚀") == "GPT-4o & café 🚀")
        #expect(Transliteration.latin("модель GPT-4o") == "model GPT-4o")
        #expect(Transliteration.latin("αβγ 中文") == "αβγ 中文")
    }

    @Test("Decomposed й and ё read like their composed forms")
    func decomposedLettersReadLikeTheirComposedForms() {
        let decomposed = "и\u{0306}о\u{0301}ж е\u{0308}ж"
        #expect(Transliteration.latin(decomposed) == "iozh ezh")
    }
}
