/// The clock the external check waits by: each lane's spacing, `Retry-After` pauses and the
/// backoff between retries.
///
/// A real run uses `ContinuousClock`. Tests hand in a clock they move themselves, so what they
/// assert ("nothing reaches the host before the pause is over") holds however loaded the machine
/// is. Times are durations since the clock was handed in, so no other part of the check needs to
/// know the clock's own type of instant.
struct CheckClock: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    init(_ clock: any Clock<Duration> = ContinuousClock()) {
        self = Self.starting(clock)
    }

    private init(elapsed: @escaping @Sendable () -> Duration, sleeper: @escaping @Sendable (Duration) async throws -> Void) {
        self.elapsed = elapsed
        self.sleeper = sleeper
    }

    private static func starting<C: Clock<Duration>>(_ clock: C) -> CheckClock {
        let start = clock.now
        return CheckClock(elapsed: { start.duration(to: clock.now) },
                          sleeper: { try await clock.sleep(until: start.advanced(by: $0), tolerance: nil) })
    }

    /// Time since the check began.
    var now: Duration { elapsed() }

    /// Returns at `deadline` (a time since the check began) or later; throws when the task is cancelled.
    func sleep(until deadline: Duration) async throws {
        try await sleeper(deadline)
    }

    func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }
}
