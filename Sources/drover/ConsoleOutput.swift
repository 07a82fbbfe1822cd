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

/// Ends the process with `code` once what was printed is out, without freeing what the command
/// still holds: a build's report holds the whole collection (about 200 MB of small objects at
/// 10,000 entries), and releasing it piece by piece only to exit took tens of milliseconds of
/// an incremental build. The kernel takes the memory back, and releases the output's lock.
func exitNow(_ code: Int32) -> Never {
    fflush(nil)  // every output stream: what `print` buffered
    exit(code)
}
