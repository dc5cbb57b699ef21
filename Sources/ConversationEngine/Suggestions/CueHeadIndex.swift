/// Where the first parts of a lexicon's cues occur in a text, found in one pass over it
/// (an Aho–Corasick automaton over folded scalars).
///
/// A lexicon has about a thousand cues and most messages are short: trying every cue on every
/// message cost more than parsing the message did (a third of email ingest's CPU went to the
/// sentiment read). With the automaton the cost grows with the text and the hits, not with
/// the size of the lexicon. Built once per lexicon; the matching rules (word boundaries,
/// gapped parts) stay in `CuePattern`, which checks each candidate this index proposes.
struct CueHeadIndex: Sendable {
    /// Goto transitions of every state, keyed by `state << 21 | scalar` (scalars fit 21 bits).
    private let transitions: TransitionTable
    /// For each state, the state of its longest proper suffix that is also a prefix of a head.
    private let failures: [Int32]
    /// For each state, the heads that end there: its own and those of its suffix states.
    private let outputs: [[Int32]]
    /// The length in scalars of each head.
    private let lengths: [Int]

    /// - Parameter heads: the scalar sequences to find; empty ones never match.
    init(_ heads: [[Unicode.Scalar]]) {
        var transitions: [UInt64: Int32] = [:]
        var own: [[Int32]] = [[]]
        var stateCount: Int32 = 1
        for (number, head) in heads.enumerated() where !head.isEmpty {
            var state: Int32 = 0
            for scalar in head {
                let key = Self.key(state, scalar)
                if let next = transitions[key] {
                    state = next
                } else {
                    transitions[key] = stateCount
                    state = stateCount
                    stateCount += 1
                    own.append([])
                }
            }
            own[Int(state)].append(Int32(number))
        }
        // Breadth first, so a state's failure is settled before its children need it.
        var children = [[(Unicode.Scalar, Int32)]](repeating: [], count: Int(stateCount))
        for (key, next) in transitions {
            children[Int(key >> 21)].append((Unicode.Scalar(UInt32(key & 0x1F_FFFF))!, next))
        }
        var failures = [Int32](repeating: 0, count: Int(stateCount))
        var outputs = own
        var queue: [Int32] = children[0].map(\.1)
        var cursor = 0
        while cursor < queue.count {
            let state = queue[cursor]
            cursor += 1
            for (scalar, child) in children[Int(state)] {
                var fallback = failures[Int(state)]
                while fallback != 0, transitions[Self.key(fallback, scalar)] == nil { fallback = failures[Int(fallback)] }
                let target = transitions[Self.key(fallback, scalar)] ?? 0
                failures[Int(child)] = target == child ? 0 : target
                outputs[Int(child)] += outputs[Int(failures[Int(child)])]
                queue.append(child)
            }
        }
        self.transitions = TransitionTable(transitions)
        self.failures = failures
        self.outputs = outputs
        lengths = heads.map(\.count)
    }

    /// Every occurrence of every head in `scalars`, as (head number, start index), in order
    /// of where the occurrence ends; overlapping occurrences are all reported.
    func occurrences(in scalars: [Unicode.Scalar]) -> [(head: Int, start: Int)] {
        var found: [(head: Int, start: Int)] = []
        var state: Int32 = 0
        for (index, scalar) in scalars.enumerated() {
            while true {
                let next = transitions.state(after: Self.key(state, scalar))
                if next >= 0 {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failures[Int(state)]
            }
            for head in outputs[Int(state)] {
                found.append((Int(head), index + 1 - lengths[Int(head)]))
            }
        }
        return found
    }

    /// Where each head that occurs starts, in ascending order, by head number (lowest first):
    /// what a lexicon tries its patterns at.
    func startsByHead(in scalars: [Unicode.Scalar]) -> [(head: Int, starts: [Int])] {
        var starts: [Int: [Int]] = [:]
        for (head, start) in occurrences(in: scalars) { starts[head, default: []].append(start) }
        return starts.sorted { $0.key < $1.key }.map { (head: $0.key, starts: $0.value) }
    }

    private static func key(_ state: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(state) << 21 | UInt64(scalar.value)
    }
}

/// The automaton's transitions in an open-addressed table with a multiplicative hash: the
/// lookup runs once per scalar of every message, where the standard library's seeded
/// hashing cost more than all the rest of the matching.
private struct TransitionTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    private static let empty = UInt64.max

    init(_ transitions: [UInt64: Int32]) {
        var capacity = 16
        while capacity < transitions.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (key, value) in transitions {
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The state the transition `key` leads to, or -1 when there is none.
    @inline(__always)
    func state(after key: UInt64) -> Int32 {
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
