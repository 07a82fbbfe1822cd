/// The resolve stage's result: the resolver every later stage asks, and the broken links of
/// each body that has any.
///
/// Not every link is checked on every build. A server's rebuild that kept its collection checks
/// only the changed entries' links (see `RetainedBuild`); a build whose link targets are the
/// previous build's checks only the sources it parsed anew, since the reused ones' links all
/// resolved then (that build kept the key only when it found no link problem at all).
struct ResolvedLinks: Sendable {
    var resolver: LinkResolver
    var diagnostics: [String: [Diagnostic]]
    /// `resolver.targetsKey` for the manifest; 0 (unknown) when a server's resolver was kept.
    var targetsKey: UInt64

    static func make(_ validated: ValidatedCollection, parsed: ParsedSources, retained: RetainedBuild?, rewriter: LinkRewriter,
                     previousTargetsKey: UInt64?) async -> ResolvedLinks {
        let collection = validated.collection
        if let retained, let changed = validated.keptWithChanges,
           let kept = retained.linkDiagnostics(after: collection, changed: changed, unlisted: parsed.unlisted) {
            return ResolvedLinks(resolver: retained.resolver, diagnostics: kept, targetsKey: 0)
        }
        let resolver = LinkResolver(collection: collection, rewriter: rewriter)
        let targetsKey = resolver.targetsKey
        let recheck = previousTargetsKey == targetsKey
            ? Set(zip(parsed.files, parsed.isReused).compactMap { $1 ? nil : $0.sourcePath }) : nil
        let diagnostics = await LinkValidator(resolver: resolver).validate(collection, unlisted: parsed.unlisted, onlyIn: recheck)
        // Reused sources skip the check only because their links were all good: a build that
        // succeeds with any link problem (a warning) keeps no key, and the next checks everything.
        return ResolvedLinks(resolver: resolver, diagnostics: diagnostics, targetsKey: diagnostics.isEmpty ? targetsKey : 0)
    }

    /// The broken links in report order.
    func ordered(_ collection: Collection, unlisted: [UnlistedBody]) -> [Diagnostic] {
        LinkValidator.ordered(diagnostics, collection: collection, unlisted: unlisted)
    }
}
