/// Checks every link in every body and block introduction, reporting broken ones where they are written.
struct LinkValidator {
    let resolver: LinkResolver

    /// Every body's links, checked on all cores.
    /// - Parameter unlisted: bodies of files whose front matter failed, checked all the same.
    func validate(_ collection: Collection, unlisted: [UnlistedBody] = []) async -> [Diagnostic] {
        var bodies: [(body: ParsedBody, sourcePath: String, file: String)] = []
        bodies += unlisted.map { ($0.body, $0.sourcePath, $0.file) }
        bodies += collection.blocks.map { ($0.intro, $0.sourcePath, $0.file) }
        bodies += collection.entries.map { ($0.body, $0.sourcePath, $0.file) }
        bodies += collection.pages.map { ($0.body, $0.sourcePath, $0.file) }
        let files = bodies
        let resolver = resolver
        let found = await concurrentMap(files.count, chunk: 256) { index in
            Self.check(files[index].body, sourcePath: files[index].sourcePath, file: files[index].file, resolver: resolver)
        }
        return found.flatMap { $0 }
    }

    private static func check(_ body: ParsedBody, sourcePath: String, file: String, resolver: LinkResolver) -> [Diagnostic] {
        body.links.compactMap { link in
            guard let problem = resolver.problem(with: link.destination, from: sourcePath, isImage: link.isImage) else { return nil }
            return .error(problem.message, at: body.fileLocation(of: link.position, file: file), fix: problem.fix)
        }
    }
}
