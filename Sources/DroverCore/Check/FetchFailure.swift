import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Why a request got no answer, sorted into what the classes and retries need.
struct FetchFailure: Sendable {
    var linkClass: LinkClass
    var isRetryable: Bool
    var detail: String
    /// Fails every URL of the host alike: a name that does not resolve, refused connections, TLS.
    var isHostLevel = false
    /// A name that does not resolve is asked once more, not `retries` times.
    var maxRetries = Int.max

    init(_ error: Error, timeout: Double) {
        switch error {
        case let error as HTTPClientError where error == .connectTimeout:
            self.init(.unreachable, retryable: true, "connection timed out")
            isHostLevel = true
        case let error as HTTPClientError where [.readTimeout, .deadlineExceeded, .getConnectionFromPoolTimeout].contains(error):
            self.init(.unreachable, retryable: true, "no answer within \(Self.seconds(timeout))")
        case let error as HTTPClientError where [.invalidURL, .emptyHost, .emptyScheme].contains(error):
            self.init(.invalid, retryable: false, "not a URL that can be requested (\(error))")
        case let error as HTTPClientError where error == .remoteConnectionClosed:
            self.init(.unreachable, retryable: true, "connection closed before an answer")
        case let error as NIOConnectionError:
            if error.dnsAError != nil && error.dnsAAAAError != nil && error.connectionErrors.isEmpty {
                self = .unknownHost(error.host)
            } else {
                self.init(.unreachable, retryable: true, "cannot connect to \(error.host): \(Self.reason(error.connectionErrors.first?.error))")
                isHostLevel = true
            }
        case let error as IOError:
            self.init(.unreachable, retryable: true, Self.reason(error))
            isHostLevel = [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains(error.errnoCode)
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            self.init(.tlsError, retryable: false, "TLS failed: \(error)")
            isHostLevel = true
        case let error as SocketAddressError:
            self.init(.broken, retryable: true, "unknown host (\(error))")
            maxRetries = 1
            isHostLevel = true
        case is ChannelError:
            self.init(.unreachable, retryable: true, "connection failed: \(error)")
        default:
            let text = String(describing: error)
            if text.localizedCaseInsensitiveContains("ssl") || text.localizedCaseInsensitiveContains("certificate") {
                self.init(.tlsError, retryable: false, "TLS failed: \(text)")
                isHostLevel = true
            } else {
                self.init(.unreachable, retryable: true, text)
            }
        }
    }

    /// A name that does not resolve: every URL of the host fails alike, and it is retried
    /// once only, since resolvers hiccup too but rarely twice.
    static func unknownHost(_ host: String) -> FetchFailure {
        var failure = FetchFailure(.broken, retryable: true, "unknown host \(host)")
        failure.maxRetries = 1
        failure.isHostLevel = true
        return failure
    }

    init(_ linkClass: LinkClass, retryable: Bool, _ detail: String) {
        self.linkClass = linkClass
        self.isRetryable = retryable
        self.detail = detail
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// "connection reset", "connection refused": what a system error means to a reader.
    private static func reason(_ error: Error?) -> String {
        guard let error else { return "no address answered" }
        if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNRESET: return "connection reset"
            case ECONNREFUSED: return "connection refused"
            case ETIMEDOUT: return "connection timed out"
            case EHOSTUNREACH, ENETUNREACH: return "no route to host"
            default: return String(cString: strerror(io.errnoCode)).lowercased()
            }
        }
        return String(describing: error)
    }
}
