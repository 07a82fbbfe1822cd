/// What one burst of file changes was, as the rebuild loop needs it: whether only stylesheets
/// changed (then open pages swap them instead of reloading), and how to name it in one line.
public struct ChangeSet: Sendable, Equatable {
    /// The changed paths, as the watcher reported them.
    public var paths: [String]
    /// True when every change is a `.css` file of the theme's `static/` folder.
    public var onlyStylesheets: Bool

    public init(paths: [String], themeDirectory: String) {
        self.paths = paths
        let staticFolder = Self.withoutTrailingSlash(themeDirectory) + "/static/"
        onlyStylesheets = !paths.isEmpty && paths.allSatisfy { $0.hasPrefix(staticFolder) && $0.hasSuffix(".css") }
    }

    /// `content/research/x.md`, or `content/research/x.md and 2 more`, with paths shown
    /// relative to `workingDirectory` when they are inside it.
    public func summary(relativeTo workingDirectory: String) -> String {
        let prefix = Self.withoutTrailingSlash(workingDirectory) + "/"
        let shown = paths.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        guard let first = shown.first else { return "nothing" }
        return shown.count == 1 ? first : "\(first) and \(shown.count - 1) more"
    }

    /// The changed sources as paths inside `contentRoot` (the folder the watcher watched, as it
    /// watched it): nil when something other than files changed there (a folder came or went,
    /// the watcher lost events and reported the root), so the build must check every source.
    public func sources(in contentRoot: String) -> Set<String>? {
        let prefix = Self.withoutTrailingSlash(contentRoot) + "/"
        var sources: Set<String> = []
        for path in paths {
            guard path.hasPrefix(prefix) else {
                if path == Self.withoutTrailingSlash(contentRoot) { return nil }
                continue  // the theme: read whole on every build
            }
            let relative = String(path.dropFirst(prefix.count))
            guard relative.hasSuffix(".md") || relative.hasSuffix(".yml") else { return nil }
            sources.insert(relative)
        }
        return sources
    }

    static func withoutTrailingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
