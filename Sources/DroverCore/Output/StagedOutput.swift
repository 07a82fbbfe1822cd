import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a site into a staging folder beside the output and swaps it in at the end.
///
/// A failed build never touches the output: until `commit()`, everything happens in the
/// staging folder, which `discard()` removes. Files whose bytes did not change are hard-linked
/// from the previous output instead of written, so their modification times survive (rsync
/// and caches skip them) and the disk, the slowest part of a build, does less work.
final class StagedOutput: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    let target: String
    let staging: String
    private let backup: String
    private let lock = NSLock()
    private var createdDirectories: Set<String> = [""]
    private var counts = (written: 0, unchanged: 0)

    var writtenCount: Int { lock.withLock { counts.written } }
    var unchangedCount: Int { lock.withLock { counts.unchanged } }

    init(target given: String) throws {
        let target = given.count > 1 && given.hasSuffix("/") ? String(given.dropLast()) : given
        self.target = target
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let prefix = parent.isEmpty ? "" : parent + "/"
        staging = prefix + ".\(name).drover-staging"
        backup = prefix + ".\(name).drover-previous"
        let fileManager = FileManager.default
        // Leftovers of a build that was killed half-way.
        try? fileManager.removeItem(atPath: staging)
        try? fileManager.removeItem(atPath: backup)
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(path: target, reason: "the output path exists and is not a folder")
        }
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: staging, reason: "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Writes `text` at `path` (relative to the site root). Safe to call from many threads.
    func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: path) }
    }

    func copy(from source: String, to path: String) throws {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw Failure(path: source, reason: "cannot be read")
        }
        try data.withUnsafeBytes { try write(bytes: $0, to: path) }
    }

    private func write(bytes: UnsafeRawBufferPointer, to path: String) throws {
        try ensureDirectory(of: path)
        let destination = staging + "/" + path
        let previous = target + "/" + path
        if Self.file(at: previous, equals: bytes), link(previous, destination) == 0 {
            lock.withLock { counts.unchanged += 1 }
            return
        }
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: destination, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: destination, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        lock.withLock { counts.written += 1 }
    }

    private func ensureDirectory(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let directory = String(path[..<slash])
        if lock.withLock({ createdDirectories.contains(directory) }) { return }
        try ensureDirectory(of: directory)
        if mkdir(staging + "/" + directory, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: staging + "/" + directory, reason: String(cString: strerror(errno)))
        }
        lock.withLock { _ = createdDirectories.insert(directory) }
    }

    /// Compares sizes first: almost every changed file changes length too.
    private static func file(at path: String, equals bytes: UnsafeRawBufferPointer) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var offset = 0
        while offset < bytes.count {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, min($0.count, bytes.count - offset)) }
            guard count > 0 else { return false }
            let same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, count) == 0 }
            guard same else { return false }
            offset += count
        }
        return true
    }

    /// Swaps the staging folder in. The previous output is moved aside first and restored
    /// if the swap fails, so the output folder is always either the old site or the new one.
    func commit() throws {
        let fileManager = FileManager.default
        let hadPrevious = fileManager.fileExists(atPath: target)
        if hadPrevious {
            guard rename(target, backup) == 0 else {
                throw Failure(path: target, reason: "cannot move the previous site aside: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(backup, target) }
            throw Failure(path: target, reason: "cannot move the new site in place: \(reason)")
        }
        if hadPrevious { Self.remove(backup) }
    }

    /// Removes a folder tree, its top-level subtrees in parallel: on a large site, unlinking
    /// the previous build's files is a second's work that two cores halve.
    private static func remove(_ folder: String) {
        let fileManager = FileManager.default
        let children = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
        _ = parallelMap(children.count, chunk: 1) { index in
            try? FileManager.default.removeItem(atPath: folder + "/" + children[index])
        }
        try? fileManager.removeItem(atPath: folder)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
