import Foundation
@testable import DroverCore

/// One import into a fresh temporary folder, with a fixed date so its files can be golden.
struct ImportRun {
    static let date = ISODate("2025-01-15")!
    let folder: URL
    let readme: String
    let report: ImportReport

    /// Imports `readme` (a path) into `folder`, or into a new temporary folder.
    init(readme: String, into folder: URL? = nil, blockLevel: Int = 2) async throws {
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("drover-import-\(UUID().uuidString)")
        self.readme = readme
        report = try await AwesomeImport.run(ImportOptions(readme: readme, folder: self.folder.path, blockLevel: blockLevel, added: Self.date))
    }

    /// A README of a fixture under Fixtures/import/.
    static func fixture(_ name: String) -> String {
        FixtureSite.fixtures.appendingPathComponent("import/\(name)/README.md").path
    }

    /// A README written for one test into its own temporary folder.
    static func writeReadme(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(writtenReadmePrefix + "\(UUID().uuidString).md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The report with the machine's paths taken out, as a golden file holds it.
    var reportText: String {
        report.text.replacingOccurrences(of: folder.path, with: "DIR")
            .replacingOccurrences(of: URL(fileURLWithPath: readme).deletingLastPathComponent().path + "/", with: "")
    }

    /// The report, then every file written, path by path: what a quirk's golden file holds.
    var snapshot: String {
        var text = "== report (exit \(report.exitCode))\n" + reportText
        for path in files.keys.sorted() {
            text += "== \(path)\n" + files[path]!
        }
        return text
    }

    /// Every file in the folder, path → text.
    var files: [String: String] {
        var files: [String: String] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files[path] = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }
        }
        return files
    }

    /// The real build of the imported folder, strict, with the test theme.
    func build() async -> BuildReport {
        await Build.run(BuildOptions(contentDirectory: folder.path, themeDirectory: FixtureSite.fixtures.appendingPathComponent("theme").path,
                               outputDirectory: outputParent.appendingPathComponent("site").path,
                               strict: true))
    }

    /// A folder of its own for the built site, so removing it takes the build's manifest, store
    /// and lock (kept beside the site) too.
    private var outputParent: URL {
        folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-out")
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: outputParent)
        if Self.isWrittenReadme(readme) { try? FileManager.default.removeItem(atPath: readme) }
    }

    /// Whether `path` is a README `writeReadme` wrote (and removing the run removes it).
    static func isWrittenReadme(_ path: String) -> Bool {
        URL(fileURLWithPath: path).lastPathComponent.hasPrefix(writtenReadmePrefix)
    }

    private static let writtenReadmePrefix = "drover-readme-"
}
