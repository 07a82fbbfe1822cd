/// What an import did with every link of the README, and what it wrote: printed on
/// standard output, so nothing is lost without a line saying so.
public struct ImportReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The main link of an item, now the entry at this path (inside the collection folder).
        case imported(String)
        /// Kept inside this entry's body or block's introduction.
        case kept(String)
        /// A status marker, kept at the start of this entry's description.
        case keptMarker(String)
        /// The same resource as an earlier item: merged into its entry, which stays in its own
        /// section; `otherSection` names the duplicate's when it is another block's.
        case merged(into: String, firstLine: Int, otherSection: String? = nil)
        /// A re-run: the collection already has this resource, at this path.
        case alreadyThere(String)
        /// Left out on purpose (a table of contents, a badge, a license section).
        case ignored(String)
        /// Could not be imported, for this reason; the exit code is 1.
        case skipped(String)
    }

    public struct Line: Sendable, Equatable {
        public var position: SourcePosition
        /// The URL, or the text of a list item without a link, in quotes.
        public var target: String
        public var outcome: Outcome
    }

    /// The README as the user named it, for `README.md:12:` prefixes.
    public var readme: String
    /// The collection folder as the user named it.
    public var folder: String
    public var lines: [Line] = []
    /// Entries already in the folder that the README now describes differently.
    public var changedUpstream: [String] = []
    /// Entries already in the folder whose URL is no longer in the README.
    public var goneUpstream: [String] = []
    public var entriesWritten = 0
    public var blocksWritten = 0
    public var tagsWritten = 0
    public var entriesWithoutDescription = 0
    public var wroteSiteConfig = false

    public var skippedCount: Int { lines.count { if case .skipped = $0.outcome { true } else { false } } }

    /// 0 when everything was imported, 1 when something was skipped (the rest is written).
    public var exitCode: Int32 { skippedCount > 0 ? 1 : 0 }

    /// The report as printed: one line per link in README order, then the upstream changes and a summary.
    public var text: String {
        var out: [String] = []
        for line in lines.sorted(by: { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }) {
            let place = "\(readme):\(line.position.line):"
            switch line.outcome {
            case .imported(let path): out.append("\(place) imported \(line.target) as \(path)")
            case .kept(let path): out.append("\(place) kept \(line.target) in \(path)")
            case .keptMarker(let path): out.append("\(place) kept the status marker \(line.target) at the start of \(path)'s description")
            case .merged(let path, let first, let section):
                let stays = section.map { "; the entry stays in its first section, not under \"\($0)\" too" } ?? ""
                out.append("\(place) merged \(line.target) into \(path) (a duplicate of line \(first)\(stays))")
            case .alreadyThere(let path): out.append("\(place) already imported \(line.target) as \(path)")
            case .ignored(let reason): out.append("\(place) ignored \(line.target) (\(reason))")
            case .skipped(let reason): out.append("\(place) skipped \(line.target): \(reason)")
            }
        }
        out += changedUpstream.map { "changed upstream: \($0)" }
        out += goneUpstream.map { "gone upstream: \($0)" }
        out.append(summary)
        return out.joined(separator: "\n") + "\n"
    }

    private var summary: String {
        func count(_ n: Int, _ word: String, _ plural: String? = nil) -> String { "\(n) \(n == 1 ? word : plural ?? word + "s")" }
        func outcomes(_ test: (Outcome) -> Bool) -> Int { lines.count { test($0.outcome) } }
        var parts = ["\(count(entriesWritten, "entry", "entries")), \(count(blocksWritten, "block")) and \(count(tagsWritten, "tag")) written to \(folder)/"]
        if wroteSiteConfig { parts[0] += " with a new site.yml (set its base_url)" }
        let kept = outcomes { if case .kept = $0 { true } else { false } }
        let merged = outcomes { if case .merged = $0 { true } else { false } }
        let already = outcomes { if case .alreadyThere = $0 { true } else { false } }
        let ignored = outcomes { if case .ignored = $0 { true } else { false } }
        parts.append("\(count(kept, "link")) kept in bodies and introductions")
        let markers = outcomes { if case .keptMarker = $0 { true } else { false } }
        if markers > 0 { parts.append("\(count(markers, "status marker")) kept in descriptions") }
        if merged > 0 { parts.append("\(count(merged, "duplicate")) merged") }
        if already > 0 { parts.append("\(already) already there") }
        parts.append("\(ignored) ignored")
        parts.append("\(skippedCount) skipped")
        var text = "import: " + parts.joined(separator: "; ")
        if entriesWithoutDescription > 0 {
            text += entriesWithoutDescription == 1
                ? "\nimport: 1 entry had no description in the README; its body says so, for you to write one"
                : "\nimport: \(entriesWithoutDescription) entries had no description in the README; their bodies say so, for you to write one"
        }
        return text
    }
}
