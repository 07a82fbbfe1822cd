import Foundation

/// Runs `body` for every index in `0..<count` on all cores and returns the results in index
/// order, so parallel work never changes the output's order.
///
/// Work is handed out in chunks as child tasks of one task group, never more at once than
/// there are cores: entries differ in size, and a static split would leave one core idle while
/// the other finishes a heavy half. `body` runs on the cooperative pool, so it must compute,
/// not block (no locks held across waits, no semaphores).
func concurrentMap<T: Sendable>(_ count: Int, chunk: Int = 16, _ body: @escaping @Sendable (Int) -> T) async -> [T] {
    guard count > 0 else { return [] }
    let chunks = (count + chunk - 1) / chunk
    let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, chunks))
    var results = [T?](repeating: nil, count: count)
    await withTaskGroup(of: (start: Int, values: [T]).self) { group in
        var next = 0
        func startNextChunk() {
            guard next < chunks else { return }
            let start = next * chunk
            let end = min(start + chunk, count)
            next += 1
            group.addTask { (start, (start..<end).map(body)) }
        }
        for _ in 0..<width { startNextChunk() }
        while let finished = await group.next() {
            for (offset, value) in finished.values.enumerated() { results[finished.start + offset] = value }
            startNextChunk()
        }
    }
    return results.map { $0! }
}
