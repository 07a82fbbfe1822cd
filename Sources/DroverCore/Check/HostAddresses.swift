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

    /// Whether `host` (as `URLNormalization.host` gives it) is known not to resolve, without asking anyone.
    func isUnknown(_ host: String) -> Bool {
        guard onlyPinned, pinned[host] == nil else { return false }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return (try? SocketAddress(ipAddress: bare, port: 0)) == nil
    }
}
