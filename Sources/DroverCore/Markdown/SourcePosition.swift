/// A place in the Markdown source, as an editor shows it.
///
/// Both numbers are 1-based. The column counts Unicode scalars, not bytes: cmark
/// reports byte columns, which would put a link after "Привет " at column 14
/// instead of the 8 an author sees, so `SourceLineMap` converts them.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form compilers and editors use in diagnostics.
    public var description: String { "\(line):\(column)" }
}
