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
    var sources: [String: ParsedSource]
    var outputs: [String: OutputRecord]
    var warnings: [Diagnostic]

    private static let magic = "drover-manifest-1"

    static func path(forOutput output: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return (parent.isEmpty ? "" : parent + "/") + ".\((output as NSString).lastPathComponent).drover-manifest"
    }

    /// The manifest at `path` if it is whole and written for `buildKey`.
    static func read(at path: String, buildKey: String) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var reader = ByteReader([UInt8](data))
        do {
            guard try reader.string() == magic, try reader.string() == buildKey else { return nil }
            let settings = try reader.uint64()
            let inputs = try reader.uint64()
            let sources = try reader.array { try $0.parsedSource() }
            let outputs = try reader.array { reader in
                (try reader.string(), OutputRecord(fingerprint: try reader.uint64(), contentHash: try reader.uint64(), size: try reader.int()))
            }
            let warnings = try reader.array { try $0.diagnostic() }
            guard reader.isAtEnd else { return nil }
            return BuildManifest(buildKey: buildKey, settingsFingerprint: settings, inputsFingerprint: inputs,
                                 sources: Dictionary(sources.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first }),
                                 outputs: Dictionary(outputs, uniquingKeysWith: { first, _ in first }), warnings: warnings)
        } catch {
            return nil
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
        writer.write(sources.keys.sorted().map { sources[$0]! }) { $0.write($1) }
        writer.write(outputs.keys.sorted()) { writer, path in
            let record = outputs[path]!
            writer.write(path)
            writer.write(record.fingerprint)
            writer.write(record.contentHash)
            writer.write(record.size)
        }
        writer.write(warnings) { $0.write($1) }
        let temporary = path + ".drover-new"
        try writer.bytes.withUnsafeBytes { try FileIO.write($0, to: temporary) }
        try FileIO.move(temporary, over: path)
    }

    static func remove(at path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
