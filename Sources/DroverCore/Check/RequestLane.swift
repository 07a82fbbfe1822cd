/// A queue that admits at most `concurrency` requests at once, starts them at least
/// `interval` apart, and holds them all while the server has asked for a pause.
///
/// Every host gets one, so a slow or rate-limiting host only ever delays its own URLs; one
/// more with no interval caps the connections of the whole run.
actor RequestLane {
    enum Admission {
        case admitted
        /// No request goes to the host: it asked for a pause longer than we wait, or it already
        /// failed in a way every URL of it would (its name does not resolve, it refuses connections).
        case refused(LinkResult)
    }

    let concurrency: Int
    let interval: Duration
    private let clock: CheckClock
    private var active = 0
    /// Times are the clock's: durations since the check began.
    private var nextStart: Duration = .zero
    private var closedUntil: (time: Duration, reason: String)?
    private var down: LinkResult?
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(concurrency: Int, interval: Double, clock: CheckClock) {
        self.concurrency = max(1, concurrency)
        self.interval = .milliseconds(Int64((interval * 1000).rounded()))
        self.clock = clock
    }

    /// Waits for a turn; `release()` must follow every `.admitted`.
    func acquire() async -> Admission {
        while true {
            let now = clock.now
            if let down { return .refused(down) }
            if let closed = closedUntil, now < closed.time { return .refused(LinkResult(.rateLimited, detail: closed.reason)) }
            if Task.isCancelled { return .refused(LinkResult(.unreachable, detail: "cancelled")) }
            if active >= concurrency {
                await withCheckedContinuation { waiters.append($0) }
                continue
            }
            if now < nextStart {
                // Re-checked after waking: others may have taken the start, or a pause may have begun.
                try? await clock.sleep(until: nextStart)
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

    /// `Retry-After` within the cap: no request starts for `duration` from now.
    func pause(for duration: Duration) {
        nextStart = max(nextStart, clock.now + duration)
    }

    /// `Retry-After` beyond the cap: every URL of the host that would start within `duration`
    /// from now ends as rate-limited at once, without a request.
    func close(for duration: Duration, reason: String) {
        let until = clock.now + duration
        closedUntil = (until, reason)
        nextStart = max(nextStart, until)
        wakeEveryone()
    }

    /// The host failed where every URL of it would: the rest get `result` without a request,
    /// rather than each waiting through the same timeouts and retries in the host's queue.
    func markDown(_ result: LinkResult) {
        guard down == nil else { return }
        var shared = result
        shared.requests = 0
        shared.detail += "; not asked again for this host's other URLs"
        down = shared
        wakeEveryone()
    }

    /// Everyone queued for a turn learns now that there will be none.
    private func wakeEveryone() {
        let queued = waiters
        waiters.removeAll()
        for waiter in queued { waiter.resume() }
    }

    /// Runs `body` inside a turn of this lane and of `outer` (the run's connection cap),
    /// taking the host's turn first so a paused host never holds one of the run's connections.
    /// A pause that `body` asks for takes effect before the turn is given back, so no
    /// queued request slips through between an answer's 429 and the pause it asks for.
    func run<T: Sendable>(within outer: RequestLane?, _ body: @Sendable () async -> T) async -> Result<T, LaneRefusal> {
        if case .refused(let result) = await acquire() { return .failure(LaneRefusal(result: result)) }
        if let outer {
            if case .refused(let result) = await outer.acquire() {
                release()
                return .failure(LaneRefusal(result: result))
            }
        }
        let value = await body()
        await outer?.release()
        release()
        return .success(value)
    }
}

struct LaneRefusal: Error {
    var result: LinkResult
}
