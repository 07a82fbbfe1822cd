import ArgumentParser
import DroverCore
import Foundation

/// `drover serve`: builds into memory, serves the site, rebuilds on every change and tells open
/// pages to reload. Exit 0 when stopped with Ctrl-C, 2 on a usage error or when it cannot listen.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site locally, rebuilding it and reloading open pages on every change.",
        discussion: """
        Nothing is written to disk: the site is built into memory, with base_url set to the local \
        address. A failed rebuild shows its diagnostics here and over every open page, and the last \
        good site keeps being served. Ctrl-C stops the server.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The collection's folder.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The theme's folder (templates/ and static/).", valueName: "dir"))
    var theme = "theme"

    @Option(help: "The port to listen on; when it is taken, the next free one is used.")
    var port = 8000

    @Option(help: "The address to listen on. Only this machine can connect unless you change it.")
    var host = "127.0.0.1"

    @Flag(help: "Include entries marked draft: true.")
    var drafts = false

    @Flag(help: "Open the site in the browser once it is served.")
    var open = false

    @Flag(help: "After each rebuild's line, print how long each stage of it took.")
    var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        var options = ServeOptions(contentDirectory: content, themeDirectory: theme, host: host, port: port, includeDrafts: drafts)
        // `build`'s output folder may sit next to content/ and theme/; it is never watched.
        options.excludedFolders = ["site"]
        options.shutdownSignals = [.sigint, .sigterm]
        let terminal = ServeTerminal(useColor: isatty(STDERR_FILENO) == 1, openBrowser: open, timings: timings)
        let server = DevServer(options: options) { event in terminal.show(event) }
        do {
            try await server.run()
        } catch {
            printError("drover serve: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        ServeTerminal.say("stopped")
    }
}

/// What `drover serve` prints: the address, then one line per rebuild, and the diagnostics of a
/// failed one.
struct ServeTerminal: Sendable {
    let useColor: Bool
    let openBrowser: Bool
    let timings: Bool
    private let workingDirectory = FileManager.default.currentDirectoryPath

    func show(_ event: ServeEvent) {
        switch event {
        case .portTaken(let port):
            printError("port \(port) is taken; trying \(port + 1)")
        case .listening(let address):
            Self.say("serving \(address) (Ctrl-C stops)")
            if openBrowser { Self.open(address) }
        case .built(let report, let changes):
            let what = changes.map { $0.summary(relativeTo: workingDirectory) } ?? "start"
            let milliseconds = Int((report.seconds * 1000).rounded())
            guard report.succeeded else {
                let printer = DiagnosticPrinter(useColor: useColor)
                for diagnostic in report.diagnostics.sorted { printError(printer.format(diagnostic)) }
                printError("\(what): build failed (\(DiagnosticPrinter.summary(report.diagnostics))), \(milliseconds) ms; "
                           + "still serving the last good site")
                return
            }
            var line = "\(what): "
            if report.nothingChanged {
                line += "nothing to rebuild"
            } else if changes == nil {
                line += "built \(CountedNoun.entry.count(report.entries)), \(CountedNoun.page.count(report.pages))"
            } else {
                line += "\(report.pagesRendered) of \(CountedNoun.page.count(report.pages)) rendered, "
                    + "\(CountedNoun.file.count(report.filesWritten)) changed"
            }
            line += ", \(milliseconds) ms"
            if report.diagnostics.warningCount > 0 { line += "; \(DiagnosticPrinter.summary(report.diagnostics))" }
            Self.say(line)
            if timings { Self.say(formatTimings(report.stages)) }
        }
    }

    /// One line on standard output, unbuffered: each shows as it happens, also in a pipe or a log.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Hands the address to the desktop's browser; a failure is only mentioned.
    private static func open(_ address: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open"]
        #endif
        process.arguments = (process.arguments ?? []) + [address]
        do {
            try process.run()
        } catch {
            printError("cannot open a browser (\(error)); open \(address) yourself")
        }
    }
}
