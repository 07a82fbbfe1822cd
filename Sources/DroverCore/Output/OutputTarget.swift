import Foundation
import Logging

/// The files an output holds, and how to read their sizes.
struct OutputFiles: Sendable {
    static let none = OutputFiles(paths: []) { _ in nil }

    var paths: [String]
    var size: @Sendable (String) -> Int?
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
    func previousManifest(buildKey: String) -> BuildManifest? {
        switch self {
        case .folder(let path, _):
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return BuildManifest.read(at: BuildManifest.path(forOutput: path), storeAt: SourceStore.path(forOutput: path), buildKey: buildKey)
        case .memory(let site):
            return site.manifest.flatMap { $0.buildKey == buildKey ? $0 : nil }
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

    /// What the output holds now: every file, as site paths, and how to read a file's size
    /// (for a `MemorySite`, from one look at it rather than one lock per file).
    func currentFiles() -> OutputFiles {
        switch self {
        case .folder(let path, _):
            return OutputFiles(paths: FileIO.listFiles(under: path, sorted: false)) { FileIO.size(of: path + "/" + $0) }
        case .memory(let site):
            let sizes = site.sizes
            return OutputFiles(paths: Array(sizes.keys)) { sizes[$0] }
        }
    }

    /// The writer for this build: a new folder swapped in when there is nothing to start from,
    /// otherwise only the changed files, in place.
    func sink(previous: BuildManifest?, stale: [String]) throws -> any OutputSink {
        switch self {
        case .folder(let path, _):
            guard let previous else { return try StagedOutput(target: path) }
            return InPlaceOutput(target: path, previousHashes: previous.outputs.mapValues(\.contentHash), stale: stale)
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
