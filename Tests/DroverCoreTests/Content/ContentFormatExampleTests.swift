import Foundation
import Testing
@testable import DroverCore

/// docs/content-format.md shows an English collection with every key: its files, as printed
/// there, must build under `--strict` with the default theme, so the page cannot drift from
/// what Drover accepts.
@Suite struct ContentFormatExampleTests {
    static let page = FixtureSite.repositoryRoot.appendingPathComponent("docs/content-format.md")

    /// `content/…` path → the text of the fenced block that follows it in the section.
    static func exampleFiles() throws -> [(path: String, text: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        let start = try #require(text.range(of: "## A collection in English"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        let section = String(text[start.upperBound..<end.lowerBound])
        return section.matches(of: #/`(content/[^`]+)`[^\n]*:\n\n```[a-z]+\n((?s).*?)```/#).map { (String($0.output.1), String($0.output.2)) }
    }

    @Test func theEnglishExampleBuildsStrictWithTheDefaultTheme() async throws {
        let files = try Self.exampleFiles()
        #expect(files.map(\.path) == ["content/site.yml", "content/tags.yml", "content/getting-started/_block.md",
                                      "content/getting-started/the-rust-programming-language.md", "content/about.md"])
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("drover-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
        }
        let report = await Build.run(BuildOptions(contentDirectory: root.appendingPathComponent("content").path,
                                                  themeDirectory: FixtureSite.repositoryRoot.appendingPathComponent("theme").path,
                                                  outputDirectory: root.appendingPathComponent("site").path, strict: true))
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        #expect(report.diagnostics.all.isEmpty, "\(FixtureSite.text(report))")
    }
}
