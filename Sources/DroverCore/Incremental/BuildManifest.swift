import Foundation

/// What a successful build leaves beside its output (`.NAME.drover-manifest`, next to `site/`)
/// so that the next build can keep its work:
/// - every source's hash, its file's stamp when it was read (a source whose stamp has not
///   changed is not read again, see `FileStamp`) and where its parse is kept in the store
///   (`.NAME.drover-sources`, see `SourceStore`), reused while the file and the settings are unchanged;
/// - every output's fingerprint (the hash of everything its bytes are made from) and content hash,
///   so only outputs whose inputs changed are rendered, and only files whose bytes changed are written;
/// - the fingerprint of all inputs together, so a build where nothing changed stops after reading;
/// - the warnings of that build, which a build that does nothing prints again.
///
/// A manifest that is missing, unreadable, corrupt, from another Drover version or for other
/// build options means a clean build, never a wrong one; a store that is missing, another
/// build's or damaged means its sources are parsed again.
///
/// The manifest is small (a few records per source and output) and rewritten by every build
/// that changes something; the parses, most of what is kept, are appended to the store.
struct BuildManifest: Sendable {
    struct OutputRecord: Sendable, Equatable {
        /// Hash of the inputs the file was made from; 0 for files compared by content only.
        var fingerprint: UInt64
        var contentHash: UInt64
        var size: Int
        /// The file's stamp once it was in place (nil in memory, where nobody else writes): a
        /// file edited, replaced or deleted by hand since has another, and is written again.
        var stamp: FileStamp? = nil
        /// A page's key derived from its context (see `ContextKey`); 0 for other files.
        var contextKey: UInt64 = 0
    }

    /// What the manifest knows of one source file.
    struct SourceRecord: Sendable {
        /// The hash of the bytes it was parsed from.
        var hash: UInt64
        /// Its stamp, taken before those bytes were read; nil when it could not be read.
        var stamp: FileStamp?
        /// Where its parse is in the store; nil while it is only in memory.
        var stored: StoredRecord?
    }

    /// Drover's version and build options that change what is built from the same files.
    var buildKey: String
    /// Hash of site.yml, tags.yml and the --base-url: parsed bodies depend on them.
    var settingsFingerprint: UInt64
    /// Hash of every input (see `Build.inputsFingerprint`).
    var inputsFingerprint: UInt64
    /// When the build that made it started looking at its sources (see `FileStamp.isSettled`).
    var readStart: Int64
    /// What its links could point at (see `LinkResolver.targetsKey`): while it is the same, a
    /// source whose parse is reused has the same links as then, all of which resolved (a build
    /// with a broken link leaves no manifest), so only sources parsed anew need checking.
    var linkTargets: UInt64 = 0
    /// A clean build's store, already written beside its place (see `SourceStore.Fresh`); not
    /// part of the manifest's bytes.
    var freshStore: SourceStore.Fresh?
    var outputs: [String: OutputRecord]
    var warnings: [Diagnostic]
    /// What reading it found amiss that costs this build time but not correctness (not kept).
    var notes: [String] = []
    var sourceRecords: [String: SourceRecord]
    /// Parses held in memory: all of them for a manifest a build made (and for `drover serve`,
    /// which keeps it), none for one read from disk.
    private var parsed: [String: ParsedSource]
    /// The store the `stored` locations point into.
    private var store: SourceStore?
    /// The paths of `outputs` and of `sourceRecords` as a manifest read from disk lists them
    /// (sorted, as every manifest is written), when it lists each path once: a next manifest with
    /// the same paths (most builds) writes them in this order rather than sorting 20,000 again.
    private(set) var pathOrder: (outputs: [String], sources: [String])?

    /// A build's manifest: `sources` are its parses; the records whose `stored` is set were
    /// reused from `store`, the previous build's.
    init(buildKey: String, settingsFingerprint: UInt64, inputsFingerprint: UInt64, readStart: Int64,
         sources: [String: ParsedSource], sourceRecords: [String: SourceRecord], store: SourceStore?,
         outputs: [String: OutputRecord], warnings: [Diagnostic]) {
        self.buildKey = buildKey
        self.settingsFingerprint = settingsFingerprint
        self.inputsFingerprint = inputsFingerprint
        self.readStart = readStart
        self.outputs = outputs
        self.warnings = warnings
        self.sourceRecords = sourceRecords
        parsed = sources
        self.store = store
    }

    /// The manifest of a build about to write: its parses (reused ones where the previous build
    /// stored them), the fingerprint of the inputs it parsed and its warnings; the outputs are
    /// added as they are written.
    init(identity: BuildIdentity, sources: SiteSources, parsed: ParsedSources, previous: PreviousBuild, inputs: UInt64,
         linkTargets: UInt64, warnings: [Diagnostic]) {
        self.init(buildKey: identity.key, settingsFingerprint: sources.settingsFingerprint, inputsFingerprint: inputs,
                  readStart: sources.readStart, sources: Dictionary(uniqueKeysWithValues: parsed.files.map { ($0.sourcePath, $0) }),
                  sourceRecords: previous.sourceRecords(sources, parsed), store: previous.manifest?.sourceStore, outputs: [:],
                  warnings: DiagnosticList(warnings).sorted)
        self.linkTargets = linkTargets
    }

    /// The store this manifest's parses are in, to reuse their records in the next manifest.
    var sourceStore: SourceStore? { store }

    /// Takes the order of the previous build's paths, to write them without sorting when they are the same.
    mutating func keepPathOrder(of previous: BuildManifest?) {
        pathOrder = previous?.pathOrder
    }

    /// The keys of `records` sorted: `listed` when it holds exactly those keys, each once.
    private static func sortedPaths<Value>(_ records: [String: Value], listed: [String]?) -> [String] {
        if let listed, listed.count == records.count, listed.allSatisfy({ records[$0] != nil }) { return listed }
        return records.keys.sorted()
    }

    /// The sources whose recorded stamps can vouch for their bytes: the next build does not read them.
    /// - Parameter settledOnly: only the stamps old enough to vouch for their files (see
    ///   `FileStamp.isSettled`); all of them when a file watcher vouches instead.
    func knownSources(settledOnly: Bool = true) -> [String: KnownSource] {
        var known: [String: KnownSource] = [:]
        known.reserveCapacity(sourceRecords.count)
        for (path, record) in sourceRecords {
            if let stamp = record.stamp, !settledOnly || stamp.isSettled(before: readStart) {
                known[path] = KnownSource(stamp: stamp, hash: record.hash)
            }
        }
        return known
    }

    /// The parsed sources by source path: those in memory, and those of the store that are
    /// intact; and how many of the store's could not be read back. Any missing one is parsed
    /// again, which is correct, only slower.
    func sources() async -> (sources: [String: ParsedSource], damaged: Int) {
        guard let store else { return (parsed, 0) }
        let wanted = sourceRecords.compactMap { path, record in
            parsed[path] == nil ? record.stored.map { (path: path, hash: record.hash, record: $0) } : nil
        }
        let decoded = await store.parsedSources(wanted)
        return (decoded.merging(parsed) { _, inMemory in inMemory }, wanted.count - decoded.count)
    }

    private static let magic = "drover-manifest-7"

    static func path(forOutput output: String) -> String {
        besideOutput(output, kind: "manifest")
    }

    /// `.NAME.drover-KIND` in the folder that holds the output `NAME`: what a build keeps there.
    static func besideOutput(_ output: String, kind: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".\((output as NSString).lastPathComponent).drover-\(kind)"
    }

    /// What reading the manifest beside an output found.
    enum Reading {
        case usable(BuildManifest)
        /// None, or one of another Drover or other options: a clean build, as expected.
        case absent
        /// One that cannot be read whole: a clean build, and a note that says why.
        case damaged(String)
    }

    /// The manifest at `path` if it is whole and written for `buildKey`, with the store at
    /// `storePath` when that is the one it was written with.
    static func read(at path: String, storeAt storePath: String, buildKey: String) -> Reading {
        guard let data = FileManager.default.contents(atPath: path) else { return .absent }
        return data.withUnsafeBytes { bytes -> Reading in
            var reader = ByteReader(bytes)
            do {
                let magic = try reader.string()
                guard magic.hasPrefix("drover-manifest-") else { return .damaged("it does not start as a manifest does") }
                guard magic == Self.magic, try reader.string() == buildKey else { return .absent }
                let settings = try reader.uint64()
                let inputs = try reader.uint64()
                let readStart = Int64(try reader.int())
                let linkTargets = try reader.uint64()
                let storeIdentity = try reader.uint64()
                let storeLength = try reader.int()
                let outputs = try reader.array { reader in
                    (try reader.string(), OutputRecord(fingerprint: try reader.uint64(), contentHash: try reader.uint64(), size: try reader.int(),
                                                       stamp: try reader.bool() ? try reader.stamp() : nil, contextKey: try reader.uint64()))
                }
                let warnings = try reader.array { try $0.diagnostic() }
                let sources = try reader.array { reader in
                    (try reader.string(), SourceRecord(hash: try reader.uint64(), stamp: try reader.bool() ? try reader.stamp() : nil,
                                                       stored: try reader.bool() ? try reader.storedRecord() : nil))
                }
                guard reader.isAtEnd else { return .damaged("it has bytes past its end") }
                let store = SourceStore.open(at: storePath, identity: storeIdentity, length: storeLength)
                var manifest = BuildManifest(buildKey: buildKey, settingsFingerprint: settings, inputsFingerprint: inputs,
                                             readStart: readStart, sources: [:],
                                             sourceRecords: Dictionary(sources, uniquingKeysWith: { first, _ in first }),
                                             store: store,
                                             outputs: Dictionary(outputs, uniquingKeysWith: { first, _ in first }), warnings: warnings)
                manifest.linkTargets = linkTargets
                if store == nil, sources.contains(where: { $0.1.stored != nil }) {
                    manifest.notes.append("the parsed sources kept beside the output (\(storePath)) are missing or damaged; every source is parsed again")
                }
                if manifest.outputs.count == outputs.count, manifest.sourceRecords.count == sources.count {
                    manifest.pathOrder = (outputs.map { $0.0 }, sources.map { $0.0 })
                }
                return .usable(manifest)
            } catch {
                return .damaged("it ends before its last record")
            }
        }
    }

    /// Keeps the parses in the store at `storePath` (appending those not already in it), then
    /// writes the manifest atomically (a temporary file renamed over the old one): a build
    /// killed at any point leaves the previous manifest or none, never half of one, and a
    /// manifest never points at store bytes that were not written before it.
    func write(to path: String, storeAt storePath: String) throws {
        let saved = try freshStore?.putInPlace() ?? saveStore(at: storePath)
        try write(to: path, store: saved)
    }

    /// Appends the sources parsed anew to the store (or writes a fresh one): see `SourceStore.save`.
    private func saveStore(at storePath: String) throws -> (identity: UInt64, length: Int, records: [String: StoredRecord]) {
        var kept: [String: StoredRecord] = [:]
        var fresh: [ParsedSource] = []
        for path in Self.sortedPaths(sourceRecords, listed: pathOrder?.sources) {
            if store != nil, let stored = sourceRecords[path]?.stored {
                kept[path] = stored
            } else if let source = parsed[path] {
                fresh.append(source)
            }
        }
        return try SourceStore.save(at: storePath, previous: store, kept: kept, fresh: fresh)
    }

    private func write(to path: String, store saved: (identity: UInt64, length: Int, records: [String: StoredRecord])) throws {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(buildKey)
        writer.write(settingsFingerprint)
        writer.write(inputsFingerprint)
        writer.write(Int(readStart))
        writer.write(linkTargets)
        writer.write(saved.identity)
        writer.write(saved.length)
        writer.write(Self.sortedPaths(outputs, listed: pathOrder?.outputs)) { writer, path in
            let record = outputs[path]!
            writer.write(path)
            writer.write(record.fingerprint)
            writer.write(record.contentHash)
            writer.write(record.size)
            writer.write(record.stamp != nil)
            if let stamp = record.stamp { writer.write(stamp) }
            writer.write(record.contextKey)
        }
        writer.write(warnings) { $0.write($1) }
        writer.write(Self.sortedPaths(sourceRecords, listed: pathOrder?.sources)) { writer, path in
            let record = sourceRecords[path]!
            writer.write(path)
            writer.write(record.hash)
            writer.write(record.stamp != nil)
            if let stamp = record.stamp { writer.write(stamp) }
            let stored = saved.records[path]
            writer.write(stored != nil)
            if let stored { writer.write(stored) }
        }
        let temporary = path + ".drover-new"
        try writer.bytes.withUnsafeBytes { try FileIO.write($0, to: temporary) }
        try FileIO.move(temporary, over: path)
    }

    static func remove(at path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension ByteWriter {
    mutating func write(_ stamp: FileStamp) {
        write(stamp.device)
        write(stamp.inode)
        write(Int(stamp.size))
        write(Int(stamp.modified))
        write(Int(stamp.changed))
    }

    mutating func write(_ record: StoredRecord) {
        write(record.offset)
        write(record.length)
        write(record.checksum)
    }
}

extension ByteReader {
    mutating func stamp() throws -> FileStamp {
        FileStamp(device: try uint64(), inode: try uint64(), size: Int64(try int()), modified: Int64(try int()), changed: Int64(try int()))
    }

    mutating func storedRecord() throws -> StoredRecord {
        StoredRecord(offset: try int(), length: try int(), checksum: try uint64())
    }
}
