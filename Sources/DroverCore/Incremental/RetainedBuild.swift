/// What a build in this process validated, kept for the next build into the same `MemorySite`
/// (`drover serve`): the assembled collection, the problems found across files, each body's link
/// problems and the resolver. The next build starts from it when only entries changed, and only
/// in ways that leave the collection's shape as it was.
///
/// The shape is what assembling reads across files: which files exist, each entry's block, slug,
/// URL, tags, date and draft flag (and where they are written, which its diagnostics name), every
/// block, standalone page, tags.yml and site.yml. An edit to an entry's body, title, weight, type,
/// level, language, authors or update date keeps it, when its title and weight leave it where its
/// block lists it; the collection is then the previous one with those
/// entries replaced, and only their links are checked again, unless one of them gained or lost a
/// heading other bodies could link to. Any other change assembles and checks everything.
struct RetainedBuild: Sendable {
    let buildKey: String
    let settingsFingerprint: UInt64
    let themeFingerprint: UInt64
    /// Every source the build read, with its hash.
    let sourceHashes: [String: UInt64]
    let collection: Collection
    /// Where each entry is in `collection.entries`, by source path.
    let entryIndices: [String: Int]
    /// What assembling the collection reported.
    let assembleDiagnostics: [Diagnostic]
    /// The broken links of each body that has any, by source path.
    let linkDiagnostics: [String: [Diagnostic]]
    let resolver: LinkResolver

    init(buildKey: String, settingsFingerprint: UInt64, themeFingerprint: UInt64, sourceHashes: [String: UInt64],
         collection: Collection, assembleDiagnostics: [Diagnostic], linkDiagnostics: [String: [Diagnostic]], resolver: LinkResolver) {
        self.buildKey = buildKey
        self.settingsFingerprint = settingsFingerprint
        self.themeFingerprint = themeFingerprint
        self.sourceHashes = sourceHashes
        self.collection = collection
        entryIndices = Dictionary(uniqueKeysWithValues: collection.entries.enumerated().map { ($1.sourcePath, $0) })
        self.assembleDiagnostics = assembleDiagnostics
        self.linkDiagnostics = linkDiagnostics
        self.resolver = resolver
    }

    /// The collection as it is after `parsed`, when it keeps this build's shape: each changed
    /// entry in its place, and the changed entries' indices. Nil when the shape may have changed.
    func reassemble(_ parsed: ParsedSources, buildKey: String, settingsFingerprint: UInt64, themeFingerprint: UInt64?)
        -> (collection: Collection, changed: [Int])? {
        guard buildKey == self.buildKey, settingsFingerprint == self.settingsFingerprint, themeFingerprint == self.themeFingerprint,
              parsed.files.count == sourceHashes.count else { return nil }
        var replaced: [Int: Entry] = [:]
        for file in parsed.files {
            guard let previousHash = sourceHashes[file.sourcePath] else { return nil }
            if file.hash == previousHash { continue }
            // Only an entry that parsed, and was in the collection, before and now.
            guard let entry = file.entry, file.unlisted == nil, let index = entryIndices[file.sourcePath],
                  Self.sameShape(entry, collection.entries[index]) else { return nil }
            replaced[index] = entry
        }
        let collection = collection.replacingEntries(replaced)
        let changed = replaced.keys.sorted()
        guard Self.keepsListOrder(collection, changed: changed) else { return nil }
        return (collection, changed)
    }

    /// Whether each changed entry is still where its block lists it (a new title or weight can
    /// move it): the order is total, so an entry in order with both its neighbours is where a
    /// clean build would sort it.
    static func keepsListOrder(_ collection: Collection, changed: [Int]) -> Bool {
        let entries = collection.entries
        let places = ListPlaces(collection.blocks)
        func key(_ index: Int) -> EntryListKey { places.key(of: entries[index]) }
        for index in changed {
            if index > 0 && !(key(index - 1) < key(index)) { return false }
            if index + 1 < entries.count && !(key(index) < key(index + 1)) { return false }
        }
        return true
    }

    /// Whether `changed` and `previous` are the same as far as assembling the collection goes.
    static func sameShape(_ changed: Entry, _ previous: Entry) -> Bool {
        changed.block == previous.block && changed.slug == previous.slug && changed.sourcePath == previous.sourcePath
            && changed.file == previous.file && changed.url == previous.url && changed.urlLocation == previous.urlLocation
            && changed.tags == previous.tags && changed.tagLocations == previous.tagLocations
            && changed.added == previous.added && changed.draft == previous.draft
    }

    /// The link problems of a build whose collection `reassemble` made: the previous problems of
    /// every unchanged body and the new ones of the changed bodies, when no heading other bodies
    /// may link to came or went; nil otherwise (every link must be checked again).
    func linkDiagnostics(after collection: Collection, changed: [Int], unlisted: [UnlistedBody]) -> [String: [Diagnostic]]? {
        for index in changed where collection.entries[index].body.anchors != self.collection.entries[index].body.anchors {
            return nil
        }
        var diagnostics = linkDiagnostics
        for index in changed {
            let entry = collection.entries[index]
            let found = LinkValidator(resolver: resolver).check(entry.body, sourcePath: entry.sourcePath, file: entry.file)
            diagnostics[entry.sourcePath] = found.isEmpty ? nil : found
        }
        return diagnostics
    }
}
