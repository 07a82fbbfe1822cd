/// The files an import writes, as text: entries, `_block.md`, `site.yml` and `tags.yml`
/// entries, in the shape the content format documents and the parsers read back.
enum FrontMatterWriting {
    /// A YAML double-quoted scalar: safe for any text, including `: `, `#`, quotes and
    /// words YAML would otherwise read as booleans or numbers.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    static func entry(title: String, url: String, type: ResourceType, tags: [String], added: ISODate,
                      authors: [String], weight: Int? = nil, body: String) -> String {
        var text = "---\n"
        text += "title: \(quoted(title))\n"
        text += "url: \(quoted(url))\n"
        text += "type: \(type.rawValue)\n"
        text += "tags: \(list(tags))\n"
        text += "added: \(added)\n"
        if !authors.isEmpty { text += "authors: \(list(authors))\n" }
        if let weight { text += "weight: \(weight)\n" }
        return text + "---\n" + body + "\n"
    }

    static func block(title: String, order: Int, summary: String, intro: String) -> String {
        var text = "---\n"
        text += "title: \(quoted(title))\n"
        text += "order: \(order)\n"
        text += "summary: \(quoted(summary))\n"
        text += "---\n"
        return intro.isEmpty ? text : text + intro + "\n"
    }

    static func siteConfig(title: String, description: String, language: String) -> String {
        """
        title: \(quoted(title))
        description: \(quoted(description))
        # Replace with the address the site is published at.
        base_url: "https://example.org/"
        language: \(language)

        """
    }

    /// One tag of tags.yml. Its name is a slug, written bare unless YAML would read it as
    /// something other than a string (`yes`, `null`, `2024`).
    static func tag(name: String, title: String, description: String?) -> String {
        let plain = name.first?.isLetter == true && !["y", "n", "yes", "no", "on", "off", "true", "false", "null"].contains(name)
        var text = "\(plain ? name : quoted(name)):\n  title: \(quoted(title))\n"
        if let description, !description.isEmpty { text += "  description: \(quoted(description))\n" }
        return text
    }
}
