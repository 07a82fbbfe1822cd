/// A heading found in a Markdown document.
public struct MarkdownHeading: Hashable, Sendable {
    /// 1 to 6.
    public var level: Int
    /// The heading's inline content flattened to text: `## Про *LLM*` gives
    /// "Про LLM". Code spans and image alt text are included, raw HTML is not.
    public var text: String
    /// The GitHub-compatible id (see `HeadingAnchor`), unique in its document.
    /// Empty when the heading has nothing to build one from (e.g. `## ???`).
    public var anchor: String
    public var position: SourcePosition

    public init(level: Int, text: String, anchor: String, position: SourcePosition) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.position = position
    }
}
