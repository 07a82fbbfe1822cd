import CCmark

/// Finds where a link or image node starts in the source, working around the
/// inline source positions of cmark 0.30.2, which are right for most links
/// but not all:
///
/// - On a paragraph's continuation line cmark adds the paragraph's first-line
///   indentation instead of that line's own, so the column is off when the
///   lines are indented differently (list items, lazy continuation, setext
///   headings spanning lines).
/// - A link whose text spans lines gets the line of its closing `]` with the
///   column of its opening `[`.
/// - Autolinks (`<https://…>`) get their offset in the whole paragraph text,
///   ignoring the line and any container prefix such as `> `.
///
/// So each candidate position is checked against the source — it must hold
/// the link's first character, `[` or `<` for a link, `!` for an image — and
/// when none does, the nearest such character on the line is taken; failing
/// that, the start of the enclosing paragraph or heading.
enum LinkSourcePosition {
    static func resolve(
        link node: OpaquePointer,
        isImage: Bool,
        container: OpaquePointer?,
        in map: inout SourceLineMap
    ) -> SourcePosition {
        let containerLine = container.map { Int(cmark_node_get_start_line($0)) } ?? 0
        let containerColumn = container.map { Int(cmark_node_get_start_column($0)) } ?? 0
        // Rarely needed, so only computed when it is.
        func fallback() -> SourcePosition {
            map.position(line: containerLine, cmarkColumn: containerColumn)
                ?? SourcePosition(line: max(containerLine, 1), column: max(containerColumn, 1))
        }

        var line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        // A link's text starts where its `[` is; if that is on an earlier line
        // than the one cmark reports, the text's line is the right one.
        if let child = cmark_node_first_child(node) {
            let childLine = Int(cmark_node_get_start_line(child))
            if childLine > 0 && childLine < line { line = childLine }
        }
        guard line > 0, column > 0, let lineRange = map.lineRange(line) else { return fallback() }

        func startsLink(_ offset: Int) -> Bool {
            guard lineRange.contains(offset), let byte = map.byte(at: offset) else { return false }
            return isImage ? byte == UInt8(ascii: "!") : (byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<"))
        }

        func confirmed(_ candidate: Int) -> SourcePosition? {
            guard let offset = map.byteOffset(line: line, cmarkColumn: candidate), startsLink(offset) else { return nil }
            return SourcePosition(line: line, column: map.scalarColumn(line: line, byteOffset: offset))
        }
        if line != containerLine && containerColumn > 0 {
            // Re-base the column on this line's own content start: the first
            // byte after the container prefix (`>`, spaces, tabs). Tried first:
            // on a continuation line the raw column may land on another link.
            var contentStart = lineRange.lowerBound
            while let byte = map.byte(at: contentStart), contentStart < lineRange.upperBound,
                  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") {
                contentStart += 1
            }
            if let position = confirmed(column - (containerColumn - 1) + (contentStart - lineRange.lowerBound)) {
                return position
            }
        }
        if let position = confirmed(column) { return position }

        // Nearest plausible start on the line, preferring the later one on a tie
        // (autolinks under-report on a container's first line).
        let reported = map.byteOffset(line: line, cmarkColumn: column) ?? lineRange.lowerBound
        var best: Int?
        for offset in lineRange where startsLink(offset) {
            if best == nil || abs(offset - reported) <= abs(best! - reported) { best = offset }
            if offset > reported { break }
        }
        if let best {
            return SourcePosition(line: line, column: map.scalarColumn(line: line, byteOffset: best))
        }
        return fallback()
    }
}
