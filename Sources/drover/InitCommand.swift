import ArgumentParser
import DroverCore
import Foundation

/// `drover init`: starts a collection in a new or empty folder, one that builds and passes
/// `drover check --offline --strict` as it is. Exit 0 written, 2 a usage error (a folder that is
/// not empty, a bad option), 1 a file that could not be written.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a collection: content/, a copy of the default theme, a .gitignore and GitHub workflows.",
        discussion: """
        Writes content/site.yml (commented), content/tags.yml, a block with its _block.md and one \
        example entry, theme/ (the default theme, which is yours to change), .gitignore, and \
        .github/workflows for GitHub Pages and link checks. It refuses a folder that is not empty \
        unless given --force, and never replaces a file.
        """
    )

    @Argument(help: ArgumentHelp("The folder to start the collection in; made when missing.", valueName: "dir"))
    var directory = "."

    @Option(help: ArgumentHelp("The site's language: \(StarterLanguage.allCases.map(\.rawValue).joined(separator: " or ")).",
                               valueName: "language"))
    var language = "en"

    @Option(help: ArgumentHelp("The site's title, as site.yml's title.", valueName: "title"))
    var title: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Where the site will be published, e.g. https://owner.github.io/repo/.",
                                                              valueName: "url"))
    var baseURL: String?

    @Flag(help: "Write into a folder that is not empty (existing files are still never replaced).")
    var force = false

    func validate() throws {
        if StarterLanguage(rawValue: language) == nil {
            let names = StarterLanguage.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: language.lowercased(), among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("--language must be \(names.joined(separator: " or ")) (the default theme's languages), found '\(language)'\(hint)")
        }
    }

    func run() throws {
        let request = NewCollectionRequest(directory: directory, language: StarterLanguage(rawValue: language) ?? .en, title: title,
                                           baseURL: baseURL, force: force, today: NewCommand.today())
        switch NewCollection.create(request) {
        case .success(let files):
            let place = directory == "." ? "this folder" : directory + "/"
            print("started a collection in \(place): \(files.count) files (content/, theme/, .gitignore, .github/workflows/)")
            print("next:")
            if directory != "." { print("  cd \(directory)") }
            print("  drover serve        # the site at http://127.0.0.1:8000/, rebuilt on every save")
            print("  drover new \(NewCollection.exampleBlock) URL --title T --type article --tags a,b")
            print("  drover build        # the site in site/, to publish")
        case .failure(let problems):
            let printer = DiagnosticPrinter(useColor: isatty(STDERR_FILENO) == 1)
            for diagnostic in problems.sorted { printError(printer.format(diagnostic)) }
            throw ExitCode(ExitStatus.code(for: problems.all))
        }
    }
}
