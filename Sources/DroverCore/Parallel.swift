import Dispatch
import Foundation

/// Runs `body` for every index in `0..<count` on all cores and returns the results in index
/// order, so parallel work never changes the output's order.
///
/// Work is handed out in small chunks from a shared counter: entries differ in size, and a
/// static split would leave one core idle while the other finishes a heavy half.
func parallelMap<T>(_ count: Int, chunk: Int = 16, _ body: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    return withoutActuallyEscaping(body) { body in
        let work = ParallelWork(count: count, chunk: chunk, body: body)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, (count + chunk - 1) / chunk)
        DispatchQueue.concurrentPerform(iterations: max(workers, 1)) { _ in work.drain() }
        return work.collect()
    }
}

/// The shared state of one `parallelMap`: each result slot is written by exactly one worker,
/// and the counter is the only thing workers share, behind a lock.
private final class ParallelWork<T>: @unchecked Sendable {
    private let count: Int
    private let chunk: Int
    private let body: (Int) -> T
    private let results: UnsafeMutableBufferPointer<T?>
    private let lock = NSLock()
    private var cursor = 0

    init(count: Int, chunk: Int, body: @escaping (Int) -> T) {
        self.count = count
        self.chunk = chunk
        self.body = body
        results = .allocate(capacity: count)
        results.initialize(repeating: nil)
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    func drain() {
        while true {
            let start: Int = lock.withLock {
                defer { cursor += chunk }
                return cursor
            }
            guard start < count else { return }
            for index in start..<min(start + chunk, count) {
                results[index] = body(index)
            }
        }
    }

    func collect() -> [T] {
        results.map { $0! }
    }
}
