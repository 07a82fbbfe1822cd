import Foundation
import Testing
@testable import DroverCore

@Suite("Interface strings")
struct InterfaceStringsTests {
    @Test("Russian dates: unpadded day, month in the genitive, then the year")
    func russianDates() throws {
        let strings = try ShippedStrings.load("ru")
        #expect(strings.date(try #require(ISODate("2024-05-01"))) == "1 мая 2024")
        #expect(strings.date(try #require(ISODate("2023-03-08"))) == "8 марта 2023")
        let months = (1...12).map { strings.date(ISODate(year: 2024, month: $0, day: 15)!) }
        #expect(months.map { $0.split(separator: " ")[1] } == [
            "января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря",
        ])
    }

    @Test("English dates: month first, unpadded day, comma, year")
    func englishDates() throws {
        let strings = try ShippedStrings.load("en")
        #expect(strings.date(try #require(ISODate("2024-05-01"))) == "May 1, 2024")
        #expect(strings.date(try #require(ISODate("2026-11-17"))) == "November 17, 2026")
        #expect(strings.date(try #require(ISODate("2024-02-29"))) == "February 29, 2024")
    }

    @Test("Every table the theme ships has the same keys, and each loads without a problem")
    func shippedTablesAreComplete() throws {
        let theme = try ShippedStrings.theme()
        #expect(Set(theme.stringTables.map(\.language)) == ["en", "ru"])
        var keySets: [String: Set<String>] = [:]
        for table in theme.stringTables {
            var diagnostics: [Diagnostic] = []
            let read = try #require(StringTable.read(yaml: table.text, file: table.file, diagnostics: &diagnostics))
            #expect(diagnostics.isEmpty)
            keySets[table.language] = Set(read.items.keys)
            _ = try ShippedStrings.load(table.language)
        }
        #expect(keySets["en"] == keySets["ru"], """
            only in en: \((keySets["en"] ?? []).subtracting(keySets["ru"] ?? []).sorted()); \
            only in ru: \((keySets["ru"] ?? []).subtracting(keySets["en"] ?? []).sorted())
            """)
        // Every key a template reads and every key the engine needs is in the tables, and
        // nothing in the tables is read by nobody.
        let needed = Set(theme.stringReferences.keys).union(EngineString.all.map(\.key))
        #expect(needed.subtracting(keySets["en"] ?? []).isEmpty)
        let unused = (keySets["en"] ?? []).subtracting(needed).filter { !EngineString.isOptional($0) }
        #expect(unused.isEmpty, "unused: \(unused.sorted())")
    }

    @Test("A regional tag falls back to its language's table")
    func regionalTagFallsBack() throws {
        #expect(try ShippedStrings.load("en-GB").count(2) == "2 resources")
    }

    @Test("Templates' t.KEY references are found in every kind of tag")
    func stringReferences() {
        let text = "{{t.a}} {{ t.b }} {{#t.c}}x{{/t.c}} {{^t.d}}{{/t.d}} {{{t.e}}} {{&t.f}} {{site.t}} {{> t.g}} {{ta.h}}"
        #expect(Theme.stringReferences(in: text) == ["a", "b", "c", "c", "d", "d", "e", "f"])
    }

    @Test("Placeholders are filled once: a value's own braces stay as they are")
    func placeholders() {
        #expect(Placeholders.names(in: "{page} — {site} {} {1x} {a_b}") == ["page", "site", "a_b"])
        #expect(Placeholders.fill("«{tag}» — {site}", ["tag": "{site}", "site": "S"]) == "«{site}» — S")
        #expect(Placeholders.fill("{unknown} {", [:]) == "{unknown} {")
    }
}

extension InterfaceStringsTests {
    @Test("Language names: the table's, marked with lang only when it is the language's own name")
    func languageNames() throws {
        let russian = try ShippedStrings.load("ru")
        #expect(russian.languageName("en") == ("English", "en"))
        #expect(russian.languageName("en-GB") == ("English", "en-GB"))
        let english = try ShippedStrings.load("en")
        #expect(english.languageName("ru") == ("Russian", nil))
        #expect(english.languageName("en") == ("English", "en"))
        #expect(english.languageName("pl") == ("pl", nil))
    }
}
