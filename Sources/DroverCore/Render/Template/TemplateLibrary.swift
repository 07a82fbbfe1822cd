/// A theme's parsed templates by name: what pages render and partials include.
struct TemplateLibrary: Sendable {
    private(set) var templates: [String: [TemplateNode]] = [:]

    mutating func register(_ nodes: [TemplateNode], named name: String) {
        templates[name] = nodes
    }

    func has(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// The template `name` rendered with `root` as its context; empty when there is no such template.
    func render(_ name: String, with root: some TemplateParent, capacity: Int = 0) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var renderer = TemplateRenderer(library: self, capacity: capacity)
        renderer.render(nodes, root: root)
        return renderer.output
    }
}
