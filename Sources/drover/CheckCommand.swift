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
        URLs and broken internal links fail the run; moved, blocked, rate-limited, unreachable \
        and TLS errors are warnings unless --strict.
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

    func validate() throws {
        if external && offline {
            throw ValidationError("--external and --offline contradict each other; pass one of them")
        }
    }

    func run() async throws {
        var build = BuildOptions(contentDirectory: folders.content, themeDirectory: folders.theme,
                                 outputDirectory: folders.output, strict: strict)
        build.waitingForOutput = { holder in printError("waiting for \(holder), which is building into \(folders.output)/ …") }
        var options = CheckOptions(build: build)
        options.external = external ? true : nil
        options.offline = offline
        options.cachePath = cache
        options.useCache = !noCache
        options.onlyFiles = onlyFiles.isEmpty ? nil : Set(onlyFiles)
        options.userAgent = userAgent
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
        let code = ExitStatus.code(for: report.problems)
        if code != ExitStatus.success { throw ExitCode(code) }
    }
}

extension CheckFormat: ExpressibleByArgument {}
