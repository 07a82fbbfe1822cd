import Foundation

/// Resolves the links authors write in Markdown to the site's URLs.
///
/// Authors link by source path (`../research/foo.md#section`, `_block.md`, `tag:llm`) so that
/// the same Markdown works on GitHub; the site needs `/root/research/foo/#section`. A link whose
/// target, heading or tag does not exist is broken, and is reported where it is written.
public struct LinkResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// External or otherwise not ours: leave as written.
        case keep
        /// A site link (already prefixed with the site's root).
        case rewrite(String)
        case broken(message: String, fix: String?)
    }

    /// A page links can point at: its headings' anchors (its URL comes from `LinkRewriter`).
    struct Target: Sendable {
        var anchors: Set<String>
    }

    let rewriter: LinkRewriter
    /// `research/foo.md` → its page and heading anchors; blocks under `research/_block.md`.
    let targets: [String: Target]
    /// Tag name (as written) → slug.
    let tagSlugs: [String: String]
    let draftPaths: Set<String>
    let unparsedPaths: Set<String>
    let tagsWithoutPage: Set<String>
    /// The tags tags.yml defines: a misspelt `tag:` link is suggested one of them first.
    let definedTags: [String]

    init(collection: Collection, rewriter: LinkRewriter) {
        self.rewriter = rewriter
        var targets: [String: Target] = [:]
        for block in collection.blocks {
            targets[block.sourcePath] = Target(anchors: block.intro.anchors)
        }
        for entry in collection.entries {
            targets[entry.sourcePath] = Target(anchors: entry.body.anchors)
        }
        for page in collection.pages {
            targets[page.sourcePath] = Target(anchors: page.body.anchors)
        }
        self.targets = targets
        var tagSlugs: [String: String] = [:]
        for tag in collection.tags { tagSlugs[tag.name] = tag.slug }
        self.tagSlugs = tagSlugs
        draftPaths = collection.draftPaths
        unparsedPaths = collection.unparsedPaths
        tagsWithoutPage = collection.tagsWithoutPage
        definedTags = collection.definedTags
    }

    /// The hash of everything a link is resolved against: every page that can be linked with its
    /// headings' anchors, the tags, the drafts and the files that failed to parse. Equal for two
    /// builds, an unchanged body's links resolve the same in both.
    var targetsKey: UInt64 {
        var hasher = StableHasher()
        for path in targets.keys.sorted() {
            hasher.combine(path)
            let anchors = targets[path]!.anchors
            hasher.combine(Int64(anchors.count))
            for anchor in anchors.sorted() { hasher.combine(anchor) }
        }
        for name in tagSlugs.keys.sorted() {
            hasher.combine(name)
            hasher.combine(tagSlugs[name]!)
        }
        for set in [draftPaths, unparsedPaths, tagsWithoutPage, Set(definedTags)] {
            hasher.combine(Int64(set.count))
            for item in set.sorted() { hasher.combine(item) }
        }
        return hasher.value
    }

    /// Schemes that run code or read the reader's disk; refused in entries' `url` and in bodies.
    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// Resolves `destination` written in the file at `sourcePath`.
    public func resolve(_ destination: String, from sourcePath: String, isImage: Bool = false) -> Resolution {
        resolve(destination, from: sourcePath, isImage: isImage, rewriting: true)
    }

    /// Why `destination`, written in the file at `sourcePath`, is broken; nil when it is not.
    /// What validation asks of every link of the site: the URL a good link becomes is not made.
    func problem(with destination: String, from sourcePath: String, isImage: Bool) -> (message: String, fix: String?)? {
        guard case .broken(let message, let fix) = resolve(destination, from: sourcePath, isImage: isImage, rewriting: false) else {
            return nil
        }
        return (message, fix)
    }

    private func resolve(_ destination: String, from sourcePath: String, isImage: Bool, rewriting: Bool) -> Resolution {
        let trimmed = destination.trimmed()
        if trimmed.isEmpty { return .keep }

        if let scheme = Self.scheme(of: trimmed) {
            if scheme == "tag" { return resolveTag(String(trimmed.dropFirst(4)), rewriting: rewriting) }
            if Self.unsafeSchemes.contains(scheme) && !(scheme == "data" && isImage) {
                return .broken(message: "link uses the unsafe scheme '\(scheme):', which is refused",
                               fix: "link to an http(s) address instead")
            }
            return .keep
        }
        if trimmed.hasPrefix("//") { return .keep }  // protocol-relative: another host

        let (pathPart, fragment) = Self.splitFragment(trimmed)
        if pathPart.isEmpty {
            // `#anchor` inside the same file.
            guard let fragment else { return .keep }
            return checkAnchor(fragment, in: targets[sourcePath], name: "this page") ?? .keep
        }
        let path = pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathPart
        if path.hasPrefix("/") {
            return .broken(message: "link '\(destination)' starts with '/', which breaks when the site lives under a path",
                           fix: "link the Markdown file by its relative path, e.g. ../block/entry.md")
        }
        let decodedPath = path.percentDecoded
        guard decodedPath.hasSuffix(".md") else {
            return .broken(message: "relative link '\(destination)' does not point at a Markdown entry",
                           fix: "link an entry by its .md file, or use an absolute https:// URL")
        }
        guard let targetPath = Self.join(directory: Self.directory(of: sourcePath), decodedPath) else {
            return .broken(message: "link '\(destination)' points outside the content folder", fix: nil)
        }
        guard let target = targets[targetPath] else {
            if unparsedPaths.contains(targetPath) { return .keep }  // its own errors say why
            if draftPaths.contains(targetPath) {
                return .broken(message: "link '\(destination)' points at a draft, which this build leaves out",
                               fix: "publish it (remove draft: true) or build with --drafts")
            }
            let suggestion = Self.suggestedPath(for: targetPath, among: targets.keys.sorted() + unparsedPaths.sorted()).map {
                "did you mean '\(Self.relative(from: Self.directory(of: sourcePath), to: $0))'?"
            }
            return .broken(message: "link '\(destination)' points at \(targetPath), which does not exist", fix: suggestion)
        }
        if let fragment, let problem = checkAnchor(fragment, in: target, name: targetPath) { return problem }
        guard rewriting else { return .keep }
        return rewriter.rewrite(destination, from: sourcePath, isImage: isImage).map { .rewrite($0) } ?? .keep
    }

    /// The file a mistaken path most likely meant. A file whose name starts with what was
    /// written is a slug cut short (`gemini-prompting.md` for `gemini-prompting-strategies.md`)
    /// and beats the nearest name by edits, which would be some other short slug.
    static func suggestedPath(for path: String, among candidates: [String]) -> String? {
        let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        if let name = stem.split(separator: "/").last, name.count >= 3 {
            let extended = candidates.filter { $0.hasPrefix(stem) && $0.hasSuffix(".md") }
            if let shortest = extended.min(by: { ($0.count, $0) < ($1.count, $1) }) { return shortest }
        }
        return Suggestion.closest(to: path, among: candidates)
    }

    private func resolveTag(_ name: String, rewriting: Bool) -> Resolution {
        let decoded = name.percentDecoded
        if tagSlugs[decoded] != nil || tagSlugs.values.contains(decoded) {
            return rewriting ? .rewrite(rewriter.tagURL(decoded)) : .keep
        }
        if tagsWithoutPage.contains(decoded) { return .keep }  // the tag's own error says why
        // A tag tags.yml defines before one entries use: the one used may be the typo.
        let meant = Suggestion.closest(to: decoded, among: definedTags) ?? Suggestion.closest(to: decoded, among: tagSlugs.keys.sorted())
        let fix = meant.map { "did you mean 'tag:\($0)'?" }
        return .broken(message: "link 'tag:\(name)' names a tag that no entry uses", fix: fix)
    }

    private func checkAnchor(_ fragment: String, in target: Target?, name: String) -> Resolution? {
        guard let target else { return nil }
        let anchor = fragment.percentDecoded
        if target.anchors.contains(anchor) { return nil }
        let fix = Suggestion.closest(to: anchor, among: target.anchors.sorted()).map { "did you mean '#\($0)'?" }
            ?? (target.anchors.isEmpty ? "\(name) has no headings" : nil)
        return .broken(message: "heading '#\(anchor)' does not exist in \(name)", fix: fix)
    }

    // MARK: Paths

    /// `https:`, `mailto:`, `tag:` … but not a Windows-like or relative path.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    static func splitFragment(_ text: String) -> (String, String?) {
        guard let hash = text.firstIndex(of: "#") else { return (text, nil) }
        return (String(text[..<hash]), String(text[text.index(after: hash)...]))
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Joins and normalises `.` and `..`; nil when it climbs above the content folder.
    static func join(directory: String, _ relative: String) -> String? {
        var parts = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The relative path an author would write from `directory` to `target`.
    static func relative(from directory: String, to target: String) -> String {
        let targetDirectory = Self.directory(of: target)
        if targetDirectory == directory { return String(target.dropFirst(directory.isEmpty ? 0 : directory.count + 1)) }
        return (directory.isEmpty ? "" : "../") + target
    }
}
