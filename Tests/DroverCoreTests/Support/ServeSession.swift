import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import Synchronization
@testable import DroverCore

/// A `DevServer` running on a copy of the valid fixture with the real theme, on 127.0.0.1 and a
/// port the system chose, with what it reported kept for the test to wait on.
final class ServeSession: Sendable {
    let fixture: FixtureSite
    let server: DevServer
    let address: String
    private let task: Task<Void, any Error>
    private let reported: EventLog

    /// Generous: only a failure guard, for a machine busy with other builds.
    static let timeout: TimeAmount = .seconds(120)

    /// What the server reported, in order.
    final class EventLog: Sendable {
        let events = Mutex<[ServeEvent]>([])
    }

    private init(fixture: FixtureSite, server: DevServer, address: String, task: Task<Void, any Error>, reported: EventLog) {
        self.fixture = fixture
        self.server = server
        self.address = address
        self.task = task
        self.reported = reported
    }

    static func start(port: Int = 0, fixture: FixtureSite? = nil) async throws -> ServeSession {
        let fixture = try fixture ?? FixtureSite(theme: "real")
        var options = ServeOptions(contentDirectory: fixture.content, themeDirectory: fixture.theme, host: "127.0.0.1", port: port)
        options.excludedFolders = [fixture.output]
        let reported = EventLog()
        let (listening, listened) = AsyncStream.makeStream(of: String.self)
        let server = DevServer(options: options) { event in
            reported.events.withLock { $0.append(event) }
            if case .listening(let address) = event { listened.yield(address) }
        }
        let task = Task { try await server.run() }
        var addresses = listening.makeAsyncIterator()
        guard let address = await addresses.next() else { throw SessionError.notListening }
        return ServeSession(fixture: fixture, server: server, address: address, task: task, reported: reported)
    }

    enum SessionError: Error { case notListening }

    var port: Int { Int(address.split(separator: ":").last!.dropLast())! }

    var events: [ServeEvent] { reported.events.withLock { $0 } }

    /// Every change set the server rebuilt after, in order.
    var rebuilds: [ChangeSet] {
        events.compactMap { if case .built(_, let changes?) = $0 { changes } else { nil } }
    }

    func stop() async {
        task.cancel()
        _ = await task.result
        fixture.remove()
    }

    struct Page {
        var status: Int
        var contentType: String
        var body: String
    }

    /// GET `path` (relative to the site's root, no leading slash).
    func get(_ path: String) async throws -> Page {
        var request = HTTPClientRequest(url: address + path)
        request.method = .GET
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 16 << 20)
        return Page(status: Int(response.status.code), contentType: response.headers.first(name: "content-type") ?? "",
                    body: String(buffer: body))
    }

    /// Opens the page's event stream and waits for its `hello`, so later changes reach it.
    /// `since` is the build the page came from, as the live script sends it.
    func openEvents(since build: Int? = nil) async throws -> EventStream {
        let query = build.map { "?since=\($0)" } ?? ""
        let request = HTTPClientRequest(url: address + LiveScript.eventsPath + query)
        let response = try await HTTPClient.shared.execute(request, timeout: Self.timeout)
        var stream = EventStream(iterator: response.body.makeAsyncIterator())
        let hello = try await stream.next()
        guard hello.name == "hello" else { throw EventStream.StreamError.unexpected(hello.name) }
        return stream
    }

    /// The build a served page says it came from: its live script's `data-build`.
    static func build(of page: Page) -> Int? {
        guard let start = page.body.range(of: "data-build=\"") else { return nil }
        return Int(page.body[start.upperBound...].prefix { $0.isNumber })
    }

    /// The request line as given, sent on a plain socket (no client normalises it first); the
    /// status code and the body of the answer.
    func raw(_ target: String) async throws -> (status: Int, body: String) {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        var text = ""
        try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
            for try await chunk in inbound { text += String(buffer: chunk) }
        }
        let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, text)
    }
}

/// Server-sent events read off a response body, one message at a time.
struct EventStream {
    struct Message {
        var name: String
        var data: String
    }

    enum StreamError: Error { case ended, unexpected(String) }

    var iterator: HTTPClientResponse.Body.AsyncIterator
    private var buffer = ""

    init(iterator: HTTPClientResponse.Body.AsyncIterator) {
        self.iterator = iterator
    }

    /// The next message (`retry:` lines and comments are skipped).
    mutating func next() async throws -> Message {
        while true {
            if let end = buffer.range(of: "\n\n") {
                let block = buffer[..<end.lowerBound]
                buffer = String(buffer[end.upperBound...])
                var message = Message(name: "message", data: "")
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { message.name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { message.data = String(line.dropFirst(6)) }
                }
                if block.split(separator: "\n").contains(where: { $0.hasPrefix("event: ") }) { return message }
                continue
            }
            guard let chunk = try await iterator.next() else { throw StreamError.ended }
            buffer += String(buffer: chunk)
        }
    }
}
