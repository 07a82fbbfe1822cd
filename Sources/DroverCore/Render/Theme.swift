import Foundation
import Mustache

/// A theme folder: Mustache templates in `templates/` and files in `static/` copied as they are.
///
/// Templates are read when the build starts, so a designer changes the site without recompiling.
///
/// Two things make rendering 50,000 entries affordable without changing what a theme means:
/// - HTML escaping uses our byte-level escaper (same output as swift-mustache's, which walks
///   grapheme clusters), selected with swift-mustache's own CONTENT_TYPE pragma.
/// - Partials named `entry-card…` are rendered once per entry and reused in every list the entry
///   appears in (its block, each of its tags, the home page). Inside them a theme may use the
///   entry's own fields, `site` and `urls`, which are the same on every page.
public struct Theme: Sendable {
    public static let requiredTemplates = ["home", "block", "entry", "tags", "tag", "404"]
    static let cardPrefix = "entry-card"
    /// Where list pages find an entry's pre-rendered cards.
    static let cardsKey = "_cards"

    /// Templates as written, except that `entry-card…` partials read their pre-rendered result.
    let library: MustacheLibrary
    /// The `entry-card…` partials as written, in an order where each comes after the cards it includes.
    let cards: [(name: String, template: MustacheTemplate)]
    /// Paths relative to `static/`, sorted.
    let staticFiles: [String]
    let staticRoot: String

    static func load(from root: String, displayRoot: String, diagnostics: inout [Diagnostic]) -> Theme? {
        FastHTML.register
        let templatesRoot = root + "/templates"
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: templatesRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates", message: "theme templates folder not found",
                                          fix: "pass --theme DIR with a templates/ folder, or run drover where theme/ is"))
            return nil
        }
        var library = MustacheLibrary()
        var cardTemplates: [String: (template: MustacheTemplate, text: String)] = [:]
        let files = (fileManager.enumerator(atPath: templatesRoot)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var names: Set<String> = []
        var failed = false
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let display = displayRoot + "/templates/" + file
            guard let data = fileManager.contents(atPath: templatesRoot + "/" + file), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: display, message: "template cannot be read as UTF-8 text"))
                failed = true
                continue
            }
            do {
                // A standalone pragma line is dropped whole, so the template's own lines render unchanged.
                let template = try MustacheTemplate(string: FastHTML.pragma + "\n" + text)
                names.insert(name)
                if name.hasPrefix(cardPrefix) {
                    cardTemplates[name] = (template, text)
                    try library.register("{{{\(cardsKey).\(name)}}}", named: name)
                } else {
                    library.register(template, named: name)
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(file: display, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                                              message: "template error: \(error.error)"))
                failed = true
            } catch {
                diagnostics.append(Diagnostic(file: display, message: "template error: \(error)"))
                failed = true
            }
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates/\(required).mustache", message: "the theme has no '\(required)' template",
                                          fix: "every theme needs \(requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "))"))
            failed = true
        }
        let staticRoot = root + "/static"
        let staticFiles = (fileManager.enumerator(atPath: staticRoot)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: staticRoot + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        guard !failed else { return nil }
        return Theme(library: library, cards: Self.dependencyOrder(cardTemplates), staticFiles: staticFiles, staticRoot: staticRoot)
    }

    /// Cards that include other cards come after them, so each finds its parts already rendered.
    private static func dependencyOrder(_ cards: [String: (template: MustacheTemplate, text: String)]) -> [(name: String, template: MustacheTemplate)] {
        var ordered: [(name: String, template: MustacheTemplate)] = []
        var placed: Set<String> = []
        func place(_ name: String, visiting: Set<String>) {
            guard !placed.contains(name), !visiting.contains(name), let card = cards[name] else { return }
            for other in cards.keys.sorted() where other != name && Self.includes(card.text, partial: other) {
                place(other, visiting: visiting.union([name]))
            }
            placed.insert(name)
            ordered.append((name, card.template))
        }
        for name in cards.keys.sorted() { place(name, visiting: []) }
        return ordered
    }

    /// Whether `text` has a partial tag `{{> name}}`, with any spacing inside the braces.
    private static func includes(_ text: String, partial name: String) -> Bool {
        var rest = text[...]
        while let tag = rest.range(of: "{{>") {
            rest = rest[tag.upperBound...]
            let inside = rest.prefix { $0 != "}" }
            if inside.trimmed() == name { return true }
        }
        return false
    }

    /// Whether the theme has an optional template, such as `search`.
    func has(template name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// The `entry-card…` partials of one entry, rendered with the site-wide context and the entry on top.
    func renderCards(for summary: [String: Any], siteContext: [String: Any]) -> [String: String] {
        var rendered: [String: String] = [:]
        var item = summary
        for card in cards {
            item[Self.cardsKey] = rendered
            rendered[card.name] = card.template.render(MustacheStack(bottom: siteContext, top: item), library: library)
        }
        return rendered
    }
}

/// Two context objects seen as one stack: a lookup tries the top (the entry) first, then the
/// bottom (site and urls), as inside a list page's `{{#entries}}` section.
struct MustacheStack: MustacheParent {
    let bottom: [String: Any]
    let top: [String: Any]

    func child(named name: String) -> Any? {
        top[name] ?? bottom[name]
    }
}

/// swift-mustache's HTML escaping with our byte-level escaper: the same five characters, the
/// same entities, at a fraction of the cost on Cyrillic text.
struct FastHTML: MustacheContentType {
    static let name = "DROVER_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"
    static let register: Void = MustacheContentTypes.register(FastHTML(), named: name)

    func escapeText(_ text: String) -> String {
        Escaping.html(text)
    }
}
