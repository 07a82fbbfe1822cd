import Testing
@testable import DroverCore

@Suite("RussianPlural")
struct RussianPluralTests {
    @Test("Counts agree with the noun", arguments: [
        (0, "0 материалов"), (1, "1 материал"), (2, "2 материала"), (4, "4 материала"),
        (5, "5 материалов"), (11, "11 материалов"), (12, "12 материалов"), (14, "14 материалов"),
        (21, "21 материал"), (22, "22 материала"), (25, "25 материалов"), (101, "101 материал"),
        (111, "111 материалов"), (112, "112 материалов"), (1_000_001, "1000001 материал"),
    ])
    func countsAgreeWithTheNoun(n: Int, expected: String) {
        #expect(RussianPlural.count(n, one: "материал", few: "материала", many: "материалов") == expected)
    }

    @Test("The form alone is returned without the number")
    func theFormAloneIsReturnedWithoutTheNumber() {
        #expect(RussianPlural.form(3, one: "тег", few: "тега", many: "тегов") == "тега")
    }

    @Test("Negative numbers agree like their absolute value")
    func negativeNumbersAgreeLikeTheirAbsoluteValue() {
        #expect(RussianPlural.form(-1, one: "a", few: "b", many: "c") == "a")
        #expect(RussianPlural.form(-12, one: "a", few: "b", many: "c") == "c")
        #expect(RussianPlural.form(Int.min, one: "a", few: "b", many: "c") == "c")  // …808
    }
}
