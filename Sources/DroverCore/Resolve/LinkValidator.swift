/// Checks every link in every body and block introduction, reporting broken ones where they are written.
struct LinkValidator {
    let resolver: LinkResolver

    /// - Parameter unlisted: bodies of files whose front matter failed, checked all the same.
    func validate(_ collection: Collection, unlisted: [UnlistedBody] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for file in unlisted {
            diagnostics += check(file.body, sourcePath: file.sourcePath, file: file.file)
        }
        for block in collection.blocks {
            diagnostics += check(block.intro, sourcePath: block.sourcePath, file: block.file)
        }
        for entry in collection.entries {
            diagnostics += check(entry.body, sourcePath: entry.sourcePath, file: entry.file)
        }
        for page in collection.pages {
            diagnostics += check(page.body, sourcePath: page.sourcePath, file: page.file)
        }
        return diagnostics
    }

    private func check(_ body: ParsedBody, sourcePath: String, file: String) -> [Diagnostic] {
        body.links.compactMap { link in
            guard case .broken(let message, let fix) = resolver.resolve(link.destination, from: sourcePath, isImage: link.isImage) else {
                return nil
            }
            return .error(message, at: body.fileLocation(of: link.position, file: file), fix: fix)
        }
    }
}
