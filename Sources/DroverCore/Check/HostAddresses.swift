import NIOCore

/// Where requests for each host name go. By default the system's resolver decides; tests pin
/// their servers' names to 127.0.0.1 (each server on its own port) and call every other name
/// unknown, so no test asks the machine's DNS and each name is still its own host to the lanes.
struct HostAddresses: Sendable {
    /// Host name → address to connect to instead (the HTTP client's `dnsOverride`); certificates
    /// and the `Host` header still use the name.
    var pinned: [String: String] = [:]
    /// When true, a name that is neither pinned nor an IP address is an unknown host at once,
    /// decided without a lookup.
    var onlyPinned = false
    /// `--resolve HOST=ADDRESS:PORT`: the host's requests, `https` ones included, go to that
    /// address over plain HTTP with the original `Host` header, so a test or a benchmark can
    /// stand in for github.com or t.me on 127.0.0.1. Reports still show every URL as written.
    var routes: [String: HostRoute] = [:]

    /// Whether `host` (as `URLNormalization.host` gives it) is known not to resolve, without asking anyone.
    func isUnknown(_ host: String) -> Bool {
        guard onlyPinned, pinned[host] == nil, routes[host] == nil else { return false }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return (try? SocketAddress(ipAddress: bare, port: 0)) == nil
    }

    /// The URL to send and the `Host` header to send it with: `url` itself (no header of ours),
    /// or, for a routed host, the same path and query on the route's address over plain HTTP.
    func route(_ url: String) -> (url: String, hostHeader: String?) {
        guard let host = URLNormalization.host(of: url), let route = routes[host],
              let schemeEnd = url.range(of: "://") else { return (url, nil) }
        let afterScheme = url[schemeEnd.upperBound...]
        let path = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }).map { String(afterScheme[$0...]) } ?? "/"
        return ("http://\(route.address):\(route.port)" + (path.hasPrefix("?") ? "/" + path : path), host)
    }
}

/// One `--resolve` rule's target.
public struct HostRoute: Sendable, Equatable {
    public var address: String
    public var port: Int

    /// Reads `HOST=ADDRESS:PORT` (curl's `--resolve` uses colons; `=` keeps an IPv6 address readable).
    /// Returns the lowercased host and its route, or a sentence saying what is wrong.
    public static func parse(_ rule: String) -> Result<(host: String, route: HostRoute), RuleError> {
        let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, let colon = parts[1].lastIndex(of: ":") else {
            return .failure(RuleError(rule: rule, reason: "write it as HOST=ADDRESS:PORT, for example github.com=127.0.0.1:8080"))
        }
        var address = String(parts[1][..<colon])
        if address.hasPrefix("[") && address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        guard let port = Int(parts[1][parts[1].index(after: colon)...]), (1...65535).contains(port) else {
            return .failure(RuleError(rule: rule, reason: "the port must be a number from 1 to 65535"))
        }
        guard (try? SocketAddress(ipAddress: address, port: port)) != nil else {
            return .failure(RuleError(rule: rule, reason: "'\(address)' is not an IP address (write 127.0.0.1, not a name)"))
        }
        return .success((parts[0].lowercased(), HostRoute(address: address.contains(":") ? "[\(address)]" : address, port: port)))
    }

    public struct RuleError: Error, Sendable {
        public var rule: String
        public var reason: String
        public var message: String { "cannot read the resolve rule '\(rule)': \(reason)" }
    }
}
