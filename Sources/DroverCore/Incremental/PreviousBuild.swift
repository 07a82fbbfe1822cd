import Synchronization

/// What the previous build into the same output left, and the one place the stages ask whether
/// they may keep its work. Each question has a safe answer when there is nothing to keep (a
/// clean build): read every source, parse everything, check every link, write every file.
///
/// - load asks which sources it need not read (`knownSources`);
/// - the build asks whether anything changed at all (`isUnchanged`);
/// - parse asks which parses it may reuse (`reusableParses`);
/// - validate and resolve ask what a server's previous build validated (`retained`) and which
///   links are known good (`linkTargets`);
/// - write asks which outputs are as that build left them (`writePlan`).
///
/// A manifest or store that is damaged costs time (a clean build, a parse again), never a wrong
/// site, and says so in `notes`.
///
/// A class, shared by the stages: it learns things on the way (a store record that does not
/// read back), and one value stays simple to reason about across the pipeline's awaits.
final class PreviousBuild: Sendable {
    /// Nil for a clean build: `--clean`, no manifest, one of another identity, or a damaged one.
    let manifest: BuildManifest?
    /// What a server's previous build validated (see `RetainedBuild`).
    let retained: RetainedBuild?
    /// The sources a file watcher saw change: every other source that build read is unchanged.
    private let watchedChanges: Set<String>?
    /// What was found amiss, for the report.
    private let noted: Mutex<[String]>
    var notes: [String] { noted.withLock { $0 } }

    private init(manifest: BuildManifest?, retained: RetainedBuild?, watchedChanges: Set<String>?, notes: [String]) {
        self.manifest = manifest
        self.retained = retained
        self.watchedChanges = watchedChanges
        noted = Mutex(notes)
    }

    static func open(_ target: OutputTarget, identity: BuildIdentity, options: BuildOptions) -> PreviousBuild {
        guard !options.clean else { return PreviousBuild(manifest: nil, retained: nil, watchedChanges: nil, notes: []) }
        switch target.previousManifest(buildKey: identity.key) {
        case .usable(let manifest):
            return PreviousBuild(manifest: manifest, retained: target.retained, watchedChanges: options.watchedChanges, notes: manifest.notes)
        case .absent:
            return PreviousBuild(manifest: nil, retained: target.retained, watchedChanges: nil, notes: [])
        case .damaged(let reason):
            return PreviousBuild(manifest: nil, retained: target.retained, watchedChanges: nil,
                                 notes: ["the previous build's manifest beside the output is damaged (\(reason)); building everything again"])
        }
    }

    var isClean: Bool { manifest == nil }

    /// The sources whose recorded stamps vouch for their bytes, and the sources a watcher saw
    /// change (nil when no watcher vouches for the others).
    var knownSources: (known: [String: KnownSource], watched: Set<String>?) {
        (manifest?.knownSources(settledOnly: watchedChanges == nil) ?? [:], watchedChanges)
    }

    /// Whether the build would make what the output already holds: the same inputs and identity
    /// as the previous build, and every file of the output as that build left it.
    func isUnchanged(inputs: UInt64, output: OutputFiles) -> Bool {
        guard let manifest, manifest.inputsFingerprint == inputs, output.paths.count == manifest.outputs.count else { return false }
        return manifest.outputs.allSatisfy { output.file($0.key, isAsIn: $0.value) == .intact }
    }

    /// The previous parses that stay valid under settings of `settingsFingerprint`, by source
    /// path (a source is reused only when its hash is also the same). A record of the store that
    /// cannot be read back is left out, to be parsed again, and noted.
    func reusableParses(settingsFingerprint: UInt64) async -> [String: ParsedSource] {
        guard let manifest, manifest.settingsFingerprint == settingsFingerprint else { return [:] }
        let (sources, damaged) = await manifest.sources()
        if damaged > 0 {
            noted.withLock { $0.append("\(damaged) parsed source\(damaged == 1 ? "" : "s") kept beside the output could not be read back; parsed again") }
        }
        return sources
    }

    /// What the previous build's links could point at (see `ResolvedLinks`).
    var linkTargets: UInt64? { manifest?.linkTargets }

    /// Which planned outputs to make, which to keep, and which files to remove.
    func writePlan(_ plan: [PlannedOutput], present: OutputFiles) -> WritePlan {
        WritePlan(plan: plan, previous: manifest, present: present)
    }

    /// What the next manifest keeps of each source: the hash it was parsed from, the stamp its
    /// file had when read, and, for a parse reused from the previous build, where that is stored.
    func sourceRecords(_ sources: SiteSources, _ parsed: ParsedSources) -> [String: BuildManifest.SourceRecord] {
        var records: [String: BuildManifest.SourceRecord] = [:]
        records.reserveCapacity(parsed.files.count)
        for (index, source) in parsed.files.enumerated() {
            let stored = parsed.isReused[index] ? manifest?.sourceRecords[source.sourcePath]?.stored : nil
            records[source.sourcePath] = BuildManifest.SourceRecord(hash: source.hash, stamp: sources.files[index].stamp, stored: stored)
        }
        return records
    }
}
