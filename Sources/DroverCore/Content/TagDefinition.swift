/// What `tags.yml` says about one tag: a pinned slug, a display title, a description.
public struct TagDefinition: Sendable {
    public var name: String
    public var slug: String?
    public var title: String?
    public var description: String?
    public var location: SourceLocation

    static let knownKeys = ["slug", "title", "description"]

    /// Reads tags.yml: a map from a tag, exactly as entries write it, to its settings.
    static func loadAll(yaml: String, file: String, diagnostics: inout [Diagnostic]) -> [TagDefinition] {
        let root: YAMLMapping
        switch YAMLMapping.parse(yaml, file: file, lineOffset: 1, what: "tags.yml") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return []
        case .success(let mapping):
            root = mapping
        }
        var definitions: [TagDefinition] = []
        var reader = root
        for name in root.keys {
            let location = reader.location(ofKey: name)
            guard let node = reader.node(name) else { continue }
            if case .scalar(let scalar) = node, YAMLMapping.isNull(scalar) {
                definitions.append(TagDefinition(name: name, location: location))
                continue
            }
            guard var fields = reader.mapping(name) else { continue }
            let slug = fields.string("slug", required: false, example: "slug: \(Slug.make(name).isEmpty ? "my-tag" : Slug.make(name))")
            if let slug, !Slug.isValid(slug) {
                fields.report(.error("tag '\(name)' has slug \"\(slug)\", which is not lowercase ASCII letters, digits and '-'",
                                     at: fields.location(ofValue: "slug"), fix: "write it as slug: \(Slug.make(slug).isEmpty ? "my-tag" : Slug.make(slug))"))
            }
            let title = fields.string("title", required: false, example: "title: \"\(name)\"")
            let description = fields.string("description", required: false, example: "description: \"…\"")
            fields.reportUnknownKeys(known: knownKeys, context: "tag '\(name)'")
            diagnostics.append(contentsOf: fields.diagnostics)
            definitions.append(TagDefinition(name: name, slug: slug.flatMap { Slug.isValid($0) ? $0 : nil },
                                             title: title, description: description, location: location))
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return definitions
    }
}
