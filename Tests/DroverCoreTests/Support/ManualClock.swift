import NIOConcurrencyHelpers

/// A clock that stands still until the test moves it, for the link checker's lanes, pauses and
/// retries. What a test asserts on it ("the second request waits until the clock passes the
/// Retry-After") holds however slow or loaded the machine is.
///
/// Two ways to move it:
/// - by hand (`advance(to:)`), after `waitForSleepers` says the code under test is waiting;
/// - `automatic`: a sleep moves the clock straight to its deadline, so waits take no real time,
///   for tests about what happens after the waits rather than when.
///
/// Not swift-clocks' `TestClock`: the code under test does real network I/O between its sleeps,
/// so a test must be able to await "someone is sleeping" as an event and see the deadlines,
/// which that clock does not offer.
final class ManualClock: Clock, Sendable {
    struct Instant: InstantProtocol, CustomStringConvertible {
        /// Time since the clock was made.
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
        var description: String { "\(offset)" }
    }

    private struct Sleeper {
        var id: Int
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var automatic: Bool
        var sleepers: [Sleeper] = []
        /// Sleeps and waits cancelled before they were registered.
        var cancelled: Set<Int> = []
        var nextID = 0
        var log: [Duration] = []
        var watchers: [Int: (count: Int, continuation: CheckedContinuation<Bool, Never>)] = [:]
    }

    private let state: NIOLockedValueBox<State>

    init(automatic: Bool = false) {
        state = NIOLockedValueBox(State(automatic: automatic))
    }

    var now: Instant { state.withLockedValue { $0.now } }
    var minimumResolution: Duration { .zero }
    /// Time since the clock was made.
    var elapsed: Duration { now.offset }

    /// How long each sleep asked for, from when it was asked, in the order asked.
    var sleeps: [Duration] { state.withLockedValue { $0.log } }
    /// The deadlines of everyone sleeping now, earliest first.
    var pendingDeadlines: [Duration] { state.withLockedValue { $0.sleepers.map(\.deadline.offset).sorted() } }

    func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = state.withLockedValue { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Outcome { case wait, wake, cancel }
                let (outcome, watchers) = state.withLockedValue { state -> (Outcome, [CheckedContinuation<Bool, Never>]) in
                    if state.cancelled.remove(id) != nil { return (.cancel, []) }
                    state.log.append(state.now.duration(to: deadline))
                    if state.automatic && state.now < deadline { state.now = deadline }
                    if deadline <= state.now { return (.wake, []) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return (.wait, Self.dueWatchers(&state))
                }
                switch outcome {
                case .wait: watchers.forEach { $0.resume(returning: true) }
                case .wake: continuation.resume()
                case .cancel: continuation.resume(throwing: CancellationError())
                }
            }
        } onCancel: {
            let sleeper: Sleeper? = state.withLockedValue { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else {
                    state.cancelled.insert(id)
                    return nil
                }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock to `offset` (never back) and wakes everyone whose deadline it reaches.
    func advance(to offset: Duration) {
        let woken: [Sleeper] = state.withLockedValue { state in
            state.now = max(state.now, Instant(offset: offset))
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due.sorted { $0.deadline < $1.deadline }
        }
        for sleeper in woken { sleeper.continuation.resume() }
    }

    /// Returns true once at least `count` sleeps are pending (the code under test is waiting on
    /// the clock), or false if `work` ends first: then it never waited as the test expects.
    func waitForSleepers<T: Sendable>(_ count: Int = 1, before work: Task<T, Never>) async -> Bool {
        let waiting = Task { await self.waitForSleepers(count) }
        // Not a task group: a group would wait for `work` too, which needs the clock the caller
        // holds. This task outlives the call until `work` ends, which the caller awaits anyway.
        Task {
            _ = await work.value
            waiting.cancel()
        }
        return await waiting.value
    }

    /// Returns true once at least `count` sleeps are pending, false when the task is cancelled first.
    @discardableResult
    func waitForSleepers(_ count: Int = 1) async -> Bool {
        let id = state.withLockedValue { state in
            state.nextID += 1
            return state.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let ready: Bool? = state.withLockedValue { state in
                    if state.sleepers.count >= count { return true }
                    if state.cancelled.remove(id) != nil { return false }
                    state.watchers[id] = (count, continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let watcher = state.withLockedValue { state in
                guard let watcher = state.watchers.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return nil as CheckedContinuation<Bool, Never>?
                }
                return watcher.continuation
            }
            watcher?.resume(returning: false)
        }
    }

    private static func dueWatchers(_ state: inout State) -> [CheckedContinuation<Bool, Never>] {
        let count = state.sleepers.count
        let due = state.watchers.filter { $0.value.count <= count }
        for id in due.keys { state.watchers.removeValue(forKey: id) }
        return due.values.map(\.continuation)
    }
}
