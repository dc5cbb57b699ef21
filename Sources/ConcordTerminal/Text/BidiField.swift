/// Where a new bidi paragraph starts inside a ``StyledLine``, and how it is laid out.
///
/// UAX #9 reorders a whole line as one paragraph, so a right-to-left customer name next to a
/// right-to-left subject in the next column would be reversed together and swap columns, and
/// the digits of a wait time would join the Persian text before them. A span that carries a
/// field starts a new paragraph (as an isolate would): the spans from it up to the next field
/// are reordered within their own columns and never mix with their neighbours. Spans before
/// the first field are user-interface text: a left-to-right paragraph.
///
/// ```swift
/// line.append(Span(TextMeasure.padded(name, toWidth: 18), style: rowStyle, field: .firstStrong))
/// ```
public struct BidiField: Hashable, Sendable {
    /// The paragraph direction; nil takes it from the field's first strong character
    /// (left-to-right when there is none).
    public var direction: TextDirection?
    /// Nil for fields in columns: their text starts at the column's start and their padding
    /// (leading and trailing spaces) stays where it is, so columns line up. Otherwise a right-to-left line is laid
    /// out exactly as UAX #9 says (trailing spaces at its left end) and right-aligned within
    /// this many columns, as a reader of Persian expects of a message body or the draft
    /// (0: not moved, for typed text).
    public var alignmentWidth: Int?

    public init(direction: TextDirection? = nil, alignmentWidth: Int? = nil) {
        self.direction = direction
        self.alignmentWidth = alignmentWidth
    }

    /// A field whose direction comes from its first strong character: names and subjects.
    public static let firstStrong = BidiField()
    /// A left-to-right field: numbers, times and labels that must not join text before them.
    public static let leftToRight = BidiField(direction: .leftToRight)
    /// Text being typed: laid out exactly as UAX #9 says, so after a space typed at the end of
    /// Persian text the caret is at the left, where the next letter will appear.
    public static let typed = BidiField(alignmentWidth: 0)
}
