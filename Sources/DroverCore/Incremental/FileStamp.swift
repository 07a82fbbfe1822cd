import Foundation

/// What stat(2) says of a source file: enough to tell, without reading it, that it is the file
/// the previous build read. Any write changes the modification time, and any change of the
/// file's times or metadata (`touch -d`, `cp -p`, chmod) changes the change time, which no
/// program can set back; a file replaced by a rename has another inode.
///
/// Two writes within one tick of the file system's clock leave the same times, so a stamp is
/// trusted only when both its times are safely older than the moment the build that recorded
/// it started reading (see `isSettled(before:)`): the "racy timestamp" problem git solves the
/// same way. A file written while that build read it is read again by the next one.
struct FileStamp: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64
    var changed: Int64

    /// How far the file system's clock may lag the wall clock when it stamps a write: a tick of
    /// the kernel's coarse clock on Linux, a second on older file systems, two on FAT.
    static let racyWindow: Int64 = 2_000_000_000

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ status: stat) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modified = Self.nanoseconds(status.st_mtimespec)
        changed = Self.nanoseconds(status.st_ctimespec)
        #else
        modified = Self.nanoseconds(status.st_mtim)
        changed = Self.nanoseconds(status.st_ctim)
        #endif
    }

    /// The stamp of the regular file at `path`, nil when there is none.
    static func of(path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(status)
    }

    /// Whether a stamp recorded by a build that started reading at `readStart` (see `now()`)
    /// can vouch for the file's bytes: every write after that build looked at the file lands
    /// at or after `readStart` minus the clock's lag, so it cannot have left these times.
    func isSettled(before readStart: Int64) -> Bool {
        max(modified, changed) < readStart - Self.racyWindow
    }

    /// Waits until the file system's clock has moved past the newest time of `stamps`, so that
    /// any later write to one of those files leaves a later change time than the one recorded:
    /// writes within one tick of that clock leave the same times. Returns at once, or after one
    /// tick of the kernel's coarse clock (a few milliseconds), or, on a file system that keeps
    /// whole seconds only, at the next multiple of its two-second worst case.
    static func waitUntilLaterWritesDiffer(from stamps: some Sequence<FileStamp>) {
        var newest: Int64 = 0
        var wholeSeconds = true
        for stamp in stamps {
            newest = max(newest, stamp.changed, stamp.modified)
            if stamp.changed % 1_000_000_000 != 0 || stamp.modified % 1_000_000_000 != 0 { wholeSeconds = false }
        }
        guard newest > 0 else { return }
        let after = wholeSeconds ? newest + 2_000_000_000 - 1 : newest
        let giveUp = now() + racyWindow
        while fileSystemNow() <= after, now() < giveUp {
            usleep(500)
        }
    }

    /// The clock file times are taken from: on Linux the kernel's coarse clock, which lags the
    /// precise one by up to a tick.
    private static func fileSystemNow() -> Int64 {
        #if os(Linux)
        var time = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        return nanoseconds(time)
        #else
        return now()
        #endif
    }

    /// The wall clock in nanoseconds since 1970, as file times are kept.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time) + clockShift
    }

    /// How far `now()` runs ahead in this task: 0, except in tests that want files they just
    /// wrote to count as settled without waiting `racyWindow` on the wall clock (the change
    /// time cannot be set back, so the files cannot be made older instead).
    @TaskLocal static var clockShift: Int64 = 0

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
