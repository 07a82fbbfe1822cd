import Foundation

/// The compact text encodings of the index, decoded by theme/static/search.js. Text, not
/// binary, so every file is JSON that gzip squeezes well and a person can still read.
enum Alphabet64 {
    /// Digits 0…63; none needs escaping in JSON or in a URL.
    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)
    static let values: [UInt8: Int] = Dictionary(uniqueKeysWithValues: digits.enumerated().map { ($1, $0) })
}

/// A sorted list of entry numbers as gaps (first number, then each difference minus one), each
/// gap in 5-bit groups, low group first: digits 32…63 say "more follows", 0…31 end a number.
/// A dense list costs about one character per entry.
enum Postings {
    static func encode(_ ids: [Int]) -> String {
        var bytes: [UInt8] = []
        var previous = -1
        for id in ids {
            var gap = id - previous - 1
            previous = id
            while gap >= 32 {
                bytes.append(Alphabet64.digits[32 + (gap & 31)])
                gap >>= 5
            }
            bytes.append(Alphabet64.digits[gap])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Nil when the text is not a valid encoding.
    static func decode(_ text: String) -> [Int]? {
        var ids: [Int] = []
        var previous = -1
        var gap = 0
        var shift = 0
        for byte in text.utf8 {
            guard let digit = Alphabet64.values[byte] else { return nil }
            gap |= (digit & 31) << shift
            if digit >= 32 {
                shift += 5
            } else {
                previous += gap + 1
                ids.append(previous)
                gap = 0
                shift = 0
            }
        }
        return shift == 0 ? ids : nil
    }
}

/// One value per entry: 0 for none, else a position in the filter's values plus one, as one
/// digit each when fewer than 64, else two (high digit first).
enum FacetColumn {
    static func width(valueCount: Int) -> Int { valueCount < 64 ? 1 : 2 }

    static func encode(_ values: [Int], valueCount: Int) -> String {
        var bytes: [UInt8] = []
        let wide = width(valueCount: valueCount) == 2
        for value in values {
            if wide { bytes.append(Alphabet64.digits[value >> 6]) }
            bytes.append(Alphabet64.digits[value & 63])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The index's JSON: compact, keys sorted, so the bytes are the same in every build.
enum IndexJSON {
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is strings, numbers and arrays of them: encoding cannot fail.
        return Array((try? encoder.encode(value)) ?? Data("null".utf8))
    }
}
