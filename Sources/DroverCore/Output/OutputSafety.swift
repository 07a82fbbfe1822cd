import Foundation

/// The output folder is replaced wholesale on every build, so it must never be a folder
/// that holds the sources: `--output .` or `--output content` would delete the author's work.
enum OutputSafety {
    static func check(output: String, content: String, theme: String) -> Diagnostic? {
        let out = canonical(output)
        let cwd = canonical(FileManager.default.currentDirectoryPath)
        for (name, path) in [("the content folder", content), ("the theme folder", theme), ("the current folder", ".")] {
            let source = path == "." ? cwd : canonical(path)
            if source == out || source.hasPrefix(out + "/") {
                return Diagnostic(file: output, message: "the output folder would contain \(name), and every build replaces the output",
                                  fix: "choose another --output, such as site", kind: .configuration)
            }
        }
        return nil
    }

    private static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (URL(fileURLWithPath: absolute).standardizedFileURL.path as NSString).resolvingSymlinksInPath
    }
}
