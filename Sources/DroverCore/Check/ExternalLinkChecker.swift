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

    struct Outcome {
        var results: [LinkResult]
        /// Requests sent in this run.
        var requests: Int
        /// Trouble with the cache file, worth a warning but never a failure.
        var cacheProblems: [String]
    }

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

        if !toRequest.isEmpty {
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration())
            let probe = LinkProbe(client: client, settings: settings, lanes: LaneRegistry(settings: settings, clock: environment.clock),
                                  environment: environment)
            await withTaskGroup(of: (Int, LinkResult).self) { group in
                // Hosts interleaved, so the first seconds of a run touch every host instead of
                // queueing the whole run behind the first host's lane.
                for index in Self.interleavedByHost(toRequest, links) {
                    let url = links[index].url
                    group.addTask { (index, await probe.check(url)) }
                }
                for await (index, result) in group {
                    results[index] = result
                    done += 1
                    progress?(done, total)
                }
            }
            try? await client.shutdown()
        }

        let final = results.map { $0! }
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
        return Outcome(results: final, requests: final.reduce(0) { $0 + $1.requests }, cacheProblems: cacheProblems)
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
