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
    /// Make the context of every page the pre-filter of `OutputDependencies` leaves alone, and
    /// report those whose derived key moved (`BuildReport.missedByOutputFilter`): for tests.
    var verifyOutputKeys = false
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
