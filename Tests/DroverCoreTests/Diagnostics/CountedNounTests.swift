import Testing
import DroverCore

@Suite struct CountedNounTests {
    @Test func aCountTakesTheFormEnglishGivesItsNumber() {
        #expect(CountedNoun.page.count(1) == "1 page")
        #expect(CountedNoun.page.count(0) == "0 pages")
        #expect(CountedNoun.entry.count(21) == "21 entries")
        #expect(CountedNoun.entry.count(1) == "1 entry")
        #expect(DiagnosticPrinter.summary(DiagnosticList([Diagnostic(file: "x", message: "m")])) == "1 error")
    }
}
