/// A named gap in a phrase or answer (`{customer.address}`), filled per customer and reply.
///
/// The set is closed on purpose: a phrasebook typo such as `{customer.adress}` must be caught
/// when the file is loaded, not sent to a customer with braces in it.
public enum Placeholder: Hashable, Sendable, CustomStringConvertible {
    /// How the customer is addressed in the reply's language ("김민지 님", "王先生", "Sarah").
    case customerAddress
    /// The customer's name as they gave it.
    case customerName
    /// The replying agent's name.
    case agentName
    /// When the open promise to this customer is due, in the customer's calendar and zone.
    case promiseDue
    /// What was promised, as it was written down.
    case promiseText
    /// The expected arrival or resolution time, in the customer's calendar and zone.
    case eta
    /// The order (or case) reference the customer knows.
    case order
    /// A shared sentence of the answer book, edited in one place (`{fragment.refund_timeline}`).
    case fragment(String)

    /// The names of the placeholders that are not fragments, as written between braces.
    public static let fixedNames = ["customer.address", "customer.name", "agent.name", "promise.due", "promise.text", "eta", "order"]

    public static let fragmentPrefix = "fragment."

    /// The placeholder written `{name}`, or nil for a name Concord does not know.
    public init?(name: String) {
        switch name {
        case "customer.address": self = .customerAddress
        case "customer.name": self = .customerName
        case "agent.name": self = .agentName
        case "promise.due": self = .promiseDue
        case "promise.text": self = .promiseText
        case "eta": self = .eta
        case "order": self = .order
        default:
            guard name.hasPrefix(Self.fragmentPrefix) else { return nil }
            let fragment = String(name.dropFirst(Self.fragmentPrefix.count))
            guard Self.isValidFragmentName(fragment) else { return nil }
            self = .fragment(fragment)
        }
    }

    /// The name as written between the braces.
    public var name: String {
        switch self {
        case .customerAddress: "customer.address"
        case .customerName: "customer.name"
        case .agentName: "agent.name"
        case .promiseDue: "promise.due"
        case .promiseText: "promise.text"
        case .eta: "eta"
        case .order: "order"
        case .fragment(let fragment): Self.fragmentPrefix + fragment
        }
    }

    public var description: String { "{\(name)}" }

    /// Fragment names are plain identifiers (letters, digits, `_`, `-`), so they read well in
    /// a file and cannot be confused with the dotted placeholder names.
    public static func isValidFragmentName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy(isNameScalar)
    }

    /// One `{name}` in a text: the name and where it is. Braces around anything that is not a
    /// placeholder-shaped name (spaces, nothing) are left alone as ordinary text.
    public struct Occurrence: Sendable, Hashable {
        public var name: String
        public var range: Range<String.Index>
    }

    /// Every `{name}` in `text`, known or not, in order.
    ///
    /// Braces and names count as whole characters: a brace that a combining mark or an Arabic
    /// prepended sign joins into one character is ordinary text. The scan runs over UTF-8
    /// bytes (every phrase and answer is read at each start) and asks for characters only at
    /// the braces (a brace must start a character and be the whole of it), which gives what a walk over the characters gives: name scalars are ASCII,
    /// and ASCII scalars never join one another into one character.
    public static func occurrences(in text: String) -> [Occurrence] {
        var result: [Occurrence] = []
        let utf8 = text.utf8
        var position = utf8.startIndex
        while let open = utf8[position...].firstIndex(of: UInt8(ascii: "{")) {
            let nameStart = utf8.index(after: open)
            position = nameStart
            guard String.Index(open, within: text) != nil, text[open] == "{" else { continue }
            var cursor = nameStart
            while cursor < utf8.endIndex, isNameByte(utf8[cursor]) { cursor = utf8.index(after: cursor) }
            guard cursor > nameStart, cursor < utf8.endIndex, utf8[cursor] == UInt8(ascii: "}"),
                  String.Index(cursor, within: text) != nil, text[cursor] == "}" else { continue }
            let end = utf8.index(after: cursor)
            result.append(Occurrence(name: String(text[nameStart..<cursor]), range: open..<end))
            position = end
        }
        return result
    }

    /// A letter, digit, `_`, `-` or `.`: what a placeholder's name is written with.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."): true
        default: false
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }
}
