import Foundation
import Testing
@testable import DroverCore

/// YAML that does not parse is reported as the mistake an author made (a tab, a quote never
/// closed, a field without its colon), at its line and column, with the fix.
@Suite struct YAMLErrorTests {
    static func diagnostic(_ frontMatter: String) throws -> Diagnostic {
        guard case .failure(let diagnostic) = YAMLMapping.parse(frontMatter, file: "content/rust/x.md", lineOffset: 2, what: "front matter") else {
            Issue.record("the YAML parsed")
            throw CancellationError()
        }
        return diagnostic
    }

    @Test func aTabInTheIndentationNamesTheTabAndSaysToUseSpaces() throws {
        let found = try Self.diagnostic("title: \"x\"\ntags:\n\t- async\n")
        #expect(found.description == "content/rust/x.md:4:1: error: invalid YAML: a tab character here; YAML indents and separates with spaces only; replace the tab with spaces")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let found = try Self.diagnostic("title: \"Programming Rust\nurl: https://example.org\ntype: book\n")
        #expect(found.description == "content/rust/x.md:2:8: error: invalid YAML: the quote \" opened here is never closed; end the value with \" on the same line, or write it without quotes")
    }

    @Test func aFieldWithoutItsColonIsNamedWithItsFix() throws {
        let found = try Self.diagnostic("title: \"x\"\nurl https://example.org\ntype: book\n")
        #expect(found.description == "content/rust/x.md:3:1: error: invalid YAML: the field 'url' has no ':' after its name; write it as url: https://example.org")
    }

    @Test func aColonInsideAnUnquotedValueSaysToQuoteIt() throws {
        let found = try Self.diagnostic("title: Rust: the book\ntype: book\n")
        #expect(found.description.hasPrefix("content/rust/x.md:2:"))
        #expect(found.description.hasSuffix("error: invalid YAML: the value of 'title' holds ': ', which YAML reads as another field; put the value in quotes: title: \"Rust: the book\""))
    }

    @Test func aListWithoutItsClosingBracketIsReportedWhereItOpens() throws {
        let found = try Self.diagnostic("title: \"x\"\ntags: [llm, rust\nadded: 2024-01-01\n")
        #expect(found.description == "content/rust/x.md:3:7: error: invalid YAML: the list opened here with '[' is never closed; end it with ']' on the same line")
    }
}
