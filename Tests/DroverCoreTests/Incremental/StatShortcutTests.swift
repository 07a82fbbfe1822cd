import Foundation
import Testing
@testable import DroverCore

/// Sources whose files are as the previous build read them are not read again; every edit is
/// seen all the same.
@Suite("Unchanged sources are not read")
struct StatShortcutTests {
    /// Builds see the clock this far ahead, so the fixture's files, just written, are as old as
    /// a build can trust, without waiting for it on the wall clock. Edits made during a test are
    /// seen by their stamps, which change whatever the clock says.
    static let settled = FileStamp.racyWindow + 200_000_000

    /// The same text with one letter of the body's first line (prose in every fixture) changed
    /// for another of as many bytes, so the file keeps its size.
    static func sameSizeEdit(_ text: String) throws -> String {
        let bodyStart = try #require(text.range(of: "\n---\n", options: .backwards)).upperBound
        let index = try #require(text[bodyStart...].firstIndex { $0 == "о" || $0 == "а" })
        var edited = text
        edited.replaceSubrange(index...index, with: text[index] == "о" ? "а" : "о")
        #expect(edited.utf8.count == text.utf8.count)
        return edited
    }

    static func setModified(_ path: String, to stamp: FileStamp) {
        let time = timespec(tv_sec: Int(stamp.modified / 1_000_000_000), tv_nsec: Int(stamp.modified % 1_000_000_000))
        _ = utimensat(AT_FDCWD, path, [time, time], 0)
    }

    func expectCleanBuildsBytes(_ site: FixtureSite, _ what: String) async {
        let report = await site.build()
        #expect(report.succeeded && !report.nothingChanged, "\(what): \(FixtureSite.text(report))")
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)), "\(what)")
    }

    @Test func unchangedFilesAreNotReadAndEveryEditIsSeen() async throws {
        try await FileStamp.$clockShift.withValue(Self.settled) { try await unchangedFilesAreNotReadAndEveryEditIsSeenSettled() }
    }

    func unchangedFilesAreNotReadAndEveryEditIsSeenSettled() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let noChange = await site.build()
        #expect(noChange.nothingChanged && noChange.sourcesNotRead == 6)

        // An edit that keeps the size, in the same second as the previous build.
        let guide = "content/prompting/prompt-guide.md"
        try site.write(try Self.sameSizeEdit(try #require(site.read(guide))), to: guide)
        await expectCleanBuildsBytes(site, "same-size edit")
        // The other files were not read; their stamps still vouch for them.
        #expect(await site.build().nothingChanged)

        // An edit that keeps the size and sets the modification time back (`touch -d`): the
        // change time moves all the same.
        let primer = site.content + "/research/alignment-primer.md"
        let before = try #require(FileStamp.of(path: primer))
        try site.write(try Self.sameSizeEdit(try #require(site.read("content/research/alignment-primer.md"))),
                       to: "content/research/alignment-primer.md")
        Self.setModified(primer, to: before)
        #expect(FileStamp.of(path: primer)?.modified == before.modified && FileStamp.of(path: primer)?.size == before.size)
        await expectCleanBuildsBytes(site, "edit with the time set back")

        // A file replaced by a rename, with the old size and modification time: another inode.
        let gpts = site.content + "/research/gpts-are-gpts.md"
        let old = try #require(FileStamp.of(path: gpts))
        let replacement = site.root.appendingPathComponent("replacement.md").path
        try Self.sameSizeEdit(try #require(site.read("content/research/gpts-are-gpts.md"))).write(toFile: replacement, atomically: false, encoding: .utf8)
        Self.setModified(replacement, to: old)
        #expect(rename(replacement, gpts) == 0)
        await expectCleanBuildsBytes(site, "file replaced by a rename")
    }

    @Test func unreadFilesAreReadWhenTheirParsesCannotBeReused() async throws {
        try await FileStamp.$clockShift.withValue(Self.settled) { try await unreadFilesAreReadWhenTheirParsesCannotBeReusedSettled() }
    }

    func unreadFilesAreReadWhenTheirParsesCannotBeReusedSettled() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)

        // The store is lost: every parse is redone, from files this build had not read.
        let store = SourceStore.path(forOutput: site.output)
        try Data(repeating: 0, count: 100).write(to: URL(fileURLWithPath: store))
        try site.write(try #require(site.read("content/research/alignment-primer.md")) + "\nПравка.\n", to: "content/research/alignment-primer.md")
        let afterLoss = await site.build()
        #expect(afterLoss.sourcesReused == 0 && afterLoss.sourcesNotRead == 0)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))

        // The settings change: every body is parsed again, so every file is read.
        try site.write(try #require(site.read("content/site.yml")).replacingOccurrences(of: "Маленький", with: "Небольшой"),
                       to: "content/site.yml")
        await expectCleanBuildsBytes(site, "site.yml edited")
    }
}
