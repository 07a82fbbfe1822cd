import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// How host adapters talk to an API or a page: through the same lanes as every other request
/// (so api.github.com and export.arxiv.org keep their pace), with `--resolve` routes applied,
/// following redirects, retrying failures and 5xx answers with backoff, and reading the body.
struct HostAPI: Sendable {
    let client: HTTPClient
    let settings: LinkCheckSettings
    let lanes: LaneRegistry
    let environment: CheckEnvironment
    /// Every request sent, for the report's total.
    let requests = RequestTally()

    struct Response: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
        /// The URL the answer came from, after redirects.
        var url: String
        /// Statuses of the redirects followed on the way.
        var redirects: [Int]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why no answer came, in a few words: "connection refused after 3 attempts".
    struct Failure: Error, Sendable {
        var reason: String
        /// Retrying and the host's other requests would fail alike (see `FetchFailure.isHostLevel`).
        var hostLevel = false
        var maxRetries = Int.max
    }

    static let maxRedirects = 5
    /// No API answer the adapters read is larger; a longer body is cut here.
    static let bodyLimit = 8 << 20

    func get(_ url: String, headers: [(String, String)] = []) async -> Result<Response, Failure> {
        await send(url, method: .GET, headers: headers, body: nil)
    }

    func post(_ url: String, headers: [(String, String)] = [], body: String) async -> Result<Response, Failure> {
        await send(url, method: .POST, headers: headers, body: body)
    }

    private func send(_ url: String, method: HTTPMethod, headers: [(String, String)], body: String?) async -> Result<Response, Failure> {
        var current = url
        var redirects: [Int] = []
        while true {
            switch await attempt(current, method: method, headers: headers, body: body) {
            case .failure(let failure): return .failure(failure)
            case .success(var response):
                if LinkProbe.redirectStatuses.contains(response.status), redirects.count < Self.maxRedirects,
                   let location = response.headers.first(name: "location"), let next = LinkProbe.resolve(location, against: current),
                   URLNormalization.isSafeAbsoluteHTTP(next) {
                    redirects.append(response.status)
                    current = next
                    continue
                }
                response.url = current
                response.redirects = redirects
                return .success(response)
            }
        }
    }

    /// One URL, retried on failures and 5xx answers as the plain check retries them.
    private func attempt(_ url: String, method: HTTPMethod, headers: [(String, String)], body: String?) async -> Result<Response, Failure> {
        guard let host = URLNormalization.host(of: url) else { return .failure(Failure(reason: "not a URL: \(url)")) }
        if environment.hosts.isUnknown(host) { return .failure(Failure(reason: "unknown host \(host)")) }
        let lane = await lanes.lane(for: host)
        var attempts = 0
        while true {
            attempts += 1
            let outcome = await lane.run(within: lanes.connections) { () -> Result<Response, Failure> in
                await once(url, method: method, headers: headers, body: body)
            }
            let result: Result<Response, Failure>
            switch outcome {
            case .failure(let refusal): return .failure(Failure(reason: refusal.result.detail))
            case .success(let value): result = value
            }
            let retries: Int = switch result {
            case .failure(let failure): min(settings.retries, failure.maxRetries)
            case .success(let response): response.status >= 500 ? settings.retries : 0
            }
            guard attempts <= retries else {
                guard case .failure(var failure) = result else { return result }
                failure.reason += LinkProbe.attempts(attempts)
                if failure.hostLevel {
                    // As the plain check does: the host's other URLs (the pages an adapter falls
                    // back to included) learn at once instead of each waiting through the same retries.
                    var down = LinkResult(.unreachable, detail: failure.reason)
                    down.hostDown = true
                    await lane.markDown(down)
                }
                return .failure(failure)
            }
            try? await environment.clock.sleep(for: LinkProbe.backoff(retry: attempts, delay: settings.retryDelay,
                                                                      jitter: Double.random(in: 0.5...1.5)))
        }
    }

    private func once(_ url: String, method: HTTPMethod, headers: [(String, String)], body: String?) async -> Result<Response, Failure> {
        await requests.add()
        let routed = environment.hosts.route(url)
        var request = HTTPClientRequest(url: routed.url)
        request.method = method
        if let hostHeader = routed.hostHeader { request.headers.add(name: "Host", value: hostHeader) }
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(settings.requestTimeout * 1000)))
            var bytes: [UInt8] = []
            for try await chunk in response.body {
                bytes += chunk.readableBytesView.prefix(Self.bodyLimit - bytes.count)
                if bytes.count >= Self.bodyLimit { break }
            }
            return .success(Response(status: Int(response.status.code), headers: response.headers, body: bytes, url: url, redirects: []))
        } catch {
            let failure = FetchFailure(error, timeout: settings.requestTimeout)
            return .failure(Failure(reason: failure.detail, hostLevel: failure.isHostLevel, maxRetries: failure.isRetryable ? failure.maxRetries : 0))
        }
    }
}

extension HostAPI.Response {
    /// The body as JSON of type `T`, or nil when it is not.
    func json<T: Decodable>(_ type: T.Type) -> T? {
        try? JSONDecoder().decode(type, from: Data(body))
    }
}

/// Counts requests made from many tasks.
actor RequestTally {
    private(set) var count = 0
    func add() { count += 1 }
}
