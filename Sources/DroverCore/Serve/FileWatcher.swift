import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively and tells when files in them changed, one signal per burst.
///
/// On Linux this is inotify: one watch per folder, and a folder that appears later (a new block)
/// is watched as soon as its creation is seen. Elsewhere the folders are compared with a
/// snapshot every quarter second. Changes are collected for `debounce` after the first one, so an
/// editor's save (write a temporary file, rename it over the old one) is one burst, and a burst
/// that arrives while the caller is busy rebuilding waits, merged, for `takeChanges()`.
public final class FileWatcher: Sendable {
    private struct State {
        var pending: Set<String> = []
        /// inotify watch descriptor → the folder it watches.
        var folders: [Int32: String] = [:]
    }
    private let state = Mutex(State())
    private let roots: [String]
    private let filter: WatchFilter
    private let debounce: Duration
    private let continuation: AsyncStream<Void>.Continuation
    /// One element per burst; bursts that arrive before the previous is taken are merged.
    public let bursts: AsyncStream<Void>
    /// Written to by `stop()` to wake the watching thread.
    private let wakeRead: Int32
    /// The pipe end `stop()` writes to; nil once the watching thread has closed it. Only ever
    /// written to under this lock: a descriptor number written to after it was closed may already
    /// belong to another file of the process (a page being written, a source being copied), and
    /// the stray byte would corrupt it.
    private let wakeWrite: Mutex<Int32?>
    private let inotify: Int32

    /// Starts watching `roots` (absolute or relative folders) and every folder inside them.
    public init(roots: [String], filter: WatchFilter = WatchFilter(), debounce: Duration = .milliseconds(10)) throws {
        self.roots = roots.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.filter = filter
        self.debounce = debounce
        (bursts, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw WatchError.cannotStart("pipe: \(String(cString: strerror(errno)))") }
        wakeRead = pipeEnds[0]
        wakeWrite = Mutex(pipeEnds[1])
        #if os(Linux)
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else {
            close(pipeEnds[0])
            close(pipeEnds[1])
            throw WatchError.cannotStart("inotify_init1: \(String(cString: strerror(errno)))")
        }
        for root in self.roots { watchTree(root) }
        #else
        inotify = -1
        #endif
        let thread = Thread { [self] in run() }
        thread.name = "drover file watcher"
        thread.start()
    }

    public enum WatchError: Error, CustomStringConvertible {
        case cannotStart(String)
        public var description: String {
            switch self { case .cannotStart(let why): "cannot watch the folders: \(why)" }
        }
    }

    /// Every path that changed since the last call, sorted: files, and folders that appeared or went.
    public func takeChanges() -> [String] {
        state.withLock { state in
            defer { state.pending = [] }
            return state.pending.sorted()
        }
    }

    /// Stops watching; `bursts` ends. Safe to call more than once, and after the watcher stopped.
    public func stop() {
        wakeWrite.withLock { descriptor in
            guard let descriptor else { return }
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
    }

    /// The watching thread: waits for changes or for `stop()`, and signals a burst `debounce`
    /// after its first change.
    private func run() {
        var deadline: ContinuousClock.Instant?
        var watcher = ChangeSource(owner: self)
        loop: while true {
            let timeout = deadline.map { Self.milliseconds(until: $0) } ?? watcher.idleTimeout
            var descriptors = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            if inotify >= 0 { descriptors.append(pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready < 0 && errno != EINTR { break loop }
            if descriptors[0].revents != 0 { break loop }
            if watcher.collect(readable: descriptors.count > 1 && descriptors[1].revents != 0), deadline == nil {
                deadline = .now + debounce
            }
            if let due = deadline, ContinuousClock.now >= due {
                deadline = nil
                continuation.yield()
            }
        }
        if inotify >= 0 { close(inotify) }
        wakeWrite.withLock { descriptor in
            if let open = descriptor { close(open) }
            descriptor = nil
        }
        close(wakeRead)
        continuation.finish()
    }

    private static func milliseconds(until instant: ContinuousClock.Instant) -> Int32 {
        let left = instant - .now
        return left <= .zero ? 0 : Int32(min(1000, (left.seconds * 1000).rounded(.up)))
    }

    fileprivate func record(_ path: String) {
        _ = state.withLock { $0.pending.insert(path) }
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)

    /// Watches `folder` and every folder inside it that the filter allows.
    fileprivate func watchTree(_ folder: String) {
        let descriptor = inotify_add_watch(inotify, folder, Self.mask)
        guard descriptor >= 0 else { return }
        state.withLock { $0.folders[descriptor] = folder }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
               filter.watches(folder: path, name: name) {
                watchTree(path)
            }
        }
    }

    /// Reads what inotify has queued and records the changed paths; true when any mattered.
    fileprivate func readEvents(into buffer: inout [UInt8]) -> Bool {
        var changed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { return changed }
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len, then len bytes of NUL-padded name.
            while offset + 16 <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: say the roots changed; a rebuild reads everything anyway.
                    for root in roots { record(root) }
                    changed = true
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    _ = state.withLock { $0.folders.removeValue(forKey: descriptor) }
                    continue
                }
                guard let folder = state.withLock({ $0.folders[descriptor] }) else { continue }
                if nameBytes.isEmpty {
                    if mask & UInt32(IN_DELETE_SELF) != 0 { record(folder); changed = true }
                    continue
                }
                let name = String(decoding: nameBytes, as: UTF8.self)
                guard filter.matters(name: name, in: folder) else { continue }
                let path = folder + "/" + name
                let isFolder = mask & UInt32(IN_ISDIR) != 0
                if !isFolder && mask & UInt32(IN_CREATE) != 0 {
                    // A new file is reported when it is closed after writing (or moved in), not half-written.
                    continue
                }
                if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && filter.watches(folder: path, name: name) {
                    watchTree(path)
                }
                record(path)
                changed = true
            }
        }
    }
    #endif
}

/// Where the watching thread gets its changes: inotify's queue on Linux, a snapshot elsewhere.
private struct ChangeSource {
    let owner: FileWatcher
    #if os(Linux)
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// inotify wakes the thread itself.
    let idleTimeout: Int32 = -1

    init(owner: FileWatcher) {
        self.owner = owner
    }

    mutating func collect(readable: Bool) -> Bool {
        readable ? owner.readEvents(into: &buffer) : false
    }
    #else
    private var snapshot: [String: Date]
    let idleTimeout: Int32 = 250

    init(owner: FileWatcher) {
        self.owner = owner
        snapshot = owner.snapshot()
    }

    mutating func collect(readable: Bool) -> Bool {
        let now = owner.snapshot()
        let changed = Set(now.keys).union(snapshot.keys).filter { now[$0] != snapshot[$0] }
        snapshot = now
        for path in changed { owner.record(path) }
        return !changed.isEmpty
    }
    #endif
}

#if !os(Linux)
extension FileWatcher {
    /// Every file under the roots with its modification date (platforms without inotify).
    fileprivate func snapshot() -> [String: Date] {
        var files: [String: Date] = [:]
        for root in roots {
            for relative in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [] {
                let path = root + "/" + relative
                let name = (relative as NSString).lastPathComponent
                guard filter.matters(name: name, in: (path as NSString).deletingLastPathComponent),
                      let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                files[path] = attributes[.modificationDate] as? Date
            }
        }
        return files
    }
}
#endif
