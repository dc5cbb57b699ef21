/// Wraps text to a width in terminal columns, for message bodies, notes and suggestions.
///
/// - Breaks at spaces where possible; the spaces at a break are dropped.
/// - Chinese and Japanese (wide) text may break between any two clusters, except before
///   closing punctuation such as 。、」 or after opening brackets (kinsoku). Korean is written
///   with spaces between words, so Hangul words break at spaces like English (CSS
///   `word-break: keep-all`) and only a word longer than the line is cut between syllables.
/// - Words longer than the width (URLs, long tokens) are hard-broken at cluster boundaries.
/// - Explicit newlines (LF, CR LF, CR, U+2028, U+2029) start new lines; tabs become spaces
///   up to the next multiple of ``tabWidth``; everything else unsafe is sanitised.
/// - No line is ever wider than the width. (At width 1 a wide cluster cannot fit and is
///   replaced by "…".)
/// - Lines stay in logical order (UAX #9 reorders each line after breaking). Every line of a
///   paragraph whose first strong character is right-to-left starts a right-to-left
///   ``BidiField``, so the canvas reorders it with the paragraph's direction (a wrapped line
///   that happens to start with a number or a Latin word is still part of a Persian
///   paragraph) and, unless `alignsRightToLeft` is false, right-aligns it in `width`.
///
/// ```swift
/// let lines = TextWrapper.wrap(StyledLine(body, style: theme.style("timeline.inbound")), width: 60)
/// ```
public enum TextWrapper {
    public static let tabWidth = 4

    /// Wraps plain text in one style.
    public static func wrap(_ text: String, width: Int, style: Style = .plain, alignsRightToLeft: Bool = true) -> [StyledLine] {
        wrap(StyledLine(text, style: style), width: width, alignsRightToLeft: alignsRightToLeft)
    }

    /// Wraps styled text; styles follow their text onto the new lines.
    /// - Returns: at least one line (an empty one for empty input); none when width < 1.
    /// - Parameter alignsRightToLeft: false for values in a column (a card's fields), whose
    ///   right-to-left lines are reordered but stay at the column's start.
    public static func wrap(_ line: StyledLine, width: Int, alignsRightToLeft: Bool = true) -> [StyledLine] {
        guard width > 0 else { return [] }
        var builder = Builder(width: width)
        builder.findsDirections = line.spans.contains { RightToLeftDetector.mayContainRightToLeft($0.text) }
        for span in line.spans {
            let safe = TerminalSanitizer.sanitize(span.text, allowing: .multiline)
            for character in safe {
                builder.add(character, style: span.style)
            }
        }
        var lines = builder.finish()
        if builder.findsDirections {
            let field = BidiField(direction: .rightToLeft, alignmentWidth: alignsRightToLeft ? width : nil)
            for index in lines.indices where builder.paragraphDirections[builder.lineParagraphs[index]] == .rightToLeft {
                lines[index] = lines[index].startingField(field)
            }
        }
        return lines
    }

    /// One measured cluster on the line being built.
    private struct Piece {
        var text: String
        var style: Style
        var width: Int
        var isSpace: Bool
        var isWide: Bool
        var isHangul: Bool
        var forbidsBreakBefore: Bool
        var forbidsBreakAfter: Bool
    }

    private struct Builder {
        let width: Int
        var lines: [StyledLine] = []
        var current: [Piece] = []
        var currentWidth = 0
        /// Column on the logical line, for tab stops.
        var logicalColumn = 0
        /// Set after a line was broken at a space: further spaces at the start of the next
        /// line are dropped too (indentation after an explicit newline is kept).
        var droppingSpaces = false
        /// Set when the text may hold right-to-left scalars: paragraph directions are found
        /// only then, so other text costs nothing more.
        var findsDirections = false
        /// Per paragraph (text between explicit newlines): its first strong direction.
        var paragraphDirections: [TextDirection?] = [nil]
        /// Per emitted line: the paragraph it belongs to.
        var lineParagraphs: [Int] = []

        init(width: Int) {
            self.width = width
        }

        mutating func add(_ character: Character, style: Style) {
            if character == "\n" {
                emit(current)
                logicalColumn = 0
                droppingSpaces = false
                paragraphDirections.append(nil)
                return
            }
            if findsDirections && paragraphDirections[paragraphDirections.count - 1] == nil {
                paragraphDirections[paragraphDirections.count - 1] = TextDirection.firstStrong(in: String(character))
            }
            if character == "\t" {
                let spaces = TextWrapper.tabWidth - logicalColumn % TextWrapper.tabWidth
                for _ in 0..<spaces { add(" ", style: style) }
                return
            }
            let cluster = DrawableCluster(character)
            guard cluster.width > 0 else { return }
            var piece = Piece(
                text: cluster.text, style: style, width: cluster.width,
                isSpace: character == " ", isWide: cluster.width == 2,
                isHangul: TextWrapper.isHangul(character),
                forbidsBreakBefore: TextWrapper.forbidsBreakBefore(character),
                forbidsBreakAfter: TextWrapper.forbidsBreakAfter(character)
            )
            if piece.width > width {
                piece = Piece(text: "…", style: style, width: 1, isSpace: false, isWide: false, isHangul: false,
                              forbidsBreakBefore: false, forbidsBreakAfter: false)
            }
            logicalColumn += piece.width
            if piece.isSpace && droppingSpaces && current.isEmpty { return }
            droppingSpaces = false
            if currentWidth + piece.width <= width {
                append(piece)
                return
            }
            if piece.isSpace {
                // A space at the edge is the break itself.
                emit(current)
                droppingSpaces = true
                return
            }
            if let cut = lastBreakOpportunity(before: piece) {
                var tail = Array(current[cut...])
                while tail.first?.isSpace == true { tail.removeFirst() }
                emit(Array(current[..<cut]))
                for carried in tail { append(carried) }
                if currentWidth + piece.width > width {
                    // The carried word plus this cluster still does not fit: hard break.
                    emit(current)
                }
            } else {
                emit(current)
            }
            append(piece)
        }

        private mutating func append(_ piece: Piece) {
            current.append(piece)
            currentWidth += piece.width
        }

        /// The index in `current` where the line may be cut so that `next` (and the pieces
        /// after the cut) start the next line; nil when the line holds one unbreakable word.
        func lastBreakOpportunity(before next: Piece) -> Int? {
            var index = current.count
            var following = next
            while index > 0 {
                let previous = current[index - 1]
                if allowsBreak(between: previous, and: following),
                   current[..<index].contains(where: { !$0.isSpace }) {
                    return index
                }
                following = previous
                index -= 1
            }
            return nil
        }

        func allowsBreak(between previous: Piece, and following: Piece) -> Bool {
            if following.isSpace { return false }
            if previous.isSpace { return true }
            if following.forbidsBreakBefore || previous.forbidsBreakAfter { return false }
            if previous.isHangul && following.isHangul { return false }
            return previous.isWide || following.isWide
        }

        /// Appends a finished line (trailing spaces dropped) and starts an empty one.
        mutating func emit(_ pieces: [Piece]) {
            var end = pieces.count
            while end > 0 && pieces[end - 1].isSpace { end -= 1 }
            var spans: [Span] = []
            for piece in pieces[..<end] {
                if let last = spans.last, last.style == piece.style {
                    spans[spans.count - 1].text += piece.text
                } else {
                    spans.append(Span(piece.text, style: piece.style))
                }
            }
            lines.append(StyledLine(spans))
            lineParagraphs.append(paragraphDirections.count - 1)
            current = []
            currentWidth = 0
        }

        mutating func finish() -> [StyledLine] {
            emit(current)
            return lines
        }
    }

    /// Hangul syllables and jamo: Korean words, broken only at spaces.
    static func isHangul(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
            || (0x3130...0x318F).contains(value) || (0xA960...0xA97F).contains(value)
    }

    /// Whether `character` must not start a line. Checked per cluster while wrapping, so the
    /// common case (a letter) is decided by one comparison instead of hashing the Character.
    static func forbidsBreakBefore(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        let value = scalar.value
        guard value < 0x80 ? ",.!?)]}:;%".unicodeScalars.contains(scalar) : (value >= 0x3000 && value <= 0xFF1F) else {
            return false
        }
        return closingPunctuation.contains(character)
    }

    /// Whether `character` must not end a line (opening brackets).
    static func forbidsBreakAfter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        let value = scalar.value
        guard value == 0x28 || value == 0x5B || value == 0x7B || (value >= 0x3000 && value <= 0xFF1F) else { return false }
        return openingPunctuation.contains(character)
    }

    /// Characters that must not end a line in CJK text (opening brackets).
    static let openingPunctuation: Set<Character> = [
        "（", "「", "『", "【", "〔", "〈", "《", "〖", "〘", "〚", "(", "[", "{",
    ]

    /// Characters that must not start a line in CJK text (a subset of JIS X 4051 kinsoku).
    static let closingPunctuation: Set<Character> = [
        "、", "。", "，", "．", "：", "；", "！", "？", "）", "」", "』", "】", "〕", "〉", "》", "〗", "〙", "〛",
        "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
        ",", ".", "!", "?", ")", "]", "}", ":", ";", "%",
    ]
}
