import Foundation

/// A port on 127.0.0.1 that refuses connections for as long as the test holds it: a socket bound
/// to it that never listens. A stopped server's port would do the same, until another test's
/// server happens to be given it.
final class RefusingPort: LoopbackHost {
    /// The host name in `url(_:)`, pinned to 127.0.0.1 like a server's.
    let name: String
    let port: Int
    private let socket: Int32

    init(name: String) throws {
        #if canImport(Darwin)
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        self.name = name
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.socket = fd
    }

    deinit {
        close(socket)
    }

    func url(_ path: String) -> String { "http://\(name):\(port)\(path)" }
}
