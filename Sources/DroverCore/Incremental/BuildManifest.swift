import Foundation

/// What a successful build leaves beside its output (`.NAME.drover-manifest`, next to `site/`)
/// so that the next build can keep its work:
/// - every source's hash and what parsing it gave, reused while the file and the settings are unchanged;
/// - every output's fingerprint (the hash of everything its bytes are made from) and content hash,
///   so only outputs whose inputs changed are rendered, and only files whose bytes changed are written;
/// - the fingerprint of all inputs together, so a build where nothing changed stops after reading;
/// - the warnings of that build, which a build that does nothing prints again.
///
/// A manifest that is missing, unreadable, corrupt, from another Drover version or for other
/// build options means a clean build, never a wrong one.
///
/// The parsed sources, most of the file (every body's HTML), come last and are decoded only
/// when a build needs them: a build where nothing changed reads the header alone.
struct BuildManifest: Sendable {
    struct OutputRecord: Sendable, Equatable {
        /// Hash of the inputs the file was made from; 0 for files compared by content only.
        var fingerprint: UInt64
        var contentHash: UInt64
        var size: Int
    }

    /// Drover's version and build options that change what is built from the same files.
    var buildKey: String
    /// Hash of site.yml, tags.yml and the --base-url: parsed bodies depend on them.
    var settingsFingerprint: UInt64
    /// Hash of every input (see `Build.inputsFingerprint`).
    var inputsFingerprint: UInt64
    var outputs: [String: OutputRecord]
    var warnings: [Diagnostic]
    private var storedSources: StoredSources

    private enum StoredSources: Sendable {
        case decoded([String: ParsedSource])
        /// A manifest read from disk (memory-mapped) and where its sources section starts,
        /// decoded on demand.
        case encoded(Data, offset: Int)
    }

    init(buildKey: String, settingsFingerprint: UInt64, inputsFingerprint: UInt64, sources: [String: ParsedSource],
         outputs: [String: OutputRecord], warnings: [Diagnostic]) {
        self.buildKey = buildKey
        self.settingsFingerprint = settingsFingerprint
        self.inputsFingerprint = inputsFingerprint
        self.outputs = outputs
        self.warnings = warnings
        storedSources = .decoded(sources)
    }

    /// The parsed sources by source path; empty when the stored ones are damaged (the build then
    /// parses everything, which is correct, only slower).
    func sources() -> [String: ParsedSource] {
        switch storedSources {
        case .decoded(let sources): return sources
        case .encoded(let data, let offset):
            let decoded = data.withUnsafeBytes { bytes -> [ParsedSource]? in
                var reader = ByteReader(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
                guard let sources = try? reader.array({ try $0.parsedSource() }), reader.isAtEnd else { return nil }
                return sources
            }
            return Dictionary((decoded ?? []).map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private static let magic = "drover-manifest-4"

    static func path(forOutput output: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".\((output as NSString).lastPathComponent).drover-manifest"
    }

    /// The manifest at `path` if it is whole and written for `buildKey`.
    static func read(at path: String, buildKey: String) -> BuildManifest? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes -> BuildManifest? in
            var reader = ByteReader(bytes)
            do {
                guard try reader.string() == magic, try reader.string() == buildKey else { return nil }
                let settings = try reader.uint64()
                let inputs = try reader.uint64()
                let outputs = try reader.array { reader in
                    (try reader.string(), OutputRecord(fingerprint: try reader.uint64(), contentHash: try reader.uint64(), size: try reader.int()))
                }
                let warnings = try reader.array { try $0.diagnostic() }
                let sourcesLength = try reader.int()
                guard sourcesLength >= 0, reader.offset + sourcesLength == bytes.count else { return nil }
                var manifest = BuildManifest(buildKey: buildKey, settingsFingerprint: settings, inputsFingerprint: inputs, sources: [:],
                                             outputs: Dictionary(outputs, uniquingKeysWith: { first, _ in first }), warnings: warnings)
                manifest.storedSources = .encoded(data, offset: reader.offset)
                return manifest
            } catch {
                return nil
            }
        }
    }

    /// Writes the manifest atomically (a temporary file renamed over the old one), so a build
    /// killed while writing it leaves the previous manifest or none, never half of one.
    func write(to path: String) throws {
        var writer = ByteWriter()
        writer.write(Self.magic)
        writer.write(buildKey)
        writer.write(settingsFingerprint)
        writer.write(inputsFingerprint)
        writer.write(outputs.keys.sorted()) { writer, path in
            let record = outputs[path]!
            writer.write(path)
            writer.write(record.fingerprint)
            writer.write(record.contentHash)
            writer.write(record.size)
        }
        writer.write(warnings) { $0.write($1) }
        var sourcesSection = ByteWriter()
        let sources = sources()
        sourcesSection.write(sources.keys.sorted().map { sources[$0]! }) { $0.write($1) }
        writer.write(sourcesSection.bytes.count)
        var bytes = writer.bytes
        bytes.append(contentsOf: sourcesSection.bytes)
        let temporary = path + ".drover-new"
        try bytes.withUnsafeBytes { try FileIO.write($0, to: temporary) }
        try FileIO.move(temporary, over: path)
    }

    static func remove(at path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
