/// The `:` line being typed: its text (the caret is at the end), Tab completion that cycles
/// through the candidates like a shell's menu completion, and the history of earlier lines
/// (Up and Down).
public struct CommandLineModel: Sendable, Hashable {
    public var text: String
    /// The candidates of the last Tab, shown above the status bar while cycling.
    public private(set) var candidates: [String] = []
    /// Which candidate the text shows now.
    public private(set) var candidateIndex: Int?
    /// The text before the word being completed.
    private var completionHead = ""
    private var historyIndex: Int?

    public init(text: String = "") {
        self.text = text
    }

    public mutating func type(_ typed: String) {
        text += typed.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
        endCompletion()
    }

    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
        endCompletion()
    }

    private mutating func endCompletion() {
        candidates = []
        candidateIndex = nil
    }

    /// Tab: completes the word being typed. One candidate is taken (with a space after it), several
    /// are completed to their common start, and Tab again steps through them.
    public mutating func complete(using source: CompletionSource, backwards: Bool = false) {
        if !candidates.isEmpty {
            let count = candidates.count
            let next = ((candidateIndex ?? (backwards ? 0 : -1)) + (backwards ? count - 1 : 1)) % count
            candidateIndex = next
            text = completionHead + candidates[next]
            return
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        let before = words.dropLast().filter { !$0.isEmpty }
        let verb = before.first?.lowercased()
        let head = String(text.dropLast(current.count))
        let found = source.candidates(verb: verb, argumentIndex: max(0, before.count - 1), prefix: current)
        guard !found.isEmpty else { return }
        completionHead = head
        if found.count == 1 {
            let word = found[0]
            text = head + word + (word.hasSuffix("=") ? "" : " ")
            return
        }
        let common = found.dropFirst().reduce(found[0]) { $0.commonPrefix(with: $1) }
        text = head + (common.count > current.count ? common : current)
        candidates = found
        candidateIndex = nil
    }

    /// Up (`older: true`) and Down through earlier command lines.
    public mutating func recall(from history: [String], older: Bool) {
        guard !history.isEmpty else { return }
        let index: Int? = switch (historyIndex, older) {
        case (nil, true): history.count - 1
        case (nil, false): nil
        case (let index?, true): max(0, index - 1)
        case (let index?, false): index + 1 < history.count ? index + 1 : nil
        }
        historyIndex = index
        text = index.map { history[$0] } ?? ""
        endCompletion()
    }
}

private extension String {
    func commonPrefix(with other: String) -> String {
        String(zip(self, other).prefix { $0.0.lowercased() == $0.1.lowercased() }.map(\.0))
    }
}
