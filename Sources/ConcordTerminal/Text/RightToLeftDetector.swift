/// Decides, from UTF-8 bytes alone, that a string holds no right-to-left scalar: the fast path
/// that keeps FriBidi out of drawing English, Korean, Chinese and Russian lines (a queue move
/// redraws every visible row, and the console's key path must stay well under a millisecond).
///
/// A yes means "may contain": it answers yes for the blocks that hold right-to-left
/// characters (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic U+0590…U+08FF; the
/// presentation forms U+FB00…U+FDFF and U+FE70…U+FEFF; RLM U+200F; the historic scripts U+10800…U+10FFF and
/// U+1E800…U+1EFFF), where an Armenian word (U+0580…U+058F) or an Arabic digit also lands.
/// The reordering that follows then finds nothing to move; no right-to-left text is missed.
enum RightToLeftDetector {
    static func mayContainRightToLeft(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// One pass over the bytes; only the few lead bytes of the blocks above need a look at
    /// the bytes after them, so ASCII, Hangul, CJK and Cyrillic cost one comparison a byte.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte < 0xD6 { continue }
            if byte <= 0xDF { return true } // U+0580…U+07FF
            guard index < count else { return false }
            let second = bytes[index]
            switch byte {
            case 0xE0:
                if second >= 0xA0 && second <= 0xA3 { return true } // U+0800…U+08FF
            case 0xE2:
                // RLM U+200F (E2 80 8F)
                if second == 0x80, index + 1 < count, bytes[index + 1] == 0x8F { return true }
            case 0xEF:
                if (second >= 0xAC && second <= 0xB7) || second == 0xBA || second == 0xBB { return true } // U+FB00…U+FDFF, U+FE80…
                if second == 0xB9, index + 1 < count, bytes[index + 1] >= 0xB0 { return true } // U+FE70…U+FE7F
            case 0xF0:
                // U+10800…U+10FFF (F0 90 A0…) and U+1E800…U+1EFFF (F0 9E A0…)
                if second == 0x90 || second == 0x9E, index + 1 < count, bytes[index + 1] >= 0xA0 { return true }
            default:
                break
            }
        }
        return false
    }
}
