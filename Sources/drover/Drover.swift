import ArgumentParser
import DroverCore

@main
struct Drover: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drover",
        abstract: "Builds a static site from a curated collection of resources written in Markdown.",
        version: DroverVersion.current,
        subcommands: [BuildCommand.self],
        defaultSubcommand: nil
    )
}
