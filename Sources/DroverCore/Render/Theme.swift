import Foundation

/// A theme folder: Mustache templates in `templates/` and files in `static/` copied as they are.
///
/// Templates are read and parsed when the build starts, so a designer changes the site without
/// recompiling; our own runtime (Render/Template/) renders them into bytes, reading the typed
/// contexts without casts, with the output swift-mustache gave them.
///
/// Partials named `entry-card…` are rendered once per entry and reused in every list the entry
/// appears in (its block, each of its tags, the home page). Inside them a theme may use the
/// entry's own fields, `site` and `urls`, which are the same on every page.
public struct Theme: Sendable {
    public static let requiredTemplates = ["home", "block", "entry", "tags", "tag", "404"]
    static let cardPrefix = "entry-card"
    /// Where list pages find an entry's pre-rendered cards.
    static let cardsKey = "_cards"

    /// Templates as written, except that `entry-card…` partials read their pre-rendered result.
    let library: TemplateLibrary
    /// The `entry-card…` partials as written, in an order where each comes after the cards it includes.
    let cards: [(name: String, nodes: [TemplateNode])]
    /// The files of `static/`, read when the build starts, sorted by path.
    let staticFiles: [StaticFile]
    /// Every template's name and text, and every translation table: a page whose context is
    /// unchanged needs rendering again only when this changes.
    let fingerprint: UInt64
    /// The translation tables of `i18n/`, one per language, sorted by language.
    let stringTables: [InterfaceStringsLoader.ThemeTable]
    /// Each `t.KEY` the templates read, with the first template that reads it (for diagnostics).
    let stringReferences: [String: String]
    /// The theme folder as diagnostics name it.
    let displayRoot: String

    struct StaticFile: Sendable {
        /// Relative to `static/`, and so to the site's root.
        var path: String
        var bytes: [UInt8]
    }

    static func load(from root: String, displayRoot: String, diagnostics: inout [Diagnostic]) -> Theme? {
        let templatesRoot = root + "/templates"
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: templatesRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates", message: "theme templates folder not found",
                                          fix: "pass --theme DIR with a templates/ folder, or run drover where theme/ is"))
            return nil
        }
        var library = TemplateLibrary()
        var cardTemplates: [String: TemplateParser.Parsed] = [:]
        var partialReferences: [(display: String, partials: [TemplateParser.PartialReference])] = []
        let files = (fileManager.enumerator(atPath: templatesRoot)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var names: Set<String> = []
        var failed = false
        var fingerprint = StableHasher()
        var stringReferences: [String: String] = [:]
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let display = displayRoot + "/templates/" + file
            guard let data = fileManager.contents(atPath: templatesRoot + "/" + file), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: display, message: "template cannot be read as UTF-8 text"))
                failed = true
                continue
            }
            fingerprint.combine(name)
            fingerprint.combine(text)
            for key in Self.stringReferences(in: text) where stringReferences[key] == nil {
                stringReferences[key] = "templates/" + file
            }
            do {
                let template = try TemplateParser.parse(text)
                names.insert(name)
                partialReferences.append((display, template.partials))
                if name.hasPrefix(cardPrefix) {
                    cardTemplates[name] = template
                    library.register(try TemplateParser.parse("{{{\(cardsKey).\(name)}}}").nodes, named: name)
                } else {
                    library.register(template.nodes, named: name)
                }
            } catch {
                diagnostics.append(Diagnostic(file: display, line: error.line, column: error.column, message: "template error: \(error.message)"))
                failed = true
            }
        }
        // swift-mustache rendered a missing partial as nothing; a typo in a partial's name is
        // worth a message instead.
        for (display, partials) in partialReferences {
            for partial in partials where !names.contains(partial.name) {
                let error = TemplateParseError(line: partial.line, column: partial.column, problem: .unknownPartial(partial.name))
                diagnostics.append(Diagnostic(file: display, line: error.line, column: error.column, message: "template error: \(error.message)",
                                              fix: "add templates/\(partial.name).mustache or correct the name"))
                failed = true
            }
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates/\(required).mustache", message: "the theme has no '\(required)' template",
                                          fix: "every theme needs \(requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "))"))
            failed = true
        }
        let staticRoot = root + "/static"
        var staticFiles: [StaticFile] = []
        for path in (fileManager.enumerator(atPath: staticRoot)?.allObjects as? [String] ?? []).sorted() {
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: staticRoot + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = fileManager.contents(atPath: staticRoot + "/" + path) else {
                diagnostics.append(Diagnostic(file: displayRoot + "/static/" + path, message: "static file cannot be read",
                                              fix: "check its permissions"))
                failed = true
                continue
            }
            staticFiles.append(StaticFile(path: path, bytes: [UInt8](data)))
        }
        let stringTables = loadStringTables(root: root, displayRoot: displayRoot, failed: &failed, diagnostics: &diagnostics)
        for table in stringTables {
            fingerprint.combine(table.language)
            fingerprint.combine(table.text)
        }
        guard !failed else { return nil }
        return Theme(library: library, cards: Self.dependencyOrder(cardTemplates), staticFiles: staticFiles,
                     fingerprint: fingerprint.value, stringTables: stringTables, stringReferences: stringReferences,
                     displayRoot: displayRoot)
    }

    /// The translation tables in `i18n/` (`ru.yml`, `en.yml`, …), read as text; which one a build
    /// uses, and whether it is complete, is decided once the site's language is known.
    private static func loadStringTables(root: String, displayRoot: String, failed: inout Bool,
                                         diagnostics: inout [Diagnostic]) -> [InterfaceStringsLoader.ThemeTable] {
        let folder = root + "/i18n"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
        var tables: [InterfaceStringsLoader.ThemeTable] = []
        for file in files {
            let display = displayRoot + "/i18n/" + file
            guard let data = FileManager.default.contents(atPath: folder + "/" + file), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: display, message: "translation table cannot be read as UTF-8 text"))
                failed = true
                continue
            }
            tables.append(.init(language: String(file.dropLast(".yml".count)), file: display, text: text))
        }
        return tables
    }

    /// The keys of `t.KEY` references in a template: `{{t.KEY}}`, `{{#t.KEY}}`, `{{^t.KEY}}`, `{{{t.KEY}}}`.
    static func stringReferences(in text: String) -> [String] {
        var keys: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            var tag = rest.drop { $0 == " " }
            if let sigil = tag.first, "#^/&{".contains(sigil) { tag = tag.dropFirst().drop { $0 == " " } }
            guard tag.hasPrefix("t.") else { continue }
            let key = tag.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            if !key.isEmpty { keys.append(String(key)) }
        }
        return keys
    }

    /// Cards that include other cards come after them, so each finds its parts already rendered.
    private static func dependencyOrder(_ cards: [String: TemplateParser.Parsed]) -> [(name: String, nodes: [TemplateNode])] {
        var ordered: [(name: String, nodes: [TemplateNode])] = []
        var placed: Set<String> = []
        func place(_ name: String, visiting: Set<String>) {
            guard !placed.contains(name), !visiting.contains(name), let card = cards[name] else { return }
            let included = Set(card.partials.map(\.name))
            for other in cards.keys.sorted() where other != name && included.contains(other) {
                place(other, visiting: visiting.union([name]))
            }
            placed.insert(name)
            ordered.append((name, card.nodes))
        }
        for name in cards.keys.sorted() { place(name, visiting: []) }
        return ordered
    }

    func has(_ template: String) -> Bool {
        library.has(template)
    }

    /// The page's bytes, as written to its file.
    func render(_ page: PageContext) -> [UInt8] {
        library.render(page.template, with: page, capacity: Self.pageCapacity)
    }

    /// Enough for most pages at once: the buffer then grows by doubling.
    private static let pageCapacity = 32 * 1024

    /// The `entry-card…` partials of one entry, rendered with `site` and `urls` under the entry.
    func renderCards(_ card: CardContext) -> RenderedCards {
        var context = card
        context.summary.cards = RenderedCards(byName: [:])
        for partial in cards {
            var renderer = TemplateRenderer(library: library)
            renderer.render(partial.nodes, root: context)
            context.summary.cards!.byName[partial.name] = String(decoding: renderer.output, as: UTF8.self)
        }
        return context.summary.cards!
    }
}
