import Foundation
import Synchronization

/// Replaces only the files of a site that changed: the incremental build's writer.
///
/// Each changed file is first written beside its old self as `NAME.drover-new`; nothing the
/// site serves changes until `commit()`, which renames every new file over the old one
/// (each rename atomic) and then deletes the files the site no longer has. A build that fails
/// before `commit()` removes its `.drover-new` files and leaves the site exactly as it was.
final class InPlaceOutput: OutputSink {
    static let pendingSuffix = ".drover-new"

    let target: String
    /// Content hashes of the files the previous build wrote: a file rendered again but with the
    /// same bytes is not written at all.
    private let previousHashes: [String: UInt64]
    private let stale: [String]
    private struct State {
        var pending: [String] = []
        /// Folders known to exist, and those of them this build created (removed again on discard).
        var knownDirectories: Set<String> = []
        var createdDirectories: [String] = []
        var written = 0
        var unchanged = 0
    }
    private let state = Mutex(State())

    var writtenCount: Int { state.withLock { $0.written } }
    var unchangedCount: Int { state.withLock { $0.unchanged } }

    /// - Parameters:
    ///   - previousHashes: site path → content hash of each file as the previous build left it.
    ///   - stale: files of the previous build the new one does not have, deleted on commit.
    init(target: String, previousHashes: [String: UInt64], stale: [String]) {
        self.target = target
        self.previousHashes = previousHashes
        self.stale = stale
    }

    func write(_ bytes: [UInt8], hash: UInt64, to path: String) throws {
        let destination = target + "/" + path
        if previousHashes[path] == hash, FileIO.size(of: destination) == bytes.count {
            state.withLock { $0.unchanged += 1 }
            return
        }
        try ensureDirectory(of: path)
        try bytes.withUnsafeBytes { try FileIO.write($0, to: destination + Self.pendingSuffix) }
        state.withLock {
            $0.pending.append(path)
            $0.written += 1
        }
    }

    private func ensureDirectory(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = String(path[..<slash])
        if state.withLock({ $0.knownDirectories.contains(directory) }) { return }
        try ensureDirectory(of: directory)
        var isFolder: ObjCBool = false
        let existed = FileManager.default.fileExists(atPath: target + "/" + directory, isDirectory: &isFolder) && isFolder.boolValue
        if !existed { try FileIO.makeDirectory(target + "/" + directory) }
        state.withLock {
            if $0.knownDirectories.insert(directory).inserted && !existed { $0.createdDirectories.append(directory) }
        }
    }

    func commit() async throws {
        let pending = state.withLock { $0.pending }.sorted()
        for path in pending {
            try FileIO.move(target + "/" + path + Self.pendingSuffix, over: target + "/" + path)
        }
        let fileManager = FileManager.default
        for path in stale {
            try? fileManager.removeItem(atPath: target + "/" + path)
        }
        // Folders the stale files leave empty go too (a deleted entry's page folder), deepest first.
        let folders = Set(stale.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } })
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            var current = folder
            while !current.isEmpty, (try? fileManager.contentsOfDirectory(atPath: target + "/" + current))?.isEmpty == true {
                try? fileManager.removeItem(atPath: target + "/" + current)
                current = current.lastIndex(of: "/").map { String(current[..<$0]) } ?? ""
            }
        }
    }

    func discard() {
        let (pending, created) = state.withLock { ($0.pending, $0.createdDirectories) }
        for path in pending {
            try? FileManager.default.removeItem(atPath: target + "/" + path + Self.pendingSuffix)
        }
        for directory in created.sorted(by: { $0.count > $1.count }) {
            try? FileManager.default.removeItem(atPath: target + "/" + directory)
        }
    }
}
