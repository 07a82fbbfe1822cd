import Foundation

/// A Markdown source, as the load stage read it, split into front matter and body.
struct SourceFile {
    let file: String
    /// Path inside the content folder: where the body's relative links start from.
    let sourcePath: String
    let frontMatter: FrontMatter

    /// Splits a loaded file; a diagnostic when it was unreadable, is not UTF-8 or lacks front matter.
    static func read(_ loaded: LoadedFile) -> Result<SourceFile, Diagnostic> {
        let file = loaded.file
        let bytes: [UInt8]
        switch loaded.content {
        case .bytes(let read): bytes = read
        case .unreadable:
            return .failure(Diagnostic(file: file, message: "file cannot be read", fix: "check its permissions"))
        case .unchanged, .parsed, .deferred:
            // The build reads every unchanged file whose previous parse it cannot reuse before
            // parsing (`SiteSources.readUnchanged`), and lets bytes go only after parsing;
            // reaching this is a bug, reported, not a crash.
            return .failure(Diagnostic(file: file, message: "file was not read before parsing", fix: "build again with --clean"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = Self.lineOfFirstInvalidUTF8(in: Data(bytes))
            return .failure(Diagnostic(file: file, line: line, column: 1, message: "file is not valid UTF-8 text",
                                       fix: "save it as UTF-8 in your editor"))
        }
        switch FrontMatter.split(text) {
        case .success(let frontMatter):
            return .success(SourceFile(file: file, sourcePath: loaded.sourcePath, frontMatter: frontMatter))
        case .failure(.missing):
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: "front matter is missing",
                                       fix: "start the file with a line '---', the fields, and another line '---'"))
        case .failure(.unterminated):
            return .failure(Diagnostic(file: file, line: 1, column: 1, message: "front matter is not closed",
                                       fix: "add a line '---' after the last field"))
        }
    }

    /// Reads a file and parses its front matter: what every entry and block parser starts with.
    static func readWithFields(_ loaded: LoadedFile) -> Result<(SourceFile, YAMLMapping), Diagnostic> {
        read(loaded).flatMap { source in
            YAMLMapping.parse(String(source.frontMatter.yaml), file: loaded.file, lineOffset: source.frontMatter.yamlFirstLine,
                              what: "front matter")
                .map { (source, $0) }
        }
    }

    /// Parses the body with cmark once: what validation needs, and the HTML every later stage uses.
    ///
    /// Links are rewritten to site URLs here, while the document is at hand, from their spelling
    /// alone (see `LinkRewriter`); whether their targets exist is the resolve stage's question.
    func parseBody(options: MarkdownOptions, rewriter: LinkRewriter) -> ParsedBody {
        var document = MarkdownDocument(parsing: String(frontMatter.body), options: options)
        let links = document.links
        // Only the start is ever shown (cards, descriptions); keeping whole bodies' text would cost
        // a hundred megabytes at 50,000 entries.
        let scalars = document.plainText.unicodeScalars
        let excerptEnd = scalars.index(scalars.startIndex, offsetBy: ParsedBody.excerptLimit, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let excerpt = String(scalars[..<excerptEnd])
        return ParsedBody(firstLine: frontMatter.bodyFirstLine, links: links,
                          anchors: Set(document.headings.map(\.anchor)), excerpt: excerpt,
                          isEmpty: frontMatter.body.allSatisfy(\.isWhitespace),
                          html: Self.renderHTML(&document, sourcePath: sourcePath, rewriter: rewriter))
    }

    /// The page's HTML, with links to entries, blocks and tags pointing at their site URLs.
    private static func renderHTML(_ document: inout MarkdownDocument, sourcePath: String, rewriter: LinkRewriter) -> BodyHTML {
        document.rewriteLinks { link in rewriter.rewrite(link.destination, from: sourcePath, isImage: link.isImage) }
        return BodyHTML(page: document.renderHTML())
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
