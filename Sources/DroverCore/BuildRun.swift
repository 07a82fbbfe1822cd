import Foundation

/// One build's bookkeeping, so that `Build.run` shows only the pipeline: the stages' clock, the
/// diagnostics they report, what the build started beside them (a clean build's store written
/// ahead, its bodies' spill file), and the report it ends with.
struct BuildRun {
    let options: BuildOptions
    private let start = ContinuousClock.now
    private var clock: StageClock
    var diagnostics: [Diagnostic] = []
    private var freshStore: Task<SourceStore.Fresh?, Never>?
    private var bodySpill: BodySpill?
    private var report = BuildReport(diagnostics: DiagnosticList([]), succeeded: false)

    init(_ options: BuildOptions) {
        self.options = options
        clock = StageClock(logger: options.logger)
    }

    mutating func lap(_ stage: String) {
        clock.lap(stage)
    }

    private var isFatal: Bool { DiagnosticList(diagnostics).isFatal(strict: options.strict) }

    /// The output, checked and locked; nil (with a diagnostic) when it cannot be.
    mutating func openOutput() async -> OutputTarget? {
        do {
            return try await OutputTarget.open(options)
        } catch let problem as Diagnostic {
            diagnostics.append(problem)
        } catch {
            diagnostics.append(Diagnostic(file: options.output, message: "\(error)", kind: .output))
        }
        return nil
    }

    /// A clean build keeps its entries' HTML on disk until their pages are made (see `BodySpill`).
    mutating func spill(_ target: OutputTarget, _ previous: PreviousBuild) -> BodySpill? {
        if previous.isClean { bodySpill = target.bodySpill() }
        return bodySpill
    }

    mutating func parsed(_ parsed: ParsedSources, sources: SiteSources, target: OutputTarget, previous: PreviousBuild) {
        diagnostics += parsed.diagnostics
        report.sourcesReused = parsed.reused
        report.sourcesNotRead = sources.unreadCount
        // A clean build's store is written while the later stages run, on the core they leave idle at times.
        if previous.isClean, !isFatal { freshStore = target.startFreshStore(parsed.files) }
        lap("parse")
        options.logger.debug("parsed sources", metadata: ["files": "\(parsed.files.count)", "reused": "\(parsed.reused)"])
    }

    mutating func validated(_ validated: ValidatedCollection) {
        diagnostics += validated.diagnostics
        report.keptCollection = validated.keptWithChanges != nil
        lap("validate")
    }

    /// What the render stage needs, when nothing so far stops the build.
    mutating func resolved(_ links: ResolvedLinks, validated: ValidatedCollection, parsed: ParsedSources, sources: SiteSources,
                           urls: SiteURLs) -> PreparedSite? {
        diagnostics += links.ordered(validated.collection, unlisted: parsed.unlisted)
        lap("resolve links")
        guard let theme = sources.theme, let strings = sources.strings, !isFatal else {
            options.logger.debug("stopping before writing: the input has problems")
            return nil
        }
        return PreparedSite(collection: validated.collection, urls: urls, resolver: links.resolver, theme: theme, strings: strings,
                            contentPathInRepo: Self.repoPath(of: sources.tree.root))
    }

    /// The report of a build that found nothing to do: the previous build's warnings again.
    mutating func unchanged(_ previous: PreviousBuild, sources: SiteSources) async -> BuildReport {
        guard let manifest = previous.manifest else { return await failed(previous) }
        options.logger.debug("no input changed; the output is intact")
        if DiagnosticList(manifest.warnings).isFatal(strict: options.strict) {
            diagnostics = manifest.warnings
            return await failed(previous)
        }
        lap("compare")
        report.diagnostics = DiagnosticList(manifest.warnings)
        report.succeeded = true
        report.clean = false
        report.nothingChanged = true
        report.filesUnchanged = manifest.outputs.count
        report.sourcesReused = sources.files.count
        report.sourcesNotRead = sources.unreadCount
        return finished(previous)
    }

    /// Makes the outputs `writePlan` asks for, puts them in place with the manifest, and keeps a
    /// server's validated build; a failure on the way leaves the output as it was.
    mutating func write(_ writePlan: WritePlan, plan: [PlannedOutput], with renderer: SiteRenderer, into target: OutputTarget,
                        manifest: BuildManifest, previous: PreviousBuild,
                        retaining retained: @autoclosure () -> RetainedBuild) async -> BuildReport {
        var manifest = manifest
        var renderedPages: [String] = []
        do {
            let sink = try target.sink(for: writePlan, clean: previous.isClean)
            do {
                let written = try await renderer.write(writePlan.outputs, reusing: writePlan.intactRecords, into: sink)
                lap("render and write")
                if options.verifyOutputKeys {
                    report.missedByOutputFilter = await renderer.outputsMissedByTheFilter(kept: writePlan.keptRecords, plan: plan)
                }
                manifest.outputs = writePlan.keptRecords.merging(written.records) { _, new in new }
                manifest.freshStore = await freshStore?.value
                // A body that could not be read back left its page (or the store) without it.
                if let failure = bodySpill?.failure {
                    throw OutputFailure(path: options.output, reason: "cannot read back the entries' HTML kept beside it: \(failure)")
                }
                report.filesWritten = sink.writtenCount
                report.filesUnchanged = sink.unchangedCount + writePlan.keptRecords.count + written.keptByContext
                renderedPages = written.renderedPages.sorted()
                manifest.keepPathOrder(of: previous.manifest)
                try await target.commit(sink, manifest: manifest, logger: options.logger)
                target.retain(retained())
                lap("swap in")
            } catch {
                sink.discard()
                throw error
            }
        } catch {
            diagnostics.append(Diagnostic(file: options.output, message: "cannot write the site: \(error)", kind: .output))
            return await failed(previous)
        }
        let collection = renderer.site.collection
        report.diagnostics = DiagnosticList(diagnostics)
        report.succeeded = true
        report.clean = previous.isClean
        report.entries = collection.entries.count
        report.tags = collection.tags.count
        report.pages = plan.count { if case .page = $0.content { true } else { false } }
        report.renderedPages = renderedPages
        report.filesRemoved = writePlan.stale.count
        report.site = renderer.site
        options.logger.debug("site written", metadata: ["output": "\(options.output)", "written": "\(report.filesWritten)",
                                                         "unchanged": "\(report.filesUnchanged)", "removed": "\(report.filesRemoved)"])
        return finished(previous)
    }

    /// The report of a build that stopped: its diagnostics, and nothing written.
    func failed(_ previous: PreviousBuild? = nil) async -> BuildReport {
        await freshStore?.value?.discard()
        var report = self.report
        report.diagnostics = DiagnosticList(diagnostics).promotingWarnings(options.strict)
        report.succeeded = false
        return finishing(report, previous)
    }

    private func finished(_ previous: PreviousBuild) -> BuildReport {
        finishing(report, previous)
    }

    private func finishing(_ report: BuildReport, _ previous: PreviousBuild?) -> BuildReport {
        var report = report
        report.notes = previous?.notes ?? []
        report.seconds = (ContinuousClock.now - start).seconds
        report.stages = clock.stages
        return report
    }

    /// The content folder's path inside its repository, for «Исправить» links: the path as
    /// given when it is relative and inside the working folder, else the conventional `content/`.
    static func repoPath(of root: String) -> String {
        if root == "." { return "" }
        if root.hasPrefix("/") || root.hasPrefix("..") { return "content/" }
        return (root.hasPrefix("./") ? String(root.dropFirst(2)) : root) + "/"
    }
}
