import ArgumentParser
import DroverCore
import Foundation
import Logging

/// `drover build`: content/ + theme/ → site/. Exit 0 built, 1 content errors, 2 usage.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content and theme folders.",
        discussion: """
        Every problem in every file is reported at once, as file:line:column. On any error \
        nothing is written: the previous output folder stays exactly as it was.
        """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Overrides site.yml's base_url, e.g. for a local preview.", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Include entries marked draft: true.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Ignore what the previous build kept: parse and render everything, and write a new site.")
    var clean = false

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Log what the build is doing to standard error.")
    var verbose = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL, like http://localhost:8000/")
        }
    }

    func run() async throws {
        var options = BuildOptions(contentDirectory: folders.content, themeDirectory: folders.theme, outputDirectory: folders.output,
                                   baseURL: baseURL, includeDrafts: drafts, strict: strict, clean: clean)
        let output = folders.output
        options.waitingForOutput = { holder in printError("waiting for \(holder), which is building into \(output)/ …") }
        if verbose {
            options.logger = Logger(label: "drover.build") { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = .debug
                return handler
            }
        }
        let kept = KeptBesideOutput.paths(forOutput: output)
        let keptBefore = kept.filter { FileManager.default.fileExists(atPath: $0) }
        let report = await Build.run(options)
        let printer = DiagnosticPrinter(useColor: isatty(STDERR_FILENO) == 1)
        for diagnostic in report.diagnostics.sorted {
            printError(printer.format(diagnostic))
        }
        for note in report.notes { printError("note: \(note)") }
        guard report.succeeded else {
            printError("build failed: \(DiagnosticPrinter.summary(report.diagnostics)); \(folders.output)/ was not changed")
            exitNow(ExitStatus.code(for: report.diagnostics.all))
        }
        let seconds = String(format: "%.2f", report.seconds)
        var line: String
        if report.nothingChanged {
            line = "nothing changed; \(folders.output)/ is up to date (\(seconds) s)"
        } else {
            line = "built \(CountedNoun.entry.count(report.entries)), \(CountedNoun.page.count(report.pages)), "
                + "\(CountedNoun.tag.count(report.tags)) into \(folders.output)/ in \(seconds) s"
            line += " (\(report.clean ? "clean build" : "\(CountedNoun.page.count(report.pagesRendered)) rendered"), "
                + "\(CountedNoun.file.count(report.filesWritten)) written, \(report.filesUnchanged) unchanged"
            if report.filesRemoved > 0 { line += ", \(report.filesRemoved) removed" }
            line += ")"
        }
        if report.diagnostics.warningCount > 0 { line += "; \(DiagnosticPrinter.summary(report.diagnostics))" }
        print(line)
        let started = kept.filter { !keptBefore.contains($0) && FileManager.default.fileExists(atPath: $0) }
        if !started.isEmpty {
            // They land outside the folder the build was given: say so once, when they first appear.
            print("kept \(started.joined(separator: " and ")) beside \(output)/ for the next build to reuse; "
                  + "leave them out of version control (.gitignore: /.\((output as NSString).lastPathComponent).drover-*)")
        }
        if timings { print(formatTimings(report.stages)) }
        exitNow(ExitStatus.success)
    }
}
