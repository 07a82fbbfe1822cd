import Foundation

/// A Markdown source file read from disk and split into front matter and body.
struct SourceFile {
    let file: String
    let frontMatter: FrontMatter

    /// Reads and splits a file; a diagnostic when it is unreadable, not UTF-8 or lacks front matter.
    static func read(path: String, file: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(file: file, message: "file cannot be read", fix: "check its permissions"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = Self.lineOfFirstInvalidUTF8(in: data)
            return .failure(Diagnostic(file: file, line: line, column: 1, message: "file is not valid UTF-8 text",
                                       fix: "save it as UTF-8 in your editor"))
        }
        switch FrontMatter.split(text) {
        case .success(let frontMatter):
            return .success(SourceFile(file: file, frontMatter: frontMatter))
        case .failure(.missing):
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: "front matter is missing",
                                       fix: "start the file with a line '---', the fields, and another line '---'"))
        case .failure(.unterminated):
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: "front matter is not closed",
                                       fix: "add a line '---' after the last field"))
        }
    }

    /// Reads a file and parses its front matter: what every entry and block parser starts with.
    static func readWithFields(path: String, file: String) -> Result<(SourceFile, YAMLMapping), Diagnostic> {
        read(path: path, file: file).flatMap { source in
            YAMLMapping.parse(String(source.frontMatter.yaml), file: file, lineOffset: source.frontMatter.yamlFirstLine, what: "front matter")
                .map { (source, $0) }
        }
    }

    /// Parses the body with cmark and keeps what validation needs.
    func parseBody(options: MarkdownOptions) -> ParsedBody {
        let document = MarkdownDocument(parsing: String(frontMatter.body), options: options)
        // Only the start is ever shown (cards, descriptions); keeping whole bodies would cost
        // a hundred megabytes at 50,000 entries.
        let excerpt = String(String.UnicodeScalarView(document.plainText.unicodeScalars.prefix(ParsedBody.excerptLimit)))
        return ParsedBody(firstLine: frontMatter.bodyFirstLine, links: document.links,
                          anchors: Set(document.headings.map(\.anchor)), excerpt: excerpt,
                          isEmpty: frontMatter.body.allSatisfy(\.isWhitespace))
    }

    private static func lineOfFirstInvalidUTF8(in data: Data) -> Int {
        var line = 1
        var index = data.startIndex
        while index < data.endIndex {
            let lineEnd = data[index...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            if String(data: data[index..<lineEnd], encoding: .utf8) == nil { return line }
            line += 1
            index = lineEnd < data.endIndex ? data.index(after: lineEnd) : lineEnd
        }
        return 1
    }
}
