import DroverCore

/// The one exit-code policy of every command, decided from what kind of problem each diagnostic
/// is (never from file names), so `build` and `check` agree on the same input:
/// - 0: success;
/// - 1: problems in the content, the theme or the links (and writing the site);
/// - 2: a usage or configuration error: the command line, site.yml, tags.yml, the folders given.
enum ExitStatus {
    static let success: Int32 = 0
    static let problems: Int32 = 1
    static let usage: Int32 = 2

    /// The code for a run that reported `diagnostics`; warnings count only under `--strict`
    /// (the engine has already made them errors then).
    static func code(for diagnostics: [Diagnostic]) -> Int32 {
        let errors = diagnostics.filter { $0.severity == .error }
        if errors.isEmpty { return success }
        return errors.contains { $0.kind == .configuration } ? usage : problems
    }
}
