import ArgumentParser
import DroverCore
import Foundation

@main
struct Drover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drover",
        abstract: "Builds a static site from a curated collection of resources written in Markdown.",
        version: BuildInfo.versionLine,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self,
                      ExportCommand.self, ReviewCommand.self]
    )

    /// Exit codes are part of the interface CI scripts rely on: 0 success, 1 content problems,
    /// 2 usage. ArgumentParser's own code for usage errors (64, EX_USAGE) is mapped to 2.
    static func main() async {
        // On Linux the Swift runtime reads the arguments from /proc/self/cmdline: where /proc is
        // not mounted (a bare chroot, some containers) it finds none, and drover would print its
        // help and exit 0 as if the command had run.
        if CommandLine.arguments.isEmpty {
            printError("drover: cannot read the command line: /proc/self/cmdline is missing (is /proc mounted?)")
            Foundation.exit(2)
        }
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
