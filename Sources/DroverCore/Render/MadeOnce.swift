import Synchronization

/// A value made the first time it is asked for and shared by every later asker, from any task:
/// for outputs that come from one costly whole (the search index) and are rarely needed.
final class MadeOnce<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value; the first caller makes it while any others wait.
    func get() -> Value {
        value.withLock { value in
            if let made = value { return made }
            let made = make()
            value = made
            return made
        }
    }
}
