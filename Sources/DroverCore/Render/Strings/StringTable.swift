import Yams

/// One value of a translation table: a text, the forms of a counted noun, or a list (month names).
enum StringValue: Sendable, Hashable {
    case text(String)
    case plural([PluralCategory: String])
    case list([String])

    var shapeName: String {
        switch self {
        case .text: "a text"
        case .plural: "plural forms"
        case .list: "a list"
        }
    }
}

/// A translation table as written (the theme's `i18n/<language>.yml`, or the `strings:` of a
/// site.yml), each value with the place it was written, for diagnostics.
struct StringTable: Sendable {
    struct Item: Sendable {
        var value: StringValue
        var location: SourceLocation
    }

    var items: [String: Item] = [:]

    /// Reads every key of `mapping`: a scalar is a text, a mapping of plural categories
    /// (`one:`, `few:`, …) is a set of plural forms, a sequence of scalars is a list.
    static func read(_ mapping: inout YAMLMapping) -> StringTable {
        var table = StringTable()
        for key in mapping.keys {
            guard let node = mapping.node(key) else { continue }
            let location = mapping.location(of: node)
            func wrong(_ what: String) {
                mapping.report(.error("string '\(key)' \(what)", at: location,
                                      fix: "write a text (\(key): \"…\"), plural forms (\(key): { one: \"…\", other: \"…\" }) or a list ([…])"))
            }
            switch node {
            case .scalar(let scalar):
                table.items[key] = Item(value: .text(YAMLMapping.isNull(scalar) ? "" : scalar.string), location: location)
            case .mapping(let forms):
                var plural: [PluralCategory: String] = [:]
                var valid = true
                for (name, form) in forms {
                    guard let category = name.string.flatMap(PluralCategory.init(rawValue:)), case .scalar(let text) = form else {
                        mapping.report(.error("string '\(key)' has '\(name.string ?? "\(name)")', which is not a plural form with a text",
                                              at: mapping.location(of: name),
                                              fix: "plural forms are \(PluralCategory.allCases.map(\.rawValue).joined(separator: ", ")), each with a text"))
                        valid = false
                        continue
                    }
                    plural[category] = text.string
                }
                if valid { table.items[key] = Item(value: .plural(plural), location: location) }
            case .sequence(let sequence):
                var list: [String] = []
                for item in sequence {
                    guard case .scalar(let text) = item else {
                        wrong("must list texts only")
                        break
                    }
                    list.append(text.string)
                }
                if list.count == sequence.count { table.items[key] = Item(value: .list(list), location: location) }
            default:
                wrong("is \(YAMLMapping.describe(node))")
            }
        }
        return table
    }

    /// Reads a whole table file; nil (with a diagnostic) when it is not a YAML mapping.
    static func read(yaml: String, file: String, diagnostics: inout [Diagnostic]) -> StringTable? {
        switch YAMLMapping.parse(yaml, file: file, lineOffset: 1, what: "a translation table") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(var mapping):
            let table = read(&mapping)
            diagnostics += mapping.diagnostics
            return table
        }
    }
}
