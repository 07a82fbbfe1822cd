import Synchronization

/// Tells every open page what happened to the site: one stream of `ReloadMessage`s per
/// connection to `/_drover/events`.
///
/// The channel remembers whether the last build failed, so a page opened (or reloaded) while
/// the content is broken shows the overlay at once instead of waiting for the next rebuild.
///
/// It also keeps the generation of the site that pages were last told about. A page says which
/// build it came from when it connects; one that is on another build missed a reload (it was
/// served before a rebuild ended and connected after the reload went out) and is told to reload
/// at once. The generation moves and new pages are compared under one lock, so each page either
/// subscribed before a reload went out and receives it, or connects after and is compared with
/// the generation it announced.
public final class ReloadChannel: Sendable {
    private struct State {
        var subscribers: [Int: AsyncStream<ReloadMessage>.Continuation] = [:]
        var nextID = 0
        var failure: [Diagnostic]?
        var generation = 0
        var closed = false
    }
    private let state = Mutex(State())

    public init() {}

    /// A new page's stream: `hello` with the site's generation, then `reload` if the page came
    /// from another build (`since`, nil when the page did not say), then the errors if the last
    /// build failed, then every message published from now on. Ends when the channel closes.
    public func subscribe(since build: Int? = nil) -> AsyncStream<ReloadMessage> {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadMessage.self, bufferingPolicy: .bufferingNewest(32))
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            continuation.yield(.hello(generation: state.generation))
            // Another build, not only an older one: after a restart the count starts again.
            if let build, build != state.generation { continuation.yield(.reload) }
            if let failure = state.failure { continuation.yield(.errors(failure)) }
            return id
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// How many pages are listening.
    public var subscriberCount: Int {
        state.withLock { $0.subscribers.count }
    }

    /// The generation of the site that open pages were last told about.
    public var generation: Int {
        state.withLock { $0.generation }
    }

    /// Sends `message` to every open page; `errors` and `clear` also set what new pages are told.
    public func publish(_ message: ReloadMessage) {
        state.withLock { state in
            switch message {
            case .errors(let diagnostics): state.failure = diagnostics
            case .clear: state.failure = nil
            default: break
            }
            for continuation in state.subscribers.values { continuation.yield(message) }
        }
    }

    /// The site is now at `generation`: open pages are told `message` (`reload`, `css`; none
    /// for the first build, which no page has seen), and pages that connect from now on with an
    /// older build are told to reload.
    public func publish(_ message: ReloadMessage?, generation: Int) {
        state.withLock { state in
            state.generation = generation
            guard let message else { return }
            for continuation in state.subscribers.values { continuation.yield(message) }
        }
    }

    /// Whether the last build failed (and pages show the overlay).
    public var isFailing: Bool {
        state.withLock { $0.failure != nil }
    }

    /// Ends every stream, so open event connections finish and the server can stop.
    public func close() {
        let subscribers = state.withLock { state in
            state.closed = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for continuation in subscribers { continuation.finish() }
    }
}
