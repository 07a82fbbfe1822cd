/// A link or image found in a Markdown document.
public struct MarkdownLink: Hashable, Sendable {
    /// The destination exactly as written, after cmark's unescaping of
    /// backslash escapes and entities (and with reference links resolved).
    public var destination: String
    /// Where the link (its `[`, `!` or autolink `<`) starts in the Markdown
    /// text; the start of the enclosing paragraph or heading when cmark gives
    /// no usable position.
    public var position: SourcePosition
    public var isImage: Bool

    public init(destination: String, position: SourcePosition, isImage: Bool) {
        self.destination = destination
        self.position = position
        self.isImage = isImage
    }
}
