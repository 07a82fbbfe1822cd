/// A 64-bit hash that is the same in every process and on every run, unlike Swift's `Hasher`
/// (seeded per process): the incremental build compares today's fingerprints with those a
/// previous process stored.
///
/// It detects change, it does not resist attack: an author who wanted two different inputs to
/// collide would only fool their own build. Eight bytes are mixed per step, which keeps hashing
/// every source and every page context of a 50,000-entry site in the tens of milliseconds.
struct StableHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* Self.multiplier
        state ^= state >> 29
    }

    mutating func combine(_ value: UInt64) { mix(value) }
    mutating func combine(_ value: Int64) { mix(UInt64(bitPattern: value)) }
    mutating func combine(_ value: UInt8) { mix(UInt64(value) | 0x100) }

    /// The length first, so "ab" + "c" and "a" + "bc" differ.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
    }

    /// The hash, with a final avalanche so that nearby inputs land far apart.
    var value: UInt64 {
        var h = state
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The hash of a whole buffer (a source file, a page, a stored record): four independent
    /// lanes of 8 bytes each, so the processor mixes them in parallel; at 10,000 entries the
    /// build hashes tens of MB of records and pages.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard bytes.count >= 64 else {
            var hasher = StableHasher()
            hasher.combine(bytes: bytes)
            return hasher.value
        }
        var lanes = (StableHasher(), StableHasher(), StableHasher(), StableHasher())
        lanes.1.mix(1)
        lanes.2.mix(2)
        lanes.3.mix(3)
        var offset = 0
        while offset + 32 <= bytes.count {
            lanes.0.mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1.mix(bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2.mix(bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3.mix(bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var hasher = StableHasher()
        hasher.combine(lanes.0.value)
        hasher.combine(lanes.1.value)
        hasher.combine(lanes.2.value)
        hasher.combine(lanes.3.value)
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
        hasher.combine(Int64(bytes.count))
        return hasher.value
    }
}
