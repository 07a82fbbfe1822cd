import Foundation

/// A compact binary form for what the manifest keeps between builds.
///
/// Hand-written rather than Codable + JSON: the manifest of a 50,000-entry site holds every
/// parsed body, and an incremental build must read it in a few tens of milliseconds. Every
/// read is checked, so a truncated or corrupt file decodes to nil (and a clean build), never
/// to a crash or to wrong values that look right.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// Bytes written as a string is (their count, then them), for text already in UTF-8.
    mutating func write(utf8 text: UnsafeRawBufferPointer) {
        write(text.count)
        bytes.append(contentsOf: text)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write<T>(_ values: [T], _ element: (inout ByteWriter, T) -> Void) {
        write(values.count)
        for value in values { element(&self, value) }
    }
}

struct ByteReader {
    struct Corrupt: Error {}

    /// Valid only inside the `withUnsafeBytes` that made it: a reader never outlives its bytes.
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// The `Data` that `bytes` are part of, from `backingOffset` on: what `stringSlice` hands
    /// out, so a large string can stay undecoded in it (see `StoredText`).
    private let backing: Data?
    private let backingOffset: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        backing = nil
        backingOffset = 0
    }

    /// A reader of `bytes`, which are `data`'s bytes from `offset` on.
    init(_ bytes: UnsafeRawBufferPointer, in data: Data, at offset: Int) {
        self.bytes = bytes
        backing = data
        backingOffset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func uint64() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Corrupt() }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func int() throws -> Int { Int(Int64(bitPattern: try uint64())) }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, offset + count <= bytes.count else { throw Corrupt() }
        defer { offset += count }
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        else { throw Corrupt() }
        return text
    }

    /// The bytes of a string left undecoded, as a slice of the backing `Data`; nil, and nothing
    /// read, when the reader has none (then `string()` reads it).
    mutating func stringSlice() throws -> Data? {
        guard let backing else { return nil }
        let count = try int()
        guard count >= 0, offset + count <= bytes.count else { throw Corrupt() }
        defer { offset += count }
        let start = backing.startIndex + backingOffset + offset
        return backing[start..<start + count]
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func array<T>(_ element: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try int()
        // Each element takes at least one byte: a larger count is corruption, not a huge allocation.
        guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}
