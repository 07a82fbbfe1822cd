import Foundation
import Logging

/// The files an output holds, and how to tell whether one is as a build recorded it.
struct OutputFiles: Sendable {
    enum State: Sendable, Equatable {
        case intact
        /// There, but not as recorded: edited, replaced or touched since, or never recorded.
        case changed
        case missing
    }

    static let none = OutputFiles(paths: []) { _, _ in .missing }

    var paths: [String]
    private let look: @Sendable (String, BuildManifest.OutputRecord?) -> State

    init(paths: [String], look: @escaping @Sendable (String, BuildManifest.OutputRecord?) -> State) {
        self.paths = paths
        self.look = look
    }

    /// The file at `path` compared with `record`, what the build that wrote it recorded.
    func file(_ path: String, isAsIn record: BuildManifest.OutputRecord?) -> State {
        look(path, record)
    }
}

/// Where a build's site goes, and what the previous build there left: a folder on disk (locked
/// for the whole build, its manifest beside it) or a `MemorySite` (`drover serve`).
enum OutputTarget: Sendable {
    case folder(path: String, lock: OutputLock)
    case memory(MemorySite)

    /// Opens the build's target: checks that a folder is safe to replace and takes its lock.
    /// Throws a `Diagnostic` naming the problem.
    static func open(_ options: BuildOptions) async throws -> OutputTarget {
        if let memory = options.memory { return .memory(memory) }
        if let problem = OutputSafety.check(output: options.output, content: options.contentDirectory, theme: options.themeDirectory) {
            throw problem
        }
        do {
            let lock = try await OutputLock(output: options.output) { holder in options.waitingForOutput?(holder) }
            return .folder(path: options.output, lock: lock)
        } catch {
            throw Diagnostic(file: options.output, message: "cannot lock the output folder: \(error)", kind: .output)
        }
    }

    /// Starts writing a clean build's parses into a new store beside a folder's manifest, on a
    /// core the stages after parsing leave idle at times (nil for a `MemorySite`, which keeps its
    /// parses in memory). Nil from the task when the file could not be written: the manifest
    /// then tries again when it is saved.
    func startFreshStore(_ sources: [ParsedSource]) -> Task<SourceStore.Fresh?, Never>? {
        guard case .folder(let path, _) = self else { return nil }
        let storePath = SourceStore.path(forOutput: path)
        return Task.detached {
            try? SourceStore.Fresh.write(sources.sorted { $0.sourcePath < $1.sourcePath }, beside: storePath)
        }
    }

    /// A file beside a folder's output for a clean build's entry HTML (nil for a `MemorySite`,
    /// which keeps everything in memory, or when none can be made).
    func bodySpill() -> BodySpill? {
        guard case .folder(let path, _) = self else { return nil }
        return BodySpill(in: (path as NSString).deletingLastPathComponent)
    }

    /// The previous build's manifest, when it is usable for a build with `buildKey`.
    func previousManifest(buildKey: String) -> BuildManifest.Reading {
        switch self {
        case .folder(let path, _):
            guard FileManager.default.fileExists(atPath: path) else { return .absent }
            return BuildManifest.read(at: BuildManifest.path(forOutput: path), storeAt: SourceStore.path(forOutput: path), buildKey: buildKey)
        case .memory(let site):
            return site.manifest.map { $0.buildKey == buildKey ? .usable($0) : .absent } ?? .absent
        }
    }

    /// What the previous build into this target validated, kept in memory: only a `MemorySite`
    /// keeps it (see `RetainedBuild`).
    var retained: RetainedBuild? {
        if case .memory(let site) = self { site.retained } else { nil }
    }

    /// Keeps what a successful build validated for the next build into a `MemorySite`.
    func retain(_ build: @autoclosure () -> RetainedBuild) {
        if case .memory(let site) = self { site.retained = build() }
    }

    /// What the output holds now: every file, as site paths, and how to compare one with its
    /// record: on disk by its stamp (any write, rename or `touch` changes it, whatever the size),
    /// in a `MemorySite` by its size, from one look at it rather than one lock per file (nothing
    /// but a build writes there).
    func currentFiles() -> OutputFiles {
        switch self {
        case .folder(let path, _):
            return OutputFiles(paths: FileIO.listFiles(under: path, sorted: false)) { file, record in
                guard let stamp = FileStamp.of(path: path + "/" + file) else { return .missing }
                return stamp == record?.stamp ? .intact : .changed
            }
        case .memory(let site):
            let sizes = site.sizes
            return OutputFiles(paths: Array(sizes.keys)) { file, record in
                guard let size = sizes[file] else { return .missing }
                return size == record?.size ? .intact : .changed
            }
        }
    }

    /// The stamps of `paths` as they are now, once the build's files are in place (nil in
    /// memory). Waits, at most one tick of the file system's clock, until a write after this
    /// moment can no longer leave a file the times recorded here.
    func stamps(of paths: [String]) async -> [String: FileStamp]? {
        guard case .folder(let root, _) = self else { return nil }
        let found = await concurrentMap(paths.count, chunk: 256) { FileStamp.of(path: root + "/" + paths[$0]) }
        FileStamp.waitUntilLaterWritesDiffer(from: found.lazy.compactMap { $0 })
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, found) { stamps[path] = stamp }
        return stamps
    }

    /// The writer for this build: a new folder swapped in when there is nothing to start from,
    /// otherwise only the changed files, in place.
    func sink(for plan: WritePlan, clean: Bool) throws -> any OutputSink {
        let stale = plan.stale
        switch self {
        case .folder(let path, _):
            if clean { return try StagedOutput(target: path) }
            return InPlaceOutput(target: path, previousHashes: plan.intactRecords.mapValues(\.contentHash), stale: stale)
        case .memory(let site):
            return MemoryOutput(site: site, stale: stale)
        }
    }

    /// Makes the build's files the site and keeps its manifest for the next build.
    func commit(_ sink: any OutputSink, manifest: BuildManifest, logger: Logger) async throws {
        switch self {
        case .folder(let path, _):
            let manifestPath = BuildManifest.path(forOutput: path)
            // No manifest while the site changes: a build killed mid-swap is followed by a clean one.
            BuildManifest.remove(at: manifestPath)
            try await sink.commit()
            // The files this build wrote, stamped in place: the next build tells a hand edit by them.
            var manifest = manifest
            let unstamped = manifest.outputs.compactMap { $0.value.stamp == nil ? $0.key : nil }
            for (path, stamp) in await stamps(of: unstamped) ?? [:] { manifest.outputs[path]?.stamp = stamp }
            do {
                try manifest.write(to: manifestPath, storeAt: SourceStore.path(forOutput: path))
            } catch {
                // The site is built; only the next build's head start is lost.
                logger.warning("cannot keep the build manifest: \(error)")
            }
        case .memory(let site):
            guard let memory = sink as? MemoryOutput else { return }
            site.apply(written: memory.pending, removed: memory.stale, manifest: manifest)
        }
    }
}
