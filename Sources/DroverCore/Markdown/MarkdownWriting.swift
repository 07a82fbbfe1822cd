/// Writes Markdown text that cmark reads back as exactly the text, links and emphasis it
/// was made from: for entry bodies made from an awesome list and for the README the
/// collection is exported as.
enum MarkdownWriting {
    /// Text with every character that could start inline markup backslash-escaped.
    /// CommonMark allows a backslash before any ASCII punctuation, so escaping more than
    /// strictly needed never changes what is read.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (index, character) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", "~":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(character)
            case "!" where next == "[", "&" where next == "#" || next.properties.isAlphabetic:
                // An image's `![` and an entity's `&name;` are the only meanings these two have.
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(character)
            case "\n", "\r", "\t":
                result.unicodeScalars.append(" ")
            default:
                result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A paragraph's text made safe to start a line: a leading `#`, `-`, `+`, `=`, `>` or `1.`
    /// would otherwise turn it into a heading, a list, a quote or a setext underline.
    static func protectingLineStart(_ markdown: String) -> String {
        let trimmed = markdown.drop { $0 == " " }
        guard let first = trimmed.first else { return "" }
        if "#-+=>".contains(first) { return "\\" + trimmed }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let marker = trimmed.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + trimmed.dropFirst(digits.count)
        }
        return String(trimmed)
    }

    /// A link destination: angle brackets when it holds spaces, escaped parentheses otherwise.
    static func destination(_ url: String) -> String {
        if url.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) {
            return "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
        }
        var result = ""
        for character in url {
            if character == "(" || character == ")" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `[text](url)` with the text escaped.
    static func link(text: String, url: String) -> String {
        "[\(escape(text))](\(destination(url)))"
    }

    /// Inline content back as Markdown, breaks as spaces so the result is one line.
    static func inline(_ inlines: [MarkdownInline]) -> String {
        var result = ""
        for piece in inlines {
            switch piece {
            case .text(let text): result += escape(text)
            case .code(let code): result += codeSpan(code)
            case .html(let html): result += html
            case .softBreak, .lineBreak: result += " "
            case .emphasis(let children): result += "*" + inline(children) + "*"
            case .strong(let children): result += "**" + inline(children) + "**"
            case .link(let destination, let title, let children, _):
                result += "[" + inline(children) + "](" + self.destination(destination) + titlePart(title) + ")"
            case .image(let destination, let title, let children, _):
                result += "![" + inline(children) + "](" + self.destination(destination) + titlePart(title) + ")"
            }
        }
        return result
    }

    /// A code span with a fence longer than any run of backticks inside it.
    static func codeSpan(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
        return fence + padding + code + padding + fence
    }

    private static func titlePart(_ title: String) -> String {
        title.isEmpty ? "" : " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
