import Foundation
import Testing

/// What the command line tells the incremental build apart by: the folders as given.
@Suite struct IncrementalCommandTests {
    /// Reproduces a report: the same files built with `--content content` and then with
    /// `--content docs` into the same output were "nothing changed", and every page kept its
    /// «Исправить» link to content/….
    @Test func theSameFilesFromAnotherContentFolderAreBuiltWithThatFoldersEditLinks() throws {
        let root = try DroverCLITests.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("theme")
        try FileManager.default.removeItem(at: theme)
        try FileManager.default.copyItem(at: DroverCLITests.repositoryRoot.appendingPathComponent("theme"), to: theme)
        #expect(try DroverCLITests.run(["build"], in: root).status == 0)
        try FileManager.default.copyItem(at: root.appendingPathComponent("content"), to: root.appendingPathComponent("docs"))

        let moved = try DroverCLITests.run(["build", "--content", "docs"], in: root)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(!moved.stdout.contains("nothing changed"), "\(moved.stdout)")
        let clean = try DroverCLITests.run(["build", "--content", "docs", "--output", "clean", "--clean"], in: root)
        #expect(clean.status == 0, "\(clean.stderr)")
        let built = DroverCLITests.files(in: root.appendingPathComponent("site"))
        #expect(built == DroverCLITests.files(in: root.appendingPathComponent("clean")))
        let page = String(decoding: try #require(built["research/alignment-primer/index.html"]), as: UTF8.self)
        #expect(page.contains("/docs/research/alignment-primer.md"), "the edit link names the folder built from")
    }
}
