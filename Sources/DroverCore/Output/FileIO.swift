import Foundation
import SystemPackage

/// The few file operations the writers need, through swift-system (portable across Linux and
/// macOS) and Foundation, with errors that name the file.
enum FileIO {
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        try write([bytes], to: path)
    }

    /// Writes `parts` one after the other, without first joining them in memory.
    static func write(_ parts: [UnsafeRawBufferPointer], to path: String) throws {
        do {
            let descriptor = try FileDescriptor.open(FilePath(path), .writeOnly, options: [.create, .truncate],
                                                     permissions: [.ownerReadWrite, .groupRead, .otherRead], retryOnInterrupt: true)
            try descriptor.closeAfter {
                for part in parts { _ = try descriptor.writeAll(part) }
            }
        } catch let error as Errno {
            throw OutputFailure(path: path, reason: error.description)
        }
    }

    /// Whether the file at `path` holds exactly `bytes`: sizes first, since almost every changed
    /// file changes length too.
    static func file(at path: String, equals bytes: UnsafeRawBufferPointer) -> Bool {
        guard size(of: path) == bytes.count,
              let descriptor = try? FileDescriptor.open(FilePath(path), .readOnly) else { return false }
        defer { try? descriptor.close() }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var offset = 0
        while offset < bytes.count {
            let wanted = min(buffer.count, bytes.count - offset)
            guard let count = try? buffer.withUnsafeMutableBytes({ try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<wanted])) }),
                  count > 0 else { return false }
            let same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, count) == 0 }
            guard same else { return false }
            offset += count
        }
        return true
    }

    /// The size of a regular file, or nil when there is none at `path`. A bare stat(2): the
    /// incremental build asks this of every file of the site, and FileManager's attribute
    /// dictionary costs ten times as much.
    static func size(of path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Creates `directory` and any missing parents. A bare mkdir(2) first: a site's folders are
    /// created one by one, parents first, so the first call nearly always succeeds, where
    /// FileManager would stat the folder and its parent before every one of them.
    static func makeDirectory(_ directory: String) throws {
        if mkdir(directory, 0o777) == 0 { return }
        var failure = errno
        if failure == ENOENT, let slash = directory.lastIndex(of: "/"), slash != directory.startIndex {
            try makeDirectory(String(directory[..<slash]))
            if mkdir(directory, 0o777) == 0 { return }
            failure = errno
        }
        var status = stat()
        if failure == EEXIST, stat(directory, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { return }
        let reason = failure == EEXIST ? "a file is in the way" : String(cString: strerror(failure))
        throw OutputFailure(path: directory, reason: "cannot create the folder: \(reason)")
    }

    /// Atomically replaces `destination` with `source` (rename(2) on the same file system).
    static func move(_ source: String, over destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw OutputFailure(path: destination, reason: String(cString: strerror(errno)))
        }
    }


    /// Every file under `root`, as paths relative to it, sorted.
    ///
    /// With readdir's file types rather than FileManager's attributes: a large site has tens of
    /// thousands of files, and a stat call for each was a second of the check.
    static func listFiles(under root: String, sorted: Bool = true) -> [String] {
        var files: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            guard let directory = opendir(folder.isEmpty ? root : root + "/" + folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): files.append(path)
                case Int32(DT_DIR): folders.append(path)
                case Int32(DT_UNKNOWN), Int32(DT_LNK):
                    // Some file systems do not fill in the type; a link may point at either.
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) {
                        if isDirectory.boolValue { folders.append(path) } else { files.append(path) }
                    }
                default: continue
                }
            }
        }
        return sorted ? files.sorted() : files
    }
}
