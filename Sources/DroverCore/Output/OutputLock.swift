import Foundation
import SystemPackage

/// One build at a time per output folder: two builds into the same `site/` would interleave
/// their staging folders, files and manifest.
///
/// An advisory lock (flock(2)) on `.NAME.drover-lock` beside the output, which the kernel
/// releases when the process ends, however it ends: a killed build never leaves a stale lock.
/// The file holds the holder's process id, so the one that waits can say whom it waits for.
///
/// The holder removes the file when it is done, so a build (a failed one above all, which
/// promises to change nothing) leaves no lock file behind. A waiter may then hold a lock on a
/// file no longer in the folder; it sees that the path names another file, or none, and
/// takes the lock again on the path as it is now, so two builds never both hold it.
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
        descriptor = try await Self.acquire(path, waiting: waiting)
        let pid = Array("\(ProcessInfo.processInfo.processIdentifier)\n".utf8)
        _ = try? descriptor.resize(to: 0)
        _ = try? descriptor.writeAll(toAbsoluteOffset: 0, pid)
    }

    /// The lock file at `path`, opened and locked. The wait polls and sleeps rather than
    /// blocking in flock(2), so it never holds a thread of the cooperative pool.
    private static func acquire(_ path: String, waiting: (_ holder: String) -> Void) async throws -> FileDescriptor {
        var toldWaiting = false
        while true {
            let candidate: FileDescriptor
            do {
                candidate = try FileDescriptor.open(FilePath(path), .readWrite, options: [.create],
                                                    permissions: [.ownerReadWrite, .groupRead, .otherRead])
            } catch {
                throw OutputFailure(path: path, reason: "cannot create the lock file: \(error)")
            }
            if flock(candidate.rawValue, LOCK_EX | LOCK_NB) != 0 {
                if !toldWaiting {
                    let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                    waiting(holder.flatMap { $0.isEmpty ? nil : "process \($0)" } ?? "another process")
                    toldWaiting = true
                }
                while flock(candidate.rawValue, LOCK_EX | LOCK_NB) != 0 {
                    guard errno == EWOULDBLOCK || errno == EINTR else {
                        try? candidate.close()
                        throw OutputFailure(path: path, reason: "cannot lock: \(String(cString: strerror(errno)))")
                    }
                    try? await Task.sleep(for: .milliseconds(20))
                }
            }
            // The holder before us removed the file on its way out: this lock is on a file no
            // other build can find. Start again on the path as it is now.
            if isStillAtPath(candidate, path) { return candidate }
            try? candidate.close()
        }
    }

    /// Whether `descriptor` is the file `path` names now (same device and inode).
    private static func isStillAtPath(_ descriptor: FileDescriptor, _ path: String) -> Bool {
        var open = stat(), named = stat()
        guard fstat(descriptor.rawValue, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    deinit {
        // Removed while still held: whoever opens the path from now on makes a new file.
        unlink(path)
        _ = flock(descriptor.rawValue, LOCK_UN)
        try? descriptor.close()
    }
}
