/// Where the render stage puts the site's files. The two kinds: `StagedOutput` builds a whole
/// new site beside the old one and swaps it in (a clean build); `InPlaceOutput` replaces only
/// the files that changed (an incremental build). Both leave the previous site as it was when
/// the build fails before `commit()`.
protocol OutputSink: Sendable {
    /// Writes one file, `path` relative to the site root; `hash` is `StableHasher.hash` of its
    /// bytes, which the caller has made already. Safe to call from many tasks at once.
    func write(_ bytes: [UInt8], hash: UInt64, to path: String) throws
    /// Makes everything written visible at once, as far as the file system allows.
    func commit() async throws
    /// Forgets everything written; the previous site stays as it was.
    func discard()
    var writtenCount: Int { get }
    var unchangedCount: Int { get }
}

extension OutputSink {
    func write(_ text: String, to path: String) throws {
        let bytes = Array(text.utf8)
        try write(bytes, hash: bytes.withUnsafeBytes(StableHasher.hash), to: path)
    }
}

/// A write that failed, naming the file and why.
struct OutputFailure: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}
