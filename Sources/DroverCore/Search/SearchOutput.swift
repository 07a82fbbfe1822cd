/// Where the search meets the build: the index files and, when the theme has a `search`
/// template, the page `search/` that reads them. One call from the renderer, so a new
/// pipeline can move it as a whole.
enum SearchOutput {
    /// Writes the index and the page; returns the number of pages written (0 or 1).
    static func write(collection: Collection, theme: Theme, context: @autoclosure () -> [String: Any],
                      into output: StagedOutput) throws -> Int {
        for file in SearchIndex(collection: collection).files {
            try output.write(String(decoding: file.bytes, as: UTF8.self), to: file.path)
        }
        guard theme.has(template: "search") else { return 0 }
        try output.write(theme.render("search", context()), to: SearchIndex.folder + "index.html")
        return 1
    }
}
