import Foundation

/// The resources a collection already has, by normalised URL (`URLNormalization.normalize`, as
/// the build's duplicate check uses), read from the entries' front matter alone, so a
/// collection that does not build today can still be asked.
struct ExistingURLs {
    /// Normalised URL → the entry file that has it (`content/research/x.md`), first one kept.
    private(set) var files: [String: String] = [:]

    init(tree: ContentTree) {
        for block in tree.blocks {
            for entry in block.entryFiles {
                let path = tree.absolutePath(entry)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                      case .success(let frontMatter) = FrontMatter.split(text),
                      case .success(var fields) = YAMLMapping.parse(String(frontMatter.yaml), file: path, lineOffset: 2, what: "front matter"),
                      let url = fields.string("url", required: false, example: ""),
                      let key = URLNormalization.normalize(url) else { continue }
                if files[key] == nil { files[key] = tree.displayPath(entry) }
            }
        }
    }

    /// The entry file that has `url` in any spelling, if one does.
    func file(having url: String) -> String? {
        URLNormalization.normalize(url).flatMap { files[$0] }
    }
}
