import Foundation
@testable import DroverCore

extension FixtureSite {
    /// Runs `drover check` on the fixture, with its cache in the fixture's folder. Paths in the
    /// report are relative to the fixture (`content/links/gone.md`), as an author sees them.
    /// External URLs reach `servers` (on 127.0.0.1) by their names and no other host, and their waits take no
    /// real time (a manual clock that jumps to each deadline).
    func check(external: Bool = true, offline: Bool = false, strict: Bool = false, useCache: Bool = true,
               onlyFiles: Set<String>? = nil, servers: [any LoopbackHost] = [], resolve: [String: HostRoute] = [:],
               githubToken: String? = nil, relativePaths: Bool = true) async -> CheckReport {
        var options = CheckOptions(build: BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output, strict: strict))
        options.external = external
        options.offline = offline
        options.useCache = useCache
        options.cachePath = root.appendingPathComponent(".drover/linkcheck.json").path
        options.onlyFiles = onlyFiles.map { Set($0.map { root.appendingPathComponent($0).path }) }
        options.environment = CheckEnvironment(clock: CheckClock(ManualClock(automatic: true)), hosts: .loopback(servers))
        options.resolve = resolve
        options.githubToken = githubToken
        var report = await LinkCheck.run(options)
        // Absolute paths, as the collection in the report names its files: what `check --fix` reads and writes.
        guard relativePaths else { return report }
        let prefix = root.path + "/"
        func relative(_ file: String) -> String { file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file }
        report.internalProblems = report.internalProblems.map { problem in
            var problem = problem
            problem.file = relative(problem.file)
            return problem
        }
        for index in report.links.indices {
            report.links[index].link.sources = report.links[index].link.sources.map {
                SourceLocation(file: relative($0.file), line: $0.line, column: $0.column)
            }
        }
        return report
    }
}
