/// The rules that span files: duplicate resources, tag slugs, tags.yml against usage.
/// Assembles the `Collection` every later stage reads.
struct CollectionValidator {
    let includeDrafts: Bool

    func assemble(config: SiteConfig, tagDefinitions: [TagDefinition], tagsFile: String,
                  blocks: [Block], entries allEntries: [Entry], sourcePaths: Set<String>,
                  diagnostics: inout [Diagnostic]) -> Collection {
        let blocks = blocks.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
        checkBlockOrder(blocks, &diagnostics)

        var draftPaths: Set<String> = []
        var published: [Int] = []
        for (index, entry) in allEntries.enumerated() {
            if entry.draft && !includeDrafts { draftPaths.insert(entry.sourcePath) } else { published.append(index) }
        }
        // Sorted by key, then gathered: entries are large values, cheaper to place once than to move while sorting.
        let places = ListPlaces(blocks)
        let keys = allEntries.map(places.key(of:))
        published.sort { keys[$0] < keys[$1] }
        let entries = published.map { allEntries[$0] }

        checkDuplicateURLs(entries, &diagnostics)
        let newestRank = Collection.newestRank(of: entries)
        let (tags, tagNames) = assembleTags(entries: entries, newestRank: newestRank, definitions: tagDefinitions, tagsFile: tagsFile,
                                            &diagnostics)
        let parsed = Set(blocks.map(\.sourcePath)).union(allEntries.map(\.sourcePath))
        var collection = Collection(config: config, blocks: blocks, entries: entries, tags: tags, draftPaths: draftPaths,
                                    unparsedPaths: sourcePaths.subtracting(parsed),
                                    tagsWithoutPage: Set(tagNames).subtracting(tags.map(\.name)), newestRank: newestRank)
        collection.definedTags = tagDefinitions.map(\.name).sorted()
        return collection
    }

    private func checkBlockOrder(_ blocks: [Block], _ diagnostics: inout [Diagnostic]) {
        var seen: [Int: Block] = [:]
        for block in blocks {
            if let first = seen[block.order] {
                diagnostics.append(.warning("blocks '\(first.slug)' and '\(block.slug)' share order \(block.order); they are sorted by name",
                                            at: SourceLocation(file: block.file, line: 1, column: 1), fix: "give each block its own 'order'"))
            } else {
                seen[block.order] = block
            }
        }
    }

    /// The same resource twice is an editorial mistake, whatever the spelling of its URL.
    private func checkDuplicateURLs(_ entries: [Entry], _ diagnostics: inout [Diagnostic]) {
        var firstByURL: [String: Int] = [:]
        firstByURL.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            if let first = firstByURL[entry.resourceKey] {
                diagnostics.append(.error("the resource \(entry.url) is already in the collection as \(entries[first].file)",
                                          at: entry.urlLocation, fix: "keep one entry for it"))
            } else {
                firstByURL[entry.resourceKey] = index
            }
        }
    }

    /// The tags with pages, sorted by slug, and the name of every tag the entries use.
    private func assembleTags(entries: [Entry], newestRank: [Int], definitions: [TagDefinition], tagsFile: String,
                              _ diagnostics: inout [Diagnostic]) -> (tags: [Tag], used: [String]) {
        let definitionByName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

        // Usage, in entry order: the first place a tag is written is where its problems are reported.
        // One dictionary lookup per tag written: at 10,000 entries this loop is most of validating.
        var usage: [String: Int] = [:]  // tag → its place in `order` and `uses`
        var order: [String] = []
        var uses: [(indices: [Int], firstLocation: SourceLocation)] = []
        for (index, entry) in entries.enumerated() {
            let tags = entry.tags, locations = entry.tagLocations
            // An entry carries a few tags: looking back is cheaper than a set, unless it carries many.
            var seenHere: Set<String> = tags.count > 16 ? Set(minimumCapacity: tags.count) : []
            for (position, (tag, location)) in zip(tags, locations).enumerated() {
                let repeated = tags.count > 16 ? !seenHere.insert(tag).inserted : tags[..<position].contains(tag)
                if repeated {
                    diagnostics.append(.warning("tag '\(tag)' is listed twice", at: location, fix: "remove one"))
                    continue
                }
                if let slot = usage[tag] {
                    uses[slot].indices.append(index)
                } else {
                    usage[tag] = order.count
                    order.append(tag)
                    uses.append(([index], location))
                }
            }
        }

        func useCount(_ name: String) -> Int { usage[name].map { uses[$0].indices.count } ?? 0 }

        // Slugs: pinned in tags.yml or transliterated; two tags must never share a URL. The
        // spelling tags.yml defines, else the one most used, is placed first, so that of two
        // spellings of one word the error is reported on the other and names this one.
        let placing = order.indices.sorted { a, b in
            let (left, right) = (order[a], order[b])
            let keyA = (definitionByName[left] == nil ? 1 : 0, -uses[a].indices.count, a)
            let keyB = (definitionByName[right] == nil ? 1 : 0, -uses[b].indices.count, b)
            return keyA < keyB
        }
        var nameBySlug: [String: String] = [:]
        var tags: [Tag] = []
        for slot in placing {
            let name = order[slot]
            let definition = definitionByName[name]
            let location = uses[slot].firstLocation
            let slug = definition?.slug ?? Slug.make(name)
            if slug.isEmpty {
                diagnostics.append(.error("tag '\(name)' has no letters or digits to make its URL from", at: location,
                                          fix: "pin a slug for it in tags.yml"))
                continue
            }
            if let other = nameBySlug[slug] {
                // Two spellings of one word want one spelling; two pinned slugs want two slugs.
                let fix = Slug.make(other) == Slug.make(name)
                    ? "write the tag as '\(other)' everywhere" : "give them different slugs in tags.yml"
                diagnostics.append(.error("tags '\(other)' and '\(name)' would both get the URL tags/\(slug)/", at: location, fix: fix))
                continue
            }
            nameBySlug[slug] = name
            let indices = uses[slot].indices.sorted { newestRank[$0] < newestRank[$1] }
            tags.append(Tag(name: name, slug: slug, title: definition?.title ?? name,
                            description: definition?.description, entryIndices: indices))
        }
        /// Spellings of one word (`Rust`, `rust`): their clash is an error already, never a typo.
        func sameWord(_ a: String, _ b: String) -> Bool { Slug.make(a) == Slug.make(b) }

        // A tag tags.yml does not define, a typo away from one it does, is most likely that typo.
        // Suggestions name only defined tags: a typo another entry made is no spelling to copy.
        let definedNames = definitions.map(\.name).sorted()
        var suggested: Set<String> = []  // defined tags some entry most likely meant
        var reported: Set<String> = []
        for (slot, name) in order.enumerated() where definitionByName[name] == nil {
            let candidates = definedNames.lazy.filter { !sameWord($0, name) || usage[$0] == nil }
            guard let meant = Suggestion.closest(to: name, among: candidates) else { continue }
            suggested.insert(meant)
            reported.insert(name)
            diagnostics.append(.warning("unknown tag '\(name)'", at: uses[slot].firstLocation,
                                        fix: "did you mean '\(meant)', which tags.yml defines?"))
        }

        // tags.yml against usage.
        var pinnedSlugs: [String: String] = [:]
        for definition in definitions {
            if let slug = definition.slug {
                if let other = pinnedSlugs[slug] {
                    diagnostics.append(.error("tags '\(other)' and '\(definition.name)' pin the same slug '\(slug)'",
                                              at: definition.location, fix: "give each tag its own slug"))
                }
                pinnedSlugs[slug] = definition.name
            }
            // One diagnostic for one typo: the entry's 'unknown tag' already names this definition.
            if usage[definition.name] == nil && !suggested.contains(definition.name) {
                diagnostics.append(.warning("tag '\(definition.name)' is defined here but no entry uses it", at: definition.location,
                                            fix: "remove it, or tag an entry with it"))
            }
        }

        // Among tags tags.yml does not define, one written once that is one edit from another is
        // most likely a typo of it; a tag tags.yml defines is meant as written.
        for (slot, name) in order.enumerated() where uses[slot].indices.count == 1 && definitionByName[name] == nil && !reported.contains(name) {
            let others = order.filter { $0 != name && !sameWord($0, name) && Suggestion.editDistance($0, name) == 1 }
            if let likely = others.max(by: { (useCount($0), $1) < (useCount($1), $0) }) {
                diagnostics.append(.warning("tag '\(name)' is used only here and is one letter away from '\(likely)'",
                                            at: uses[slot].firstLocation, fix: "did you mean '\(likely)'?"))
            }
        }
        return (tags.sorted { $0.slug < $1.slug }, order)
    }
}
