import Foundation
import Testing
@testable import DroverCore

/// `drover init`: a collection that builds at once, in either language, and a folder that is
/// never overwritten.
@Suite struct NewCollectionTests {
    static let day = ISODate("2026-12-07")!

    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("drover-init-\(UUID().uuidString)").path
    }

    @Test(arguments: StarterLanguage.allCases)
    func theNewCollectionBuildsStrictWithNoWarning(_ language: StarterLanguage) async throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let written = try NewCollection.create(NewCollectionRequest(directory: root + "/rust", language: language,
                                                                    title: "Rust: \"async\" & more", today: Self.day)).get()
        #expect(written.contains("content/site.yml") && written.contains("theme/templates/home.mustache")
            && written.contains(".github/workflows/pages.yml") && written.contains(".gitignore"))
        let report = await Build.run(BuildOptions(contentDirectory: root + "/rust/content", themeDirectory: root + "/rust/theme",
                                                  outputDirectory: root + "/rust/site", strict: true))
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        #expect(report.diagnostics.all.isEmpty, "\(FixtureSite.text(report))")
        #expect(report.collection?.config.title == "Rust: \"async\" & more")
        #expect(report.collection?.config.language == language.rawValue)
        #expect(report.entries == 1)
    }

    @Test func aFolderThatIsNotEmptyIsRefusedUnlessForced() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "notes\n".write(toFile: root + "/notes.txt", atomically: true, encoding: .utf8)
        guard case .failure(let refusal) = NewCollection.create(NewCollectionRequest(directory: root, today: Self.day)) else {
            Issue.record("written into a folder that is not empty"); return
        }
        #expect(refusal.all.map(\.explanation) == ["\(root) is not empty (it holds notes.txt); "
                                                   + "name a new or empty folder, or pass --force to add the collection beside what is there"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["notes.txt"])
        _ = try NewCollection.create(NewCollectionRequest(directory: root, force: true, today: Self.day)).get()
        #expect(FileManager.default.fileExists(atPath: root + "/content/site.yml"))
    }

    @Test func aFolderHoldingOnlyAGitRepositoryCountsAsEmpty() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        _ = try NewCollection.create(NewCollectionRequest(directory: root, today: Self.day)).get()
        #expect(FileManager.default.fileExists(atPath: root + "/content/site.yml"))
    }

    @Test func forceNeverReplacesAFile() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        try "title: mine\n".write(toFile: root + "/content/site.yml", atomically: true, encoding: .utf8)
        guard case .failure(let refusal) = NewCollection.create(NewCollectionRequest(directory: root, force: true, today: Self.day)) else {
            Issue.record("a file was replaced"); return
        }
        #expect(refusal.all.map(\.file) == [root + "/content/site.yml"])
        #expect(try String(contentsOfFile: root + "/content/site.yml", encoding: .utf8) == "title: mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["content"], "nothing else was written")
    }

    @Test func badOptionsAreNamedByTheirOption() {
        let request = NewCollectionRequest(directory: Self.folder(), title: " ", baseURL: "example.org", today: Self.day)
        guard case .failure(let refusal) = NewCollection.create(request) else { Issue.record("written"); return }
        #expect(refusal.sorted.map(\.file) == ["--base-url", "--title"])
        #expect(refusal.all.allSatisfy { $0.kind == .configuration })
        #expect(!FileManager.default.fileExists(atPath: request.directory))
    }

    @Test func theWorkflowsRunTheReleaseThatWroteThem() {
        for (_, text) in StarterWorkflows.all {
            #expect(text.contains("uses: \(StarterWorkflows.actionRepository)@v\(DroverVersion.current)"))
            #expect(text.contains("version: \"\(DroverVersion.current)\""))
        }
        #expect(StarterWorkflows.pages.contains("args: check --offline --strict"))
    }
}
