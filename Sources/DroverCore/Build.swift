/// The pipeline in one screen: load → parse → validate → resolve links → render → write.
///
/// Each stage takes the previous stage's typed value and returns its own, and asks the previous
/// build's value (`PreviousBuild`) what it may keep. Every stage reports problems as diagnostics
/// and the build stops before writing if any is an error (or a warning under `--strict`), so a
/// failed build leaves the output as it was.
public enum Build {
    public static func run(_ options: BuildOptions) async -> BuildReport {
        var run = BuildRun(options)
        // Load: the output folder, locked for this build, and what its previous build left; then
        // every input read once, except sources that build vouches for.
        guard let target = await run.openOutput() else { return await run.failed() }
        let identity = BuildIdentity(options)
        let previous = PreviousBuild.open(target, identity: identity, options: options)
        guard var sources = await SiteSources.load(options, previous: previous, diagnostics: &run.diagnostics) else {
            return await run.failed(previous)
        }
        let loadDiagnostics = run.diagnostics
        let inputs = InputsFingerprint.of(sources, sourceHashes: sources.files.lazy.map { ($0.sourcePath, $0.hash) }, identity: identity,
                                          loadDiagnostics: loadDiagnostics)
        // Files nobody planned (a page of a deleted entry, a half-written file) are removed by an
        // incremental build as by a clean one; walking a large site goes on beside the stages.
        async let outputFiles = previous.isClean ? OutputFiles.none : target.currentFiles()
        run.lap("load")
        if !options.alwaysPrepare, previous.isUnchanged(inputs: inputs, output: await outputFiles) {
            return await run.unchanged(previous, sources: sources)
        }

        // Parse: every block and entry in parallel, bodies rendered to HTML with their links
        // pointing at site URLs; files unchanged since the previous build are not parsed again.
        let urls = SiteURLs(baseURL: sources.config.baseURL)
        let rewriter = LinkRewriter(urls: urls, tagDefinitions: sources.tagDefinitions)
        let reusable = await previous.reusableParses(settingsFingerprint: sources.settingsFingerprint)
        await sources.readUnchanged(except: reusable)
        let parsed = await ParsedSources.parse(sources, rewriter: rewriter, reusable: reusable, spill: run.spill(target, previous))
        sources.releaseBytes(after: parsed)
        let sourceHashes = parsed.sourceHashes
        run.parsed(parsed, sources: sources, target: target, previous: previous)

        // Validate: rules across files, then assemble the collection (or keep a server's).
        let validated = ValidatedCollection.make(sources: sources, parsed: parsed, retained: previous.retained, buildKey: identity.key,
                                                 options: options)
        run.validated(validated)

        // Resolve links: every relative link must reach an entry, a block, a heading or a tag.
        let links = await ResolvedLinks.make(validated, parsed: parsed, retained: previous.retained, rewriter: rewriter,
                                             previousTargetsKey: previous.linkTargets)
        guard let site = run.resolved(links, validated: validated, parsed: parsed, sources: sources, urls: urls) else {
            return await run.failed(previous)
        }

        // Render: plan every output with the hash of its inputs, and make only those that changed.
        let renderer = SiteRenderer(site: site, dependencies: OutputDependencies(site: site, buildKey: identity.key,
                                    settingsFingerprint: sources.settingsFingerprint, sourceHashes: sourceHashes),
                                    previousOutputs: previous.manifest?.outputs ?? [:])
        let plan = await renderer.plan()
        let writePlan = previous.writePlan(plan, present: await outputFiles)
        run.lap("plan")

        // Write: into the output in place, or a new folder swapped in, with the manifest for the next build.
        let manifest = BuildManifest(identity: identity, sources: sources, parsed: parsed, previous: previous,
                                     inputs: InputsFingerprint.of(sources, sourceHashes: parsed.files.lazy.map { ($0.sourcePath, $0.hash) },
                                                                  identity: identity, loadDiagnostics: loadDiagnostics),
                                     linkTargets: links.targetsKey, warnings: run.diagnostics)
        return await run.write(writePlan, plan: plan, with: renderer, into: target, manifest: manifest, previous: previous,
                               retaining: RetainedBuild(buildKey: identity.key, settingsFingerprint: sources.settingsFingerprint,
                                                        themeFingerprint: site.theme.fingerprint, sourceHashes: sourceHashes,
                                                        collection: site.collection, assembleDiagnostics: validated.diagnostics,
                                                        linkDiagnostics: links.diagnostics, resolver: site.resolver))
    }
}
