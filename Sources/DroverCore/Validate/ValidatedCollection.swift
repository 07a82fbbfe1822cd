/// The validate stage's result: the assembled collection and what assembling it reported.
///
/// A server's rebuild after entries changed in ways that keep the collection's shape starts
/// from its previous collection instead (see `RetainedBuild`).
struct ValidatedCollection: Sendable {
    var collection: Collection
    var diagnostics: [Diagnostic]
    /// The indices of the changed entries when the previous collection was kept; nil when the
    /// collection was assembled anew.
    var keptWithChanges: [Int]?

    static func make(sources: SiteSources, parsed: ParsedSources, retained: RetainedBuild?, buildKey: String,
                     options: BuildOptions) -> ValidatedCollection {
        if let retained, let reassembled = retained.reassemble(parsed, buildKey: buildKey, settingsFingerprint: sources.settingsFingerprint,
                                                               themeFingerprint: sources.theme?.fingerprint) {
            return ValidatedCollection(collection: reassembled.collection, diagnostics: retained.assembleDiagnostics,
                                       keptWithChanges: reassembled.changed)
        }
        var diagnostics: [Diagnostic] = []
        var collection = CollectionValidator(includeDrafts: options.includeDrafts)
            .assemble(config: sources.config, tagDefinitions: sources.tagDefinitions, tagsFile: sources.tagsFile,
                      blocks: parsed.blocks, entries: parsed.entries, sourcePaths: sources.tree.sourcePaths, diagnostics: &diagnostics)
        collection.pages = parsed.pages
        if let theme = sources.theme, let first = collection.pages.first, !theme.has(StandalonePage.template) {
            diagnostics.append(Diagnostic(file: options.themeDirectory + "/templates/\(StandalonePage.template).mustache",
                                          message: "the theme has no '\(StandalonePage.template)' template, which \(first.file) needs",
                                          fix: "add \(StandalonePage.template).mustache to the theme (see theme/README.md)", kind: .theme))
        }
        return ValidatedCollection(collection: collection, diagnostics: diagnostics, keptWithChanges: nil)
    }
}
