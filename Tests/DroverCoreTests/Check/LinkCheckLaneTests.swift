import Testing
@testable import DroverCore

/// The lanes, retry backoff and host names on their own: no network, and a manual clock that
/// moves only when the test moves it, so "not before" means exactly that.
@Suite("Request lanes on a manual clock", .timeLimit(.minutes(2)))
struct LinkCheckLaneTests {
    @Test func aPauseHoldsEveryStartUntilTheClockPassesIt() async throws {
        let clock = ManualClock()
        let lane = RequestLane(concurrency: 2, interval: 0, clock: CheckClock(clock))
        await lane.pause(for: .seconds(3))
        let admission = Task { await lane.acquire() }
        try #require(await clock.waitForSleepers(before: admission), "admitted without waiting for the pause")
        #expect(clock.pendingDeadlines == [.seconds(3)])
        clock.advance(to: .milliseconds(2999))
        // Still asleep: nothing can start before the pause is over.
        #expect(clock.pendingDeadlines == [.seconds(3)])
        clock.advance(to: .seconds(3))
        guard case .admitted = await admission.value else {
            Issue.record("refused after the pause")
            return
        }
        #expect(clock.pendingDeadlines.isEmpty)
        await lane.release()
    }

    @Test func startsAreSpacedByTheIntervalOnTheClock() async {
        let clock = ManualClock(automatic: true)
        let lane = RequestLane(concurrency: 4, interval: 0.25, clock: CheckClock(clock))
        let starts = await withTaskGroup(of: Duration.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    _ = await lane.acquire()
                    let start = clock.elapsed
                    await lane.release()
                    return start
                }
            }
            return await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        // Four could go at once; the n-th starts only once the clock reads n × 250 ms (read just
        // after the start, so it may be later still when another's wait moved the clock on).
        #expect(starts.count == 4)
        for (index, start) in starts.enumerated() {
            #expect(start >= .milliseconds(250 * index), "start \(index) at \(start)")
        }
        #expect(clock.sleeps.allSatisfy { $0 <= .milliseconds(750) })
    }

    @Test func theCapIsNeverExceededAndIsUsed() async {
        let clock = ManualClock()
        let lane = RequestLane(concurrency: 3, interval: 0, clock: CheckClock(clock))
        let inFlight = Counter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    _ = await lane.run(within: nil) {
                        await inFlight.enter()
                        // Hold the turn until three are in: the cap is reached, whatever the scheduling;
                        // then a while more, in which a fourth would get in if the lane let it.
                        await inFlight.waitUntilPeak(3)
                        for _ in 0..<100 { await Task.yield() }
                        await inFlight.leave()
                    }
                }
            }
        }
        #expect(await inFlight.peak == 3)
        #expect(await inFlight.entered == 12)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func aClosedLaneRefusesAtOnceUntilTheClockPassesIt() async {
        let clock = ManualClock()
        let lane = RequestLane(concurrency: 1, interval: 0, clock: CheckClock(clock))
        await lane.close(for: .seconds(60), reason: "asked to wait 60 s")
        guard case .refused(let result) = await lane.acquire() else {
            Issue.record("admitted while closed")
            return
        }
        #expect(result.linkClass == .rateLimited && result.detail == "asked to wait 60 s")
        #expect(clock.sleeps.isEmpty)
        clock.advance(to: .seconds(60))
        guard case .admitted = await lane.acquire() else {
            Issue.record("still refused after the pause")
            return
        }
    }

    @Test func backoffDoublesWithJitterAndStopsAtThirtySeconds() {
        #expect(LinkProbe.backoff(retry: 1, delay: 1, jitter: 1) == .seconds(1))
        #expect(LinkProbe.backoff(retry: 3, delay: 1, jitter: 1) == .seconds(4))
        #expect(LinkProbe.backoff(retry: 2, delay: 0.5, jitter: 0.5) == .milliseconds(500))
        #expect(LinkProbe.backoff(retry: 2, delay: 0.5, jitter: 1.5) == .milliseconds(1500))
        #expect(LinkProbe.backoff(retry: 10, delay: 1, jitter: 1.5) == .seconds(30))
    }

    @Test func pinnedHostNamesAreDecidedWithoutAResolver() {
        let hosts = HostAddresses(pinned: ["busy.test": "127.0.0.1"], onlyPinned: true)
        #expect(!hosts.isUnknown("busy.test"))
        #expect(!hosts.isUnknown("127.0.0.1") && !hosts.isUnknown("[::1]"))
        #expect(hosts.isUnknown("example.org"))
        // By default every name goes to the system's resolver.
        #expect(!HostAddresses().isUnknown("example.org"))
    }
}

/// Requests inside a lane's turns, counted.
private actor Counter {
    private(set) var current = 0
    private(set) var peak = 0
    private(set) var entered = 0
    private var waiters: [(peak: Int, continuation: CheckedContinuation<Void, Never>)] = []

    func enter() {
        current += 1
        entered += 1
        peak = max(peak, current)
        let due = waiters.filter { $0.peak <= peak }
        waiters.removeAll { $0.peak <= peak }
        due.forEach { $0.continuation.resume() }
    }

    func leave() {
        current -= 1
    }

    func waitUntilPeak(_ count: Int) async {
        if peak >= count { return }
        await withCheckedContinuation { waiters.append((count, $0)) }
    }
}
