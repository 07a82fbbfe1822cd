/// What a build did: its diagnostics and, when it succeeded, what it made.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    /// False when nothing was written: the previous output is untouched.
    public var succeeded: Bool
    public var entries = 0
    public var pages = 0
    public var tags = 0
    /// Site paths of the pages whose templates this build ran (all of them in a clean build),
    /// sorted: those the pre-filter let through (see `OutputDependencies`) whose context's key
    /// moved (see `ContextKey`); of those, only the ones whose bytes changed were written.
    public var renderedPages: [String] = []
    public var pagesRendered: Int { renderedPages.count }
    public var filesWritten = 0
    public var filesUnchanged = 0
    public var filesRemoved = 0
    /// What the build found amiss in what the previous build kept (a damaged manifest or
    /// store): it cost time, not correctness. For the CLI to print as notes.
    public var notes: [String] = []
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
    /// With `BuildOptions.verifyOutputKeys`: the outputs left alone whose key or bytes moved.
    var missedByOutputFilter: [String] = []
    public var seconds = 0.0
    /// Wall and CPU time of each stage, in pipeline order, for `--timings`.
    public var stages: [StageTime] = []
    /// What was built, for the link check (and the server) that follow a build.
    public var site: PreparedSite?

    public var collection: Collection? { site?.collection }
}
