import ConversationEngine

/// A sentence or paragraph of demo text with slots, compiled once from its literal.
///
/// `{slot}` inserts a story value; `[[male form|female form]]` picks by the speaker's gender,
/// which Russian past-tense verbs need ("я заказал" / "я заказала"). Compiling the literal up
/// front keeps the generator's hot loop to plain string appends.
struct DemoTemplate: Sendable, ExpressibleByStringLiteral {
    enum Piece: Sendable {
        case text(String)
        case slot(DemoSlot)
        case gendered(male: String, female: String)
    }

    let pieces: [Piece]
    let source: String

    init(stringLiteral source: String) {
        self.init(source)
    }

    init(_ source: String) {
        self.source = source
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(source)
        while let first = rest.first {
            if first == "{", let close = rest.firstIndex(of: "}") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let slot = DemoSlot.byName[name] else {
                    preconditionFailure("unknown slot {\(name)} in demo template: \(source)")
                }
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(.slot(slot))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("[["), let close = rest.range(of: "]]") {
                let body = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                let forms = body.split(separator: "|", omittingEmptySubsequences: false)
                guard forms.count == 2 else { preconditionFailure("bad [[male|female]] in demo template: \(source)") }
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(.gendered(male: String(forms[0]), female: String(forms[1])))
                rest = rest[close.upperBound...]
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Appends the filled-in text; `speaker` chooses gendered forms (unspecified reads as male).
    func render(into output: inout String, _ slots: DemoSlotValues, speaker: Gender) {
        for piece in pieces {
            switch piece {
            case .text(let text): output += text
            case .slot(let slot): output += slots[slot]
            case .gendered(let male, let female): output += speaker == .female ? female : male
            }
        }
    }

    func rendered(_ slots: DemoSlotValues, speaker: Gender) -> String {
        var output = ""
        render(into: &output, slots, speaker: speaker)
        return output
    }
}
