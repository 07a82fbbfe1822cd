import Foundation
import Testing
@testable import DroverCore

/// Texts Drover writes for an author to replace never ship silently: a body that still holds
/// one is a warning naming the file, and `--strict` fails.
@Suite struct PlaceholderTextTests {
    static let front = "---\ntitle: \"Unfinished\"\nurl: https://example.org/unfinished\ntype: article\ntags: [llm]\nadded: 2026-11-20\n---\n"

    @Test(arguments: [PlaceholderText.newEntryEnglish, PlaceholderText.newEntryRussian, PlaceholderText.importedEnglish,
                      PlaceholderText.importedRussian])
    func aBodyStillHoldingAPlaceholderIsAWarningNamingTheFile(_ placeholder: String) async throws {
        let fixture = try FixtureSite(base: "english", theme: "real")
        defer { fixture.remove() }
        let block = try #require(NewEntry.blocks(in: fixture.content).first)
        try fixture.write(Self.front + "First thoughts.\n\n  " + placeholder + "\n", to: "content/\(block)/unfinished.md")
        let report = await fixture.build()
        #expect(report.succeeded)
        let warning = try #require(report.diagnostics.all.first { $0.file == "content/\(block)/unfinished.md" })
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (10, 3))
        #expect(warning.message.hasPrefix("the description is still the placeholder drover "))
        let strict = await fixture.build(strict: true)
        #expect(!strict.succeeded)
    }

    @Test func aPlaceholderAnEditorRewrappedIsStillFound() {
        let body = "Write 2–5 sentences here: what this\nresource is, whom it helps and how.\n"
        let warning = PlaceholderText.check(body: body[...], file: "x.md", firstLine: 8)
        #expect(warning?.line == 8)
    }

    @Test func aBodyOfTheAuthorsOwnIsNoPlaceholder() {
        #expect(PlaceholderText.check(body: "Write 2–5 sentences about it? I did: it is good.\n", file: "x.md", firstLine: 8) == nil)
    }

    /// What import writes for an item without a description is a placeholder the build knows.
    @Test func importsNoDescriptionTextIsAPlaceholder() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("no-description"))
        defer { run.remove() }
        let build = await run.build()
        let placeholders = build.diagnostics.all.filter { $0.message.hasPrefix("the description is still the placeholder drover import wrote") }
        #expect(placeholders.map { URL(fileURLWithPath: $0.file).lastPathComponent }.sorted()
            == ["lex-fridman-podcast.md", "talking-machines.md"])
    }
}

@Suite("PlaceholderText.containsBytes")
struct PlaceholderBytesTests {
    @Test func findsANeedleAnywhereAndOnlyWhole() {
        let text: Substring = "Напишите здесь 2–5 предложений"[...]
        #expect(PlaceholderText.containsBytes(text, Array("здесь 2–5".utf8)))
        #expect(PlaceholderText.containsBytes(text, Array("Напишите".utf8)))
        #expect(PlaceholderText.containsBytes(text, Array("предложений".utf8)))
        #expect(!PlaceholderText.containsBytes(text, Array("предложений.".utf8)))
        #expect(!PlaceholderText.containsBytes("ab"[...], Array("abc".utf8)))
        #expect(PlaceholderText.containsBytes("aab"[...], Array("ab".utf8)))
    }
}
