import Foundation
import Testing

/// One exit-code policy for every command: 0 success, 1 content/theme/link problems, 2 usage or
/// configuration errors, whichever command meets the problem.
@Suite struct ExitCodeTests {
    typealias CLI = DroverCLITests

    @Test(arguments: [
        ("site.yml", "\nlanguage: [ru]\n", Int32(2)),
        ("tags.yml", "\n: broken\n", Int32(2)),
        ("research/alignment-primer.md", "\nnot: [closed\n", Int32(1)),
    ])
    func buildAndCheckExitAlikeOnTheSameBrokenInput(file: String, appended: String, expected: Int32) throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("content/" + file)
        var text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        if file.hasSuffix(".md") {
            text = text.replacingOccurrences(of: "\ntitle:", with: appended + "title:")
        } else {
            text += appended
        }
        try text.write(to: path, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build"], in: root)
        let check = try CLI.run(["check", "--offline"], in: root)
        #expect(build.status == expected, "build: \(build.stderr)")
        #expect(check.status == expected, "check: \(check.stdout)\(check.stderr)")
    }

    @Test(arguments: ["json", "junit", "github", "text"])
    func everyFormatWritesItsReportWhenTheBuildFails(format: String) throws {
        let root = try CLI.makeSite(extra: ("content/research/broken.md", "---\ntitle: x\n---\nno url, type, tags or date\n"))
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["check", "--offline", "--format", format], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("content/research/broken.md"), "\(format): \(run.stdout)")
        if format == "json" {
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let problems = try #require(object?["problems"] as? [[String: Any]])
            #expect(problems.contains { ($0["file"] as? String) == "content/research/broken.md" && ($0["severity"] as? String) == "error" })
        }
    }
}
