import Foundation
import Testing

/// End to end: the built `drover` binary on fixture sites, as an author or CI runs it.
@Suite struct DroverCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("DroverCoreTests/Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable SwiftPM built beside the test bundle.
    static var droverBinary: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("drover")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("drover")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = droverBinary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // Never the test runner's terminal: commands that ask (drover new) must see none.
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A copy of the valid fixture (content + test theme), optionally with one broken file.
    static func makeSite(extra: (path: String, text: String)? = nil) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("drover-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("valid/content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("theme"), to: root.appendingPathComponent("theme"))
        if let extra {
            try extra.text.write(to: root.appendingPathComponent(extra.path), atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run(["build"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        // The summary, and (on this first build only) the files kept beside site/.
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("built 3 entries, ") == true)
        #expect(lines.last?.hasPrefix("kept .site.drover-manifest and .site.drover-sources beside site/") == true)
        #expect(run.stdout.contains("3 tags into site/ in "))
        #expect(run.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    @Test func contentErrorsArePrintedInCompilerFormAndExitOne() throws {
        let broken = "---\ntitle: \"Broken\"\nurl: https://example.com/broken\ntype: article\ntags: [llm]\nadded: May 2024\n---\nТекст.\n"
        let root = try Self.makeSite(extra: ("content/research/broken.md", broken))
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run(["build"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/research/broken.md:6:8: error: 'added' must be a date like 2024-05-01, found \"May 2024\"\n"))
        #expect(run.stderr.contains("build failed: 1 error; site/ was not changed"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func usageErrorsExitTwo() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["build", "--no-such-flag"], in: root).status == 2)
        #expect(try Self.run(["build", "--base-url", "not a url"], in: root).status == 2)
    }

    @Test func strictTurnsWarningsIntoAFailure() throws {
        let warning = "---\ntitle: \"Empty\"\nurl: https://example.com/empty\ntype: article\ntags: [llm]\nadded: 2024-01-01\n---\n"
        let root = try Self.makeSite(extra: ("content/research/empty.md", warning))
        defer { try? FileManager.default.removeItem(at: root) }
        let relaxed = try Self.run(["build"], in: root)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("content/research/empty.md:8:1: warning: the entry has no body"))
        let strict = try Self.run(["build", "--strict", "--output", "strict-site"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/research/empty.md:8:1: error: the entry has no body"))
    }

    /// Swift seeds its hashing per process, so only separate processes prove that no
    /// dictionary order leaks into the output.
    @Test func twoProcessesBuildByteIdenticalSites() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["build", "--output", "first"], in: root).status == 0)
        #expect(try Self.run(["build", "--output", "second"], in: root).status == 0)
        let first = Self.files(in: root.appendingPathComponent("first"))
        let second = Self.files(in: root.appendingPathComponent("second"))
        #expect(first.count > 10)
        #expect(first == second)
    }

    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let paths = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in paths {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { files[path] = data }
        }
        return files
    }
}
