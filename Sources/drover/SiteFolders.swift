import ArgumentParser

/// The three folders every command that builds takes, with the same names and defaults.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The collection's folder.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The theme's folder (templates/ and static/).", valueName: "dir"))
    var theme = "theme"

    @Option(name: .long, help: ArgumentHelp("Where to write the site; replaced on success.", valueName: "dir"))
    var output = "site"
}
