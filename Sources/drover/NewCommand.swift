import ArgumentParser
import DroverCore
import Foundation

/// `drover new`: writes a new entry into a block and prints its path. Asks for what is missing
/// when run on a terminal. Exit 0 written, 1 the collection already has the URL or the file
/// exists, 2 a usage error (an unknown block or type, a value missing without a terminal).
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add an entry to a block: content/BLOCK/<slug>.md with its front matter filled in.",
        discussion: """
        The file name is the title as a slug (transliterated), or the URL's when the title has no \
        letters a slug can keep; 'added' is today. A URL the collection already has, in any \
        spelling, is refused, and no file is ever replaced.
        """
    )

    @Argument(help: ArgumentHelp("The block folder to add the entry to, e.g. prompting.", valueName: "block"))
    var block: String?

    @Argument(help: ArgumentHelp("The resource's address.", valueName: "url"))
    var url: String?

    @Option(help: "The resource's title, as it names itself.")
    var title: String?

    @Option(help: ArgumentHelp("One of \(ResourceType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Tags, separated by commas: --tags llm,промпты.", valueName: "a,b"))
    var tags: String?

    @Option(help: ArgumentHelp("The entry's difficulty: \(Difficulty.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "level"))
    var level: String?

    @Option(help: ArgumentHelp("The resource's language when it is not the site's, e.g. en.", valueName: "language"))
    var language: String?

    @Option(help: ArgumentHelp("The file name without .md, instead of the one made from the title.", valueName: "slug"))
    var slug: String?

    @Option(name: .long, help: ArgumentHelp("The collection's folder.", valueName: "dir"))
    var content = "content"

    func run() throws {
        var prompt = Prompt(contentDirectory: content)
        let values = (block: block ?? prompt.ask(.block), url: url ?? prompt.ask(.url), title: title ?? prompt.ask(.title),
                      type: type ?? prompt.ask(.type), tags: tags ?? prompt.ask(.tags))
        if !prompt.missing.isEmpty {
            printError("drover new: missing \(prompt.missingList); standard input is not a terminal, so they cannot be asked for. "
                       + "Pass them: drover new BLOCK URL --title T --type T --tags a,b")
            throw ExitCode(ExitStatus.usage)
        }
        let request = NewEntryRequest(contentDirectory: content, block: values.block ?? "", url: values.url ?? "", title: values.title ?? "",
                                      type: values.type ?? "", tags: (values.tags ?? "").split(separator: ",").map(String.init),
                                      difficulty: level, language: language, slug: slug, added: Self.today())
        switch NewEntry.create(request) {
        case .success(let file):
            print(file)
        case .failure(let diagnostics):
            let printer = DiagnosticPrinter(useColor: isatty(STDERR_FILENO) == 1)
            for diagnostic in diagnostics.sorted { printError(printer.format(diagnostic)) }
            throw ExitCode(ExitStatus.code(for: diagnostics.all))
        }
    }

    /// Today in the author's own calendar: the day they added the entry.
    static func today() -> ISODate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return ISODate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? ISODate("1970-01-01")!
    }
}

/// Asks for the values `drover new` was not given, on a terminal only; elsewhere it notes
/// them, and the command fails naming every one.
struct Prompt {
    enum Value: String {
        case block, url = "URL", title, type, tags

        var option: String {
            switch self {
            case .block: "BLOCK"
            case .url: "URL"
            default: "--" + rawValue
            }
        }
    }

    let contentDirectory: String
    let interactive = isatty(STDIN_FILENO) == 1
    private(set) var missing: [Value] = []

    init(contentDirectory: String) {
        self.contentDirectory = contentDirectory
    }

    mutating func ask(_ value: Value) -> String? {
        guard interactive else {
            missing.append(value)
            return nil
        }
        let hint: String
        switch value {
        case .block: hint = " (\(NewEntry.blocks(in: contentDirectory).joined(separator: ", ")))"
        case .type: hint = " (\(ResourceType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .tags: hint = " (separated by commas)"
        case .url, .title: hint = ""
        }
        FileHandle.standardError.write(Data("\(value.rawValue.prefix(1).uppercased() + value.rawValue.dropFirst())\(hint): ".utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    var missingList: String {
        let names = missing.map(\.option)
        return names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
