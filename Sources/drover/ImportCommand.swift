import ArgumentParser
import DroverCore
import Foundation

/// `drover import`: bring a collection in from another format.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a collection from another format.",
        subcommands: [ImportAwesomeCommand.self]
    )
}

/// `drover import awesome README.md --into DIR`: exit 0 all imported, 1 something skipped, 2 unusable input.
struct ImportAwesomeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awesome",
        abstract: "Import an awesome-list README into a collection folder.",
        discussion: """
        Headings at --block-level become blocks, deeper headings and grouping items become tags, \
        list items become entries. Every link of the README gets a line in the report. Existing \
        files are never overwritten: a re-run adds new items and reports what changed upstream. \
        Exit codes: 0 everything imported, 1 something skipped (the rest is written), 2 usage \
        errors and unusable input.
        """
    )

    @Argument(help: ArgumentHelp("The awesome list's README.", valueName: "readme"))
    var readme: String

    @Option(help: ArgumentHelp("The collection folder to write into; created when missing.", valueName: "dir"))
    var into: String

    @Option(name: .customLong("block-level"), help: ArgumentHelp("Heading level that becomes blocks (1–5).", valueName: "n"))
    var blockLevel = 2

    @Option(name: .customLong("default-type"), help: ArgumentHelp("Type of entries whose URL does not tell it.", valueName: "type"))
    var defaultType = "article"

    func validate() throws {
        guard (1...5).contains(blockLevel) else {
            throw ValidationError("--block-level must be 1 to 5: the heading level of the list's sections (## is 2)")
        }
        guard ResourceType(rawValue: defaultType) != nil else {
            throw ValidationError("--default-type must be one of \(ResourceType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let options = ImportOptions(readme: readme, folder: into, blockLevel: blockLevel, added: Self.today(),
                                    defaultType: ResourceType(rawValue: defaultType) ?? .article)
        let report: ImportReport
        do {
            report = try await AwesomeImport.run(options)
        } catch {
            printError("error: \(error.message)")
            throw ExitCode(2)
        }
        print(report.text, terminator: "")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    /// The import's date on the user's calendar: what `added` records.
    static func today() -> ISODate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return ISODate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? ISODate("1970-01-01")!
    }
}
