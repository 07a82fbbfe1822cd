/// The diagnostics of one run, in the order they were found; `sorted` gives the printed order.
public struct DiagnosticList: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        all.append(contentsOf: diagnostics)
    }

    /// Marks every diagnostic found since `start` (a count taken before a stage ran) as of `kind`:
    /// whatever reading site.yml reports is a configuration problem, whatever loading the theme
    /// reports a theme problem.
    static func mark(_ diagnostics: inout [Diagnostic], from start: Int, as kind: Diagnostic.Kind) {
        for index in start..<diagnostics.count { diagnostics[index].kind = kind }
    }

    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// Whether the run must stop before writing: any error, or any warning under `--strict`.
    public func isFatal(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }

    /// Each problem once, in file order. A problem can be found twice (say, the same
    /// broken link written twice on one line); the author needs to read it once.
    public var sorted: [Diagnostic] {
        Array(Set(all)).sorted()
    }

    /// Under `--strict`, warnings are errors: report them as such so the output says why the build failed.
    public func promotingWarnings(_ strict: Bool) -> DiagnosticList {
        guard strict else { return self }
        return DiagnosticList(all.map { var d = $0; d.severity = .error; return d })
    }
}
