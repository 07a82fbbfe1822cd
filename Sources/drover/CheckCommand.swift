import ArgumentParser
import DroverCore
import Foundation
import Logging

/// `drover check`: build, then check internal links (always) and external URLs (when asked).
/// Exit 0 clean, 1 broken links or content errors (warnings too under --strict), 2 usage or configuration.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site, then check its links.",
        discussion: """
        Internal links and #fragments of the built site are always checked, without the network, \
        and reported at the Markdown line that wrote them. External URLs (every entry's url and \
        every absolute link in bodies) are checked with --external or check.external: true in \
        site.yml: each unique URL once, each host at its own polite pace. Only broken and invalid \
        URLs and broken internal links fail the run; moved, archived, withdrawn, soft-404, \
        blocked, rate-limited, unreachable and TLS errors are warnings unless --strict.

        GitHub repositories, YouTube videos, Telegram channels, arXiv papers and Hugging Face \
        repositories are judged by their hosts' own answers (APIs, oEmbed, page content); set \
        GITHUB_TOKEN to ask GitHub's GraphQL API for 100 repositories a request. --fix rewrites \
        every moved URL in the content files and prints the diff.
        """
    )

    @OptionGroup var folders: SiteFolders

    @Flag(help: "Also request every external URL.")
    var external = false

    @Flag(help: "Check internal links only, whatever site.yml says.")
    var offline = false

    @Flag(help: "Treat warnings (moved, blocked, rate-limited, unreachable, tls-error) as errors.")
    var strict = false

    @Option(help: ArgumentHelp("How to print the results: text, json, github or junit.", valueName: "format"))
    var format: CheckFormat = .text

    @Option(help: ArgumentHelp("Where to keep results between runs.", valueName: "file"))
    var cache = ".drover/linkcheck.json"

    @Flag(name: .customLong("no-cache"), help: "Request every URL again, ignoring stored results.")
    var noCache = false

    @Option(name: .customLong("only"), parsing: .upToNextOption,
            help: ArgumentHelp("Check external URLs written in these files only (e.g. a pull request's).", valueName: "file"))
    var onlyFiles: [String] = []

    @Flag(help: "Print how long the build, the internal check and the external check took.")
    var timings = false

    @Option(name: .customLong("user-agent"), help: ArgumentHelp("Overrides check.user_agent from site.yml.", valueName: "text"))
    var userAgent: String?

    @Flag(help: "Rewrite every moved URL (permanent redirect, renamed repository) in the content files, and print the diff.")
    var fix = false

    @Flag(name: .customLong("dry-run"), help: "With --fix: print the diff, change nothing.")
    var dryRun = false

    @Option(name: .customLong("resolve"),
            help: ArgumentHelp("For tests and benchmarks: send HOST's requests (https too) over plain HTTP to ADDRESS:PORT, "
                               + "keeping the Host header. Repeatable; also check.resolve in site.yml.", valueName: "host=address:port"))
    var resolve: [String] = []

    func validate() throws {
        if external && offline {
            throw ValidationError("--external and --offline contradict each other; pass one of them")
        }
        if fix && offline {
            throw ValidationError("--fix needs the external check, and --offline turns it off; pass one of them")
        }
        if dryRun && !fix {
            throw ValidationError("--dry-run only makes sense with --fix (print the fix's diff without writing it)")
        }
        for rule in resolve {
            if case .failure(let error) = HostRoute.parse(rule) { throw ValidationError("--resolve: " + error.message) }
        }
    }

    func run() async throws {
        var build = BuildOptions(contentDirectory: folders.content, themeDirectory: folders.theme,
                                 outputDirectory: folders.output, strict: strict)
        build.waitingForOutput = { holder in printError("waiting for \(holder), which is building into \(folders.output)/ …") }
        var options = CheckOptions(build: build)
        options.external = external || fix ? true : nil
        options.offline = offline
        options.cachePath = cache
        options.useCache = !noCache
        options.onlyFiles = onlyFiles.isEmpty ? nil : Set(onlyFiles)
        options.userAgent = userAgent
        for rule in resolve {
            if case .success(let parsed) = HostRoute.parse(rule) { options.resolve[parsed.host] = parsed.route }
        }
        options.githubToken = ProcessInfo.processInfo.environment["GITHUB_TOKEN"]
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressBar { text in FileHandle.standardError.write(Data(text.utf8)) } : nil
        if let progress { options.progress = { progress.update(done: $0, total: $1) } }

        let report = await LinkCheck.run(options)
        progress?.finish()
        // Every format writes its report, a failed build's diagnostics included: CI needs the
        // JSON or JUnit exactly when something is wrong.
        print(format.render(report, color: format == .text && isatty(STDOUT_FILENO) == 1), terminator: "")
        // On standard error: standard output may be JSON or XML that a tool reads.
        if !report.build.succeeded {
            printError("check stopped: the build failed with \(DiagnosticPrinter.summary(report.build.diagnostics))")
        }
        if timings { printError(formatTimings(report.stages)) }
        var problems = report.problems
        if fix && report.build.succeeded {
            problems = try applyFix(report, problems: problems)
        }
        let code = ExitStatus.code(for: problems)
        if code != ExitStatus.success { throw ExitCode(code) }
    }

    /// Rewrites (or, with --dry-run, only shows) the moved URLs; returns the problems left, which
    /// no longer count the moved URLs it wrote.
    private func applyFix(_ report: CheckReport, problems: [Diagnostic]) throws -> [Diagnostic] {
        let plan = MovedURLFix.plan(report)
        // The diff goes where the report does only when the report is text: JSON or XML on
        // standard output must stay one document.
        let diff = plan.diff
        if format == .text { print(diff, terminator: "") } else { FileHandle.standardError.write(Data(diff.utf8)) }
        for missed in plan.missed { printError(missed.description) }
        let urls = plan.changes.reduce(0) { $0 + $1.rewritten }
        if dryRun {
            printError("--dry-run: would rewrite \(urls) moved URLs in \(plan.changes.count) files")
            return problems
        }
        do { try plan.apply() } catch {
            printError("error: cannot write the fix: \(error)")
            throw ExitCode(ExitStatus.problems)
        }
        printError("rewrote \(urls) moved URLs in \(plan.changes.count) files; run drover build to see the site with them")
        return problems.filter { !plan.wasRewritten($0) }
    }
}

extension CheckFormat: ExpressibleByArgument {}
