import CNcurses

/// Maps what `wget_wch` returns to ``Key``s. Kept apart from the backend so the mapping is
/// unit-tested without a terminal.
enum CursesKeyDecoder {
    /// A character read with `OK`: printable characters, control characters, Enter as CR
    /// or LF, Tab, ESC, and Backspace as DEL (127) or BS (8).
    static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key read with `KEY_CODE_YES`. Resize and mouse codes are handled by the
    /// backend before this is asked.
    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        default:
            let first = cn_key_f(1)
            if code >= first && code < first + 24 { return .function(Int(code - first) + 1) }
            return nil
        }
    }
}
