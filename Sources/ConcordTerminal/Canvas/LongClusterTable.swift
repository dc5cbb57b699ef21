import Synchronization

/// Interned clusters longer than 15 UTF-8 bytes. Bounded, so hostile input (thousands of
/// distinct "zalgo" clusters) cannot grow memory without limit: past the limit, long
/// clusters are shortened instead.
final class LongClusterTable: Sendable {
    static let shared = LongClusterTable()
    static let capacity = 1 << 16

    private struct State {
        var numbers: [String: Int] = [:]
        var strings: [String] = []
    }

    private let state = Mutex(State())

    func intern(_ text: String) -> Int? {
        state.withLock { state in
            if let number = state.numbers[text] { return number }
            guard state.strings.count < LongClusterTable.capacity else { return nil }
            state.strings.append(text)
            state.numbers[text] = state.strings.count - 1
            return state.strings.count - 1
        }
    }

    func string(for number: Int) -> String {
        state.withLock { $0.strings.indices.contains(number) ? $0.strings[number] : "\u{FFFD}" }
    }
}
