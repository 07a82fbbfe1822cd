import Foundation
import Testing

/// `drover init` and the first minutes after it, as a new user runs them (issue 24): the
/// binary alone, no file copied from this repository.
@Suite struct InitCommandTests {
    typealias CLI = DroverCLITests

    static func emptyFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("drover-init-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// Issue 24: build in an empty folder named what was missing, one thing at a time, and
    /// nothing said how to start.
    @Test func buildInAnEmptyFolderPointsAtInit() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try CLI.run(["build"], in: root)
        #expect(build.status == 2)
        #expect(build.stderr.contains("content: error: content folder not found; run drover in the folder that holds content/, "
                                      + "pass --content DIR, or start a collection with drover init"), "\(build.stderr)")
    }

    @Test(arguments: ["en", "ru"])
    func initGivesACollectionThatBuildsAndPassesTheStrictCheck(_ language: String) throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let started = try CLI.run(["init", "rust", "--language", language, "--title", "Rust", "--base-url", "https://me.github.io/rust/"],
                                  in: root)
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.hasPrefix("started a collection in rust/: "))
        let site = root.appendingPathComponent("rust")
        let build = try CLI.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("built 1 entry, "), "\(build.stdout)")
        #expect(build.stderr.isEmpty, "\(build.stderr)")
        let check = try CLI.run(["check", "--offline", "--strict"], in: site)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let home = try String(contentsOf: site.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<html lang=\"\(language)\""))
        #expect(home.contains("/rust/getting-started/"))
        let ignored = try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.contains("/site/\n") && ignored.contains("/.site.drover-*\n"))
    }

    @Test func initRefusesAFolderThatIsNotEmptyUnlessForced() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "# My notes\n".write(to: root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init"], in: root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(".: error: the current folder is not empty (it holds README.md); name a new or empty folder, or pass --force"), "\(refused.stderr)")
        let forced = try CLI.run(["init", "--force"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8) == "# My notes\n")
        let again = try CLI.run(["init", "--force"], in: root)
        #expect(again.status == 2)
        #expect(again.stderr.contains("content/site.yml: error: content/site.yml already exists"), "\(again.stderr)")
    }

    @Test func initNamesTheOptionThatIsWrong() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let language = try CLI.run(["init", "--language", "de"], in: root)
        #expect(language.status == 2)
        #expect(language.stderr.contains("--language must be en or ru"), "\(language.stderr)")
        let address = try CLI.run(["init", "--base-url", "me.github.io"], in: root)
        #expect(address.status == 2)
        #expect(address.stderr.contains("--base-url: error: the address must be an absolute http(s) URL"), "\(address.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    /// Issue 24: `new` wrote «Напишите здесь…» into an English site and `build --strict --clean`
    /// published it; its command-line errors named a content path; `--type vidoe` got no hint.
    @Test func newInAnEnglishCollectionWritesAnEnglishPlaceholderThatCannotShip() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["init"], in: root).status == 0)
        let new = try CLI.run(["new", "getting-started", "https://doc.rust-lang.org/book/", "--title", "The Rust Programming Language",
                               "--type", "book", "--tags", "rust"], in: root)
        #expect(new.status == 0, "\(new.stderr)")
        let file = "content/getting-started/the-rust-programming-language.md"
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        #expect(text.contains("Write 2–5 sentences here"))
        #expect(!text.contains("Напишите"))
        let strict = try CLI.run(["build", "--strict", "--clean"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("\(file):8:1: error: the description is still the placeholder drover new wrote"), "\(strict.stderr)")
        let relaxed = try CLI.run(["build"], in: root)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("\(file):8:1: warning: the description is still the placeholder"), "\(relaxed.stderr)")

        let typo = try CLI.run(["new", "getting-started", "https://tokio.rs/", "--title", "Tokio", "--type", "vidoe", "--tags", "rust"], in: root)
        #expect(typo.status == 2)
        #expect(typo.stderr == "--type: error: unknown type 'vidoe'; did you mean 'video'?\n")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/tools"), withIntermediateDirectories: true)
        let noBlockFile = try CLI.run(["new", "tools", "https://tokio.rs/", "--title", "Tokio", "--type", "tool", "--tags", "rust"], in: root)
        #expect(noBlockFile.status == 1)
        #expect(noBlockFile.stderr.contains("content/tools/_block.md: error: block 'tools' has no _block.md; create it with front matter"))
    }

    /// Issue 24: `--output X` put dotfiles beside X without a word, and a failed build left its lock.
    @Test func theFirstBuildNamesTheFilesItKeepsBesideTheOutput() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["init"], in: root).status == 0)
        let first = try CLI.run(["build", "--output", "out/preview"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\nkept out/.preview.drover-manifest and out/.preview.drover-sources beside out/preview/"), "\(first.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
            == [".preview.drover-manifest", ".preview.drover-sources", "preview"])
        let second = try CLI.run(["build", "--output", "out/preview"], in: root)
        #expect(!second.stdout.contains("kept"), "named once, when they first appear")
    }

    /// Issue 24: "1 pages rendered".
    @Test func countsTakeTheFormTheirNumberNeeds() throws {
        let root = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["init"], in: root).status == 0)
        #expect(try CLI.run(["build"], in: root).status == 0)
        // Words past the excerpt change the entry's own page and no list.
        let entry = root.appendingPathComponent("content/getting-started/markdown-guide.md")
        let more = "\nLonger notes: " + String(repeating: "more words here ", count: 40) + "\n"
        try (try String(contentsOf: entry, encoding: .utf8) + more).write(to: entry, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build"], in: root)
        #expect(build.stdout.hasPrefix("built 1 entry, "), "\(build.stdout)")
        #expect(build.stdout.contains(" (1 page rendered, "), "\(build.stdout)")
    }
}
