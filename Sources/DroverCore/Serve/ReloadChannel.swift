import Synchronization

/// Tells every open page what happened to the site: one stream of `ReloadMessage`s per
/// connection to `/_drover/events`.
///
/// The channel remembers whether the last build failed, so a page opened (or reloaded) while
/// the content is broken shows the overlay at once instead of waiting for the next rebuild.
public final class ReloadChannel: Sendable {
    private struct State {
        var subscribers: [Int: AsyncStream<ReloadMessage>.Continuation] = [:]
        var nextID = 0
        var failure: [Diagnostic]?
        var closed = false
    }
    private let state = Mutex(State())

    public init() {}

    /// A new page's stream: `hello` with the site's generation, then the errors if the last
    /// build failed, then every message published from now on. Ends when the channel closes.
    public func subscribe(generation: Int) -> AsyncStream<ReloadMessage> {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadMessage.self, bufferingPolicy: .bufferingNewest(32))
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            continuation.yield(.hello(generation: generation))
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
