import Foundation
import Logging

/// What `drover build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory = "content"
    public var themeDirectory = "theme"
    public var outputDirectory = "site"
    public var baseURL: String?
    public var includeDrafts = false
    public var strict = false
    /// Ignore what the previous build kept (`--clean`): parse and render everything, write a new site.
    public var clean = false
    /// Run every stage even when no input changed, because the caller needs the prepared site
    /// (`check` does); the output is still left alone when nothing in it would change.
    public var alwaysPrepare = false
    /// Build into memory instead of `outputDirectory` (`drover serve`): nothing is written to disk,
    /// and each build is incremental against the previous one kept in the same `MemorySite`.
    public var memory: MemorySite?
    /// The sources a watcher saw change since the previous build into `memory`, as paths inside
    /// the content folder (`research/x.md`): every other source that build read is taken as
    /// unchanged, without even a stat. Nil when nobody watched, or when the watcher saw more than
    /// files change (a folder, lost events): every source is checked.
    public var watchedChanges: Set<String>?
    /// Told which process holds the output folder when this build has to wait for it.
    public var waitingForOutput: (@Sendable (_ holder: String) -> Void)?
    /// Where the build tells what it is doing (`--verbose`); silent unless a handler is bootstrapped.
    public var logger = Logger(label: "drover.build")

    public init(contentDirectory: String = "content", themeDirectory: String = "theme", outputDirectory: String = "site",
                baseURL: String? = nil, includeDrafts: Bool = false, strict: Bool = false, clean: Bool = false) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.clean = clean
    }

    /// The output folder without a trailing slash.
    var output: String {
        outputDirectory.count > 1 && outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
    }
}

/// What a build did: its diagnostics and, when it succeeded, what it made.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    /// False when nothing was written: the previous output is untouched.
    public var succeeded: Bool
    public var entries = 0
    public var pages = 0
    public var tags = 0
    /// Site paths of the pages this build rendered (all of them in a clean build), sorted: the
    /// pages whose inputs changed (see `OutputDependencies`); of those, only the ones whose bytes
    /// changed were written.
    public var renderedPages: [String] = []
    public var pagesRendered: Int { renderedPages.count }
    public var filesWritten = 0
    public var filesUnchanged = 0
    public var filesRemoved = 0
    /// Sources whose parse the previous build's manifest provided.
    public var sourcesReused = 0
    /// Sources whose files were not read: their stamps were the ones the previous build read them under.
    public var sourcesNotRead = 0
    /// Whether this build started from nothing (no usable manifest, or `--clean`).
    public var clean = true
    /// Whether no input had changed, so nothing after loading ran.
    public var nothingChanged = false
    /// Whether the collection was the previous build's with changed entries replaced, so only
    /// their links were checked again (a server's rebuild after an edit; see `RetainedBuild`).
    public var keptCollection = false
    public var seconds = 0.0
    /// Wall and CPU time of each stage, in pipeline order, for `--timings`.
    public var stages: [StageTime] = []
    /// What was built, for the link check (and the server) that follow a build.
    public var site: PreparedSite?

    public var collection: Collection? { site?.collection }
}

/// The pipeline in one screen: load → parse → validate → resolve links → render → write.
///
/// Each stage takes the previous stage's typed value and returns its own. Every stage reports
/// problems as diagnostics and the build stops before writing if any is an error (or a warning
/// under `--strict`), so a failed build leaves the output as it was. What a successful build
/// made is kept in a manifest beside the output, and the next build parses, renders and writes
/// only what changed (see `BuildManifest`).
public enum Build {
    public static func run(_ options: BuildOptions) async -> BuildReport {
        let clock = ContinuousClock.now
        var stages = StageClock(logger: options.logger)
        var diagnostics: [Diagnostic] = []
        var keptCollection = false
        var freshStore: Task<SourceStore.Fresh?, Never>?
        func failed() async -> BuildReport {
            await freshStore?.value?.discard()
            var report = BuildReport(diagnostics: DiagnosticList(diagnostics).promotingWarnings(options.strict), succeeded: false,
                                     seconds: (ContinuousClock.now - clock).seconds, stages: stages.stages)
            report.keptCollection = keptCollection
            return report
        }

        // Load: the output folder, locked for this build, and what its previous build kept; then
        // every input read into memory once, except sources whose files that build vouches for.
        let target: OutputTarget
        do {
            target = try await OutputTarget.open(options)
        } catch let problem as Diagnostic {
            diagnostics.append(problem)
            return await failed()
        } catch {
            diagnostics.append(Diagnostic(file: options.output, message: "\(error)", kind: .output))
            return await failed()
        }
        let buildKey = BuildIdentity.key(includeDrafts: options.includeDrafts)
        let previous = options.clean ? nil : target.previousManifest(buildKey: buildKey)
        // A watcher's list of changes vouches for every other file; without one, stamps do.
        let watched = previous == nil ? nil : options.watchedChanges
        // With nothing to reuse, every source is read as it is parsed (see `LoadedFile.Content.deferred`).
        guard var sources = await SiteSources.load(options, known: previous?.knownSources(settledOnly: watched == nil) ?? [:],
                                                   unchangedUnlessIn: watched, deferReading: previous == nil,
                                                   diagnostics: &diagnostics) else {
            return await failed()
        }
        let loadDiagnostics = diagnostics
        let inputs = inputsFingerprint(sources, sourceHashes: sources.files.map { ($0.sourcePath, $0.hash) }, buildKey: buildKey,
                                       loadDiagnostics: loadDiagnostics)
        // What the output holds now: files nobody planned (a page of a deleted entry left by hand,
        // a half-written file) are removed by an incremental build as by a clean one. Walking a
        // large site's folders takes a while, so it goes on beside the stages that follow.
        async let outputFiles = previous == nil ? OutputFiles.none : target.currentFiles()
        stages.lap("load")

        if let previous, previous.inputsFingerprint == inputs, !options.alwaysPrepare,
           case let present = await outputFiles, present.paths.count == previous.outputs.count,
           previous.outputs.allSatisfy({ present.size($0.key) == $0.value.size }) {
            options.logger.debug("no input changed; the output is intact")
            if DiagnosticList(previous.warnings).isFatal(strict: options.strict) {
                diagnostics = previous.warnings
                return await failed()
            }
            var report = BuildReport(diagnostics: DiagnosticList(previous.warnings), succeeded: true)
            report.clean = false
            report.nothingChanged = true
            report.filesUnchanged = previous.outputs.count
            report.sourcesReused = sources.files.count
            report.sourcesNotRead = sources.unreadCount
            stages.lap("compare")
            report.stages = stages.stages
            report.seconds = (ContinuousClock.now - clock).seconds
            withExtendedLifetime(target) {}
            return report
        }

        // Parse: every block and entry in parallel, bodies rendered to HTML with their links
        // pointing at site URLs; files unchanged since the previous build are not parsed again.
        let urls = SiteURLs(baseURL: sources.config.baseURL)
        let rewriter = LinkRewriter(urls: urls, tagDefinitions: sources.tagDefinitions)
        var reusable: [String: ParsedSource] = [:]
        if let previous, previous.settingsFingerprint == sources.settingsFingerprint { reusable = await previous.sources() }
        await sources.readUnchanged(except: reusable)
        stages.lap("reuse parses")
        // A clean build keeps its entries' HTML on disk until their pages are made (see `BodySpill`).
        let spill = previous == nil ? target.bodySpill() : nil
        let parsed = await ParsedSources.parse(sources, rewriter: rewriter, reusable: reusable, spill: spill)
        let sourcesNotRead = sources.unreadCount
        sources.releaseBytes(after: parsed)
        diagnostics += parsed.diagnostics
        if previous == nil, !DiagnosticList(diagnostics).isFatal(strict: options.strict) {
            freshStore = target.startFreshStore(parsed.files)
        }
        stages.lap("parse")
        options.logger.debug("parsed sources", metadata: ["files": "\(parsed.files.count)", "reused": "\(parsed.reused)"])

        // Validate: rules across files, then assemble the collection (or keep a server's).
        let retained = target.retained
        let validated = ValidatedCollection.make(sources: sources, parsed: parsed, retained: retained, buildKey: buildKey, options: options)
        let collection = validated.collection
        keptCollection = validated.keptWithChanges != nil
        diagnostics += validated.diagnostics
        stages.lap("validate")

        // Resolve links: every relative link must reach an entry, a block, a heading or a tag.
        let links = await ResolvedLinks.make(validated, parsed: parsed, retained: retained, rewriter: rewriter,
                                             previousTargetsKey: previous?.linkTargets)
        let resolver = links.resolver
        diagnostics += links.ordered(collection, unlisted: parsed.unlisted)
        stages.lap("resolve links")
        guard let theme = sources.theme, let strings = sources.strings, !DiagnosticList(diagnostics).isFatal(strict: options.strict) else {
            options.logger.debug("stopping before writing: the input has problems")
            return await failed()
        }
        let site = PreparedSite(collection: collection, urls: urls, resolver: resolver, theme: theme, strings: strings,
                                contentPathInRepo: repoPath(of: sources.tree.root))

        // Render and write: only what changed when the previous build left a manifest; otherwise
        // everything, into a staging folder swapped in at the end.
        var report = BuildReport(diagnostics: DiagnosticList(diagnostics), succeeded: false)
        report.sourcesReused = parsed.reused
        report.keptCollection = keptCollection
        report.sourcesNotRead = sourcesNotRead
        let sourceHashes = Dictionary(uniqueKeysWithValues: parsed.files.map { ($0.sourcePath, $0.hash) })
        let dependencies = OutputDependencies(site: site, buildKey: buildKey, settingsFingerprint: sources.settingsFingerprint,
                                              sourceHashes: sourceHashes)
        let renderer = SiteRenderer(site: site, dependencies: dependencies, previousOutputs: previous?.outputs ?? [:])
        let plan = await renderer.plan()
        stages.lap("plan")
        let present = await outputFiles
        let writing = Writing(plan: plan, previous: previous, present: present.paths, size: present.size)
        do {
            let sink = try target.sink(previous: previous, stale: writing.stale)
            do {
                let written = try await renderer.write(writing.outputs, into: sink)
                stages.lap("render and write")
                var manifest = BuildManifest(
                    buildKey: buildKey, settingsFingerprint: sources.settingsFingerprint,
                    // The hashes parsed: a file read again after loading may have changed since.
                    inputsFingerprint: inputsFingerprint(sources, sourceHashes: parsed.files.map { ($0.sourcePath, $0.hash) },
                                                         buildKey: buildKey, loadDiagnostics: loadDiagnostics),
                    readStart: sources.readStart, sources: Dictionary(uniqueKeysWithValues: parsed.files.map { ($0.sourcePath, $0) }),
                    sourceRecords: sourceRecords(sources, parsed, previous: previous), store: previous?.sourceStore,
                    outputs: writing.keptRecords.merging(written) { _, new in new }, warnings: DiagnosticList(diagnostics).sorted)
                manifest.linkTargets = links.targetsKey
                manifest.freshStore = await freshStore?.value
                // A body that could not be read back left its page (or the store) without it.
                if let failure = spill?.failure {
                    throw OutputFailure(path: options.output, reason: "cannot read back the entries' HTML kept beside it: \(failure)")
                }
                report.filesWritten = sink.writtenCount
                report.filesUnchanged = sink.unchangedCount + writing.keptRecords.count
                manifest.keepPathOrder(of: previous)
                try await target.commit(sink, manifest: manifest, logger: options.logger)
                target.retain(RetainedBuild(buildKey: buildKey, settingsFingerprint: sources.settingsFingerprint,
                                            themeFingerprint: theme.fingerprint, sourceHashes: sourceHashes, collection: collection,
                                            assembleDiagnostics: validated.diagnostics, linkDiagnostics: links.diagnostics, resolver: resolver))
                stages.lap("swap in")
            } catch {
                sink.discard()
                throw error
            }
        } catch {
            diagnostics.append(Diagnostic(file: options.output, message: "cannot write the site: \(error)", kind: .output))
            return await failed()
        }
        withExtendedLifetime(target) {}

        report.succeeded = true
        report.clean = previous == nil
        report.entries = collection.entries.count
        report.tags = collection.tags.count
        report.pages = plan.count { if case .page = $0.content { true } else { false } }
        report.renderedPages = writing.outputs.compactMap { if case .page = $0.content { $0.path } else { nil } }.sorted()
        report.filesRemoved = writing.stale.count
        report.site = site
        report.seconds = (ContinuousClock.now - clock).seconds
        report.stages = stages.stages
        options.logger.debug("site written", metadata: ["output": "\(options.output)", "written": "\(report.filesWritten)",
                                                         "unchanged": "\(report.filesUnchanged)", "removed": "\(report.filesRemoved)"])
        return report
    }

    /// Everything that decides the output, in one hash: the build's key, the settings, the theme,
    /// every source's path and bytes, and what loading reported (a stray file is one of the
    /// inputs too). Equal to the previous build's, nothing needs doing.
    private static func inputsFingerprint(_ sources: SiteSources, sourceHashes: [(path: String, hash: UInt64)], buildKey: String,
                                          loadDiagnostics: [Diagnostic]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(buildKey)
        hasher.combine(sources.settingsFingerprint)
        hasher.combine(sources.theme?.fingerprint ?? 0)
        for file in sources.theme?.staticFiles ?? [] {
            hasher.combine(file.path)
            file.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        for (path, hash) in sourceHashes {
            hasher.combine(path)
            hasher.combine(hash)
        }
        for diagnostic in loadDiagnostics { hasher.combine(diagnostic.description) }
        return hasher.value
    }

    /// What the manifest keeps of each source: the hash it was parsed from, the stamp its file
    /// had when read, and, for a parse reused from the previous build, where that is stored.
    private static func sourceRecords(_ sources: SiteSources, _ parsed: ParsedSources, previous: BuildManifest?)
        -> [String: BuildManifest.SourceRecord] {
        var records: [String: BuildManifest.SourceRecord] = [:]
        records.reserveCapacity(parsed.files.count)
        for (index, source) in parsed.files.enumerated() {
            let stored = parsed.isReused[index] ? previous?.sourceRecords[source.sourcePath]?.stored : nil
            records[source.sourcePath] = BuildManifest.SourceRecord(hash: source.hash, stamp: sources.files[index].stamp, stored: stored)
        }
        return records
    }

    /// The content folder's path inside its repository, for «Исправить» links: the path as
    /// given when it is relative and inside the working folder, else the conventional `content/`.
    private static func repoPath(of root: String) -> String {
        if root == "." { return "" }
        if root.hasPrefix("/") || root.hasPrefix("..") { return "content/" }
        return (root.hasPrefix("./") ? String(root.dropFirst(2)) : root) + "/"
    }
}

/// What the write stage does with a plan: with a previous manifest, only the outputs whose
/// fingerprint changed (or whose file is not as the manifest left it) are rendered, written in
/// place, and the outputs the site no longer has are removed; without one, everything is
/// written into a new folder.
private struct Writing {
    let outputs: [PlannedOutput]
    /// Records of outputs left as they are.
    let keptRecords: [String: BuildManifest.OutputRecord]
    let stale: [String]

    init(plan: [PlannedOutput], previous: BuildManifest?, present: [String], size: (String) -> Int?) {
        guard let previous else {
            outputs = plan
            keptRecords = [:]
            stale = []
            return
        }
        var outputs: [PlannedOutput] = []
        var kept: [String: BuildManifest.OutputRecord] = [:]
        var known = 0, onDisk = 0
        for planned in plan {
            let record = previous.outputs[planned.path]
            let current = size(planned.path)
            if record != nil { known += 1 }
            if current != nil { onDisk += 1 }
            if let record, record.fingerprint == planned.fingerprint, current == record.size {
                kept[planned.path] = record
            } else {
                outputs.append(planned)
            }
        }
        self.outputs = outputs
        keptRecords = kept
        // The usual case, without building sets: the previous build made exactly these paths and
        // the output holds exactly these files (plans have no duplicate paths), so nothing is stale.
        if known == plan.count, previous.outputs.count == plan.count, onDisk == plan.count, present.count == plan.count {
            stale = []
            return
        }
        let planned = Set(plan.lazy.map(\.path))
        var stale: Set<String> = []
        for path in previous.outputs.keys where !planned.contains(path) { stale.insert(path) }
        for path in present where !planned.contains(path) { stale.insert(path) }
        self.stale = stale.sorted()
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
