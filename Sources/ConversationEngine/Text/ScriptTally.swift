/// How many letters of each script a text has, counted without hashing: the language guess
/// runs on every message ingest reads.
struct ScriptTally: Sendable {
    private var counts = [Int](repeating: 0, count: Script.allCases.count)

    /// Counts the first `limit` scalars of `text`.
    init(_ text: String, limit: Int) {
        var seen = 0
        for scalar in text.unicodeScalars {
            guard seen < limit else { break }
            seen += 1
            if let script = Script.of(scalar) { counts[script.index] += 1 }
        }
    }

    subscript(script: Script) -> Int { counts[script.index] }
}

private extension Script {
    /// The position of the case in `allCases`.
    var index: Int {
        switch self {
        case .latin: 0
        case .hangul: 1
        case .han: 2
        case .kana: 3
        case .cyrillic: 4
        case .arabic: 5
        case .other: 6
        }
    }
}
