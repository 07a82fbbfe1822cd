import ArgumentParser
import DroverCore
import Foundation

@main
struct Drover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drover",
        abstract: "Builds a static site from a curated collection of resources written in Markdown.",
        version: BuildInfo.versionLine,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self,
                      ExportCommand.self]
    )

    /// Exit codes are part of the interface CI scripts rely on: 0 success, 1 content problems,
    /// 2 usage. ArgumentParser's own code for usage errors (64, EX_USAGE) is mapped to 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
