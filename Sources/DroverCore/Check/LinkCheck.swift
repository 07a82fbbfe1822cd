import Foundation

/// What `drover check` was asked to do.
public struct CheckOptions: Sendable {
    public var build: BuildOptions
    /// `--external`; nil leaves it to site.yml's `check.external`.
    public var external: Bool?
    /// `--offline`: internal links only, whatever site.yml says.
    public var offline = false
    /// nil: no cache file at all.
    public var cachePath: String? = ".drover/linkcheck.json"
    /// false for `--no-cache`: stored results are ignored (fresh ones are still stored).
    public var useCache = true
    /// When set, only external URLs written in these files (e.g. a pull request's changes),
    /// named as diagnostics name them; a leading `./` does not matter.
    public var onlyFiles: Set<String>?
    public var userAgent: String?
    /// `--resolve HOST=ADDRESS:PORT` rules, over site.yml's `check.resolve`.
    public var resolve: [String: HostRoute] = [:]
    /// `GITHUB_TOKEN`: GitHub repositories are then asked through GraphQL, 100 a request.
    public var githubToken: String?
    /// Whether GitHub, YouTube, Telegram, arXiv and Hugging Face URLs are judged by their hosts'
    /// own answers (on unless a test wants the plain HTTP check alone).
    public var hostAdapters = true
    /// Called after each external URL with (done, total).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// The clock, date and resolver of external checks: the machine's, unless a test gives its own.
    var environment = CheckEnvironment()

    public init(build: BuildOptions) {
        self.build = build
    }

    /// `build.strict` (`--strict`): build warnings and link warnings (moved, blocked,
    /// rate-limited, unreachable, TLS) fail the run too.
    public var strict: Bool { build.strict }
}

/// One external URL and what became of it.
public struct CheckedLink: Sendable {
    public var link: ExternalLink
    public var result: LinkResult
}

/// Everything a check found; reporters turn it into text, JSON, annotations or JUnit.
public struct CheckReport: Sendable {
    public var build: BuildReport
    /// Broken internal links and fragments, at their Markdown source when there is one.
    public var internalProblems: [Diagnostic] = []
    public var pagesChecked = 0
    public var internalLinks = 0
    /// Sorted by normalized URL.
    public var links: [CheckedLink] = []
    /// Whether external URLs were requested (false: they are listed as skipped).
    public var externalChecked = false
    public var requests = 0
    public var seconds = 0.0
    /// Wall and CPU time of each part (build, internal links, external URLs), for `--timings`.
    public var stages: [StageTime] = []
    public var strict = false
    /// Things worth saying that are not about a link (an unreadable cache file).
    public var notes: [String] = []

    /// Every problem, one per place: the build's warnings, internal failures, then each failing
    /// URL at each of its sources.
    public var problems: [Diagnostic] {
        var result = build.diagnostics.all + internalProblems
        for checked in links where checked.result.linkClass.severity != .fine {
            let (message, fix) = Self.describe(checked)
            for source in checked.link.sources {
                let severity: Diagnostic.Severity = checked.result.linkClass.severity == .error || strict ? .error : .warning
                result.append(Diagnostic(file: source.file, line: source.line, column: source.column, severity: severity,
                                         message: message, fix: fix))
            }
        }
        return DiagnosticList(result).sorted
    }

    public func count(_ linkClass: LinkClass) -> Int {
        links.count { $0.result.linkClass == linkClass }
    }

    static func describe(_ checked: CheckedLink) -> (message: String, fix: String?) {
        let result = checked.result
        let message = "\(result.linkClass.rawValue): \(checked.link.url) — \(result.detail)"
        // The host the answer came from, so a fix names the exact setting to write.
        let host = URLNormalization.host(of: result.finalURL ?? checked.link.key) ?? "the host"
        let fix: String? = switch result.linkClass {
        case .moved: result.finalURL.map { "replace it with \($0)" }
        case .broken: "find where the resource lives now, or remove the link"
        case .softNotFound: "the server answers, but not with this page: find where the resource lives now, or remove the link"
        case .archived: "it still works but is no longer maintained: keep it if it is still worth reading, link a maintained successor, or set check: false on the entry"
        case .withdrawn: "its authors withdrew it: link the version you meant (…v1), or remove the link"
        case .invalid: "write an absolute http(s) URL"
        case .blocked: "the page may work in a browser; if it does, add \(host) to check.exclude_hosts in site.yml"
        case .rateLimited: "the next run asks again; if \(host) keeps refusing, give it its own check.hosts entry with a lower concurrency and a longer interval"
        case .unreachable: "the server may be down; the next run checks again"
        case .tlsError: "the site's certificate or TLS setup is broken; tell its owners or link another copy"
        case .ok, .redirect, .skipped: nil
        }
        return (message, fix)
    }
}

/// `drover check`: build, check the built site's internal links, then (when asked) the external URLs.
public enum LinkCheck {
    public static func run(_ options: CheckOptions) async -> CheckReport {
        let clock = ContinuousClock.now
        var stages = StageClock(logger: options.build.logger)
        var buildOptions = options.build
        buildOptions.alwaysPrepare = true
        let build = await Build.run(buildOptions)
        var report = CheckReport(build: build)
        func stage(_ name: String) {
            stages.lap(name)
            report.stages = stages.stages
        }
        stage("build")
        report.strict = options.strict
        let onlyFiles = options.onlyFiles.map { Set($0.map(ContentTree.withoutDotSlash)) }
        guard build.succeeded, let site = build.site else {
            report.notes.append("the build failed, so no link was checked")
            return report
        }
        let collection = site.collection
        let urls = site.urls
        let siteLinks = await InternalLinkChecker(outputDirectory: options.build.outputDirectory, urls: urls,
                                                 provenance: LinkProvenance(collection: collection, resolver: site.resolver)).check()
        report.internalProblems = siteLinks.diagnostics
        report.pagesChecked = siteLinks.pages
        report.internalLinks = siteLinks.links
        stage("internal links")

        var settings = collection.config.check
        if let agent = options.userAgent { settings.userAgent = agent }
        let links = ExternalLinks.collect(collection, urls: urls, settings: settings, onlyFiles: onlyFiles)
        let external = !options.offline && (options.external ?? settings.external)
        if external {
            var environment = options.environment
            environment.hosts.routes.merge(settings.resolve.merging(options.resolve) { $1 }) { $1 }
            let checker = ExternalLinkChecker(settings: settings, cachePath: options.cachePath, useCache: options.useCache,
                                              progress: options.progress, environment: environment,
                                              adapters: options.hostAdapters ? HostAdapters.all(githubToken: options.githubToken) : [])
            let outcome = await checker.run(links)
            report.links = zip(links, outcome.results).map { CheckedLink(link: $0, result: $1) }
            report.requests = outcome.requests
            report.notes += outcome.cacheProblems
            report.externalChecked = true
            if let note = outcome.offlineNote { report.notes.append(note) }
            stage("external URLs")
        } else {
            let reason = options.offline ? "offline" : "external checks are off (pass --external)"
            report.links = links.map { CheckedLink(link: $0, result: $0.resultWithoutRequest ?? LinkResult(.skipped, detail: reason)) }
        }
        report.seconds = (ContinuousClock.now - clock).seconds
        return report
    }
}
