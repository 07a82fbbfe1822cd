import Foundation
import Testing
@testable import DroverCore

/// What the new user of issue 24 saw an import lose: status markers, the description after
/// "by Author:", the list's order, a duplicate's section; and what an export made of it.
@Suite struct AwesomeImportKeepsTests {
    static let readme = """
        # Awesome Rust

        Rust resources for the curious.

        ## Learning

        Books and courses, in the order to read them.

        - [The Rust Programming Language](https://doc.rust-lang.org/book/) - The official book.
        - **[Deprecated]** [Rust by Example](https://doc.rust-lang.org/rust-by-example/) - Examples for every feature.
        - [Programming Rust](https://example.org/programming-rust) by Jim Blandy: A thorough book for systems programmers.
        - [Zero To Production](https://example.org/zero2prod) by Luca Palmieri – Backends in Rust.
        - [Async Book](https://example.org/async-book) - Futures and executors. (archived)
        - [Cargo Tool](https://example.org/cargo-tool) - A tool listed here first.

        ## Tools

        - [Clippy](https://example.org/clippy) 🚧 - Lints.
        - [Cargo Tool](https://example.org/cargo-tool) - Listed again under tools.
        - [Rustfmt](https://example.org/rustfmt)
        """

    static func run() async throws -> ImportRun {
        try await ImportRun(readme: try ImportRun.writeReadme(readme))
    }

    @Test func statusMarkersAreKeptAtTheStartOfTheDescriptionAndReported() async throws {
        let run = try await Self.run()
        defer { run.remove() }
        #expect(run.files["learning/rust-by-example.md"]?.hasSuffix("---\n\\[Deprecated\\] Examples for every feature.\n") == true,
                "\(run.files["learning/rust-by-example.md"] ?? "")")
        #expect(run.files["learning/async-book.md"]?.hasSuffix("---\n(archived) Futures and executors.\n") == true,
                "\(run.files["learning/async-book.md"] ?? "")")
        #expect(run.files["tools/clippy.md"]?.hasSuffix("---\n🚧 Lints.\n") == true, "\(run.files["tools/clippy.md"] ?? "")")
        let text = run.reportText
        #expect(text.contains(":10: kept the status marker \"[Deprecated]\" at the start of learning/rust-by-example.md's description"), "\(text)")
        #expect(text.contains(":13: kept the status marker \"(archived)\" at the start of learning/async-book.md's description"))
        #expect(text.contains(":18: kept the status marker \"🚧\" at the start of tools/clippy.md's description"))
        #expect(text.contains("3 status markers kept in descriptions"))
    }

    @Test func byAuthorFollowedByAColonOrADashSeparatesTheDescription() async throws {
        let run = try await Self.run()
        defer { run.remove() }
        let book = try #require(run.files["learning/programming-rust.md"])
        #expect(book.contains("authors: [\"Jim Blandy\"]\n"), "\(book)")
        #expect(book.hasSuffix("---\nA thorough book for systems programmers.\n"))
        let zero = try #require(run.files["learning/zero-to-production.md"])
        #expect(zero.contains("authors: [\"Luca Palmieri\"]\n"), "\(zero)")
        #expect(zero.hasSuffix("---\nBackends in Rust.\n"))
    }

    @Test func theListsOrderBecomesTheBlocksOrder() async throws {
        let run = try await Self.run()
        defer { run.remove() }
        let collection = try await ReadmeExportTests.collection(run.folder.path)
        let learning = (collection.entryIndicesByBlock["learning"] ?? []).map { collection.entries[$0].title }
        #expect(learning == ["The Rust Programming Language", "Rust by Example", "Programming Rust", "Zero To Production",
                             "Async Book", "Cargo Tool"])
        let tools = (collection.entryIndicesByBlock["tools"] ?? []).map { collection.entries[$0].title }
        #expect(tools == ["Clippy", "Rustfmt"])
    }

    @Test func aDuplicateInAnotherSectionLeavesTheFirstInItsOwnAndTheExportHasNoSubsection() async throws {
        let run = try await Self.run()
        defer { run.remove() }
        let tool = try #require(run.files["learning/cargo-tool.md"])
        #expect(tool.contains("tags: [\"learning\"]\n"), "\(tool)")
        #expect(tool.hasSuffix("---\nA tool listed here first.\n\nListed again under tools.\n"))
        let exported = ReadmeExport.render(try await ReadmeExportTests.collection(run.folder.path))
        #expect(!exported.text.contains("#### Tools") && !exported.text.contains("### Tools"), "\(exported.text)")
        #expect(!exported.text.contains("#tools-1"))
        #expect(AwesomeLintRules.problems(in: exported.text) == [])
    }

    @Test func theExportNeverPublishesTheNoDescriptionPlaceholderNorAFakeIntroduction() async throws {
        let run = try await Self.run()
        defer { run.remove() }
        #expect(run.files["tools/rustfmt.md"]?.contains(ImportPlaceholder.english) == true)
        let exported = ReadmeExport.render(try await ReadmeExportTests.collection(run.folder.path))
        #expect(!exported.text.contains("gives no description"), "\(exported.text)")
        #expect(exported.text.contains("\n- [Rustfmt](https://example.org/rustfmt)\n"))
        #expect(exported.warnings == ["\(run.folder.path)/tools/rustfmt.md: its body still says the import found no description; written without a description (write 2–5 sentences of your own)"])
        #expect(exported.text.contains("## Tools\n\n- [Clippy]"), "a section without an introduction gets no line repeating its title")
        #expect(exported.text.contains("## Learning\n\nBooks and courses, in the order to read them.\n"))
    }

    @Test func markersAreStatusWordsInBracketsOrEmojiAndOtherBracketsAreText() {
        #expect(StatusMarkers.leadingMarkers(of: "[Deprecated] 🚧 (archived) The book", bare: false).markers == ["[Deprecated]", "🚧", "(archived)"])
        #expect(StatusMarkers.leadingMarkers(of: "DEPRECATED: [x]", bare: true) == (["DEPRECATED"], "[x]"))
        #expect(StatusMarkers.leadingMarkers(of: "Deprecated features of C++", bare: false).markers.isEmpty, "a bare word in prose is prose")
        #expect(StatusMarkers.trailingMarker(of: "Slides (PDF)") == nil)
        #expect(StatusMarkers.trailingMarker(of: "Old slides [ Unmaintained ]")?.rest == "Old slides")
    }
}
