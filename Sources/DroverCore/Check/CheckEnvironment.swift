import Foundation

/// What the external check takes from the machine it runs on: time and host names. The
/// defaults are the machine's own; tests replace them (see `CheckClock`, `HostAddresses`).
struct CheckEnvironment: Sendable {
    var clock = CheckClock()
    /// Today's date and time: for a `Retry-After` given as an HTTP date, and the cache's lifetimes.
    var date: @Sendable () -> Date = { Date() }
    var hosts = HostAddresses()
}
