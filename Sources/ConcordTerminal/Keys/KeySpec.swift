/// A key in the vim-like notation of key binding files and help screens: `j`, `G`, `?`,
/// `<Down>`, `<C-d>`, `<S-Tab>`, `<Enter>`, `<Esc>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`,
/// `<Space>`, `<F1>`, `<BS>`, `<Del>`, `<lt>` (a literal `<`). Names inside `<…>` are
/// case-insensitive; `KeySpec(parsing: spec.notation) == spec` for every key.
public struct KeySpec: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let key: Key

    public init(_ key: Key) {
        if case .ctrl(let character) = key {
            self.key = .control(character)
        } else {
            self.key = key
        }
    }

    /// Parses the notation.
    /// - Throws: ``KeymapError/unknownKeyNotation(_:context:reason:)`` with a reason that
    ///   says what is accepted.
    public init(parsing notation: String) throws(KeymapError) {
        if notation.count == 1, let character = notation.first {
            guard !character.isWhitespace || character == " " else {
                throw .unknownKeyNotation(notation, context: nil, reason: "whitespace keys are written <Space>, <Tab> or <Enter>")
            }
            guard character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                throw .unknownKeyNotation(notation, context: nil, reason: "control characters are written <C-x>")
            }
            self.init(.char(character))
            return
        }
        guard notation.hasPrefix("<"), notation.hasSuffix(">"), notation.count > 2 else {
            throw .unknownKeyNotation(notation, context: nil,
                                      reason: "write one character (j, G, ?) or a name in angle brackets (<Down>, <C-d>, <F1>)")
        }
        let inner = String(notation.dropFirst().dropLast())
        let lowered = inner.lowercased()
        if let named = KeySpec.namedKeys[lowered] {
            self.init(named)
            return
        }
        if lowered.hasPrefix("c-"), inner.count > 2 {
            let rest = String(inner.dropFirst(2))
            if rest.count == 1, let character = rest.first {
                let lowered = Character(character.lowercased())
                if let same = KeySpec.controlAliases[lowered] {
                    throw .unknownKeyNotation(notation, context: nil,
                                              reason: "a terminal sends \(notation) as \(same); bind \(same) instead")
                }
                guard ("a"..."z").contains(lowered) || "\\]^_".contains(lowered) else {
                    throw .unknownKeyNotation(notation, context: nil,
                                              reason: "terminals only send control with a letter or one of \\ ] ^ _ (and <C-Space>)")
                }
                self.init(.ctrl(lowered))
                return
            }
            if rest.lowercased() == "space" {
                self.init(.ctrl(" "))
                return
            }
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
            self.init(.function(number))
            return
        }
        throw .unknownKeyNotation(notation, context: nil,
                                  reason: "known names are \(KeySpec.canonicalNames.joined(separator: ", ")), <C-x> and <F1>…<F24>")
    }

    /// The canonical notation (what help screens show).
    public var notation: String {
        switch key {
        case .char(" "): "<Space>"
        case .char("<"): "<lt>"
        case .char(let character): String(character)
        case .ctrl(" "): "<C-Space>"
        case .ctrl(let character): "<C-\(character)>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .pageUp: "<PgUp>"
        case .pageDown: "<PgDn>"
        case .home: "<Home>"
        case .end: "<End>"
        case .enter: "<Enter>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .escape: "<Esc>"
        case .backspace: "<BS>"
        case .delete: "<Del>"
        case .insert: "<Ins>"
        case .function(let n): "<F\(n)>"
        }
    }

    public var description: String { notation }

    /// Help screens list plain characters first, then control keys, then named keys.
    public static func < (lhs: KeySpec, rhs: KeySpec) -> Bool {
        let l = lhs.sortKey, r = rhs.sortKey
        if l.rank != r.rank { return l.rank < r.rank }
        if l.number != r.number { return l.number < r.number }
        return l.text < r.text
    }

    private var sortKey: (rank: Int, number: Int, text: String) {
        switch key {
        case .char(" "): (2, 0, "space")
        case .char(let character): (0, 0, String(character))
        case .ctrl(let character): (1, 0, String(character))
        case .function(let n): (3, n, "")
        default: (2, 0, notation.lowercased())
        }
    }

    /// Names accepted inside `<…>` (lowercase), with aliases.
    static let namedKeys: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
        "enter": .enter, "cr": .enter, "return": .enter,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "esc": .escape, "escape": .escape,
        "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "space": .char(" "), "lt": .char("<"),
    ]

    /// Control keys a terminal cannot tell apart from a named key.
    static let controlAliases: [Character: String] = ["i": "<Tab>", "m": "<Enter>", "j": "<Enter>", "h": "<BS>", "[": "<Esc>"]

    static let canonicalNames = [
        "<Up>", "<Down>", "<Left>", "<Right>", "<PgUp>", "<PgDn>", "<Home>", "<End>", "<Enter>", "<Tab>",
        "<S-Tab>", "<Esc>", "<BS>", "<Del>", "<Ins>", "<Space>", "<lt>",
    ]
}
