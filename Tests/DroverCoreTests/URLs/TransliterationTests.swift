import Testing
@testable import DroverCore

@Suite("Transliteration")
struct TransliterationTests {
    /// Each letter through the table, anything else as it is: what a slug is made of.
    static func latin(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let latin = Transliteration.lowercaseLatin(of: scalar) {
                output += String(decoding: latin, as: UTF8.self)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test("Russian words become readable Latin", arguments: [
        ("нейросети", "neiroseti"),
        ("машинное обучение", "mashinnoe obuchenie"),
        ("промпты", "prompty"),
        ("джейлбрейк", "dzheilbreik"),
        ("щука", "shchuka"),
        ("ёж", "ezh"),
        ("юла", "iula"),
        ("ясно", "iasno"),
        ("хорошо", "khorosho"),
        ("цех", "tsekh"),
    ])
    func russianWordsBecomeReadableLatin(russian: String, latin: String) {
        #expect(Self.latin(russian) == latin)
    }

    @Test("Hard and soft signs are dropped")
    func hardAndSoftSignsAreDropped() {
        #expect(Self.latin("объём") == "obem")
        #expect(Self.latin("путь") == "put")
    }

    @Test("Every letter of the alphabet, in either case, has the same lowercase Latin form")
    func everyLetterHasALatinFormInEitherCase() {
        let lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        #expect(Self.latin(lower) == "abvgdeezhziiklmnoprstufkhtschshshchyeiuia")
        #expect(Self.latin(lower.uppercased()) == Self.latin(lower))
    }

    @Test("Ukrainian and Belarusian letters are handled")
    func ukrainianAndBelarusianLettersAreHandled() {
        #expect(Self.latin("київ") == "kiiv")
        #expect(Self.latin("єдність") == "iednist")
        #expect(Self.latin("ґанок") == "ganok")
        #expect(Self.latin("ўсход") == "uskhod")
    }

    @Test("Letters outside the table have no Latin form")
    func lettersOutsideTheTableHaveNoLatinForm() {
        for scalar in "aZ9-é🚀αβγ中".unicodeScalars {
            #expect(Transliteration.lowercaseLatin(of: scalar) == nil, "\(scalar)")
        }
    }
}
