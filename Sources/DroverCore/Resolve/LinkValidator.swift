/// Checks every link in every body and block introduction, reporting broken ones where they are written.
struct LinkValidator {
    let resolver: LinkResolver

    /// Every body of the build, in the order its problems are reported: bodies of files whose
    /// front matter failed (checked all the same), block introductions, entries, standalone pages.
    static func bodies(of collection: Collection, unlisted: [UnlistedBody]) -> [(body: ParsedBody, sourcePath: String, file: String)] {
        unlisted.map { ($0.body, $0.sourcePath, $0.file) } + collection.blocks.map { ($0.intro, $0.sourcePath, $0.file) }
            + collection.entries.map { ($0.body, $0.sourcePath, $0.file) } + collection.pages.map { ($0.body, $0.sourcePath, $0.file) }
    }

    /// The broken links of every body that has any, by source path, checked on all cores; only
    /// the bodies of `onlyIn` when given (the others are known to have none).
    func validate(_ collection: Collection, unlisted: [UnlistedBody] = [], onlyIn: Set<String>? = nil) async -> [String: [Diagnostic]] {
        let all = Self.bodies(of: collection, unlisted: unlisted)
        let bodies = onlyIn.map { wanted in all.filter { wanted.contains($0.sourcePath) } } ?? all
        let validator = self
        let found = await concurrentMap(bodies.count, chunk: 256) { index in
            validator.check(bodies[index].body, sourcePath: bodies[index].sourcePath, file: bodies[index].file)
        }
        var bySource: [String: [Diagnostic]] = [:]
        for (body, problems) in zip(bodies, found) where !problems.isEmpty { bySource[body.sourcePath, default: []] += problems }
        return bySource
    }

    /// `bySource` in report order.
    static func ordered(_ bySource: [String: [Diagnostic]], collection: Collection, unlisted: [UnlistedBody]) -> [Diagnostic] {
        guard !bySource.isEmpty else { return [] }
        var seen: Set<String> = []
        return bodies(of: collection, unlisted: unlisted).flatMap { body in
            seen.insert(body.sourcePath).inserted ? bySource[body.sourcePath] ?? [] : []
        }
    }

    func check(_ body: ParsedBody, sourcePath: String, file: String) -> [Diagnostic] {
        body.links.compactMap { link in
            guard let problem = resolver.problem(with: link.destination, from: sourcePath, isImage: link.isImage) else { return nil }
            return .error(problem.message, at: body.fileLocation(of: link.position, file: file), fix: problem.fix)
        }
    }
}
