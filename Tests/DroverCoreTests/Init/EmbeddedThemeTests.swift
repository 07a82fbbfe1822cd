import Foundation
import Testing
@testable import DroverCore

/// `drover init` writes the default theme from a copy compiled into the binary
/// (`Sources/DroverCore/Init/EmbeddedTheme.swift`); these tests hold that copy to theme/.
/// After changing theme/, `DROVER_UPDATE_GOLDEN=1 swift test --filter EmbeddedThemeTests`
/// writes the copy again (read the diff, then build).
@Suite struct EmbeddedThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sourceFile = repository.appendingPathComponent("Sources/DroverCore/Init/EmbeddedTheme.swift")
    /// What a site needs of the theme: templates, static files and translation tables (not the
    /// designer's preview/ contexts or the README, which document Drover's copy).
    static let folders = ["i18n", "static", "templates"]

    /// theme/'s files that init copies, path → text, sorted by path.
    static func themeFiles() throws -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for folder in folders {
            let url = repository.appendingPathComponent("theme/\(folder)")
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
                files.append(("\(folder)/\(name)", try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The Swift source that embeds `files`: each text a raw multi-line string literal with as
    /// many `#` as it takes for no line of it to end the literal or start an escape.
    static func source(embedding files: [(path: String, text: String)]) -> String {
        var text = """
            // Generated from theme/ by Tests/DroverCoreTests/Init/EmbeddedThemeTests.swift: do not edit.
            // After changing theme/: DROVER_UPDATE_GOLDEN=1 swift test --filter EmbeddedThemeTests, then build.

            /// The default theme's templates, static files and translation tables, compiled in: what
            /// `drover init` copies into a new collection, so that a drover installed alone (the release
            /// is one static file) needs no theme/ folder beside it.
            enum EmbeddedTheme {
                static let files: [(path: String, text: String)] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) || file.text.contains("\\" + hashes) { hashes += "#" }
            text += "        (path: \"\(file.path)\", text: \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)),\n"
        }
        return text + "    ]\n}\n"
    }

    @Test func theCompiledInThemeIsTheSourceThemeFolder() throws {
        let expected = try Self.themeFiles()
        #expect(EmbeddedTheme.files.map(\.path) == expected.map(\.path))
        for (embedded, file) in zip(EmbeddedTheme.files, expected) {
            #expect(embedded.text == file.text, "\(file.path) differs from theme/\(file.path)")
        }
    }

    @Test func theGeneratedSourceIsUpToDate() throws {
        let source = Self.source(embedding: try Self.themeFiles())
        if Golden.updating {
            try source.write(to: Self.sourceFile, atomically: true, encoding: .utf8)
            return
        }
        let current = try String(contentsOf: Self.sourceFile, encoding: .utf8)
        #expect(current == source, "EmbeddedTheme.swift is older than theme/: run DROVER_UPDATE_GOLDEN=1 swift test --filter EmbeddedThemeTests")
    }
}
