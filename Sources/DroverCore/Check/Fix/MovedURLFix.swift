import Foundation

/// `drover check --fix`: writes each `moved` URL's new address where the old one is written, in
/// front matter and bodies alike, changing nothing else of the file: the curator reviews a diff
/// of exactly the URLs, not a reformatted file.
///
/// Only `moved` is rewritten: every redirect on the way was permanent (301, 308) and ended on a
/// working page, or the host's API named the new address (a renamed GitHub repository). A
/// temporary redirect (302, 303, 307) says the old URL is still the one to link.
public struct MovedURLFix: Sendable {
    /// One file's new text.
    public struct FileChange: Sendable, Equatable {
        public var file: String
        public var original: String
        public var fixed: String
        /// How many URLs were rewritten in it.
        public var rewritten: Int
        /// Each rewrite as "LINE URL", the old URL: what `wasRewritten` matches a warning against.
        var rewrites: Set<String> = []
    }

    public var changes: [FileChange] = []
    /// Places where a moved URL is written in a form that was not found on its line (another
    /// spelling that normalizes to the same URL): left alone and said.
    public var missed: [Diagnostic] = []

    /// What `--fix` would change for `report`, read from the files the report's sources name
    /// (relative to the current directory, as diagnostics name them).
    public static func plan(_ report: CheckReport, readFile: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }) -> MovedURLFix {
        // file → line → [(old, new)]
        var edits: [String: [Int: [(String, String)]]] = [:]
        for checked in report.links where checked.result.linkClass == .moved {
            guard let new = checked.result.finalURL else { continue }
            for source in checked.link.sources {
                edits[source.file, default: [:]][source.line, default: []].append((checked.link.url, new))
            }
        }
        var fix = MovedURLFix()
        // An entry's `url` rewritten to another entry's would make two entries of one resource,
        // which the build refuses: such a URL is left, and the curator told to merge them.
        var entryURLs: [String: String] = [:]
        var entryURLLocations: Set<String> = []
        for entry in report.build.site?.collection.entries ?? [] {
            entryURLs[URLNormalization.normalize(entry.url) ?? entry.url] = entry.file
            entryURLLocations.insert("\(entry.urlLocation.file):\(entry.urlLocation.line)")
        }
        for file in edits.keys.sorted() {
            guard let text = readFile(file) else {
                fix.missed.append(Diagnostic(file: file, line: 0, column: 0, severity: .warning, message: "cannot read \(file) to fix its moved URLs"))
                continue
            }
            var lines = Self.lines(of: text)
            var rewritten = 0
            var rewrites: Set<String> = []
            for (line, pairs) in edits[file]!.sorted(by: { $0.key < $1.key }) {
                guard line >= 1, line <= lines.count else { continue }
                for (old, new) in pairs {
                    if entryURLLocations.contains("\(file):\(line)"), let other = entryURLs[URLNormalization.normalize(new) ?? new] {
                        fix.missed.append(Diagnostic(file: file, line: line, column: 0, severity: .warning,
                                                     message: "moved: \(old) now lives at \(new), which is already the url of \(other), so --fix left it",
                                                     fix: "merge the two entries, or remove this one"))
                        continue
                    }
                    let (replaced, count) = Self.replace(old, with: new, in: lines[line - 1])
                    if count == 0 {
                        fix.missed.append(Diagnostic(file: file, line: line, column: 0, severity: .warning,
                                                     message: "moved: \(old) is written another way on this line, so --fix left it",
                                                     fix: "replace it with \(new) by hand"))
                    }
                    lines[line - 1] = replaced
                    rewritten += count
                    if count > 0 { rewrites.insert("\(line) \(old)") }
                }
            }
            let fixed = lines.joined()
            if fixed != text {
                fix.changes.append(FileChange(file: file, original: text, fixed: fixed, rewritten: rewritten, rewrites: rewrites))
            }
        }
        return fix
    }

    /// Whether `problem` is a `moved` warning (as `CheckReport.problems` words it) whose URL this
    /// fix rewrote at that place, so that the run's exit code no longer counts it. A moved URL left
    /// alone, in the same file or not, still counts.
    public func wasRewritten(_ problem: Diagnostic) -> Bool {
        guard problem.message.hasPrefix("moved: "), let change = changes.first(where: { $0.file == problem.file }) else { return false }
        let url = problem.message.dropFirst("moved: ".count).prefix { $0 != " " }
        return change.rewrites.contains("\(problem.line) \(url)")
    }

    /// Writes every changed file whole (to a temporary file, then renamed over it), so an
    /// interrupted fix never leaves half a file.
    public func apply() throws {
        for change in changes {
            let url = URL(fileURLWithPath: change.file)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).drover-fix")
            try Data(change.fixed.utf8).write(to: temporary)
            do { try FileIO.move(temporary.path, over: url.path) } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }
    }

    /// The changes as a unified diff (`diff -u` of each file), for the curator to read or `git apply`.
    public var diff: String {
        changes.map { UnifiedDiff.render(file: $0.file, old: Self.lines(of: $0.original), new: Self.lines(of: $0.fixed)) }.joined()
    }

    /// The text's lines, each with its own line ending, so joining them gives back every byte.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Every occurrence of `old` in `line` that is the whole URL (not the start of a longer
    /// one: what follows is not a character a URL goes on with, a `#fragment` aside).
    static func replace(_ old: String, with new: String, in line: String) -> (String, Int) {
        var result = ""
        var count = 0
        var rest = line[...]
        while let range = rest.range(of: old) {
            let next = rest[range.upperBound...].first
            let whole = next.map { !Self.continuesURL($0) } ?? true
            result += rest[..<range.lowerBound]
            result += whole ? new : String(rest[range])
            if whole { count += 1 }
            rest = rest[range.upperBound...]
        }
        return (result + rest, count)
    }

    private static func continuesURL(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-._~/%?=&+;:@!$*,".contains(character)
    }
}

/// A unified diff of two versions of a file with the same number of lines (a fix changes lines,
/// never adds or removes one), three lines of context, as `diff -u` prints it.
enum UnifiedDiff {
    static let context = 3

    static func render(file: String, old: [String], new: [String]) -> String {
        let changed = old.indices.filter { $0 < new.count && old[$0] != new[$0] }
        guard !changed.isEmpty else { return "" }
        var out = "--- a/\(file)\n+++ b/\(file)\n"
        var groups: [[Int]] = []
        for index in changed {
            if let last = groups.last?.last, index - last <= 2 * context { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        for group in groups {
            let start = max(0, group.first! - context), end = min(old.count - 1, group.last! + context)
            let length = end - start + 1
            out += "@@ -\(start + 1),\(length) +\(start + 1),\(length) @@\n"
            for index in start...end {
                if group.contains(index) {
                    out += "-" + terminated(old[index]) + "+" + terminated(new[index])
                } else {
                    out += " " + terminated(old[index])
                }
            }
        }
        return out
    }

    /// A diff line must end in a newline; a last line without one says so as `diff` does.
    private static func terminated(_ line: String) -> String {
        // By bytes: "\r\n" is one Character, which `hasSuffix("\n")` does not match.
        line.utf8.last == UInt8(ascii: "\n") ? line : line + "\n\\ No newline at end of file\n"
    }
}
