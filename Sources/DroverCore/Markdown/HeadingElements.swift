import CCmark

/// Gives rendered headings an `id` by changing the tree, not the HTML.
///
/// cmark's HTML renderer writes `<hN>` without attributes, and patching its
/// output with a regex would also hit `<h2>` tags inside raw HTML. Instead each
/// HEADING node is replaced by a CUSTOM_BLOCK holding one CUSTOM_INLINE whose
/// enter/exit literals are `<hN id="…">` and `</hN>`, with the heading's inline
/// children moved inside. The renderer prints custom literals verbatim (in safe
/// mode too), and the output is byte for byte what it prints for a heading: the
/// block writes a newline before (if needed) and after, the inline writes the
/// tags hugging the content. (A CUSTOM_BLOCK's own literals would be wrong: the
/// renderer puts a newline after its enter text.)
enum HeadingElements {
    /// Replaces `heading` with its custom equivalent carrying `anchor` as id
    /// (or no id when the anchor is empty), and frees the heading node.
    static func replace(heading: OpaquePointer, level: Int, anchor: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
              let element = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        else { fatalError("cmark could not allocate a node") }

        let idAttribute = anchor.isEmpty ? "" : " id=\"\(escapeAttribute(anchor))\""
        cmark_node_set_on_enter(element, "<h\(level)\(idAttribute)>")
        cmark_node_set_on_exit(element, "</h\(level)>")

        // Appending unlinks each child from the heading first.
        while let child = cmark_node_first_child(heading) {
            let moved = cmark_node_append_child(element, child)
            precondition(moved == 1, "cmark refused an inline node inside CUSTOM_INLINE")
        }
        // The calls stay outside `precondition`: under -Ounchecked its argument is not
        // evaluated, and freeing a heading that is still linked into the tree corrupts it.
        let nested = cmark_node_append_child(block, element)
        precondition(nested == 1, "cmark refused CUSTOM_INLINE inside CUSTOM_BLOCK")
        let replaced = cmark_node_replace(heading, block)
        precondition(replaced == 1, "cmark refused CUSTOM_BLOCK in place of a heading")
        cmark_node_free(heading)
    }

    /// Escapes the characters cmark itself escapes in attribute values.
    static func escapeAttribute(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
        else { return value }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 8)
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
