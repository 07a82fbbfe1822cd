/// Prints diagnostics for people: compiler form, colour on a terminal, and a closing count.
public struct DiagnosticPrinter: Sendable {
    public var useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        guard useColor else { return diagnostic.description }
        let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        let color = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
        return "\(bold)\(diagnostic.place):\(reset) \(color)\(bold)\(diagnostic.severity.rawValue):\(reset) \(diagnostic.explanation)"
    }

    /// "2 errors and 1 warning" — the closing line of a failed run.
    public static func summary(_ list: DiagnosticList) -> String {
        switch (list.errorCount, list.warningCount) {
        case (0, 0): return "no problems"
        case (let e, 0): return CountedNoun.error.count(e)
        case (0, let w): return CountedNoun.warning.count(w)
        case (let e, let w): return "\(CountedNoun.error.count(e)) and \(CountedNoun.warning.count(w))"
        }
    }
}
