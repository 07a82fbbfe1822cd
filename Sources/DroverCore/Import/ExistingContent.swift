import Foundation

/// What the collection folder already holds, so a re-run adds only new items, reuses the
/// folder's blocks and tags by title, and never writes over a file.
struct ExistingContent {
    struct Entry {
        var path: String
        var url: String
        var title: String
        var blockTitle: String
        var tagTitles: [String]
    }

    var entries: [Entry] = []
    var blocks: [(slug: String, title: String, order: Int)] = []
    var tags: [(name: String, title: String)] = []
    var hasSiteConfig = false
    /// Whether a path inside the folder exists.
    var fileExists: (String) -> Bool = { _ in false }

    init() {}

    /// Reads `folder` through the build's own load, parse and validate stages (drafts included).
    init(folder: String) async {
        let fileManager = FileManager.default
        let exists: (String) -> Bool = { fileManager.fileExists(atPath: folder + "/" + $0) }
        if let collection = await Build.loadCollection(content: folder, includeDrafts: true).collection {
            self.init(collection: collection, fileExists: exists)
        } else {
            self.init()
            fileExists = exists
            hasSiteConfig = exists("site.yml")
        }
    }

    init(collection: Collection, fileExists: @escaping (String) -> Bool) {
        self.fileExists = fileExists
        hasSiteConfig = true
        let titleByTag = Dictionary(collection.tags.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        blocks = collection.blocks.map { ($0.slug, $0.title, $0.order) }
        tags = collection.tags.map { ($0.name, $0.title) }
        entries = collection.entries.map { entry in
            Entry(path: entry.sourcePath, url: entry.url, title: entry.title,
                  blockTitle: collection.block(entry.block)?.title ?? entry.block,
                  tagTitles: entry.tags.map { titleByTag[$0] ?? $0 })
        }
    }
}
