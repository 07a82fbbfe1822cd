import Foundation
import SystemPackage

/// One build at a time per output folder: two builds into the same `site/` would interleave
/// their staging folders, files and manifest.
///
/// An advisory lock (flock(2)) on `.NAME.drover-lock` beside the output, which the kernel
/// releases when the process ends, however it ends: a killed build never leaves a stale lock.
/// The file holds the holder's process id, so the one that waits can say whom it waits for.
final class OutputLock: Sendable {
    let path: String
    private let descriptor: FileDescriptor

    /// Takes the lock, waiting for another build that holds it; `waiting` is told the other
    /// process's id before the wait starts. The wait polls and sleeps rather than blocking in
    /// flock(2), so it never holds a thread of the cooperative pool.
    init(output: String, waiting: (_ holder: String) -> Void) async throws {
        let parent = (output as NSString).deletingLastPathComponent
        path = (parent.isEmpty ? "" : parent + "/") + ".\((output as NSString).lastPathComponent).drover-lock"
        if !parent.isEmpty { try FileIO.makeDirectory(parent) }
        do {
            descriptor = try FileDescriptor.open(FilePath(path), .readWrite, options: [.create],
                                                 permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw OutputFailure(path: path, reason: "cannot create the lock file: \(error)")
        }
        if flock(descriptor.rawValue, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            waiting(holder.flatMap { $0.isEmpty ? nil : "process \($0)" } ?? "another process")
            while flock(descriptor.rawValue, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else {
                    try? descriptor.close()
                    throw OutputFailure(path: path, reason: "cannot lock: \(String(cString: strerror(errno)))")
                }
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
        let pid = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
        _ = try? descriptor.resize(to: 0)
        _ = try? descriptor.writeAll(toAbsoluteOffset: 0, pid)
    }

    deinit {
        _ = flock(descriptor.rawValue, LOCK_UN)
        try? descriptor.close()
    }
}
