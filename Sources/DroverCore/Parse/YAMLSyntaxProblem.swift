import Foundation
import Yams

/// What is wrong with YAML that does not parse, said as the author's mistake and its fix.
///
/// libyaml names the state its scanner was in ("found character that cannot start any token",
/// "could not find expected ':'"), which a person new to YAML cannot act on; the few mistakes
/// people really make in front matter are recognised here from that state and the text at the
/// place it points to.
struct YAMLSyntaxProblem {
    /// 1-based line and column in the YAML text.
    var line: Int
    var column: Int
    var message: String
    var fix: String

    /// The mistake behind a scanner or parser error; nil when it is none of the known ones.
    static func recognise(problem: String, mark: Mark, context: YamlError.Context?, yaml: String) -> YAMLSyntaxProblem? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        func text(ofLine line: Int) -> Substring? { lines.indices.contains(line - 1) ? lines[line - 1] : nil }

        // A tab where YAML wants spaces: libyaml stops at the tab itself.
        if let line = text(ofLine: mark.line), let tab = tabColumn(in: line, near: mark.column) {
            return YAMLSyntaxProblem(line: mark.line, column: tab, message: "a tab character here; YAML indents and separates with spaces only",
                                     fix: "replace the tab with spaces")
        }
        // A quote never closed: libyaml reads to the end of the front matter and points there;
        // the place to fix is where the quote opened.
        if let context, context.text.contains("quoted scalar") {
            let opened = text(ofLine: context.mark.line).flatMap { line in
                line.dropFirst(max(0, context.mark.column - 1)).first
            }
            let quote = opened == "'" ? "'" : "\""
            return YAMLSyntaxProblem(line: context.mark.line, column: context.mark.column,
                                     message: "the quote \(quote) opened here is never closed",
                                     fix: "end the value with \(quote) on the same line, or write it without quotes")
        }
        // `tags: [llm, rust` without its `]`: libyaml notices on a later line; the list opened here.
        if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping") {
            let (open, close) = context.text.contains("flow sequence") ? ("[", "]") : ("{", "}")
            return YAMLSyntaxProblem(line: context.mark.line, column: context.mark.column,
                                     message: "the \(open == "[" ? "list" : "mapping") opened here with '\(open)' is never closed",
                                     fix: "end it with '\(close)' on the same line")
        }
        // `url https://…`: a field without its colon reads as text, and the scanner misses the
        // ':' only on a later line; the field is where the text started.
        if problem.contains("could not find expected ':'"), let context, let line = text(ofLine: context.mark.line) {
            let field = line.drop { $0 == " " }
            let name = field.prefix { !$0.isWhitespace }
            let value = field.dropFirst(name.count).drop { $0.isWhitespace }
            return YAMLSyntaxProblem(line: context.mark.line, column: context.mark.column,
                                     message: "the field '\(name)' has no ':' after its name",
                                     fix: "write it as \(name): \(value.isEmpty ? "…" : String(value))")
        }
        // `title: Rust: the book`: a second ': ' inside a value without quotes.
        if problem.contains("mapping values are not allowed"), let line = text(ofLine: mark.line),
           let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmed()
            let value = line[line.index(after: colon)...].trimmed()
            return YAMLSyntaxProblem(line: mark.line, column: mark.column,
                                     message: "the value of '\(name)' holds ': ', which YAML reads as another field",
                                     fix: "put the value in quotes: \(name): \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"")
        }
        return nil
    }

    /// The column of the tab at `column`, or of a tab in the line's indentation; nil when neither.
    private static func tabColumn(in line: Substring, near column: Int) -> Int? {
        let characters = Array(line)
        if characters.indices.contains(column - 1) && characters[column - 1] == "\t" { return column }
        let indentation = characters.prefix { $0 == " " || $0 == "\t" }
        return indentation.firstIndex(of: "\t").map { $0 + 1 }
    }
}
