import Foundation
import Testing

/// `drover serve` and `drover new` as an author runs them.
@Suite struct ServeAndNewCommandTests {
    typealias CLI = DroverCLITests

    @Test func serveListensPrintsItsAddressAndStopsCleanlyOnControlC() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = CLI.droverBinary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()

        var printed = ""
        while !printed.contains("(Ctrl-C stops)\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }  // the process ended without serving
            printed += String(decoding: chunk, as: UTF8.self)
        }
        #expect(printed.contains("start: built 3 entries, "))
        #expect(printed.contains("serving http://127.0.0.1:"))
        process.interrupt()
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        #expect(printed.hasSuffix("stopped\n"))
        // serve builds into memory: build's output folder is not made.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func newWritesAnEntryThatBuilds() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["new", "research", "https://example.org/state-of-ai", "--title", "Состояние ИИ", "--type", "paper",
                               "--tags", "llm,нейросети", "--level", "beginner", "--language", "en"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/research/sostoianie-ii.md\n")
        let text = try String(contentsOf: root.appendingPathComponent("content/research/sostoianie-ii.md"), encoding: .utf8)
        #expect(text.contains("\ndifficulty: beginner\n"))
        #expect(text.contains("\nadded: \(Self.todayText())\n"))
        // It builds; its placeholder body is a warning until replaced, which CI's strict build refuses.
        let build = try CLI.run(["build"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("content/research/sostoianie-ii.md:10:1: warning: the description is still the placeholder drover new wrote"))
        #expect(try CLI.run(["build", "--strict"], in: root).status == 1)
    }

    @Test func newWithoutATerminalNamesWhatIsMissingAndExitsTwo() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["new", "research", "https://example.org/x"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("drover new: missing --title, --type and --tags; standard input is not a terminal"))
        #expect(run.stdout.isEmpty)
    }

    @Test func newRefusalsExitWithTheirKind() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let unknown = try CLI.run(["new", "reserch", "https://example.org/x", "--title", "X", "--type", "paper", "--tags", "llm"], in: root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error: unknown block 'reserch'; did you mean 'research'?"))
        let duplicate = try CLI.run(["new", "research", "https://ARXIV.org/abs/2303.10130/", "--title", "X", "--type", "paper", "--tags", "llm"], in: root)
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("already has https://ARXIV.org/abs/2303.10130/ in content/research/gpts-are-gpts.md"))
    }

    static func todayText() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
