/// Why `drover new` or `drover init` wrote nothing: every problem found, as diagnostics.
public struct Refusal: Error, Sendable {
    public var all: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        all = diagnostics
    }

    public var sorted: [Diagnostic] { all.sorted() }
}
