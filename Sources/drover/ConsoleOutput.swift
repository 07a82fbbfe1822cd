import Foundation
import DroverCore

/// `--timings`: one line per stage, `  render and write   0.123 s   0.240 s CPU   peak 180 MiB`:
/// CPU time near twice the wall time means both cores of a 2-core machine were busy; the peak is
/// the process's highest memory so far.
func formatTimings(_ stages: [StageTime]) -> String {
    stages.map { stage in
        "  \(stage.name.padding(toLength: 17, withPad: " ", startingAt: 0)) \(String(format: "%6.3f", stage.seconds)) s"
            + "  \(String(format: "%6.3f", stage.cpuSeconds)) s CPU"
            + (stage.peakBytes.map { "   peak \($0 >> 20) MiB" } ?? "")
    }
    .joined(separator: "\n")
}

/// Diagnostics go to standard error, so `drover build > log` still shows problems.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
