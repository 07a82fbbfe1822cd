import Foundation
import Testing
@testable import DroverCore

/// The output lock removes its file when released; builds that were waiting for it must still
/// take it one at a time.
@Suite struct OutputLockTests {
    /// Who holds the lock now; a second holder at the same time is recorded.
    actor Holders {
        private(set) var current = 0
        private(set) var overlapped = false
        private(set) var turns = 0

        func enter() {
            current += 1
            turns += 1
            if current > 1 { overlapped = true }
        }

        func leave() { current -= 1 }
    }

    @Test func releasingRemovesTheLockFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var lock: OutputLock? = try await OutputLock(output: folder.appendingPathComponent("site").path) { _ in }
        let path = try #require(lock?.path)
        #expect(FileManager.default.fileExists(atPath: path))
        lock = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func buildsWaitingForARemovedLockStillTakeItOneAtATime() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let holders = Holders()
        var first: OutputLock? = try await OutputLock(output: output) { _ in }
        let (waiting, announce) = AsyncStream<Void>.makeStream()
        let waiters = (0..<4).map { _ in
            Task {
                let lock = try await OutputLock(output: output) { _ in announce.yield() }
                await holders.enter()
                try await Task.sleep(for: .milliseconds(30))
                await holders.leave()
                withExtendedLifetime(lock) {}
            }
        }
        // Every waiter is waiting on the first holder's file before it goes.
        var iterator = waiting.makeAsyncIterator()
        for _ in 0..<4 { await iterator.next() }
        _ = first
        first = nil
        for waiter in waiters { try await waiter.value }
        #expect(await holders.turns == 4)
        #expect(await !holders.overlapped, "two builds held the output at once")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".site.drover-lock").path))
    }
}
