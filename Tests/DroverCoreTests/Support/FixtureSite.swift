import Foundation
@testable import DroverCore

/// A fixture site copied into a fresh temporary folder, so tests can build, break and
/// rebuild it without touching the fixtures or each other.
struct FixtureSite {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    /// Removes `root` when the last copy of the site is gone: a test suite makes hundreds of them.
    private let removal: FolderRemoval
    var content: String { root.appendingPathComponent("content").path }
    var theme: String { root.appendingPathComponent("theme").path }
    var output: String { root.appendingPathComponent("site").path }

    /// The valid site (or another under Fixtures/, named by `base`) with the test theme,
    /// plus the files of `overlay` (a folder under Fixtures/errors) on top.
    init(base: String = "valid", overlay: String? = nil, theme: String = "theme") throws {
        let fileManager = FileManager.default
        root = fileManager.temporaryDirectory.appendingPathComponent("drover-test-\(UUID().uuidString)")
        removal = FolderRemoval(root)
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        try fileManager.copyItem(at: Self.fixtures.appendingPathComponent("\(base)/content"), to: root.appendingPathComponent("content"))
        let themeSource = theme == "real" ? Self.repositoryRoot.appendingPathComponent("theme") : Self.fixtures.appendingPathComponent(theme)
        try fileManager.copyItem(at: themeSource, to: root.appendingPathComponent("theme"))
        if let overlay {
            try Self.overlay(Self.fixtures.appendingPathComponent("errors/\(overlay)/content"), onto: root.appendingPathComponent("content"))
        }
    }

    private static func overlay(_ source: URL, onto destination: URL) throws {
        let fileManager = FileManager.default
        guard let files = fileManager.enumerator(atPath: source.path)?.allObjects as? [String] else { return }
        for file in files.sorted() {
            var isDirectory: ObjCBool = false
            _ = fileManager.fileExists(atPath: source.appendingPathComponent(file).path, isDirectory: &isDirectory)
            let target = destination.appendingPathComponent(file)
            if isDirectory.boolValue {
                try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try? fileManager.removeItem(at: target)
                try fileManager.copyItem(at: source.appendingPathComponent(file), to: target)
            }
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    /// Replaces `placeholder` in every content file: fixtures say `PORT` where a test server's port goes.
    func replace(_ placeholder: String, with value: String) throws {
        let content = root.appendingPathComponent("content")
        for path in FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? [] {
            let url = content.appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8), text.contains(placeholder) else { continue }
            try text.replacingOccurrences(of: placeholder, with: value).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Builds the site. Diagnostics name files relative to the fixture's root
    /// (`content/research/x.md`), as an author running drover in that folder sees them.
    func build(drafts: Bool = false, strict: Bool = false, baseURL: String? = nil, clean: Bool = false) async -> BuildReport {
        var report = await Build.run(BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                                                  baseURL: baseURL, includeDrafts: drafts, strict: strict, clean: clean))
        let prefix = root.path + "/"
        report.diagnostics = DiagnosticList(report.diagnostics.all.map { diagnostic in
            var relative = diagnostic
            if relative.file.hasPrefix(prefix) { relative.file.removeFirst(prefix.count) }
            relative.message = relative.message.replacingOccurrences(of: prefix, with: "")
            return relative
        })
        return report
    }

    /// The diagnostics as the CLI prints them, one per line.
    /// Options that build this site into a new `MemorySite`, as `drover serve` does.
    func memoryBuild() -> (site: MemorySite, options: BuildOptions) {
        var options = BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output)
        let memory = MemorySite()
        options.memory = memory
        return (memory, options)
    }

    static func text(_ report: BuildReport) -> String {
        report.diagnostics.sorted.map(\.description).joined(separator: "\n")
    }

    /// Every file of the output, path → bytes.
    func outputFiles() -> [String: Data] {
        Self.files(under: output)
    }

    /// Every file under `folder`, path → bytes.
    static func files(under folder: String) -> [String: Data] {
        let fileManager = FileManager.default
        var files: [String: Data] = [:]
        for path in (fileManager.enumerator(atPath: folder)?.allObjects as? [String] ?? []) {
            var isDirectory: ObjCBool = false
            _ = fileManager.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = fileManager.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Removes a temporary folder when it is no longer referenced.
final class FolderRemoval: Sendable {
    let folder: URL

    init(_ folder: URL) {
        self.folder = folder
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
