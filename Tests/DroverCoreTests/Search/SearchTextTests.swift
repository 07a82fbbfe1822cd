import Foundation
import Testing
@testable import DroverCore

/// How text becomes index words: the browser (theme/static/search.js) repeats these rules.
@Suite struct SearchTextTests {
    @Test func normalisationLowercasesAndFoldsYo() {
        #expect(SearchText.normalize("Ёлка и ЁЖ") == "елка и еж")
        #expect(SearchText.normalize("Трансформеры GPT") == "трансформеры gpt")
        // Past ASCII and Russian: Unicode's lowercase mapping, as the browser's toLowerCase.
        #expect(SearchText.normalize("ÀÉ Ѐ Ґ Straße ΣΟΦΙΑ Ǆ") == "àé ѐ ґ straße σοφια ǆ")
    }

    @Test func decomposedLettersAreComposedFirst() {
        // "й" and "ё" typed as a base letter plus a combining mark.
        let decomposed = "и\u{0306}ошкар-ола е\u{0308}ж"
        #expect(SearchText.normalize(decomposed) == "йошкар-ола еж")
    }

    @Test func wordsAreRunsOfLettersAndDigitsOfTwoOrMore() {
        #expect(SearchText.words("Fine-tuning и RAG: GPT-4o, «Промпты» (2024)") ==
                ["fine", "tuning", "rag", "gpt", "4o", "промпты", "2024"])
        #expect(SearchText.words("я и ты") == ["ты"])
        #expect(SearchText.words("") == [])
    }

    /// The byte-level cutter against the rule it implements, scalar by scalar (NFC, Unicode's
    /// lowercase with ё as е, runs of L, M and N of two or more), on random mixed-script text.
    @Test func wordsCutFromBytesMatchTheScalarRule() {
        let pool = Array("aZq09 -.,'«»\nЁёЖжЯяѢѣҐґЀЍѠѡ҂Ӂ\u{0306}\u{0308}e\u{0301}ÀßİΣΟςǄ中文😀\u{200B}\u{00A0}٣ⅫDŽ")
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let text = String((0..<random.next(below: 25)).map { _ in pool[random.next(below: pool.count)] })
            #expect(SearchText.words(text) == Self.scalarRuleWords(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    private static func scalarRuleWords(_ text: String) -> [String] {
        var words: [String] = [], current = String.UnicodeScalarView(), length = 0
        func end() {
            if length >= SearchText.minimumWordLength { words.append(String(current)) }
            current.removeAll()
            length = 0
        }
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                let folded: Unicode.Scalar = lower == "ё" ? "е" : lower
                if SearchText.isWordScalar(folded) {
                    current.append(folded)
                    length += 1
                } else {
                    end()
                }
            }
        }
        end()
        return words
    }

    @Test func shardKeysShareScriptsThroughTransliteration() {
        #expect(SearchText.shardKey("модели") == "mo")
        #expect(SearchText.shardKey("modeli") == "mo")
        #expect(SearchText.shardKey("телеграм") == SearchText.shardKey("telegram"))
        #expect(SearchText.shardKey("щука") == "sh")
        #expect(SearchText.shardKey("über") == "üb")
    }

    @Test func shardFileNamesAreASCII() {
        #expect(SearchText.shardFileName("mo") == "mo")
        #expect(SearchText.shardFileName("üb") == "_fc_b")
        #expect(SearchText.shardFileName("中文") == "_4e2d__6587_")
    }
}

/// Snowball through libstemmer: the forms of a word share one stem.
@Suite struct StemmerTests {
    @Test func russianFormsShareAStem() {
        let stemmer = WordStemmer()
        let stems = Set(["модель", "модели", "моделей", "моделями", "моделях"].map(stemmer.stem))
        #expect(stems == ["модел"])
        #expect(stemmer.stem("диффузия") == stemmer.stem("диффузии"))
        #expect(stemmer.stem("промпты") == stemmer.stem("промптов"))
    }

    @Test func englishFormsShareAStem() {
        let stemmer = WordStemmer()
        #expect(stemmer.stem("running") == "run")
        #expect(stemmer.stem("models") == stemmer.stem("model"))
        #expect(stemmer.stem("embeddings") == stemmer.stem("embedding"))
    }

    @Test func otherWordsAreTheirOwnStem() {
        let stemmer = WordStemmer()
        #expect(stemmer.stem("2024") == "2024")
        #expect(stemmer.stem("中文") == "中文")
    }

    @Test func eachTaskHasItsOwnStemmer() async {
        // Snowball stemmers keep state per call: concurrent tasks each make one, and agree.
        let words = ["нейросети", "нейросетей", "обучение", "обучения", "transformers", "transformer"]
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let stemmer = WordStemmer()
                    return words.map(stemmer.stem)
                }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
        #expect(results[0][0] == results[0][1])
    }
}

/// The index's text encodings, which search.js decodes.
@Suite struct SearchEncodingTests {
    @Test func postingsRoundTrip() {
        for ids in [[], [0], [0, 1, 2, 3], [5, 40, 41, 1_000, 1_031, 70_000], Array(stride(from: 3, to: 5_000, by: 7))] {
            let text = Postings.encode(ids)
            #expect(Postings.decode(text) == ids)
            #expect(text.utf8.allSatisfy { Alphabet64.values[$0] != nil })
        }
    }

    @Test func densePostingsCostOneCharacterEach() {
        #expect(Postings.encode(Array(0..<100)).count == 100)
    }

    @Test func columnsUseOneDigitUnder64Values() {
        #expect(FacetColumn.encode([0, 1, 2, 63], valueCount: 63) == "012_")
        #expect(FacetColumn.encode([0, 64, 65], valueCount: 70) == "001011")
    }

    @Test func indexJSONIsCompactAndRoundTrips() throws {
        let values = ["a\"b\\c\n\u{1}", "</script>", "модели"]
        let bytes = IndexJSON.encode(values)
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String] == values)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"модели\"]"), "non-ASCII stays UTF-8")
    }
}
