import Foundation
import Testing

/// What the command line tells the incremental build apart by (the folders as given), and
/// what a killed build leaves behind.
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

    /// A build killed at any moment (while parsing, rendering, writing, swapping or saving its
    /// manifest) leaves nothing the next build trusts wrongly: after each kill the next build
    /// succeeds and its site equals a clean build's. The kill times are spread over the length of
    /// an uninterrupted build; nothing here asserts how long anything takes.
    @Test func aBuildKilledAtAnyMomentIsFollowedByACorrectOne() throws {
        let root = try DroverCLITests.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let research = root.appendingPathComponent("content/research")
        for index in 0..<300 {
            let body = String(repeating: "Текст о моделях и данных, номер \(index). ", count: 40)
            try """
                ---
                title: "Материал \(index)"
                url: https://example.com/killed/\(index)
                type: article
                tags: [llm]
                added: 2024-03-\(10 + index % 18)
                ---
                \(body)

                ## Раздел \(index)

                Ссылка на [праймер](alignment-primer.md).
                """.write(to: research.appendingPathComponent("killed-\(index).md"), atomically: true, encoding: .utf8)
        }
        #expect(try DroverCLITests.run(["build"], in: root).status == 0)
        // The length of the kind of build most attempts below run, an incremental one after one
        // edit: a clean build's is many times longer, and kills timed by it landed after the end.
        let timed = research.appendingPathComponent("killed-299.md")
        try (try String(contentsOf: timed, encoding: .utf8) + "\nПравка.\n").write(to: timed, atomically: true, encoding: .utf8)
        let started = Date()
        #expect(try DroverCLITests.run(["build"], in: root).status == 0)
        let length = Date().timeIntervalSince(started)

        var killed = 0
        for attempt in 0..<8 {
            // An edit, so that the killed build has work to do: a body, then a title (lists too).
            let edited = research.appendingPathComponent("killed-\(attempt * 7).md")
            var text = try String(contentsOf: edited, encoding: .utf8)
            text = attempt % 2 == 0 ? text + "\nПравка \(attempt).\n"
                : text.replacingOccurrences(of: "title: \"Материал", with: "title: \"Изменённый материал")
            try text.write(to: edited, atomically: true, encoding: .utf8)
            let arguments = attempt % 3 == 2 ? ["build", "--clean"] : ["build"]
            let process = Process()
            process.executableURL = DroverCLITests.droverBinary
            process.arguments = arguments
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(length * Double(attempt + 1) / 9 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            let next = try DroverCLITests.run(["build"], in: root)
            #expect(next.status == 0, "attempt \(attempt): \(next.stderr)")
            let clean = try DroverCLITests.run(["build", "--clean", "--output", "clean"], in: root)
            #expect(clean.status == 0)
            let built = DroverCLITests.files(in: root.appendingPathComponent("site"))
            let expected = DroverCLITests.files(in: root.appendingPathComponent("clean"))
            let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "attempt \(attempt) (killed after \(attempt + 1)/9 of a build): \(differing.prefix(5))")
            try? FileManager.default.removeItem(at: root.appendingPathComponent("clean"))
        }
        // The delays are fractions of a whole build's length, so most kills land mid-build.
        #expect(killed >= 4, "only \(killed) of 8 builds were still running when killed")
    }
}
