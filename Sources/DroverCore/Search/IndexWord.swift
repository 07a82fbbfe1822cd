/// A normalised word as its UTF-8 bytes, a slice of a buffer of words joined by spaces.
///
/// Words are composed (NFC) and folded when they are cut (`SearchText`), so two words are the
/// same word exactly when their bytes are equal: comparing and hashing bytes gives the same sets
/// as `String` would, without its Unicode-aware hashing, which a build's hundreds of thousands of
/// words would otherwise pay for.
struct IndexWord: Hashable, Sendable {
    let bytes: ArraySlice<UInt8>

    static func == (left: IndexWord, right: IndexWord) -> Bool {
        left.bytes.count == right.bytes.count && left.bytes.elementsEqual(right.bytes)
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The words of a buffer of words joined by single spaces.
    static func words(in joined: [UInt8]) -> [IndexWord] {
        var words: [IndexWord] = []
        forEach(in: joined) { words.append($0) }
        return words
    }

    /// Calls `body` with each word of a buffer of words joined by single spaces, in order,
    /// without an array of them.
    static func forEach(in joined: [UInt8], _ body: (IndexWord) -> Void) {
        var start = 0
        for index in joined.indices where joined[index] == 0x20 {
            if index > start { body(IndexWord(bytes: joined[start..<index])) }
            start = index + 1
        }
        if start < joined.count { body(IndexWord(bytes: joined[start...])) }
    }

    /// Words joined by single spaces.
    static func joined(_ words: [IndexWord]) -> [UInt8] {
        var bytes: [UInt8] = []
        for word in words {
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes += word.bytes
        }
        return bytes
    }

    /// Byte order, which for UTF-8 is code point order: what the browser's sorted shards expect.
    static func inByteOrder(_ left: IndexWord, _ right: IndexWord) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }
}
