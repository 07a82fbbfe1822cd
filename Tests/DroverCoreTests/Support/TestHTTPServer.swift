import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on 127.0.0.x that a test starts, scripts and inspects: it answers each
/// request as the test's handler says (a status, a delay, a reset), and records every
/// request with its arrival time and the peak of concurrent connections and requests.
///
/// Each address of 127.0.0.0/8 is its own host to the link checker, so tests get many
/// hosts on one machine without the internet.
final class TestHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var arrived: ContinuousClock.Instant
    }

    enum Reply: Sendable {
        case status(Int, headers: [(String, String)] = [], body: String = "", after: Duration = .zero)
        /// Closes the connection with a TCP reset before answering.
        case reset
    }

    /// Gets the request and how many earlier requests had the same path.
    typealias Handler = @Sendable (Request, Int) -> Reply

    let host: String
    private(set) var port = 0
    private let handler: Handler
    private var channel: Channel?
    private let lock = NSLock()
    private var log: [Request] = []
    private var countsByPath: [String: Int] = [:]
    private var openConnections = 0
    private var allConnections = 0
    private var inFlight = 0
    private var peakConnections = 0
    private var peakInFlight = 0

    private init(host: String, handler: @escaping Handler) {
        self.host = host
        self.handler = handler
    }

    static func start(host: String = "127.0.0.1", handler: @escaping Handler) async throws -> TestHTTPServer {
        let server = TestHTTPServer(host: host, handler: handler)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Connection(server: server))
                }
            }
            .bind(host: host, port: 0).get()
        server.channel = channel
        server.port = channel.localAddress?.port ?? 0
        return server
    }

    func url(_ path: String) -> String { "http://\(host):\(port)\(path)" }

    func stop() async {
        try? await channel?.close()
    }

    var requests: [Request] { lock.withLock { log } }
    var maxConcurrentConnections: Int { lock.withLock { peakConnections } }
    var maxConcurrentRequests: Int { lock.withLock { peakInFlight } }
    /// Connections accepted over the server's life: fewer than requests when they are reused.
    var connectionsAccepted: Int { lock.withLock { allConnections } }
    func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    // MARK: Bookkeeping, from the event loops

    fileprivate func opened() {
        lock.withLock {
            openConnections += 1
            allConnections += 1
            peakConnections = max(peakConnections, openConnections)
        }
    }

    fileprivate func closed() {
        lock.withLock { openConnections -= 1 }
    }

    fileprivate func received(_ request: Request) -> Reply {
        let seen: Int = lock.withLock {
            log.append(request)
            inFlight += 1
            peakInFlight = max(peakInFlight, inFlight)
            let seen = countsByPath[request.path, default: 0]
            countsByPath[request.path] = seen + 1
            return seen
        }
        return handler(request, seen)
    }

    fileprivate func answered() {
        lock.withLock { inFlight -= 1 }
    }

    /// One connection: reads requests, answers each as the handler says, possibly later.
    private final class Connection: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let server: TestHTTPServer
        var head: HTTPRequestHead?

        init(server: TestHTTPServer) {
            self.server = server
        }

        func channelActive(context: ChannelHandlerContext) {
            server.opened()
            context.fireChannelActive()
        }

        func channelInactive(context: ChannelHandlerContext) {
            server.closed()
            context.fireChannelInactive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
            case .body:
                break
            case .end:
                guard let head else { return }
                var headers: [String: String] = [:]
                for (name, value) in head.headers { headers[name.lowercased()] = value }
                let request = Request(method: head.method.rawValue, path: head.uri, headers: headers, arrived: .now)
                respond(server.received(request), to: head, context: context)
            }
        }

        private func respond(_ reply: Reply, to head: HTTPRequestHead, context: ChannelHandlerContext) {
            switch reply {
            case .reset:
                server.answered()
                // SO_LINGER 0: the close sends RST, as a crashed or overloaded server does.
                if let socket = context.channel as? SocketOptionProvider {
                    socket.unsafeSetSocketOption(level: .socket, name: .so_linger, value: linger(l_onoff: 1, l_linger: 0))
                        .assumeIsolated().whenComplete { _ in context.close(promise: nil) }
                } else {
                    context.close(promise: nil)
                }
            case .status(let code, let extraHeaders, let body, let delay):
                let write = {
                    var headers = HTTPHeaders(extraHeaders)
                    headers.replaceOrAdd(name: "Content-Length", value: "\(body.utf8.count)")
                    context.write(self.wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: code), headers: headers))),
                                  promise: nil)
                    if head.method != .HEAD {
                        context.write(self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
                    }
                    context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
                    self.server.answered()
                }
                if delay == .zero {
                    write()
                } else {
                    let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
                    context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(nanoseconds), write)
                }
            }
        }
    }
}
