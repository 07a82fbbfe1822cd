import Foundation

/// The files of a collection, found on disk but not yet read: the load stage's result.
///
/// Names are checked here because they become URLs: a folder or file whose name is not a
/// slug is reported with the slug it could be renamed to.
public struct ContentTree: Sendable {
    public struct BlockFolder: Sendable {
        public var slug: String
        /// `research/_block.md`, nil when the folder has none.
        public var blockFile: String?
        /// `research/foo.md`, sorted.
        public var entryFiles: [String]
    }

    /// The content folder as the author named it, used to build display paths.
    public var root: String
    public var hasSiteConfig: Bool
    public var hasTags: Bool
    /// Standalone pages found at the top of the folder (`about.md`), sorted.
    public var pageFiles: [String] = []
    public var blocks: [BlockFolder]

    /// Every Markdown source the tree holds, parsed or not.
    public var sourcePaths: Set<String> {
        Set(blocks.flatMap { ($0.blockFile.map { [$0] } ?? []) + $0.entryFiles } + pageFiles)
    }

    public func displayPath(_ relative: String) -> String {
        Self.displayPath(root: root, relative)
    }

    /// `./content/x.md` and `content/x.md` name one file: the form paths are compared in.
    static func withoutDotSlash(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    /// How diagnostics name a file of the content folder given as `root` (`content/site.yml`).
    static func displayPath(root given: String, _ relative: String) -> String {
        let root = given.count > 1 && given.hasSuffix("/") ? String(given.dropLast()) : given
        return root == "." ? relative : root + "/" + relative
    }

    public func absolutePath(_ relative: String) -> String {
        root + "/" + relative
    }

    static func scan(root given: String, diagnostics: inout [Diagnostic]) -> ContentTree? {
        let root = given.count > 1 && given.hasSuffix("/") ? String(given.dropLast()) : given
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: root, message: "content folder not found",
                                          fix: "run drover in the folder that holds content/, pass --content DIR, or start a collection with drover init",
                                          kind: .configuration))
            return nil
        }
        var tree = ContentTree(root: root, hasSiteConfig: false, hasTags: false, blocks: [])
        guard let names = try? fileManager.contentsOfDirectory(atPath: root) else {
            diagnostics.append(Diagnostic(file: root, message: "content folder cannot be read", kind: .configuration))
            return nil
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = root + "/" + name
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if let block = scanBlock(name, tree: tree, diagnostics: &diagnostics) { tree.blocks.append(block) }
            } else if name == "site.yml" {
                tree.hasSiteConfig = true
            } else if name == "tags.yml" {
                tree.hasTags = true
            } else if let slug = StandalonePage.reservedFiles[name] {
                tree.pageFiles.append(name)
                if names.contains(slug) {
                    diagnostics.append(Diagnostic(file: tree.displayPath(name), severity: .error,
                                                  message: "the page \(name) and the block folder \(slug)/ would both live at /\(slug)/",
                                                  fix: "rename the block folder"))
                }
            } else if name == "site.yaml" || name == "tags.yaml" {
                diagnostics.append(Diagnostic(file: tree.displayPath(name), severity: .error,
                                              message: "settings files end in .yml", fix: "rename it to \(name.dropLast(5)).yml"))
            } else if name.hasSuffix(".md") {
                diagnostics.append(Diagnostic(file: tree.displayPath(name), severity: .warning,
                                              message: "an entry must sit inside a block folder; this file is ignored",
                                              fix: "move it into one of the block folders"))
            }
        }
        if !tree.hasSiteConfig {
            diagnostics.append(Diagnostic(file: tree.displayPath("site.yml"), message: "site.yml not found",
                                          fix: "create it with title, description, base_url and language", kind: .configuration))
        }
        return tree
    }

    private static func scanBlock(_ name: String, tree: ContentTree, diagnostics: inout [Diagnostic]) -> BlockFolder? {
        let folder = tree.displayPath(name)
        guard Slug.isValid(name) else {
            diagnostics.append(Diagnostic(file: folder, message: "block folder name '\(name)' is not a slug (lowercase ASCII letters, digits and '-')",
                                          fix: renameFix(name, suffix: "")))
            return nil
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tree.absolutePath(name)) else {
            diagnostics.append(Diagnostic(file: folder, message: "block folder cannot be read"))
            return nil
        }
        var block = BlockFolder(slug: name, blockFile: nil, entryFiles: [])
        for file in names.sorted() where !file.hasPrefix(".") {
            let relative = name + "/" + file
            if file == "_block.md" {
                block.blockFile = relative
            } else if file.hasSuffix(".md") {
                let slug = String(file.dropLast(3))
                if Slug.isValid(slug) {
                    block.entryFiles.append(relative)
                } else {
                    diagnostics.append(Diagnostic(file: tree.displayPath(relative),
                                                  message: "file name '\(file)' is not a slug (lowercase ASCII letters, digits and '-')",
                                                  fix: renameFix(slug, suffix: ".md")))
                }
            }
        }
        if block.blockFile == nil {
            diagnostics.append(Diagnostic(file: tree.displayPath(name + "/_block.md"),
                                          message: "block '\(name)' has no _block.md",
                                          fix: "create it with front matter title, order and summary"))
        }
        return block
    }

    private static func renameFix(_ name: String, suffix: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "rename it using only a-z, 0-9 and '-'" : "rename it to '\(slug)\(suffix)'"
    }
}
