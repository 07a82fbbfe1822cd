import Foundation

/// `--timings`: one line per stage, `  render and write   0.123 s`.
func formatTimings(_ stages: [(name: String, seconds: Double)]) -> String {
    stages.map { "  \($0.name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(String(format: "%6.3f", $0.seconds)) s" }
        .joined(separator: "\n")
}

/// Diagnostics go to standard error, so `drover build > log` still shows problems.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
