import CStemmer

/// One Snowball stemmer from libstemmer (Debian's libstemmer-dev), owning its C object.
///
/// Snowball keeps the word being stemmed inside the stemmer, so one must never be used by two
/// threads at once. The type is deliberately not `Sendable`: each task that stems makes its own
/// (creating one is cheap), and the compiler refuses to share it.
final class SnowballStemmer {
    enum Algorithm: String {
        case russian, english
    }

    private let stemmer: OpaquePointer

    /// Nil only when libstemmer lacks the algorithm or memory ran out.
    init?(_ algorithm: Algorithm) {
        guard let stemmer = sb_stemmer_new(algorithm.rawValue, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of one lowercase word. The word itself when libstemmer fails (out of memory).
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
