import Foundation
import NIOCore
import NIOPosix

/// Finds the port `drover serve` listens on: the one asked for, or the next free one after it.
enum PortFinder {
    /// The first port from `first` on (at most `attempts` of them) that `host` can listen on,
    /// with the ports found taken on the way. Port 0 asks the system for any free port.
    static func firstFree(host: String, from first: Int, attempts: Int = 50) async throws -> (port: Int, taken: [Int]) {
        var taken: [Int] = []
        var port = first
        while true {
            do {
                return (try await probe(host: host, port: port), taken)
            } catch let error as IOError where error.errnoCode == EADDRINUSE && port != 0 && taken.count + 1 < attempts && port < 65535 {
                taken.append(port)
                port += 1
            }
        }
    }

    /// Binds and closes a listening socket, with the same SO_REUSEADDR as the server's, so a port
    /// left in TIME_WAIT by a previous run counts as free and one with a listener does not.
    private static func probe(host: String, port: Int) async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: host, port: port)
            .get()
        let bound = channel.localAddress?.port ?? port
        try await channel.close()
        return bound
    }
}
