/// Makes text from outside (subjects, names, message bodies, file names) safe to send to the
/// agent's terminal. A customer must never be able to drive the terminal: no escape
/// sequences (ESC ] 0 ; title BEL, OSC 52 clipboard writes, CSI 2 J, cursor moves), no raw
/// C1 controls (0x9B is a one-byte CSI on some terminals), no bidi overrides that reorder
/// what the agent reads ("Trojan Source").
///
/// Replacements (each visible and one column wide):
/// - C0 controls U+0000…U+001F → Unicode Control Pictures U+2400…U+241F (ESC → ␛, NUL → ␀,
///   BEL → ␇); `\n` and `\t` are kept only when the caller allows them.
/// - DEL U+007F → ␡ (U+2421).
/// - C1 controls U+0080…U+009F → � (U+FFFD REPLACEMENT CHARACTER): they are almost
///   always mis-decoded Latin-1/Windows-1252 text, which is what U+FFFD means.
/// - Bidi embedding/override/isolate controls U+202A…U+202E, U+2066…U+2069 → � (U+FFFD):
///   an invisible reordering becomes a visible mark.
/// - U+2028/U+2029 line/paragraph separators → `\n` when newlines are allowed, else ␤ (U+2424).
/// - With newlines allowed, CR LF and a lone CR become `\n`.
///
/// Kept on purpose: ZWJ and ZWNJ (emoji sequences and Persian need them), and LRM, RLM, ALM
/// (U+200E, U+200F, U+061C), which only give neutral characters a direction and are useful
/// to the bidi pass; the canvas draws them as nothing (they are zero-width clusters).
///
/// The common case, printable ASCII, returns the input unchanged without allocating, so the
/// canvas can afford to sanitise every string it draws.
public enum TerminalSanitizer {
    /// What the caller lets through unchanged.
    public struct Allowance: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Keep line breaks (`\n`; CR LF, CR, U+2028, U+2029 become `\n`).
        public static let newlines = Allowance(rawValue: 1 << 0)
        /// Keep horizontal tabs (the text wrapper expands them).
        public static let tabs = Allowance(rawValue: 1 << 1)
        /// Newlines and tabs: for multi-line text handed to ``TextWrapper``.
        public static let multiline: Allowance = [.newlines, .tabs]
    }

    /// Placeholder for C1 controls and bidi controls.
    public static let replacementPlaceholder: Unicode.Scalar = "\u{FFFD}"
    /// Placeholder for U+2028/U+2029 when newlines are not allowed.
    public static let lineSeparatorPlaceholder: Unicode.Scalar = "\u{2424}"

    /// Returns `text` with every unsafe scalar replaced by a visible placeholder.
    public static func sanitize(_ text: String, allowing allowance: Allowance = []) -> String {
        guard needsSanitizing(text, allowing: allowance) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if allowance.contains(.newlines) {
                if v == 0x0D {
                    result.append("\n")
                    previousWasCR = true
                    continue
                }
                if v == 0x0A {
                    if !previousWasCR { result.append("\n") }
                    previousWasCR = false
                    continue
                }
            }
            previousWasCR = false
            if let replacement = replacement(for: v, allowance: allowance) {
                result.append(replacement)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `sanitize` would change anything. A byte scan: no scalar decoding, no
    /// allocation. Non-ASCII text is only inspected for the few UTF-8 patterns of C1
    /// controls (C2 80…C2 9F), bidi controls and U+2028/U+2029 (E2 80 A8…AE, E2 81 A6…A9).
    public static func needsSanitizing(_ text: String, allowing allowance: Allowance = []) -> Bool {
        let allowNewline = allowance.contains(.newlines)
        let allowTab = allowance.contains(.tabs)
        var state = 0 // 0: plain, 1: after C2, 2: after E2, 3: after E2 80, 4: after E2 81
        for byte in text.utf8 {
            switch state {
            case 1:
                if byte >= 0x80 && byte <= 0x9F { return true }
                state = 0
                continue
            case 2:
                state = byte == 0x80 ? 3 : (byte == 0x81 ? 4 : 0)
                continue
            case 3:
                if byte >= 0xA8 && byte <= 0xAE { return true }
                state = 0
                continue
            case 4:
                if byte >= 0xA6 && byte <= 0xA9 { return true }
                state = 0
                continue
            default:
                break
            }
            if byte < 0x20 {
                if byte == 0x0A && allowNewline { continue }
                if byte == 0x09 && allowTab { continue }
                return true
            }
            if byte == 0x7F { return true }
            if byte == 0xC2 { state = 1 } else if byte == 0xE2 { state = 2 }
        }
        return false
    }

    /// The placeholder for one scalar, or nil when it may pass.
    static func replacement(for value: UInt32, allowance: Allowance) -> Unicode.Scalar? {
        if value < 0x20 {
            if value == 0x0A && allowance.contains(.newlines) { return nil }
            if value == 0x09 && allowance.contains(.tabs) { return nil }
            return Unicode.Scalar(0x2400 + value)
        }
        if value == 0x7F { return "\u{2421}" }
        if value >= 0x80 && value < 0xA0 { return replacementPlaceholder }
        if isBidiControl(value) { return replacementPlaceholder }
        if value == 0x2028 || value == 0x2029 {
            return allowance.contains(.newlines) ? "\n" : lineSeparatorPlaceholder
        }
        return nil
    }

    /// Bidi embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
