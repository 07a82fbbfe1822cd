/// Why a template cannot be used, and where: the theme's diagnostics name the file, line and column.
struct TemplateParseError: Error, Equatable {
    enum Problem: Error, Equatable {
        case mismatchedClose(expected: String, found: String)
        case unopenedClose(String)
        case unclosedSection(String)
        case unfinishedTag
        case unfinishedComment
        case invalidDelimiters
        case invalidPragma
        case unknownPragma(String)
        case unsupported(String)
        case unknownPartial(String)
    }

    let line: Int
    let column: Int
    let problem: Problem

    var message: String {
        switch problem {
        case .mismatchedClose(let expected, let found): "{{/\(found)}} closes a section, but the open one is {{#\(expected)}}"
        case .unopenedClose(let name): "{{/\(name)}} closes a section that was never opened"
        case .unclosedSection(let name): "the section {{#\(name)}} is never closed"
        case .unfinishedTag: "a tag is not closed, or its name has characters a name cannot have"
        case .unfinishedComment: "a comment is never closed"
        case .invalidDelimiters: "the set-delimiters tag must read {{=START END=}}"
        case .invalidPragma: "a pragma must read {{% NAME: VALUE}}"
        case .unknownPragma(let pragma): "unknown pragma '\(pragma)': only CONTENT_TYPE: HTML or TEXT is known"
        case .unsupported(let feature): "\(feature) are not supported by Drover's template engine"
        case .unknownPartial(let name): "the partial '\(name)' is not a template of this theme"
        }
    }
}
