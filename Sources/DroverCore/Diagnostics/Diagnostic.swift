/// One problem found in the input, pointing at the place the author must edit.
///
/// Diagnostics are values: every stage appends them to a list instead of throwing,
/// so one run reports every problem of every file at once, the way a compiler does.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// What the problem is about: the CLI turns this into an exit code (a configuration
    /// problem is the user's setup, a content problem the collection's), never a file name.
    public enum Kind: String, Sendable, Hashable {
        /// An entry, a block, a body or a link inside one.
        case content
        /// A template or a static file of the theme.
        case theme
        /// site.yml, tags.yml, or a folder or option given on the command line.
        case configuration
        /// Writing the site failed (disk full, permissions).
        case output
    }

    /// The path as the author sees it, e.g. `content/research/foo.md`.
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in characters; 0 when unknown.
    public var column: Int
    public var severity: Severity
    public var message: String
    /// What to do about it, when that is obvious ("did you mean 'prompting'?").
    public var fix: String?
    public var kind: Kind

    public init(file: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String, fix: String? = nil,
                kind: Kind = .content) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.fix = fix
    }

    public static func error(_ message: String, at location: SourceLocation, fix: String? = nil) -> Diagnostic {
        Diagnostic(file: location.file, line: location.line, column: location.column, severity: .error, message: message, fix: fix)
    }

    public static func warning(_ message: String, at location: SourceLocation, fix: String? = nil) -> Diagnostic {
        Diagnostic(file: location.file, line: location.line, column: location.column, severity: .warning, message: message, fix: fix)
    }

    /// `content/research/foo.md:3:6` — as precise as the problem is known.
    public var place: String {
        guard line > 0 else { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    /// What follows the severity: the message, then the fix.
    public var explanation: String {
        fix.map { "\(message); \($0)" } ?? message
    }

    /// `content/research/foo.md:3:6: error: message; fix` — the form editors and CI annotate.
    public var description: String {
        "\(place): \(severity.rawValue): \(explanation)"
    }

    /// Sorted by file, then position, so output reads top to bottom like the files themselves.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.severity, lhs.message)
            < (rhs.file, rhs.line, rhs.column, rhs.severity, rhs.message)
    }
}

/// A place in an input file.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}
