import Foundation
import Mustache

/// A theme folder: Mustache templates in `templates/` and files in `static/` copied as they are.
///
/// Templates are read when the build starts, so a designer changes the site without recompiling.
public struct Theme: Sendable {
    public static let requiredTemplates = ["home", "block", "entry", "tags", "tag", "404"]

    let library: MustacheLibrary
    /// Paths relative to `static/`, sorted.
    let staticFiles: [String]
    let staticRoot: String

    static func load(from root: String, displayRoot: String, diagnostics: inout [Diagnostic]) -> Theme? {
        let templatesRoot = root + "/templates"
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: templatesRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates", message: "theme templates folder not found",
                                          fix: "pass --theme DIR with a templates/ folder, or run drover where theme/ is"))
            return nil
        }
        var library = MustacheLibrary()
        var names: Set<String> = []
        let files = (fileManager.enumerator(atPath: templatesRoot)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var failed = false
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let display = displayRoot + "/templates/" + file
            guard let data = fileManager.contents(atPath: templatesRoot + "/" + file), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: display, message: "template cannot be read as UTF-8 text"))
                failed = true
                continue
            }
            do {
                try library.register(text, named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(file: display, line: error.context.lineNumber, column: error.context.columnNumber,
                                              message: "template error: \(error.error)"))
                failed = true
            } catch {
                diagnostics.append(Diagnostic(file: display, message: "template error: \(error)"))
                failed = true
            }
        }
        for required in requiredTemplates where !names.contains(required) {
            diagnostics.append(Diagnostic(file: displayRoot + "/templates/\(required).mustache", message: "the theme has no '\(required)' template",
                                          fix: "every theme needs \(requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "))"))
            failed = true
        }
        let staticRoot = root + "/static"
        let staticFiles = (fileManager.enumerator(atPath: staticRoot)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return fileManager.fileExists(atPath: staticRoot + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        return failed ? nil : Theme(library: library, staticFiles: staticFiles, staticRoot: staticRoot)
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
