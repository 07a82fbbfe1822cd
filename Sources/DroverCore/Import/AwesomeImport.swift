import Foundation

/// What `drover import awesome` was asked to do.
public struct ImportOptions: Sendable {
    /// The README to read.
    public var readme: String
    /// The collection folder to write into; created when missing.
    public var folder: String
    /// The heading level whose headings become blocks; deeper ones become tags.
    public var blockLevel: Int
    /// Every new entry's `added` date: the day of the import.
    public var added: ISODate
    /// The `type` of entries whose URL says nothing reliable about it.
    public var defaultType: ResourceType

    public init(readme: String, folder: String, blockLevel: Int = 2, added: ISODate, defaultType: ResourceType = .article) {
        self.readme = readme
        self.folder = folder
        self.blockLevel = blockLevel
        self.added = added
        self.defaultType = defaultType
    }
}

/// Input that cannot be imported at all: nothing is written, and the exit code is 2.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var message: String

    public var description: String { message }
}

/// `drover import awesome`: an awesome-list README → a collection folder.
///
/// read the README → parse it with cmark into an outline → read the list (blocks, tags,
/// resources, the fate of every link) → plan against what the folder holds → write only
/// new files → the report.
public enum AwesomeImport {
    public static func run(_ options: ImportOptions) async throws(ImportFailure) -> ImportReport {
        let text = try readText(options.readme)
        let list = AwesomeListReader(blockLevel: options.blockLevel).read(MarkdownOutline(parsing: text))
        guard list.itemCount > 0 else {
            throw ImportFailure(message: "\(options.readme) has no list items to import: an awesome list holds its resources as "
                                + "Markdown list items, '- [Name](https://…) - Description.', under level-\(options.blockLevel) headings")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: options.folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw ImportFailure(message: "\(options.folder) is a file; --into needs a folder (it is created when missing)")
        }
        let plan = ImportPlan(list: list, existing: await ExistingContent(folder: options.folder), defaultType: options.defaultType,
                              readme: options.readme, folder: options.folder)
        do {
            return try write(plan, options)
        } catch {
            throw ImportFailure(message: "cannot write into \(options.folder): \(error)")
        }
    }

    /// The README as text; a clear refusal for a file that is not one.
    static func readText(_ path: String) throws(ImportFailure) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw ImportFailure(message: "\(path) not found: give the path of the awesome list's README")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportFailure(message: "\(path) cannot be read; check its permissions")
        }
        if data.contains(0) {
            throw ImportFailure(message: "\(path) is a binary file, not a Markdown README (it holds NUL bytes)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportFailure(message: "\(path) is not UTF-8 text; save it as UTF-8 and import it again")
        }
        return text
    }

    /// Writes the plan's files, each only if it does not exist yet.
    private static func write(_ plan: ImportPlan, _ options: ImportOptions) throws -> ImportReport {
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: options.folder)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        var report = plan.report

        func create(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try NewFile.create(url.path, text: text)
        }

        if let site = plan.siteConfig {
            try create("site.yml", FrontMatterWriting.siteConfig(title: site.title, description: site.description, language: site.language))
            report.wroteSiteConfig = true
        }
        for block in plan.blocks {
            try create("\(block.slug)/_block.md", FrontMatterWriting.block(title: block.title, order: block.order,
                                                                           summary: block.summary, intro: block.intro))
        }
        for entry in plan.entries {
            try create(entry.path, FrontMatterWriting.entry(title: entry.title, url: entry.url, type: entry.type, tags: entry.tags,
                                                            added: options.added, authors: entry.authors, weight: entry.weight, body: entry.body))
        }
        if !plan.tags.isEmpty {
            let text = plan.tags.map { FrontMatterWriting.tag(name: $0.name, title: $0.title, description: $0.description) }.joined()
            let tagsFile = folder.appendingPathComponent("tags.yml")
            if let handle = try? FileHandle(forUpdating: tagsFile) {
                // tags.yml exists: the new tags go after the author's, which stay as they are.
                defer { try? handle.close() }
                let end = try handle.seekToEnd()
                var prefix = ""
                if end > 0 {
                    try handle.seek(toOffset: end - 1)
                    if handle.readData(ofLength: 1) != Data("\n".utf8) { prefix = "\n" }
                    try handle.seekToEnd()
                }
                try handle.write(contentsOf: Data((prefix + text).utf8))
            } else {
                try create("tags.yml", text)
            }
        }
        report.blocksWritten = plan.blocks.count
        report.entriesWritten = plan.entries.count
        report.tagsWritten = plan.tags.count
        return report
    }
}
