/// Accumulates text with every run of ASCII whitespace collapsed to one space
/// and none at either end: the shape excerpts and feed summaries want.
///
/// It works on UTF-8 bytes straight from cmark's literals so a document's
/// plain text costs one copy of its text, not one `String` per node.
struct CollapsedText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a NUL-terminated UTF-8 string, as cmark returns literals.
    mutating func append(cString: UnsafePointer<CChar>) {
        cString.withMemoryRebound(to: UInt8.self, capacity: 1) { pointer in
            var cursor = pointer
            while cursor.pointee != 0 {
                append(byte: cursor.pointee)
                cursor += 1
            }
        }
    }

    /// Separates what comes next from what came before (a line break, or the
    /// boundary between two blocks), without doubling spaces.
    mutating func appendSpace() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// How many bytes the text has so far: whether a heading added any.
    var count: Int { bytes.count }

    /// Closes a heading as a sentence of its own, so an excerpt reads "…executors work.
    /// Executors. Tokio and friends." and not "…executors work. Executors Tokio and friends.":
    /// a full stop, unless the heading already ends with punctuation that closes a sentence
    /// or a clause.
    mutating func endSentence() {
        guard let last = bytes.last else { return }
        if Self.closingPunctuation.contains(last) || bytes.suffix(3).elementsEqual(Self.ellipsis) { return }
        bytes.append(UInt8(ascii: "."))
    }

    private static let closingPunctuation: Set<UInt8> = Set(".!?:;".utf8)
    private static let ellipsis = Array("…".utf8)

    private mutating func append(byte: UInt8) {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
            appendSpace()
        default:
            if pendingSpace {
                bytes.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            bytes.append(byte)
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
