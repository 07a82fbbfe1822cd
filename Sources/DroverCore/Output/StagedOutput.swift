import Foundation
import Synchronization

/// Writes a whole site into a staging folder beside the output and swaps it in at the end: the
/// clean build's writer.
///
/// A failed build never touches the output: until `commit()`, everything happens in the
/// staging folder, which `discard()` removes. Files whose bytes did not change are hard-linked
/// from the previous output instead of written, so their modification times survive (rsync
/// and caches skip them) and the disk, the slowest part of a build, does less work.
final class StagedOutput: OutputSink {
    let target: String
    let staging: String
    private let backup: String
    /// Whether an output folder was there to link unchanged files from: a build into a new
    /// folder skips looking for a previous copy of each of its files.
    private let hasPrevious: Bool
    private struct State {
        var createdDirectories: Set<String> = [""]
        var written = 0
        var unchanged = 0
    }
    private let state = Mutex(State())

    var writtenCount: Int { state.withLock { $0.written } }
    var unchangedCount: Int { state.withLock { $0.unchanged } }

    init(target: String) throws {
        self.target = target
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let prefix = parent.isEmpty ? "" : parent + "/"
        staging = prefix + ".\(name).drover-staging"
        backup = prefix + ".\(name).drover-previous"
        let fileManager = FileManager.default
        // Leftovers of a build that was killed half-way (the output lock says no other build runs).
        try? fileManager.removeItem(atPath: staging)
        try? fileManager.removeItem(atPath: backup)
        var isDirectory: ObjCBool = false
        hasPrevious = fileManager.fileExists(atPath: target, isDirectory: &isDirectory)
        if hasPrevious, !isDirectory.boolValue {
            throw OutputFailure(path: target, reason: "the output path exists and is not a folder")
        }
        try FileIO.makeDirectory(staging)
    }

    func write(_ bytes: [UInt8], hash: UInt64, to path: String) throws {
        try ensureDirectory(of: path)
        let destination = staging + "/" + path
        let previous = target + "/" + path
        if hasPrevious, bytes.withUnsafeBytes({ FileIO.file(at: previous, equals: $0) }), link(previous, destination) == 0 {
            state.withLock { $0.unchanged += 1 }
            return
        }
        try bytes.withUnsafeBytes { try FileIO.write($0, to: destination) }
        state.withLock { $0.written += 1 }
    }

    private func ensureDirectory(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = String(path[..<slash])
        if state.withLock({ $0.createdDirectories.contains(directory) }) { return }
        try FileIO.makeDirectory(staging + "/" + directory)
        state.withLock { _ = $0.createdDirectories.insert(directory) }
    }

    /// Swaps the staging folder in. The previous output is moved aside first and restored
    /// if the swap fails, so the output folder is always either the old site or the new one.
    func commit() async throws {
        let hadPrevious = FileManager.default.fileExists(atPath: target)
        if hadPrevious {
            guard rename(target, backup) == 0 else {
                throw OutputFailure(path: target, reason: "cannot move the previous site aside: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(backup, target) }
            throw OutputFailure(path: target, reason: "cannot move the new site in place: \(reason)")
        }
        if hadPrevious { await Self.remove(backup) }
    }

    /// Removes a folder tree, its top-level subtrees in parallel: on a large site, unlinking
    /// the previous build's files is a second's work that two cores halve.
    private static func remove(_ folder: String) async {
        let children = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        _ = await concurrentMap(children.count, chunk: 1) { index in
            try? FileManager.default.removeItem(atPath: folder + "/" + children[index])
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
