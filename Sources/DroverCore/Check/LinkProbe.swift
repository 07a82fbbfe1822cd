import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Checks one external URL: follows its redirects hop by hop through the hosts' lanes,
/// retries what is worth retrying, honours `Retry-After`, and gives the URL its class.
///
/// Redirects are followed here rather than by the HTTP client so that every hop waits for
/// its own host's lane, loops are named, and a permanent chain can be told from a temporary one.
struct LinkProbe: Sendable {
    let client: HTTPClient
    let settings: LinkCheckSettings
    let lanes: LaneRegistry
    /// The clock that retries and pauses wait by, the date a `Retry-After` date is read against,
    /// and the host names decided without a lookup.
    let environment: CheckEnvironment

    static let maxRedirects = 10
    /// How many `Retry-After` pauses one URL may sit through before it counts as rate-limited.
    static let maxRateLimitWaits = 3

    func check(_ url: String) async -> LinkResult {
        var current = url
        var seen: Set<String> = [URLNormalization.normalize(url) ?? url]
        var chain = [url]
        /// The status of each redirect followed.
        var hops: [Int] = []
        var requests = 0
        for _ in 0...Self.maxRedirects {
            let answer = await fetch(current, requests: &requests)
            guard case .answered(let status, let headers, let botWall, let title) = answer else {
                if case .failed(var result) = answer {
                    result.requests = requests
                    if !hops.isEmpty { result.finalURL = current }
                    return result
                }
                preconditionFailure("an answer is either answered or failed")
            }
            if Self.redirectStatuses.contains(status) {
                guard let location = headers.first(name: "location") else {
                    return LinkResult(.broken, status: status, detail: "\(Self.describe(status)) without a Location", requests: requests)
                }
                guard let next = Self.resolve(location, against: current), URLNormalization.isSafeAbsoluteHTTP(next) else {
                    return LinkResult(.broken, status: status, detail: "redirects to an invalid location '\(location)'", requests: requests)
                }
                chain.append(next)
                guard seen.insert(URLNormalization.normalize(next) ?? next).inserted else {
                    return LinkResult(.broken, status: status, finalURL: next, detail: "redirect loop: \(chain.joined(separator: " → "))",
                                      requests: requests)
                }
                hops.append(status)
                current = next
                continue
            }
            var result = Self.classify(status: status, botWall: botWall)
            if result.linkClass == .ok, let title, SoftNotFound.titleSaysNotFound(title) {
                result = LinkResult(.softNotFound, status: status, detail: "\(Self.describe(status)), but the page is titled «\(title)»")
            }
            result.requests = requests
            if result.linkClass == .unreachable { result.detail += Self.attempts(requests) }
            if !hops.isEmpty {
                result.finalURL = current
                let codes = hops.map(String.init).joined(separator: " → ")
                let permanent = hops.allSatisfy { $0 == 301 || $0 == 308 }
                if result.linkClass == .ok && SoftNotFound.isRedirectToHome(from: url, to: current) {
                    result.linkClass = .softNotFound
                    result.detail = "redirects (\(codes)) to the site's home page \(current): the page is gone"
                } else if result.linkClass == .ok {
                    result.linkClass = permanent ? .moved : .redirect
                    result.detail = (permanent ? "permanent redirect (\(codes)) to " : "redirect (\(codes)) to ") + current
                } else {
                    result.detail += " after redirects to \(current)"
                }
            }
            return result
        }
        return LinkResult(.broken, finalURL: current, detail: "more than \(Self.maxRedirects) redirects", requests: requests)
    }

    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The class of a final (non-redirect) answer, retries already spent.
    static func classify(status: Int, botWall: Bool) -> LinkResult {
        let detail = describe(status)
        if botWall { return LinkResult(.blocked, status: status, detail: "\(detail) from a bot-protection page") }
        switch status {
        case 200..<300: return LinkResult(.ok, status: status, detail: detail)
        case 401, 403, 407, 451, 999: return LinkResult(.blocked, status: status, detail: detail)
        case 429: return LinkResult(.rateLimited, status: status, detail: detail)
        case 400..<500: return LinkResult(.broken, status: status, detail: detail)
        case 500..<600: return LinkResult(.unreachable, status: status, detail: detail)
        default: return LinkResult(.broken, status: status, detail: "unexpected answer \(detail)")
        }
    }

    static func describe(_ status: Int) -> String {
        let reason = HTTPResponseStatus(statusCode: status).reasonPhrase
        return reason.isEmpty || reason == "Unknown" ? "\(status)" : "\(status) \(reason)"
    }

    /// " after 3 attempts", or nothing for a single one: the same words wherever retries ran out.
    static func attempts(_ count: Int) -> String {
        count > 1 ? " after \(count) attempts" : ""
    }

    static func resolve(_ location: String, against base: String) -> String? {
        guard let baseURL = URL(string: base), let url = URL(string: location, relativeTo: baseURL) else { return nil }
        return url.absoluteString
    }

    // MARK: One hop, with retries

    enum Answer {
        case answered(status: Int, headers: HTTPHeaders, botWall: Bool, title: String?)
        case failed(LinkResult)
    }

    /// Requests `url` until it gets an answer worth classifying: HEAD falls back to GET,
    /// transient failures are retried with backoff, `Retry-After` pauses the host's lane.
    private func fetch(_ url: String, requests: inout Int) async -> Answer {
        guard let host = URLNormalization.host(of: url), !host.isEmpty else {
            return .failed(LinkResult(.invalid, detail: "not a URL that can be requested"))
        }
        let lane = await lanes.lane(for: host)
        var method = settings.policy(for: host).method
        var retriesUsed = 0
        var waits = 0
        while true {
            let sendMethod = method
            let backoffIfLimited = backoff(retriesUsed + 1)
            let retriesSoFar = retriesUsed
            let outcome = await lane.run(within: lanes.connections) { () -> Turn in
                var turn = Turn(sent: await send(url, host: host, method: sendMethod))
                // A failure of the whole host (its name, its port, its TLS) is retried within this
                // turn, so the host's other URLs wait for the verdict instead of each trying and
                // backing off in turn; a final one marks the host down before anyone else goes.
                while case .failure(let failure) = turn.sent, failure.isHostLevel, failure.isRetryable,
                      retriesSoFar + turn.retries < min(settings.retries, failure.maxRetries) {
                    turn.retries += 1
                    try? await environment.clock.sleep(for: backoff(retriesSoFar + turn.retries))
                    turn.sent = await send(url, host: host, method: sendMethod)
                }
                if case .failure(let failure) = turn.sent, failure.isHostLevel {
                    var result = LinkResult(failure.linkClass, detail: failure.detail + Self.attempts(retriesSoFar + turn.retries + 1))
                    result.hostDown = true
                    await lane.markDown(result)
                    turn.hostDown = result
                    return turn
                }
                turn.limit = rateLimit(of: turn.sent, host: host, backoff: backoffIfLimited)
                switch turn.limit {
                case .wait(let seconds, _): await lane.pause(for: .milliseconds(Int64(seconds * 1000)))
                case .refuse(let seconds, let reason): await lane.close(for: .milliseconds(Int64(seconds * 1000)), reason: reason)
                case .none: break
                }
                return turn
            }
            guard case .success(let turn) = outcome else {
                if case .failure(let refusal) = outcome { return .failed(refusal.result) }
                preconditionFailure("a lane either admits or refuses")
            }
            requests += 1 + turn.retries
            retriesUsed += turn.retries
            if var result = turn.hostDown {
                result.requests = requests
                return .failed(result)
            }
            let (sent, limit) = (turn.sent, turn.limit)
            switch sent {
            case .response(let status, let headers, let botWall, let title):
                if sendMethod == .head && (status == 405 || status == 501) {
                    method = .get
                    continue
                }
                if case .refuse(_, let reason) = limit {
                    return .failed(LinkResult(.rateLimited, status: status, detail: reason))
                }
                if case .wait(_, let askedByServer) = limit {
                    // The lane is already paused. A Retry-After is honoured a few times; a 429
                    // without one counts as a failed attempt, retried like a reset.
                    if askedByServer {
                        waits += 1
                        guard waits <= Self.maxRateLimitWaits else {
                            return .failed(LinkResult(.rateLimited, status: status,
                                                      detail: "still \(status) after waiting \(Self.maxRateLimitWaits) times as Retry-After asked"))
                        }
                        continue
                    }
                    guard retriesUsed < settings.retries else {
                        return .failed(LinkResult(.rateLimited, status: status, detail: Self.describe(status) + Self.attempts(retriesUsed + 1)))
                    }
                    retriesUsed += 1
                    continue
                }
                if status >= 500 && !botWall && retriesUsed < settings.retries {
                    retriesUsed += 1
                    try? await environment.clock.sleep(for: backoff(retriesUsed))
                    continue
                }
                return .answered(status: status, headers: headers, botWall: botWall, title: title)
            case .failure(let failure):
                if failure.isRetryable && retriesUsed < min(settings.retries, failure.maxRetries) {
                    retriesUsed += 1
                    try? await environment.clock.sleep(for: backoff(retriesUsed))
                    continue
                }
                return .failed(LinkResult(failure.linkClass, detail: failure.detail + Self.attempts(retriesUsed + 1)))
            }
        }
    }

    /// What one turn in the host's lane came to.
    struct Turn: Sendable {
        var sent: Sent
        /// Host-level retries made within the turn.
        var retries = 0
        var limit: RateLimit?
        /// Set when the host failed for good: the URL's result, already shared with the lane.
        var hostDown: LinkResult?
    }

    enum RateLimit: Sendable {
        /// Pause the host's lane this many seconds (as `Retry-After` asked, or our backoff), then ask again.
        case wait(Double, askedByServer: Bool)
        /// The host asked for longer than we wait: close its lane for that long.
        case refuse(Double, reason: String)
    }

    /// What a 429 or 503 asks of the host's lane: `Retry-After` if it says, else (429 only) our backoff.
    private func rateLimit(of sent: Sent, host: String, backoff: Duration) -> RateLimit? {
        guard case .response(let status, let headers, let botWall, _) = sent, status == 429 || status == 503, !botWall else { return nil }
        guard let wait = RetryAfter.seconds(headers.first(name: "retry-after"), now: environment.date()) else {
            return status == 429 ? .wait(backoff.seconds, askedByServer: false) : nil
        }
        guard wait <= settings.maxRetryAfter else {
            return .refuse(wait, reason: "\(host) asked to wait \(Int(wait.rounded())) s (Retry-After), longer than check.max_retry_after (\(Int(settings.maxRetryAfter)) s)")
        }
        return .wait(wait, askedByServer: true)
    }

    private func backoff(_ retry: Int) -> Duration {
        Self.backoff(retry: retry, delay: settings.retryDelay, jitter: Double.random(in: 0.5...1.5))
    }

    /// Exponential (`delay` before the first retry, doubled for each further one), times
    /// `jitter` (drawn from 0.5...1.5, so that URLs failing together do not retry together),
    /// and never more than 30 s.
    static func backoff(retry: Int, delay: Double, jitter: Double) -> Duration {
        let seconds = min(delay * pow(2, Double(retry - 1)) * jitter, 30)
        return .milliseconds(Int64(seconds * 1000))
    }

    // MARK: One request

    enum Sent: Sendable {
        case response(status: Int, headers: HTTPHeaders, botWall: Bool, title: String?)
        case failure(FetchFailure)
    }

    private func send(_ url: String, host: String, method: LinkCheckSettings.Method) async -> Sent {
        if environment.hosts.isUnknown(host) { return .failure(.unknownHost(host)) }
        let routed = environment.hosts.route(url)
        var request = HTTPClientRequest(url: routed.url)
        request.method = method == .head ? .HEAD : .GET
        if let hostHeader = routed.hostHeader { request.headers.add(name: "Host", value: hostHeader) }
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        do {
            let response = try await client.execute(request, timeout: .milliseconds(Int64(settings.requestTimeout * 1000)))
            let status = Int(response.status.code)
            let headers = response.headers
            var botWall = BotWall.isChallenge(headers: headers)
            // The body is dropped unread, which ends its transfer, except in three cases. The
            // answers a bot wall gives (403, 429, 503) have their first 16 KB read to recognise
            // one. A successful HTML page has its head read (32 KB at most) for a title that says
            // "not found". A body announced as at most 16 KB is read to its end, so the connection
            // goes back to the pool rather than being torn down: a new connection (and TLS
            // handshake) per URL would be slow for us and rude to the host.
            let length = headers.first(name: "content-length").flatMap { Int($0) }
            let suspect = !botWall && [403, 429, 503].contains(status)
            let page = (200..<300).contains(status) && headers.first(name: "content-type")?.lowercased().contains("html") == true
            var title: String?
            if method == .get && (suspect || page || (length ?? Int.max) <= BotWall.prefixLimit) {
                let limit = page ? SoftNotFound.titleReadLimit : BotWall.prefixLimit
                var prefix: [UInt8] = []
                for try await chunk in response.body {
                    prefix += chunk.readableBytesView.prefix(limit - prefix.count)
                    if prefix.count >= limit { break }
                    if page && !suspect && (length ?? Int.max) > BotWall.prefixLimit,
                       String(decoding: prefix, as: UTF8.self).lowercased().contains("</title>") { break }
                }
                let text = String(decoding: prefix, as: UTF8.self)
                if suspect { botWall = BotWall.isChallenge(bodyPrefix: text) }
                if page { title = SoftNotFound.title(in: text) }
            }
            return .response(status: status, headers: headers, botWall: botWall, title: title)
        } catch {
            return .failure(FetchFailure(error, timeout: settings.requestTimeout))
        }
    }
}
