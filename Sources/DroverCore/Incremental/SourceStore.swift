import Foundation
import Synchronization
import SystemPackage

/// Where one parsed source sits in the store, and the hash of its bytes.
struct StoredRecord: Sendable, Equatable {
    var offset: Int
    var length: Int
    var checksum: UInt64
}

/// The parsed sources of the builds into one output folder (`.NAME.drover-sources`, beside the
/// manifest): most of what a build keeps (every body's HTML), in a file that only grows.
///
/// An incremental build appends the records of the sources it parsed anew and leaves the old
/// bytes alone; the manifest says which records are live, where they are and their checksums.
/// A clean build, or one that finds more dead bytes than live ones, writes a fresh store (a new
/// file renamed over the old one) with a new identity, so a manifest never reads another store's
/// records: the identity is in the store's header and in the manifest.
///
/// Appending never changes bytes a manifest points at, so a build killed while appending leaves
/// the previous manifest's records whole.
struct SourceStore: Sendable {
    let identity: UInt64
    /// The file, read into memory when a record is first wanted: a build where nothing changed
    /// never reads it. Read rather than memory-mapped: a store truncated or replaced under a
    /// mapping would end the process with SIGBUS when a page is touched, and an edit build reads
    /// every record anyway (to check its checksum).
    private let file: StoreFile

    private static let magic = Array("drover-sources-3\n".utf8)
    static var headerLength: Int { magic.count + 8 }

    static func path(forOutput output: String) -> String {
        BuildManifest.besideOutput(output, kind: "sources")
    }

    /// The store at `path` if it is the one named by `identity` and holds at least `length`
    /// bytes (all a manifest written with it can point at); nil when it is missing or another.
    /// Only its header is read here.
    static func open(at path: String, identity: UInt64, length: Int) -> SourceStore? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= max(length, headerLength), (try? handle.seek(toOffset: 0)) != nil,
              let header = try? handle.read(upToCount: headerLength), Self.identity(of: header) == identity else { return nil }
        return SourceStore(identity: identity, file: StoreFile(path: path, identity: identity, length: length))
    }

    fileprivate static func identity(of header: Data) -> UInt64? {
        guard header.count >= headerLength, header.prefix(magic.count).elementsEqual(magic) else { return nil }
        return header.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self)) }
    }

    /// The parses `records` name, decoded on all cores. A record that lies outside the store,
    /// whose bytes do not match its checksum, that does not decode, or that is not the parse of
    /// the path and hash the manifest expects is left out: that source is parsed again.
    ///
    /// The large texts (bodies' HTML and excerpts, search words) stay slices of the store's bytes
    /// until read (`StoredText`). The checksum covers every byte of a record, so they are the
    /// bytes written.
    func parsedSources(_ records: [(path: String, hash: UInt64, record: StoredRecord)]) async -> [String: ParsedSource] {
        guard let data = file.data else { return [:] }
        let chunk = 256
        let chunks = (records.count + chunk - 1) / chunk
        let decoded = await concurrentMap(chunks, chunk: 1) { index -> [ParsedSource] in
            data.withUnsafeBytes { bytes in
                records[index * chunk..<min(records.count, (index + 1) * chunk)].compactMap { expected -> ParsedSource? in
                    let record = expected.record
                    guard record.offset >= Self.headerLength, record.length > 0, record.offset <= bytes.count - record.length else { return nil }
                    let slice = UnsafeRawBufferPointer(rebasing: bytes[record.offset..<record.offset + record.length])
                    guard StableHasher.hash(slice) == record.checksum else { return nil }
                    var reader = ByteReader(slice, in: data, at: record.offset)
                    guard let source = try? reader.parsedSource(), reader.isAtEnd,
                          source.sourcePath == expected.path, source.hash == expected.hash else { return nil }
                    return source
                }
            }
        }
        var sources: [String: ParsedSource] = [:]
        sources.reserveCapacity(records.count)
        for source in decoded.joined() { sources[source.sourcePath] = source }
        return sources
    }

    /// Keeps the parses of a build: `kept` are records already in `previous` (checked when they
    /// were decoded), `fresh` the sources parsed anew. Appends `fresh` to `previous` when that
    /// is still the file at `path` and its dead bytes would not outweigh the live ones; otherwise
    /// writes a fresh store with a new identity, renamed over the old one.
    ///
    /// Returns the store's identity, its length and where every record now is.
    static func save(at path: String, previous: SourceStore?, kept: [String: StoredRecord], fresh: [ParsedSource]) throws
        -> (identity: UInt64, length: Int, records: [String: StoredRecord]) {
        guard let previous else { return try stream(fresh, to: path) }
        var writer = ByteWriter()
        var placed: [(path: String, offset: Int, length: Int)] = []
        placed.reserveCapacity(fresh.count)
        for source in fresh {
            let start = writer.bytes.count
            writer.write(source)
            placed.append((source.sourcePath, start, writer.bytes.count - start))
        }
        let newBytes = writer.bytes
        let checksums = newBytes.withUnsafeBytes { bytes in
            placed.map { StableHasher.hash(UnsafeRawBufferPointer(rebasing: bytes[$0.offset..<$0.offset + $0.length])) }
        }
        let live = kept.values.reduce(newBytes.count) { $0 + $1.length }

        if let start = try previous.append(newBytes, at: path, keepingLive: live) {
            var records = kept
            for (index, record) in placed.enumerated() {
                records[record.path] = StoredRecord(offset: start + record.offset, length: record.length, checksum: checksums[index])
            }
            return (previous.identity, start + newBytes.count, records)
        }

        // A fresh store: the kept records copied from the previous one, then the new ones.
        guard let old = previous.file.data else { return try stream(fresh, to: path) }
        let identity = UInt64.random(in: 1...UInt64.max)
        var bytes = magic
        withUnsafeBytes(of: identity.littleEndian) { bytes.append(contentsOf: $0) }
        var records: [String: StoredRecord] = [:]
        records.reserveCapacity(kept.count + placed.count)
        old.withUnsafeBytes { old in
            for (path, record) in kept.sorted(by: { $0.value.offset < $1.value.offset }) {
                records[path] = StoredRecord(offset: bytes.count, length: record.length, checksum: record.checksum)
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: old[record.offset..<record.offset + record.length]))
            }
        }
        // The new records follow as they are: a clean build's are the whole store, tens of MB
        // at 10,000 entries, not worth a second copy in memory.
        let start = bytes.count
        for (index, record) in placed.enumerated() {
            records[record.path] = StoredRecord(offset: start + record.offset, length: record.length, checksum: checksums[index])
        }
        let temporary = path + ".drover-new"
        try bytes.withUnsafeBytes { head in
            try newBytes.withUnsafeBytes { try FileIO.write([head, $0], to: temporary) }
        }
        try FileIO.move(temporary, over: path)
        return (identity, start + newBytes.count, records)
    }

    /// A fresh store of `sources` alone (a clean build's), written record by record as they
    /// are encoded: at 10,000 entries the store is tens of MB, which need not sit in memory.
    private static func stream(_ sources: [ParsedSource], to path: String) throws
        -> (identity: UInt64, length: Int, records: [String: StoredRecord]) {
        try Fresh.write(sources, beside: path).putInPlace()
    }

    /// A clean build's store written ahead, into a file beside the store's place, while the
    /// stages after parsing run on the other core; `putInPlace()` renames it over the store when
    /// the site is in place, and `discard()` removes it when the build fails.
    struct Fresh: Sendable {
        let identity: UInt64
        let length: Int
        let records: [String: StoredRecord]
        let path: String
        let temporary: String

        /// Writes the records of `sources` (in path order, as `BuildManifest` keeps them) to a
        /// temporary file beside `path`.
        static func write(_ sources: [ParsedSource], beside path: String) throws -> Fresh {
            let identity = UInt64.random(in: 1...UInt64.max)
            var header = magic
            withUnsafeBytes(of: identity.littleEndian) { header.append(contentsOf: $0) }
            var records: [String: StoredRecord] = [:]
            records.reserveCapacity(sources.count)
            let temporary = path + ".drover-new"
            var length = header.count
            do {
                let file = try FileDescriptor.open(FilePath(temporary), .writeOnly, options: [.create, .truncate],
                                                   permissions: [.ownerReadWrite, .groupRead, .otherRead], retryOnInterrupt: true)
                try file.closeAfter {
                    _ = try header.withUnsafeBytes { try file.writeAll($0) }
                    // Records go out in chunks of about a megabyte: few writes, little memory.
                    var chunk = ByteWriter()
                    for (index, source) in sources.enumerated() {
                        let start = chunk.bytes.count
                        chunk.write(source)
                        let recordLength = chunk.bytes.count - start
                        let checksum = chunk.bytes.withUnsafeBytes { StableHasher.hash(UnsafeRawBufferPointer(rebasing: $0[start...])) }
                        records[source.sourcePath] = StoredRecord(offset: length + start, length: recordLength, checksum: checksum)
                        if chunk.bytes.count >= 1 << 20 || index == sources.count - 1 {
                            _ = try chunk.bytes.withUnsafeBytes { try file.writeAll($0) }
                            length += chunk.bytes.count
                            chunk = ByteWriter()
                        }
                    }
                }
            } catch let error as Errno {
                throw OutputFailure(path: temporary, reason: error.description)
            }
            return Fresh(identity: identity, length: length, records: records, path: path, temporary: temporary)
        }

        func putInPlace() throws -> (identity: UInt64, length: Int, records: [String: StoredRecord]) {
            try FileIO.move(temporary, over: path)
            return (identity, length, records)
        }

        func discard() {
            unlink(temporary)
        }
    }

    /// Appends `bytes` to this store's file, when the file at `path` is still this store and the
    /// store would not be mostly dead bytes afterwards (`live` bytes of records in use); returns
    /// where the bytes start, or nil when a fresh store should be written instead.
    private func append(_ bytes: [UInt8], at path: String, keepingLive live: Int) throws -> Int? {
        guard let descriptor = try? FileDescriptor.open(FilePath(path), .readWrite) else { return nil }
        return try descriptor.closeAfter { () throws -> Int? in
            var header = [UInt8](repeating: 0, count: Self.headerLength)
            let read = try header.withUnsafeMutableBytes { try descriptor.read(fromAbsoluteOffset: 0, into: $0) }
            guard read == Self.headerLength, Self.identity(of: Data(header)) == identity else { return nil }
            let end = Int(try descriptor.seek(offset: 0, from: .end))
            // Whatever lies past the records in use is dead: replaced parses, and the tail of an
            // append that a killed build left unfinished.
            guard end >= file.length, end + bytes.count - Self.headerLength - live <= live else { return nil }
            do {
                _ = try bytes.withUnsafeBytes { try descriptor.writeAll(toAbsoluteOffset: Int64(end), $0) }
            } catch let error as Errno {
                throw OutputFailure(path: path, reason: error.description)
            }
            return end
        }
    }
}

/// A store's file, read whole the first time a record is wanted, and checked again then: it
/// must still be the store the manifest named, at least as long as the manifest said.
private final class StoreFile: Sendable {
    let path: String
    let identity: UInt64
    let length: Int
    private let loaded = Mutex<Data??>(nil)

    init(path: String, identity: UInt64, length: Int) {
        self.path = path
        self.identity = identity
        self.length = length
    }

    /// The file's bytes; nil when it can no longer be read as that store.
    var data: Data? {
        loaded.withLock { loaded in
            if let data = loaded { return data }
            let data = FileManager.default.contents(atPath: path).flatMap { data in
                data.count >= max(length, SourceStore.headerLength) && SourceStore.identity(of: data) == identity ? data : nil
            }
            loaded = .some(data)
            return data
        }
    }
}
