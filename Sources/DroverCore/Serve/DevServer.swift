import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// What `drover serve` was asked to do.
public struct ServeOptions: Sendable {
    public var contentDirectory = "content"
    public var themeDirectory = "theme"
    public var host = "127.0.0.1"
    /// The port to try first; 0 lets the system choose.
    public var port = 8000
    public var includeDrafts = false
    /// How long to collect changes after the first one before rebuilding.
    public var debounce: Duration = .milliseconds(10)
    /// Folders never watched even when inside content or theme (the build's output folder).
    public var excludedFolders: [String] = []
    /// Signals that stop the server cleanly (the CLI's Ctrl-C); none in tests, which cancel.
    public var shutdownSignals: [UnixSignal] = []

    public init(contentDirectory: String = "content", themeDirectory: String = "theme", host: String = "127.0.0.1", port: Int = 8000,
                includeDrafts: Bool = false) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
    }
}

/// What happened while serving, for the terminal (and for tests, which wait on it).
public enum ServeEvent: Sendable {
    /// The port asked for was taken; the next one is tried.
    case portTaken(Int)
    /// A build finished: the first one (`changes` nil) or a rebuild after `changes`.
    case built(BuildReport, changes: ChangeSet?)
    /// The server accepts connections at this address.
    case listening(String)
}

/// `drover serve`: builds the site into memory, serves it over HTTP, and rebuilds it and tells
/// open pages whenever a file of the content or the theme changes.
///
/// One build runs at a time. Changes that arrive during a build are merged and start one more
/// build when it ends. A failed build leaves the served site as it was and shows its diagnostics
/// over every open page until a build succeeds again. Nothing is written to disk.
public final class DevServer: Sendable {
    public let options: ServeOptions
    public let site = MemorySite()
    public let channel = ReloadChannel()
    private let report: @Sendable (ServeEvent) -> Void
    /// The sources changed since the last build that succeeded (nil: unknown, check them all):
    /// a failed build's changes count again for the next one, which is measured against the
    /// last good build.
    private let unbuiltChanges = Mutex<Set<String>?>(nil)

    public init(options: ServeOptions, report: @escaping @Sendable (ServeEvent) -> Void) {
        self.options = options
        self.report = report
    }

    /// Serves until the task is cancelled or a shutdown signal arrives.
    public func run() async throws {
        let (port, taken) = try await PortFinder.firstFree(host: options.host, from: options.port)
        for busy in taken { report(.portTaken(busy)) }
        let address = Self.address(host: options.host, port: port)

        // The watcher starts before the first build, so an edit made while it runs is not lost.
        let filter = WatchFilter(excludedFolders: Set(options.excludedFolders.map(Self.absolute)))
        let watcher = try FileWatcher(roots: [Self.absolute(options.contentDirectory), Self.absolute(options.themeDirectory)],
                                      filter: filter, debounce: options.debounce)
        await rebuild(baseURL: address, changes: nil)

        let quiet = Logger(label: "drover.serve") { _ in SwiftLogNoOpLogHandler() }
        let responder = ServeResponder(site: site, channel: channel)
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(to: request) },
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: port), serverName: nil),
            onServerRunning: { [report] _ in report(.listening(address)) },
            logger: quiet)
        let rebuilds = RebuildLoop(server: self, watcher: watcher, baseURL: address)
        // Services stop in reverse order: the rebuild loop first, which ends the open event
        // streams, so the HTTP server has no endless response left to wait for.
        let group = ServiceGroup(services: [application, rebuilds], gracefulShutdownSignals: options.shutdownSignals, logger: quiet)
        defer { watcher.stop() }
        try await group.run()
    }

    /// One build into memory, then the message open pages need.
    fileprivate func rebuild(baseURL: String, changes: ChangeSet?) async {
        var build = BuildOptions(contentDirectory: options.contentDirectory, themeDirectory: options.themeDirectory,
                                 baseURL: baseURL, includeDrafts: options.includeDrafts)
        build.memory = site
        let seen = changes?.sources(in: Self.absolute(options.contentDirectory))
        build.watchedChanges = unbuiltChanges.withLock { pending in
            // Before the first good build, and after any change that is not only files, nothing
            // is vouched for until a build succeeds again.
            pending = seen.flatMap { seen in pending.map { $0.union(seen) } }
            return pending
        }
        let generation = site.generation
        var result = await Build.run(build)
        if result.succeeded { unbuiltChanges.withLock { $0 = [] } }
        result.site = nil  // the prepared site is the check's; keeping it would hold a second copy
        // Reported before pages are told, so whoever hears the event can already see the build.
        report(.built(result, changes: changes))
        if !result.succeeded {
            channel.publish(.errors(result.diagnostics.sorted.filter { $0.severity == .error }))
        } else {
            if channel.isFailing { channel.publish(.clear) }
            let now = site.generation
            if now != generation {
                // The first build has no page to tell; pages that connect later compare with it.
                channel.publish(changes.map { $0.onlyStylesheets ? .css : .reload }, generation: now)
            }
        }
    }

    /// `http://127.0.0.1:8000/`; a wildcard host is shown as localhost, an IPv6 one in brackets.
    static func address(host: String, port: Int) -> String {
        let shown = host == "0.0.0.0" || host == "::" ? "localhost" : host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/"
    }

    fileprivate static func absolute(_ path: String) -> String {
        let trimmed = ChangeSet.withoutTrailingSlash(path)
        return trimmed.hasPrefix("/") ? trimmed : FileManager.default.currentDirectoryPath + "/" + trimmed
    }

    /// Rebuilds after each burst of changes until the server stops.
    private struct RebuildLoop: Service {
        let server: DevServer
        let watcher: FileWatcher
        let baseURL: String

        func run() async throws {
            await cancelWhenGracefulShutdown {
                for await _ in watcher.bursts {
                    let paths = watcher.takeChanges()
                    if paths.isEmpty { continue }
                    let changes = ChangeSet(paths: paths, themeDirectory: DevServer.absolute(server.options.themeDirectory))
                    await server.rebuild(baseURL: baseURL, changes: changes)
                }
            }
            watcher.stop()
            server.channel.close()
        }
    }
}
