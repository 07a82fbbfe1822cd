import Testing
@testable import DroverCore

@Suite("Plural rules")
struct PluralRuleTests {
    @Test("Russian: one, few, many by the last one or two digits", arguments: [
        (0, "0 материалов"), (1, "1 материал"), (2, "2 материала"), (4, "4 материала"),
        (5, "5 материалов"), (11, "11 материалов"), (12, "12 материалов"), (14, "14 материалов"),
        (21, "21 материал"), (22, "22 материала"), (25, "25 материалов"), (101, "101 материал"),
        (111, "111 материалов"), (112, "112 материалов"), (1_000_001, "1000001 материал"),
    ])
    func russianCountsAgreeWithTheNoun(n: Int, expected: String) throws {
        #expect(try ShippedStrings.load("ru").count(n) == expected)
    }

    @Test("English: one for 1 only, other for everything else", arguments: [
        (0, "0 resources"), (1, "1 resource"), (2, "2 resources"), (11, "11 resources"),
        (21, "21 resources"), (101, "101 resources"),
    ])
    func englishCountsAgreeWithTheNoun(n: Int, expected: String) throws {
        #expect(try ShippedStrings.load("en").count(n) == expected)
    }

    @Test("Each rule's categories, including negative numbers and Int.min")
    func categories() {
        #expect(PluralRule.oneFewMany.category(-1) == .one)
        #expect(PluralRule.oneFewMany.category(-12) == .many)
        #expect(PluralRule.oneFewMany.category(Int.min) == .many)  // …808
        #expect(PluralRule.oneFewMany.category(1_003) == .few)
        #expect(PluralRule.oneOther.category(-1) == .one)
        #expect(PluralRule.oneOther.category(0) == .other)
        #expect(PluralRule.zeroOneAsOne.category(0) == .one)
        #expect(PluralRule.zeroOneAsOne.category(2) == .other)
        #expect(PluralRule.otherOnly.category(1) == .other)
        for rule in PluralRule.allCases {
            for n in 0...200 { #expect(rule.categories.contains(rule.category(n)), "\(rule) gives \(n) a category it has no form for") }
        }
    }

    @Test("A language tag's primary language decides the rule")
    func rulesByLanguage() {
        #expect(PluralRule(language: "ru") == .oneFewMany)
        #expect(PluralRule(language: "uk") == .oneFewMany)
        #expect(PluralRule(language: "en-GB") == .oneOther)
        #expect(PluralRule(language: "fr") == .zeroOneAsOne)
        #expect(PluralRule(language: "ja") == .otherOnly)
        #expect(PluralRule(language: "xx") == nil)
    }
}
