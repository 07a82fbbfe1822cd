import Foundation
import Testing

/// scripts/review-issue, what the weekly workflow runs, against a fake `gh` on PATH that records
/// its arguments (and the body it was given) and answers `issue list` as told.
@Suite struct ReviewIssueScriptTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        /// One line per `gh` call: its arguments.
        var calls: [String]
        /// The last `--body-file` given to `gh`.
        var body: String?
    }

    static let fakeGH = """
    #!/bin/sh
    echo "$*" >> "$GH_LOG"
    if [ "$1 $2" = "issue list" ] && [ -n "${GH_OPEN_ISSUE:-}" ]; then echo "$GH_OPEN_ISSUE"; fi
    while [ $# -gt 0 ]; do
      if [ "$1" = "--body-file" ]; then cp "$2" "$GH_LOG.body"; fi
      shift
    done
    """

    /// Runs the script in a copy of the review fixture on `today`, with an open issue numbered
    /// `openIssue` or none.
    static func run(today: String, openIssue: String?, withCache: Bool = true) throws -> Outcome {
        let root = try ReviewCommandTests.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        if !withCache { try FileManager.default.removeItem(at: root.appendingPathComponent(".drover/linkcheck.json")) }
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let gh = bin.appendingPathComponent("gh")
        try fakeGH.write(to: gh, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: gh.path)
        let log = root.appendingPathComponent("gh.log")

        let process = Process()
        process.executableURL = DroverCLITests.repositoryRoot.appendingPathComponent("scripts/review-issue")
        process.arguments = ["--content", "content", "--today", today]
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["DROVER"] = DroverCLITests.droverBinary.path
        environment["GH_LOG"] = log.path
        environment["GH_OPEN_ISSUE"] = openIssue
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let calls = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        let body = try? String(contentsOf: URL(fileURLWithPath: log.path + ".body"), encoding: .utf8)
        return Outcome(status: process.terminationStatus, stdout: stdout, calls: calls, body: body)
    }

    static let list = "issue list --state open --search in:title Что проверить на этой неделе --json number,title "
        + "--jq map(select(.title == \"Что проверить на этой неделе\")) | .[0].number // empty"

    @Test func aQueueWithoutAnOpenIssueOpensOneWithTheChecklist() throws {
        let outcome = try Self.run(today: "2026-12-08", openIssue: nil)
        #expect(outcome.status == 0)
        #expect(outcome.calls.count == 2)
        #expect(outcome.calls.first == Self.list)
        #expect(outcome.calls.last?.hasPrefix("issue create --title Что проверить на этой неделе --body-file ") == true)
        let checklist = try String(contentsOf: DroverCLITests.fixtures.appendingPathComponent("review/expected.md"), encoding: .utf8)
        #expect(outcome.body == "Записи, которые стоит проверить: 11. Проверив запись, отметьте её: `drover review --checked ФАЙЛ`.\n\n" + checklist)
        #expect(outcome.stdout == "opened the issue: 11 entries\n")
    }

    @Test func aQueueWithAnOpenIssueUpdatesIt() throws {
        let outcome = try Self.run(today: "2026-12-08", openIssue: "42")
        #expect(outcome.status == 0)
        #expect(outcome.calls.count == 2)
        #expect(outcome.calls.last?.hasPrefix("issue edit 42 --body-file ") == true)
        #expect(outcome.stdout == "updated #42: 11 entries\n")
    }

    @Test func anEmptyQueueClosesTheOpenIssue() throws {
        let outcome = try Self.run(today: "2024-01-02", openIssue: "42", withCache: false)
        #expect(outcome.status == 0)
        #expect(outcome.calls.count == 2)
        #expect(outcome.calls.last?.hasPrefix("issue close 42 --comment ") == true)
        #expect(outcome.stdout == "closed #42: the queue is empty\n")
    }

    @Test func anEmptyQueueWithoutAnIssueDoesNothing() throws {
        let outcome = try Self.run(today: "2024-01-02", openIssue: nil, withCache: false)
        #expect(outcome.status == 0)
        #expect(outcome.calls == [Self.list])
    }

    @Test func aFailedReviewLeavesTheIssueAlone() throws {
        let outcome = try Self.run(today: "not-a-date", openIssue: "42")
        #expect(outcome.status == 2)
        #expect(outcome.calls.isEmpty)
    }
}
