/// A queue that admits at most `concurrency` requests at once, starts them at least
/// `interval` apart, and holds them all while the server has asked for a pause.
///
/// Every host gets one, so a slow or rate-limiting host only ever delays its own URLs; one
/// more with no interval caps the connections of the whole run.
actor RequestLane {
    enum Admission: Equatable {
        case admitted
        /// The host asked for a pause longer than we wait; nothing is sent to it before `until`.
        case closed(reason: String)
    }

    let concurrency: Int
    let interval: Duration
    private var active = 0
    private var nextStart = ContinuousClock.now
    private var closedUntil: (instant: ContinuousClock.Instant, reason: String)?
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(concurrency: Int, interval: Double) {
        self.concurrency = max(1, concurrency)
        self.interval = .milliseconds(Int64((interval * 1000).rounded()))
    }

    /// Waits for a turn; `release()` must follow every `.admitted`.
    func acquire() async -> Admission {
        while true {
            let now = ContinuousClock.now
            if let closed = closedUntil, now < closed.instant { return .closed(reason: closed.reason) }
            if Task.isCancelled { return .closed(reason: "cancelled") }
            if active >= concurrency {
                await withCheckedContinuation { waiters.append($0) }
                continue
            }
            if now < nextStart {
                // Re-checked after waking: others may have taken the start, or a pause may have begun.
                try? await Task.sleep(until: nextStart, clock: .continuous)
                continue
            }
            active += 1
            nextStart = now + interval
            return .admitted
        }
    }

    func release() {
        active -= 1
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    /// `Retry-After` within the cap: no request starts before `instant`.
    func pause(until instant: ContinuousClock.Instant) {
        nextStart = max(nextStart, instant)
    }

    /// `Retry-After` beyond the cap: every URL of the host that would start before `instant`
    /// ends as rate-limited at once, without a request.
    func close(until instant: ContinuousClock.Instant, reason: String) {
        closedUntil = (instant, reason)
        pause(until: instant)
        // Everyone queued for a turn learns now that there will be none.
        let queued = waiters
        waiters.removeAll()
        for waiter in queued { waiter.resume() }
    }

    /// Runs `body` inside a turn of this lane and of `outer` (the run's connection cap),
    /// taking the host's turn first so a paused host never holds one of the run's connections.
    /// A pause that `body` asks for takes effect before the turn is given back, so no
    /// queued request slips through between an answer's 429 and the pause it asks for.
    func run<T: Sendable>(within outer: RequestLane?, _ body: @Sendable () async -> T) async -> Result<T, LaneClosed> {
        if case .closed(let reason) = await acquire() { return .failure(LaneClosed(reason: reason)) }
        if let outer {
            if case .closed(let reason) = await outer.acquire() {
                release()
                return .failure(LaneClosed(reason: reason))
            }
        }
        let value = await body()
        await outer?.release()
        release()
        return .success(value)
    }
}

struct LaneClosed: Error {
    var reason: String
}
