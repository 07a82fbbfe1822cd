import Foundation
import Yams

/// Typed, position-aware reading of one YAML mapping (a front matter or a config file).
///
/// Every read either returns a value or records a diagnostic naming the field, what was
/// expected and what was found, at the value's own line and column. Keys that nobody read
/// are reported at the end as unknown, with the nearest known key as a suggestion.
struct YAMLMapping {
    let file: String
    /// Added to YAML's 1-based line numbers to give file lines (front matter starts on line 2).
    let lineOffset: Int
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private(set) var diagnostics: [Diagnostic] = []
    /// The location used for "missing field" problems: the top of the mapping.
    let location: SourceLocation

    /// Parses `yaml` and wraps its root mapping. Returns diagnostics instead when the YAML is
    /// invalid or is not a mapping.
    static func parse(_ yaml: String, file: String, lineOffset: Int, what: String) -> Result<YAMLMapping, Diagnostic> {
        let root: Node?
        do {
            // The basic resolver leaves scalars as text: the typed reads below decide what a
            // value means, and Yams' regex-based tag guessing was a tenth of a large build.
            // The encoding is named so Yams does not consult the environment on every file.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(Self.diagnostic(for: error, file: file, lineOffset: lineOffset, yaml: yaml))
        } catch {
            return .failure(Diagnostic(file: file, line: lineOffset + 1, column: 1, message: "\(what) is not valid YAML: \(error)"))
        }
        guard let root else {
            return .success(YAMLMapping(file: file, lineOffset: lineOffset, pairs: [], location: SourceLocation(file: file, line: max(1, lineOffset - 1), column: 1)))
        }
        guard let mapping = root.mapping else {
            let mark = root.mark
            return .failure(Diagnostic(file: file, line: (mark?.line ?? 1) + lineOffset - 1, column: mark?.column ?? 1,
                                       message: "\(what) must be a mapping of fields like 'title: …', found \(Self.describe(root))"))
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            pairs.append((key.string ?? "\(key)", key, value))
        }
        return .success(YAMLMapping(file: file, lineOffset: lineOffset, pairs: pairs,
                                    location: SourceLocation(file: file, line: max(1, lineOffset - 1), column: 1)))
    }

    private init(file: String, lineOffset: Int, pairs: [(String, Node, Node)], location: SourceLocation) {
        self.file = file
        self.lineOffset = lineOffset
        self.pairs = pairs.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
        self.location = location
    }

    private var readKeys: Set<String> = []
    /// Required keys found missing, with where their diagnostic is: a misspelled key found later
    /// (`reportUnknownKeys`) turns out to be the cause, and the diagnostic then says so.
    private var missingKeys: [String: Int] = [:]

    /// The raw node of a field, marking it as known.
    mutating func node(_ key: String) -> Node? {
        readKeys.insert(key)
        // By index: `first(where:)` would copy each (key, key node, value) it returns.
        guard let index = pairs.firstIndex(where: { $0.key == key }) else { return nil }
        return pairs[index].value
    }

    /// Keys in the order they are written.
    var keys: [String] { pairs.map(\.key) }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location }
        return SourceLocation(file: file, line: mark.line + lineOffset - 1, column: mark.column)
    }

    func location(ofKey key: String) -> SourceLocation {
        guard let pair = pairs.first(where: { $0.key == key }) else { return location }
        return location(of: pair.keyNode)
    }

    func location(ofValue key: String) -> SourceLocation {
        guard let pair = pairs.first(where: { $0.key == key }) else { return location }
        return location(of: pair.value)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func report(contentsOf diagnostics: [Diagnostic]) {
        self.diagnostics += diagnostics
    }

    mutating func missing(_ key: String, example: String) {
        missingKeys[key] = diagnostics.count
        report(.error("missing required field '\(key)'", at: location, fix: "add a line like \(example)"))
    }

    // MARK: Typed reads

    /// A non-empty string; numbers and dates are accepted as their text.
    mutating func string(_ key: String, required: Bool, example: String) -> String? {
        guard let node = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            report(.error("'\(key)' must be text, found \(Self.describe(node))", at: location(of: node), fix: "write it as \(example)"))
            return nil
        }
        let text = scalar.string.trimmed()
        if text.isEmpty {
            report(.error("'\(key)' is empty", at: location(of: node), fix: "write it as \(example)"))
            return nil
        }
        return text
    }

    mutating func date(_ key: String, required: Bool) -> ISODate? {
        guard let node = node(key) else {
            if required { missing(key, example: "\(key): 2024-05-01") }
            return nil
        }
        if case .scalar(let scalar) = node, let date = ISODate(scalar.string.trimmed()) {
            return date
        }
        let written = node.scalar.map { $0.string.trimmed() }
        report(.error("'\(key)' must be a date like 2024-05-01, found \(Self.describe(node))", at: location(of: node),
                      fix: written.flatMap(ISODate.likelyMeant).map { "write it as \($0)" }
                          ?? written.flatMap(ISODate.calendarProblem)))
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        report(.error("'\(key)' must be true or false, found \(Self.describe(node))", at: location(of: node)))
        return nil
    }

    mutating func int(_ key: String, required: Bool, example: String) -> Int? {
        guard let node = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        if case .scalar(let scalar) = node, let value = Int(scalar.string.trimmed()) {
            return value
        }
        report(.error("'\(key)' must be a whole number, found \(Self.describe(node))", at: location(of: node), fix: "write it as \(example)"))
        return nil
    }

    /// One of a fixed set of names (`type: paper`, `sort_by: weight`); a misspelt one gets the nearest.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false) -> T?
        where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard let text = string(key, required: required, example: "\(key): \(names[0])") else { return nil }
        if let value = T(rawValue: text) { return value }
        report(.error("unknown \(key) '\(text)'", at: location(ofValue: key), fix: Suggestion.choiceFix(for: text, among: names)))
        return nil
    }

    /// A number of seconds or the like: whole or decimal, never negative.
    mutating func seconds(_ key: String, example: String) -> Double? {
        guard let node = node(key) else { return nil }
        if case .scalar(let scalar) = node, let value = Double(scalar.string.trimmed()), value.isFinite, value >= 0 {
            return value
        }
        report(.error("'\(key)' must be a number of seconds, found \(Self.describe(node))", at: location(of: node), fix: "write it as \(example)"))
        return nil
    }

    /// The nested mappings of a mapping of names, e.g. `hosts: { github.com: {…} }`, in written order.
    mutating func namedMappings(_ key: String) -> [(name: String, mapping: YAMLMapping)] {
        guard var outer = mapping(key) else { return [] }
        var result: [(String, YAMLMapping)] = []
        for name in outer.keys {
            if let inner = outer.mapping(name) { result.append((name, inner)) }
        }
        report(contentsOf: outer.diagnostics)
        return result
    }

    /// A list of non-empty strings, with the position of each item.
    mutating func stringList(_ key: String, required: Bool, example: String) -> [(String, SourceLocation)]? {
        guard let node = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            // `tags: performance` or `tags: llm, rust`: the fix is what was written, as a list.
            let written = node.scalar.flatMap { Self.isNull($0) ? nil : $0.string.trimmed() }.flatMap { $0.isEmpty ? nil : $0 }
            let fix = written.map { "write it as \(key): [\($0)]" } ?? "write it as \(example)"
            report(.error("'\(key)' must be a list, found \(Self.describe(node))", at: location(of: node), fix: fix))
            return nil
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            guard case .scalar(let scalar) = item, !Self.isNull(scalar),
                  case let text = scalar.string.trimmed(), !text.isEmpty
            else {
                report(.error("every item of '\(key)' must be non-empty text, found \(Self.describe(item))", at: location(of: item), fix: "write it as \(example)"))
                continue
            }
            items.append((text, location(of: item)))
        }
        return items
    }

    /// A nested mapping, read with the same rules.
    mutating func mapping(_ key: String) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        guard let nested = node.mapping else {
            report(.error("'\(key)' must be a mapping of fields, found \(Self.describe(node))", at: location(of: node)))
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        for (k, v) in nested { pairs.append((k.string ?? "\(k)", k, v)) }
        return YAMLMapping(file: file, lineOffset: lineOffset, pairs: pairs, location: location(of: node))
    }

    /// An error for a field written under the name it had before `new`: the old name would
    /// otherwise be an unknown-field warning, and the value silently ignored.
    mutating func reportRenamed(_ old: String, to new: String, why: String) {
        guard let index = pairs.firstIndex(where: { $0.key == old }) else { return }
        readKeys.insert(old)
        let value = pairs[index].value.scalar?.string ?? "…"
        report(.error("'\(old)' was renamed to '\(new)' (\(why))", at: location(ofKey: old),
                      fix: "write \(new): \(value)"))
    }

    /// Warns about every key that no read asked for: a typo like 'tgas' otherwise vanishes silently.
    mutating func reportUnknownKeys(known: [String], context: String) {
        for pair in pairs where !readKeys.contains(pair.key) {
            let closest = Suggestion.closest(to: pair.key, among: known, maxDistance: 2)
            if let closest, let index = missingKeys.removeValue(forKey: closest) {
                // One problem, not two: the required field is missing because it is misspelled here.
                diagnostics[index] = .error("missing required field '\(closest)': '\(pair.key)' here looks like a misspelling of it",
                                            at: location(of: pair.keyNode), fix: "rename '\(pair.key)' to '\(closest)'")
                continue
            }
            let suggestion = closest.map { "did you mean '\($0)'?" } ?? "known fields are \(known.map { "'\($0)'" }.joined(separator: ", "))"
            report(.warning("unknown field '\(pair.key)' in \(context)", at: location(of: pair.keyNode), fix: suggestion))
        }
    }

    // MARK: Describing values in messages

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a value reads in a message: `"May 2024"`, `a list`, `nothing`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return isNull(scalar) ? "nothing" : "\"\(scalar.string)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }

    /// The 1-based line where a top-level `key:` is written for the second time.
    static func secondLine(ofKey key: String, in yaml: String) -> Int? {
        var seen = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.hasPrefix(key), line.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if seen { return index + 1 }
            seen = true
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, yaml: String) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            if let known = YAMLSyntaxProblem.recognise(problem: problem, mark: mark, context: context, yaml: yaml) {
                return Diagnostic(file: file, line: known.line + lineOffset - 1, column: known.column,
                                  message: "invalid YAML: \(known.message)", fix: known.fix)
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line + lineOffset - 1))" }
            return Diagnostic(file: file, line: mark.line + lineOffset - 1, column: mark.column, message: message,
                              fix: "check the quoting and indentation; text with ':' or '#' needs quotes")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return at(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at the mapping; the author needs the second occurrence of the key.
            let line = duplicates.first.flatMap { secondLine(ofKey: $0, in: yaml) } ?? context.mark.line
            return Diagnostic(file: file, line: line + lineOffset - 1, column: line == context.mark.line ? context.mark.column : 1,
                              message: "field \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) is written twice",
                              fix: "keep one of them")
        case .reader(let problem, _, _, _):
            return Diagnostic(file: file, line: lineOffset, column: 1, message: "unreadable YAML: \(problem)")
        default:
            return Diagnostic(file: file, line: lineOffset, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
