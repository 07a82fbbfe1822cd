import ArgumentParser
import DroverCore
import Foundation

/// `drover export`: the collection in another format.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the collection in another format.",
        subcommands: [ExportReadmeCommand.self]
    )
}

/// `drover export readme`: exit 0 written, 1 content errors, 2 usage.
struct ExportReadmeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readme",
        abstract: "Write the collection as an awesome-list README.",
        discussion: """
        The title and description, a Contents list, a section per block in order, and one \
        '- [Title](url) - Description.' item per entry (the description is the first sentence \
        of its body), following awesome-lint's rules. The same collection gives the same bytes.
        """
    )

    @Option(help: ArgumentHelp("The collection's folder.", valueName: "dir"))
    var content = "content"

    @Option(help: ArgumentHelp("Where to write the README; '-' for standard output.", valueName: "file"))
    var output = "README.md"

    func run() async throws {
        let (collection, diagnostics) = await Build.loadCollection(content: content)
        let printer = DiagnosticPrinter(useColor: isatty(STDERR_FILENO) == 1)
        for diagnostic in diagnostics.sorted { printError(printer.format(diagnostic)) }
        guard let collection, diagnostics.errorCount == 0 else {
            printError("export failed: \(DiagnosticPrinter.summary(diagnostics)); \(output) was not written")
            throw ExitCode(1)
        }
        let readme = ReadmeExport.render(collection)
        for warning in readme.warnings { printError("warning: \(warning)") }
        if output == "-" {
            print(readme.text, terminator: "")
            return
        }
        do {
            // Atomic: a reader never sees half a README.
            try Data(readme.text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("exported \(readme.entries) entries in \(readme.blocks) blocks to \(output)")
    }
}
