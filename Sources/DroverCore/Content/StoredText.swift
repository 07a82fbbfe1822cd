import Foundation

/// Text that is either a `String` or still the UTF-8 bytes it was stored as: a slice of the
/// source store's bytes, made into a `String` only when something reads it.
///
/// An incremental build reuses 10,000 parses and reads the big texts of a handful (the HTML of
/// the pages it renders, the excerpts of the cards it lists); decoding every text of every
/// record was most of an edit build's work. The bytes are trusted as UTF-8 because they are
/// those of a record whose checksum matched, i.e. the bytes a `String` wrote (see `SourceStore`).
struct StoredText: Sendable {
    private enum Storage: Sendable {
        case text(String)
        case utf8(Data)
        /// Written to a file a clean build keeps beside its output (`BodySpill`, in Parse/).
        case spilled(any SpilledTexts, offset: Int, length: Int)
    }

    private var storage: Storage

    init(_ text: String) {
        storage = .text(text)
    }

    /// Bytes known to be UTF-8: those of a verified source-store record.
    init(utf8 bytes: Data) {
        storage = .utf8(bytes)
    }

    /// Text `spill` holds.
    init(spilledIn spill: any SpilledTexts, offset: Int, length: Int) {
        storage = .spilled(spill, offset: offset, length: length)
    }

    /// The text, decoded again on every read when it is kept as bytes.
    var string: String {
        switch storage {
        case .text(let text): text
        case .utf8(let bytes): bytes.withUnsafeBytes { String(decoding: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
        case .spilled(let spill, let offset, let length): String(decoding: spill.read(offset: offset, length: length), as: UTF8.self)
        }
    }

    /// Whether the text is in a spill file rather than in memory.
    var isSpilled: Bool {
        if case .spilled = storage { true } else { false }
    }

    var isUndecoded: Bool {
        if case .utf8 = storage { true } else { false }
    }

    /// The text's UTF-8 bytes, without making a `String` of them when they are kept as bytes.
    func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .utf8(let bytes): try bytes.withUnsafeBytes(body)
        case .spilled(let spill, let offset, let length): try spill.read(offset: offset, length: length).withUnsafeBytes(body)
        }
    }
}

/// Where a clean build keeps texts it does not hold in memory (the parse stage's `BodySpill`):
/// the model reads them back through this, knowing nothing of the stage that wrote them.
protocol SpilledTexts: AnyObject, Sendable {
    /// The `length` bytes written at `offset`.
    func read(offset: Int, length: Int) -> [UInt8]
}
