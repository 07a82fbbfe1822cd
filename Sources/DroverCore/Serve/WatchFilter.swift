/// Which changes under the watched folders can change the site, so a rebuild is not started
/// for an editor's scratch files or for the output of another tool.
public struct WatchFilter: Sendable {
    /// Absolute folders never watched, whatever their place (the output folder, `.build`).
    public var excludedFolders: Set<String>

    public init(excludedFolders: Set<String> = []) {
        self.excludedFolders = excludedFolders
    }

    /// An editor's temporary file: Vim's swap files (`.x.md.swp`, `.swo`, `.swx`) and its
    /// write test `4913`, backups ending in `~`, Emacs's lock and autosave files (`.#x.md`, `#x.md#`).
    public static func isEditorTemporary(_ name: String) -> Bool {
        name == "4913" || name.hasSuffix("~") || name.hasPrefix(".#")
            || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx")
    }

    /// Whether a change to the file or folder `name` inside `folder` matters.
    public func matters(name: String, in folder: String) -> Bool {
        !Self.isEditorTemporary(name) && !excludedFolders.contains(folder + "/" + name)
    }

    /// Whether to watch a folder found while walking the tree: not an excluded one, and not a
    /// hidden one (`.git`), which the content loader skips as well.
    func watches(folder path: String, name: String) -> Bool {
        !name.hasPrefix(".") && !excludedFolders.contains(path)
    }
}
