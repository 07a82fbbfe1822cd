import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import DroverCore

/// A place on 127.0.0.1 that a test reaches by a name: a server, or a port that refuses.
protocol LoopbackHost: Sendable {
    var name: String { get }
}

extension HostAddresses {
    /// The checker's host addresses for a test: each host's name pinned to 127.0.0.1, every
    /// other name unknown without a lookup.
    static func loopback(_ hosts: [any LoopbackHost]) -> HostAddresses {
        HostAddresses(pinned: Dictionary(hosts.map { ($0.name, "127.0.0.1") }, uniquingKeysWith: { first, _ in first }),
                      onlyPinned: true)
    }
}

/// An HTTP server on 127.0.0.1 that a test starts, scripts and inspects: it answers each
/// request as the test's handler says (a status, a reset, or never), and records every request
/// and the peaks of concurrent connections and requests.
///
/// Every server listens on 127.0.0.1 alone, on a port of its own, which any machine has. To be
/// its own host to the link checker, a server gets a name of its own (`limited.test`), which
/// `HostAddresses.loopback(_:)` pins to 127.0.0.1 in the checker, so no resolver is asked.
final class TestHTTPServer: LoopbackHost {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        /// The request's body (a GraphQL query, say), as text.
        var body = ""
        /// How many requests reached the server before this one.
        var index = 0
        /// On the test's manual clock, when the server was given one.
        var arrived: Duration?
    }

    enum Reply: Sendable {
        /// `after` keeps the request in flight that long, so that requests overlap; no test
        /// asserts anything about how long that takes.
        case status(Int, headers: [(String, String)] = [], body: String = "", after: Duration = .zero)
        /// Closes the connection with a TCP reset before answering.
        case reset
        /// Never answers: the client's timeout has to end the wait.
        case silence
    }

    /// Gets the request and how many earlier requests had the same path.
    typealias Handler = @Sendable (Request, Int) -> Reply

    /// The host name in the server's URLs: `127.0.0.1` itself, or a name pinned to it.
    let name: String
    let port: Int
    let traffic: Traffic
    private let channel: any Channel
    private let log: Log

    private init(name: String, port: Int, traffic: Traffic, channel: any Channel, log: Log) {
        self.name = name
        self.port = port
        self.traffic = traffic
        self.channel = channel
        self.log = log
    }

    /// - Parameters:
    ///   - traffic: counts requests in flight; share one between servers to see them together.
    ///   - clock: a manual clock whose time each request's arrival records.
    static func start(name: String = "127.0.0.1", traffic: Traffic = Traffic(), clock: ManualClock? = nil,
                      handler: @escaping Handler) async throws -> TestHTTPServer {
        let log = Log(handler: handler, traffic: traffic, clock: clock)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Connection(log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestHTTPServer(name: name, port: channel.localAddress?.port ?? 0, traffic: traffic, channel: channel, log: log)
    }

    func url(_ path: String) -> String { "http://\(name):\(port)\(path)" }

    func stop() async {
        try? await channel.close()
    }

    var requests: [Request] { log.state.withLockedValue { $0.requests } }
    func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }
    var maxConcurrentConnections: Int { log.state.withLockedValue { $0.peakConnections } }
    /// Connections accepted over the server's life: fewer than requests when they are reused.
    var connectionsAccepted: Int { log.state.withLockedValue { $0.allConnections } }
    /// The peak of requests in flight, over every server sharing this one's `traffic`.
    var maxConcurrentRequests: Int { traffic.peak }

    /// Returns once the server has received `count` requests.
    func waitForRequests(_ count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = log.state.withLockedValue { state in
                if state.requests.count >= count { return true }
                state.watchers.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Requests in flight (received, not yet answered) at one server or several, and an optional
    /// gate: answers are held until `holdUntil` requests are in flight at once, which proves a
    /// client really sends that many together (it hangs the test if the client never does).
    final class Traffic: Sendable {
        private struct State {
            var inFlight = 0
            var peak = 0
            var holdUntil: Int?
            var held: [@Sendable () -> Void] = []
        }

        private let state: NIOLockedValueBox<State>

        init(holdingAnswersUntil count: Int? = nil) {
            state = NIOLockedValueBox(State(holdUntil: count))
        }

        var peak: Int { state.withLockedValue { $0.peak } }

        /// A request arrived; `answer` sends its reply, now or when the gate opens.
        fileprivate func arrived(answer: @escaping @Sendable () -> Void) {
            let now: [@Sendable () -> Void] = state.withLockedValue { state in
                state.inFlight += 1
                state.peak = max(state.peak, state.inFlight)
                guard let gate = state.holdUntil else { return [answer] }
                guard state.inFlight >= gate else {
                    state.held.append(answer)
                    return []
                }
                state.holdUntil = nil
                defer { state.held.removeAll() }
                return state.held + [answer]
            }
            now.forEach { $0() }
        }

        /// Called just before the answer is written, so a client that sees it can never find it still counted.
        fileprivate func answered() {
            state.withLockedValue { $0.inFlight -= 1 }
        }
    }

    /// What the server's connections share: the script, and what they saw.
    private final class Log: Sendable {
        struct State {
            var requests: [Request] = []
            var countsByPath: [String: Int] = [:]
            var openConnections = 0
            var allConnections = 0
            var peakConnections = 0
            var watchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
        }

        let handler: Handler
        let traffic: Traffic
        let clock: ManualClock?
        let state = NIOLockedValueBox(State())

        init(handler: @escaping Handler, traffic: Traffic, clock: ManualClock?) {
            self.handler = handler
            self.traffic = traffic
            self.clock = clock
        }

        func opened() {
            state.withLockedValue { state in
                state.openConnections += 1
                state.allConnections += 1
                state.peakConnections = max(state.peakConnections, state.openConnections)
            }
        }

        func closed() {
            state.withLockedValue { $0.openConnections -= 1 }
        }

        /// Records `request` and asks the script for its reply.
        func received(_ request: Request) -> Reply {
            var request = request
            request.arrived = clock?.elapsed
            let (seen, due): (Int, [CheckedContinuation<Void, Never>]) = state.withLockedValue { state in
                request.index = state.requests.count
                state.requests.append(request)
                let seen = state.countsByPath[request.path, default: 0]
                state.countsByPath[request.path] = seen + 1
                let count = state.requests.count
                let due = state.watchers.filter { $0.count <= count }.map(\.continuation)
                state.watchers.removeAll { $0.count <= count }
                return (seen, due)
            }
            due.forEach { $0.resume() }
            return handler(request, seen)
        }
    }

    /// One connection: reads requests and answers each as the handler says.
    private final class Connection: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let log: Log
        var head: HTTPRequestHead?
        var body = ""

        init(log: Log) {
            self.log = log
        }

        func channelActive(context: ChannelHandlerContext) {
            log.opened()
            context.fireChannelActive()
        }

        func channelInactive(context: ChannelHandlerContext) {
            log.closed()
            context.fireChannelInactive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
                body = ""
            case .body(let buffer):
                body += String(buffer: buffer)
            case .end:
                guard let head else { return }
                var headers: [String: String] = [:]
                for (name, value) in head.headers { headers[name.lowercased()] = value }
                let reply = log.received(Request(method: head.method.rawValue, path: head.uri, headers: headers, body: body))
                if case .silence = reply { return }
                let loop = context.eventLoop
                let bound = NIOLoopBound((self, context), eventLoop: loop)
                let traffic = log.traffic
                let delay: Duration = if case .status(_, _, _, let after) = reply { after } else { .zero }
                traffic.arrived {
                    loop.scheduleTask(in: .nanoseconds(Int64(delay / .nanoseconds(1)))) {
                        traffic.answered()
                        let (connection, context) = bound.value
                        connection.respond(reply, to: head, context: context)
                    }
                }
            }
        }

        private func respond(_ reply: Reply, to head: HTTPRequestHead, context: ChannelHandlerContext) {
            switch reply {
            case .reset:
                // SO_LINGER 0: the close sends RST, as a crashed or overloaded server does.
                if let socket = context.channel as? SocketOptionProvider {
                    socket.unsafeSetSocketOption(level: .socket, name: .so_linger, value: linger(l_onoff: 1, l_linger: 0))
                        .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
                } else {
                    context.close(promise: nil)
                }
            case .status(let code, let extraHeaders, let body, _):
                var headers = HTTPHeaders(extraHeaders)
                headers.replaceOrAdd(name: "Content-Length", value: "\(body.utf8.count)")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: code), headers: headers))),
                              promise: nil)
                if head.method != .HEAD {
                    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
                }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .silence:
                break
            }
        }
    }
}
