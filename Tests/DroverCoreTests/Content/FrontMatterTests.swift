import Testing
@testable import DroverCore

@Suite struct FrontMatterTests {
    @Test func splitsFencesAndCountsTheBodysFirstLine() throws {
        let split = try FrontMatter.split("---\ntitle: x\ntags: [a]\n---\nBody\n").get()
        #expect(split.yaml == "title: x\ntags: [a]\n")
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsWindowsLineEndingsAByteOrderMarkAndYAMLsDocumentEnd() throws {
        let split = try FrontMatter.split("\u{FEFF}---\r\ntitle: x\r\n...\r\nBody").get()
        #expect(split.yaml.contains("title: x"))
        #expect(split.body == "Body")
    }

    @Test func reportsAMissingOrUnterminatedFrontMatter() {
        #expect(throws: FrontMatter.Problem.missing) { try FrontMatter.split("# Title\n").get() }
        #expect(throws: FrontMatter.Problem.unterminated) { try FrontMatter.split("---\ntitle: x\n").get() }
        #expect(throws: FrontMatter.Problem.unterminated) { try FrontMatter.split("---").get() }
    }

    @Test func anEmptyBodyStartsAfterTheClosingFence() throws {
        let split = try FrontMatter.split("---\ntitle: x\n---").get()
        #expect(split.body.isEmpty)
        #expect(split.bodyFirstLine == 4)
    }

    @Test func anAddressWithoutItsSchemeIsToldApartFromAPath() {
        #expect(EntryParser.startsWithHostName("hai.stanford.edu/ai-index"))
        #expect(EntryParser.startsWithHostName("example.org"))
        #expect(!EntryParser.startsWithHostName("resources/page.html"), "a relative path")
        #expect(!EntryParser.startsWithHostName("page.html"), "a file name")
        #expect(!EntryParser.startsWithHostName("localhost/x"))
    }
}
