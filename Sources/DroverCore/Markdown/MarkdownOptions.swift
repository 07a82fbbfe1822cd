import CCmark

/// How a Markdown document is parsed and rendered.
public struct MarkdownOptions: Hashable, Sendable {
    /// Keep raw HTML and every link scheme. Off by default: content is then
    /// rendered with cmark's safe mode, which omits raw HTML and drops
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
    public var allowRawHTML: Bool
    /// Give every heading an `id` with its GitHub-compatible anchor, so that
    /// `#anchor` links work both on GitHub and on the generated site.
    public var headingAnchors: Bool

    public init(allowRawHTML: Bool = false, headingAnchors: Bool = true) {
        self.allowRawHTML = allowRawHTML
        self.headingAnchors = headingAnchors
    }

    /// cmark flags shared by parsing and rendering.
    ///
    /// UTF-8 validation is always on: invalid input becomes U+FFFD instead of
    /// reaching the HTML. SMART is never on: it would rewrite quotes and dashes
    /// and break the CommonMark conformance the pipeline relies on.
    var cmarkFlags: Int32 {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        return Int32(flags)
    }
}
