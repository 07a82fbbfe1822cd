/// What an import will write, decided before anything is written: block folders, tag
/// names, entry slugs, duplicates merged, and for a re-run which resources the folder
/// already holds. Nothing here touches the disk but through `ExistingContent`.
struct ImportPlan {
    struct NewBlock: Equatable {
        var slug, title: String
        var order: Int
        var summary, intro: String
    }

    struct NewEntry: Equatable {
        /// `block/slug.md`, inside the collection folder.
        var path: String
        var title, url: String
        var type: ResourceType
        var tags: [String]
        var authors: [String]
        /// The item's place in its block's list: the list's order kept as the block's.
        var weight: Int
        var paragraphs: [String]
        /// Index into the list's resources of the item it was made from.
        var resource: Int
        var body: String { paragraphs.joined(separator: "\n\n") }
    }

    struct NewTag: Equatable {
        var name, title: String
        var description: String?
    }

    var blocks: [NewBlock] = []
    var entries: [NewEntry] = []
    var tags: [NewTag] = []
    /// site.yml's title, description and language, when the folder has none.
    var siteConfig: (title: String, description: String, language: String)?
    var report: ImportReport

    init(list: AwesomeList, existing: ExistingContent, defaultType: ResourceType, readme: String, folder: String) {
        report = ImportReport(readme: readme, folder: folder)
        let language = Self.language(of: list)
        var names = Names(existing: existing)
        var resourceOutcomes: [ImportReport.Outcome] = []
        // Where each resource's other links end up: the path of a new entry, or nil when it is not written.
        var resourceTargets: [String?] = []
        var firstByKey: [String: (path: String, line: Int, newEntry: Int?)] = [:]
        let existingByKey = Dictionary(existing.entries.map { (LinkIdentity.key($0.url), $0) }, uniquingKeysWith: { first, _ in first })

        for (resourceIndex, resource) in list.resources.enumerated() {
            let key = LinkIdentity.key(resource.url)
            let tagTitles = resource.tags.isEmpty ? [list.blocks[resource.block].title] : resource.tags
            if let first = firstByKey[key] {
                guard let index = first.newEntry else {
                    resourceOutcomes.append(.merged(into: first.path, firstLine: first.line))
                    resourceTargets.append(nil)
                    continue
                }
                // A duplicate adds whatever it says that the first item did not, and its tags when it
                // is in the same block: another section's tags would move the entry out of its own
                // section in an exported README (a `#### Tools` inside `## Learning`). The report
                // says which section it was not added to.
                let sameBlock = resource.block == list.resources[entries[index].resource].block
                resourceOutcomes.append(.merged(into: first.path, firstLine: first.line,
                                                otherSection: sameBlock ? nil : list.blocks[resource.block].title))
                for title in tagTitles where sameBlock {
                    let name = names.tag(title, description: Self.tagDescription(title, in: list.blocks[resource.block]), plan: &self)
                    if !entries[index].tags.contains(name) { entries[index].tags.append(name) }
                }
                for paragraph in Self.paragraphs(of: resource) where !entries[index].paragraphs.contains(paragraph) {
                    entries[index].paragraphs.append(paragraph)
                }
                resourceTargets.append(first.path)
                continue
            }
            if let old = existingByKey[key] {
                resourceOutcomes.append(.alreadyThere(old.path))
                resourceTargets.append(nil)
                firstByKey[key] = (old.path, resource.position.line, nil)
                if let change = Self.differences(old, resource, tagTitles: tagTitles, blockTitle: list.blocks[resource.block].title) {
                    report.changedUpstream.append("\(old.path): \(change)")
                }
                continue
            }
            let block = names.block(resource.block, of: list, plan: &self)
            var tagNames: [String] = []
            for title in tagTitles {
                let name = names.tag(title, description: Self.tagDescription(title, in: list.blocks[resource.block]), plan: &self)
                if !tagNames.contains(name) { tagNames.append(name) }
            }
            let path = names.entryPath(block: block, title: resource.title, url: resource.url)
            var paragraphs = Self.paragraphs(of: resource)
            if resource.description.isEmpty && resource.extras.isEmpty {
                paragraphs.append(ImportPlaceholder.text(language: language))
                report.entriesWithoutDescription += 1
            }
            entries.append(NewEntry(path: path, title: resource.title, url: resource.url,
                                    type: ResourceTypeGuess.guess(resource.url) ?? defaultType,
                                    tags: tagNames, authors: resource.authors, weight: resource.place, paragraphs: paragraphs,
                                    resource: resourceIndex))
            firstByKey[key] = (path, resource.position.line, entries.count - 1)
            resourceOutcomes.append(.imported(path))
            resourceTargets.append(path)
        }

        let listedKeys = Set(list.resources.map { LinkIdentity.key($0.url) })
        for old in existing.entries where !listedKeys.contains(LinkIdentity.key(old.url)) {
            report.goneUpstream.append("\(old.path): its url \(old.url) is no longer in the README")
        }

        for link in list.links {
            let outcome: ImportReport.Outcome
            switch link.fate {
            case .resource(let index):
                outcome = resourceOutcomes[index]
            case .keptInResource(let index):
                outcome = resourceTargets[index].map { .kept($0) }
                    ?? .ignored("in an item whose entry is already in \(folder)/ and is not rewritten")
            case .statusMarker(let index):
                outcome = resourceTargets[index].map { .keptMarker($0) }
                    ?? .ignored("a status marker of an item whose entry is already in \(folder)/ and is not rewritten")
            case .keptInBlock(let index):
                if let slug = names.newBlockSlugs[index] {
                    outcome = .kept("\(slug)/_block.md")
                } else if names.existingBlockSlugs[index] != nil {
                    outcome = .ignored("in the introduction of a block already in \(folder)/, which is not rewritten")
                } else {
                    outcome = .skipped("in the introduction of a section with no entries of its own")
                }
            case .ignored(let reason):
                outcome = .ignored(reason)
            case .skipped(let reason):
                outcome = .skipped(reason)
            }
            report.lines.append(ImportReport.Line(position: link.position, target: link.target, outcome: outcome))
        }

        if !existing.hasSiteConfig {
            let title = list.title ?? "Awesome list"
            siteConfig = (title, list.description ?? title, language)
        }
    }

    /// A tag heading's first paragraph; for the tag named after its block, the block's summary.
    private static func tagDescription(_ title: String, in block: ListedBlock) -> String? {
        block.tagDescriptions[title] ?? (title == block.title ? block.summary : nil)
    }

    /// The body of a resource's entry: its status markers and description, then what else the item held.
    private static func paragraphs(of resource: ListedResource) -> [String] {
        let first = (resource.markers.map(MarkdownWriting.escape) + (resource.description.isEmpty ? [] : [resource.description]))
            .joined(separator: " ")
        return (first.isEmpty ? [] : [MarkdownWriting.protectingLineStart(first)]) + resource.extras
    }

    /// How an entry already in the folder differs from its item in the README, or nil.
    private static func differences(_ old: ExistingContent.Entry, _ resource: ListedResource, tagTitles: [String], blockTitle: String) -> String? {
        var changes: [String] = []
        if old.title != resource.title {
            changes.append("title \"\(old.title)\" here, \"\(resource.title)\" in the README")
        }
        if old.blockTitle.lowercased() != blockTitle.lowercased() {
            changes.append("in block \"\(old.blockTitle)\" here, under \"\(blockTitle)\" in the README")
        }
        let oldTags = Set(old.tagTitles.map { $0.lowercased() })
        let newTags = Set(tagTitles.map { $0.lowercased() })
        if !newTags.isSubset(of: oldTags) {
            changes.append("tagged \(old.tagTitles.sorted().joined(separator: ", ")) here, \(tagTitles.joined(separator: ", ")) in the README")
        }
        return changes.isEmpty ? nil : changes.joined(separator: "; ")
    }

    /// "ru" when the list's titles and descriptions are mostly Cyrillic, else "en".
    private static func language(of list: AwesomeList) -> String {
        var cyrillic = 0, latin = 0
        let texts = [list.title ?? "", list.description ?? ""] + list.resources.prefix(200).flatMap { [$0.title, $0.description] }
        for scalar in texts.joined(separator: " ").unicodeScalars {
            if (0x400...0x4FF).contains(scalar.value) { cyrillic += 1 } else if scalar.properties.isAlphabetic && scalar.isASCII { latin += 1 }
        }
        return cyrillic > latin ? "ru" : "en"
    }
}

/// Slugs and names handed out by one plan: unique against the folder and each other.
private struct Names {
    let existing: ExistingContent
    var tagNameByTitle: [String: String] = [:]
    var takenTagNames: Set<String>
    var newBlockSlugs: [Int: String] = [:]
    var existingBlockSlugs: [Int: String] = [:]
    var takenBlockSlugs: Set<String>
    var takenEntryPaths: Set<String> = []
    var nextOrder: Int

    init(existing: ExistingContent) {
        self.existing = existing
        for tag in existing.tags {
            tagNameByTitle[tag.title.lowercased()] = tag.name
            tagNameByTitle[tag.name.lowercased()] = tagNameByTitle[tag.name.lowercased()] ?? tag.name
        }
        takenTagNames = Set(existing.tags.map(\.name))
        takenBlockSlugs = Set(existing.blocks.map(\.slug))
        nextOrder = (existing.blocks.map(\.order).max() ?? 0) + 1
    }

    /// The tag for a heading or grouping item: the folder's tag of that title, or a new one.
    mutating func tag(_ title: String, description: String?, plan: inout ImportPlan) -> String {
        if let name = tagNameByTitle[title.lowercased()] { return name }
        let name = Self.unique(Slug.make(title).isEmpty ? "tag" : Slug.make(title)) { takenTagNames.contains($0) }
        takenTagNames.insert(name)
        tagNameByTitle[title.lowercased()] = name
        plan.tags.append(ImportPlan.NewTag(name: name, title: title, description: description))
        return name
    }

    /// The folder of the block at `index`: the folder's block of that title, or a new one.
    mutating func block(_ index: Int, of list: AwesomeList, plan: inout ImportPlan) -> String {
        if let slug = newBlockSlugs[index] ?? existingBlockSlugs[index] { return slug }
        let listed = list.blocks[index]
        if let old = existing.blocks.first(where: { $0.title.lowercased() == listed.title.lowercased() }) {
            existingBlockSlugs[index] = old.slug
            return old.slug
        }
        let base = Slug.make(listed.title).isEmpty ? "section" : Slug.make(listed.title)
        let slug = Self.unique(base) { takenBlockSlugs.contains($0) || existing.fileExists($0 + "/_block.md") }
        takenBlockSlugs.insert(slug)
        newBlockSlugs[index] = slug
        plan.blocks.append(ImportPlan.NewBlock(slug: slug, title: listed.title, order: nextOrder, summary: listed.summary ?? listed.title,
                                               intro: listed.intro.joined(separator: "\n\n")))
        nextOrder += 1
        return slug
    }

    /// `block/slug.md` for a new entry, never a file that exists.
    mutating func entryPath(block: String, title: String, url: String) -> String {
        var base = Slug.make(title)
        if base.isEmpty { base = Slug.make(url.split(separator: "/", maxSplits: 2).last.map(String.init) ?? url) }
        if base.isEmpty { base = "entry" }
        if base.count > 60 {
            let cut = base.prefix(60)
            base = String((cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut))
        }
        let slug = Self.unique(base) { takenEntryPaths.contains("\(block)/\($0).md") || existing.fileExists("\(block)/\($0).md") }
        let path = "\(block)/\(slug).md"
        takenEntryPaths.insert(path)
        return path
    }

    /// `base`, or `base-2`, `base-3`… whichever is free first.
    static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var number = 2
        while taken("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
