import Foundation

/// The line a long external check redraws on a terminal: a bar, counts and an ETA.
///
/// Redrawn at most ten times a second, and only on a terminal: in a CI log each redraw
/// would be a new line.
public final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false
    private let write: @Sendable (String) -> Void
    let width: Int

    public init(width: Int = 30, write: @escaping @Sendable (String) -> Void) {
        self.width = width
        self.write = write
    }

    public func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if done < total, let lastDraw, now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        drawn = true
        write("\r" + Self.line(done: done, total: total, elapsed: (now - started).seconds, width: width) + "\u{1B}[K")
    }

    /// Clears the line, so the report starts on a clean one.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
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

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
