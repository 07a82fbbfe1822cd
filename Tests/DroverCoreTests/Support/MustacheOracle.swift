import Foundation
import Mustache
@testable import DroverCore

/// swift-mustache 2.1.1 rendering a theme the way Drover did before it had its own template
/// runtime: the oracle the runtime must match byte for byte.
struct MustacheOracle {
    /// Typed template values as swift-mustache saw the contexts before: texts, numbers, flags,
    /// nested contexts and arrays of them.
    struct Bridge: MustacheParent {
        let parent: any TemplateParent

        func child(named name: String) -> Any? {
            Self.unwrap(parent.child(named: name))
        }

        static func unwrap(_ value: TemplateValue?) -> Any? {
            switch value {
            case nil: nil
            case .text(let text): text
            case .number(let number): number
            case .flag(let flag): flag
            case .context(let parent): Bridge(parent: parent)
            case .list(let list): (0..<list.count).map { unwrap(list.value(at: $0))! }
            case .texts(let texts): texts
            }
        }
    }

    /// Our byte-level HTML escaping, selected by the pragma every template started with.
    private struct FastHTML: MustacheContentType {
        static let name = "DROVER_HTML"
        static let register: Void = MustacheContentTypes.register(FastHTML(), named: name)
        func escapeText(_ text: String) -> String { Escaping.html(text) }
    }

    private var library = MustacheLibrary()
    private var cards: [(name: String, template: MustacheTemplate)] = []

    /// The templates of `folder` (a theme's templates/), with `entry-card…` partials replaced by
    /// their pre-rendered result, as the engine did.
    init(templates folder: String) throws {
        FastHTML.register
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }.sorted()
        var texts: [String: String] = [:]
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            texts[name] = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
        try self.init(texts: texts)
    }

    init(texts: [String: String]) throws {
        FastHTML.register
        var cardTemplates: [String: (MustacheTemplate, String)] = [:]
        for (name, text) in texts {
            let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(FastHTML.name)}}\n" + text)
            if name.hasPrefix(Theme.cardPrefix) {
                cardTemplates[name] = (template, text)
                try library.register("{{{\(Theme.cardsKey).\(name)}}}", named: name)
            } else {
                library.register(template, named: name)
            }
        }
        // Cards that include other cards after those (the engine's order).
        var placed: Set<String> = []
        func place(_ name: String, visiting: Set<String>) {
            guard !placed.contains(name), !visiting.contains(name), let card = cardTemplates[name] else { return }
            for other in cardTemplates.keys.sorted() where other != name && card.1.replacingOccurrences(of: " ", with: "").contains("{{>\(other)}}") {
                place(other, visiting: visiting.union([name]))
            }
            placed.insert(name)
            cards.append((name, card.0))
        }
        for name in cardTemplates.keys.sorted() { place(name, visiting: []) }
    }

    func render(_ name: String, _ root: any TemplateParent) -> String {
        library.render(Bridge(parent: root), withTemplate: name) ?? ""
    }

    func renderCards(_ card: CardContext) -> RenderedCards {
        var context = card
        context.summary.cards = RenderedCards(byName: [:])
        for partial in cards {
            context.summary.cards!.byName[partial.name] = partial.template.render(Bridge(parent: context), library: library)
        }
        return context.summary.cards!
    }
}
