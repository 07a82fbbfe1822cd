import AsyncHTTPClient
import Foundation
import NIOCore

/// Checks a set of external URLs: from the cache when a result is still fresh, otherwise
/// all at once, each host at its own pace through its lane.
struct ExternalLinkChecker {
    let settings: LinkCheckSettings
    /// nil: neither read nor write a cache (`--no-cache` still writes, see `useCache`).
    var cachePath: String?
    /// false for `--no-cache`: ignore stored results, but store the new ones.
    var useCache = true
    /// Called after each URL with (done, total), from any task.
    var progress: (@Sendable (Int, Int) -> Void)?
    /// The machine's clock, date and resolver, unless a test gives its own.
    var environment = CheckEnvironment()
    /// The hosts that judge their URLs by their own answers (GitHub's API, YouTube's oEmbed, …);
    /// a URL no adapter claims gets the plain HTTP check.
    var adapters: [any HostAdapter] = []

    struct Outcome {
        var results: [LinkResult]
        /// Requests sent in this run.
        var requests: Int
        /// Trouble with the cache file, worth a warning but never a failure.
        var cacheProblems: [String]
        /// Set when not one host could be reached: the machine is offline, not the links broken.
        var offlineNote: String?
    }

    static let offlineNote = "no host could be reached (no name resolved, no connection opened): is this machine offline? "
        + "The URLs count as unreachable and nothing was cached; `drover check --offline` checks the internal links only"

    /// Results in the order of `links`.
    func run(_ links: [ExternalLink]) async -> Outcome {
        var results = [LinkResult?](repeating: nil, count: links.count)
        var cacheProblems: [String] = []
        var cache = LinkCheckCache()
        if let cachePath {
            let loaded = LinkCheckCache.load(path: cachePath)
            cache = loaded.cache
            if let problem = loaded.problem { cacheProblems.append(problem) }
        }
        let started = environment.date()
        var toRequest: [Int] = []
        for (index, link) in links.enumerated() {
            if let result = link.resultWithoutRequest {
                results[index] = result
            } else if useCache, let cached = cache.lookup(link.key, now: started) {
                results[index] = cached
            } else {
                toRequest.append(index)
            }
        }
        let total = links.count
        var done = total - toRequest.count
        progress?(done, total)

        var apiRequests = 0
        if !toRequest.isEmpty {
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration())
            let lanes = LaneRegistry(settings: settings, clock: environment.clock)
            let probe = LinkProbe(client: client, settings: settings, lanes: lanes, environment: environment)
            let api = HostAPI(client: client, settings: settings, lanes: lanes, environment: environment)
            var claimed: [[Int]] = adapters.map { _ in [] }
            var plain: [Int] = []
            for index in toRequest {
                if let adapter = adapters.firstIndex(where: { $0.claims(links[index].url) }) {
                    claimed[adapter].append(index)
                } else {
                    plain.append(index)
                }
            }
            await withTaskGroup(of: [(Int, LinkResult)].self) { group in
                for (adapter, indices) in zip(adapters, claimed) where !indices.isEmpty {
                    group.addTask { await Self.judge(indices, of: links, by: adapter, api: api, probe: probe) }
                }
                // Hosts interleaved, so the first seconds of a run touch every host instead of
                // queueing the whole run behind the first host's lane.
                for index in Self.interleavedByHost(plain, links) {
                    let url = links[index].url
                    group.addTask { [(index, await probe.check(url))] }
                }
                for await judged in group {
                    for (index, result) in judged {
                        results[index] = result
                        done += 1
                    }
                    progress?(done, total)
                }
            }
            apiRequests = await api.requests.count
            try? await client.shutdown()
        }

        var final = results.map { $0! }
        // When not one host could be reached, the fault is this machine's network, not the
        // links: no red run for it, and nothing cached, so the next run (online) asks again.
        let asked = final.indices.filter { !final[$0].fromCache && (final[$0].requests > 0 || final[$0].hostDown) }
        var offlineNote: String?
        // Two hosts at least: one dead host is that host's fault, however many of its URLs it fails.
        let askedHosts = Set(asked.map { URLNormalization.host(of: links[$0].key) ?? "" })
        if askedHosts.count > 1 && asked.allSatisfy({ final[$0].hostDown }) {
            for index in asked where final[index].linkClass == .broken { final[index].linkClass = .unreachable }
            offlineNote = Self.offlineNote
        }
        if let cachePath {
            let finished = environment.date()
            for (index, link) in links.enumerated() where !final[index].fromCache && link.resultWithoutRequest == nil {
                cache.store(final[index], for: link.key, now: finished)
            }
            cache.prune(now: finished)
            do { try cache.save(path: cachePath) } catch {
                cacheProblems.append("cannot write the cache \(cachePath): \(error.localizedDescription)")
            }
        }
        return Outcome(results: final, requests: final.reduce(apiRequests) { $0 + $1.requests }, cacheProblems: cacheProblems,
                       offlineNote: offlineNote)
    }

    /// One adapter's URLs: its verdicts, and the plain HTTP check (all at once) for those it
    /// left to it, with its note added.
    private static func judge(_ indices: [Int], of links: [ExternalLink], by adapter: any HostAdapter, api: HostAPI,
                              probe: LinkProbe) async -> [(Int, LinkResult)] {
        let verdicts = await adapter.check(indices.map { links[$0].url }, api: api)
        return await withTaskGroup(of: (Int, LinkResult).self) { group in
            var judged: [(Int, LinkResult)] = []
            for (index, verdict) in zip(indices, verdicts) {
                switch verdict {
                case .decided(let result):
                    judged.append((index, result))
                case .plainCheck(let note):
                    let url = links[index].url
                    group.addTask {
                        var result = await probe.check(url)
                        if let note { result.detail += "; " + note }
                        return (index, result)
                    }
                }
            }
            for await checked in group { judged.append(checked) }
            return judged
        }
    }

    private func clientConfiguration() -> HTTPClient.Configuration {
        var pool = HTTPClient.Configuration.ConnectionPool(idleTimeout: .seconds(30))
        // Lanes already cap each host; the pool must not cap it lower, and must not retry
        // failed connections on its own, since retries and their backoff are ours.
        pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(settings.perHost.concurrency,
                                                              settings.hosts.values.map(\.concurrency).max() ?? 1)
        pool.retryConnectionEstablishment = false
        let timeout = HTTPClient.Configuration.Timeout(connect: .milliseconds(Int64(settings.connectTimeout * 1000)),
                                                       read: .milliseconds(Int64(settings.requestTimeout * 1000)))
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: timeout, connectionPool: pool,
                                                     decompression: .disabled)
        configuration.dnsOverride = environment.hosts.pinned
        return configuration
    }

    /// Round-robin over hosts, each host's URLs in their original order.
    static func interleavedByHost(_ indices: [Int], _ links: [ExternalLink]) -> [Int] {
        var queues: [String: [Int]] = [:]
        var hosts: [String] = []
        for index in indices {
            let host = URLNormalization.host(of: links[index].key) ?? ""
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append(index)
        }
        var result: [Int] = []
        result.reserveCapacity(indices.count)
        var round = 0
        while result.count < indices.count {
            for host in hosts where round < queues[host]!.count { result.append(queues[host]![round]) }
            round += 1
        }
        return result
    }
}
