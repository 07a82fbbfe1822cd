import Testing
@testable import drover

/// The terminal line of `drover check`, drawn by the CLI from the check's progress callback.
@Suite("Progress bar")
struct ProgressBarTests {
    @Test func showsCountsPercentAndETA() {
        #expect(ProgressBar.line(done: 50, total: 200, elapsed: 10, width: 10) == "[##--------] 50/200 URLs 25%  ETA 0:30")
        #expect(ProgressBar.line(done: 200, total: 200, elapsed: 40, width: 10) == "[##########] 200/200 URLs 100%")
        #expect(ProgressBar.line(done: 1, total: 200, elapsed: 0.05, width: 10) == "[----------] 1/200 URLs 0%")
        #expect(ProgressBar.clock(125.2) == "2:06")
        #expect(ProgressBar.seconds(.milliseconds(1500)) == 1.5)
    }
}
