/// A template parsed once, at theme load: the tree the renderer walks for every page.
///
/// Text stays split where swift-mustache splits it (at each line end and each tag), because a
/// partial's indentation is inserted between nodes, never inside one.
enum TemplateNode: Sendable {
    /// Literal text, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`; a standalone tag's leading whitespace indents every line the partial starts.
    case partial(String, indentation: [UInt8]?)
    /// `{{% CONTENT_TYPE: …}}`: whether variables are HTML-escaped from here to the end of the
    /// enclosing node list.
    case escaping(Bool)
}

/// A name as a tag writes it: `title`, `site.title`, `.` (the current value), `.title` (only
/// the current value's `title`, without looking further up the stack).
struct TemplateName: Sendable, Equatable {
    /// The dot-separated parts, empty ones dropped; none means the current value.
    let components: [String]
    /// Whether the first part is looked up only in the current value.
    let anchored: Bool

    init(_ name: String) {
        components = name.split(separator: ".").map(String.init)
        anchored = name.first == "."
    }
}
