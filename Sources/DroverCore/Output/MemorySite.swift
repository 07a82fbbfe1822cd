import Synchronization

/// A built site kept in memory instead of a folder: what `drover serve` builds into, so editing
/// never touches `site/` and every rebuild is incremental against the previous one.
///
/// Readers see either the previous site or the next one, whole: a rebuild's files are applied
/// in one step when it succeeds, and a failed rebuild changes nothing.
public final class MemorySite: Sendable {
    private struct State {
        var files: [String: [UInt8]] = [:]
        var manifest: BuildManifest?
        var retained: RetainedBuild?
        var generation = 0
    }
    private let state = Mutex(State())

    public init() {}

    /// The file at a site path (`research/x/index.html`), as the last good build left it.
    public func file(at path: String) -> [UInt8]? {
        state.withLock { $0.files[path] }
    }

    /// Every path of the site, sorted.
    public var paths: [String] {
        state.withLock { $0.files.keys.sorted() }
    }

    /// How many builds have changed the site: a server can tell pages to reload when it moves.
    public var generation: Int {
        state.withLock { $0.generation }
    }

    var manifest: BuildManifest? {
        state.withLock { $0.manifest }
    }

    /// What the last successful build validated, for the next build to start from.
    var retained: RetainedBuild? {
        get { state.withLock { $0.retained } }
        set { state.withLock { $0.retained = newValue } }
    }

    /// Every file's size by path, read at once: a build compares thousands.
    var sizes: [String: Int] {
        state.withLock { $0.files.mapValues(\.count) }
    }

    /// Applies one successful build: its new files, the files it removed, and its manifest.
    func apply(written: [String: [UInt8]], removed: [String], manifest: BuildManifest) {
        state.withLock { state in
            for path in removed { state.files[path] = nil }
            state.files.merge(written) { _, new in new }
            state.manifest = manifest
            if !written.isEmpty || !removed.isEmpty { state.generation += 1 }
        }
    }
}

/// The sink a build writes into when its target is a `MemorySite`: files wait here until the
/// build has succeeded, and are then applied to the site in one step.
final class MemoryOutput: OutputSink {
    private struct State {
        var pending: [String: [UInt8]] = [:]
        var unchanged = 0
    }
    private let state = Mutex(State())
    let site: MemorySite
    let stale: [String]

    init(site: MemorySite, stale: [String]) {
        self.site = site
        self.stale = stale
    }

    var writtenCount: Int { state.withLock { $0.pending.count } }
    var unchangedCount: Int { state.withLock { $0.unchanged } }

    func write(_ bytes: [UInt8], hash: UInt64, to path: String) throws {
        if let current = site.file(at: path), current == bytes {
            state.withLock { $0.unchanged += 1 }
            return
        }
        state.withLock { $0.pending[path] = bytes }
    }

    /// The files to apply; the build applies them together with its manifest.
    var pending: [String: [UInt8]] { state.withLock { $0.pending } }

    func commit() async throws {}

    func discard() {
        state.withLock { $0.pending = [:] }
    }
}
