import Foundation
import Synchronization

/// The line a long external check redraws on a terminal: a bar, counts and an ETA, drawn from
/// the check's progress callback (`CheckOptions.progress`).
///
/// Redrawn at most ten times a second, and only on a terminal: in a CI log each redraw
/// would be a new line.
final class ProgressBar: Sendable {
    private struct Drawing {
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }
    private let drawing = Mutex(Drawing())
    private let started = ContinuousClock.now
    private let write: @Sendable (String) -> Void
    let width: Int

    init(width: Int = 30, write: @escaping @Sendable (String) -> Void) {
        self.width = width
        self.write = write
    }

    func update(done: Int, total: Int) {
        let now = ContinuousClock.now
        let due = drawing.withLock { state -> Bool in
            if done < total, let lastDraw = state.lastDraw, now - lastDraw < .milliseconds(100) { return false }
            state.lastDraw = now
            state.drawn = true
            return true
        }
        guard due else { return }
        write("\r" + Self.line(done: done, total: total, elapsed: Self.seconds(now - started), width: width) + "\u{1B}[K")
    }

    /// Clears the line, so the report starts on a clean one.
    func finish() {
        if drawing.withLock({ $0.drawn }) { write("\r\u{1B}[K") }
    }

    /// `[##########----------] 120/2000 URLs  6%  ETA 0:12`
    static func line(done: Int, total: Int, elapsed: Double, width: Int) -> String {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = Int((fraction * Double(width)).rounded(.down))
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        line += " \(done)/\(total) URLs \(Int((fraction * 100).rounded(.down)))%"
        // The first answers say little about the rest: no ETA in the first second.
        if done > 0 && done < total && elapsed >= 1 {
            let remaining = elapsed / Double(done) * Double(total - done)
            line += "  ETA " + clock(remaining)
        }
        return line
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
