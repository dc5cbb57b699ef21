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
    static func mayContainRightToLeft(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 {
                switch previous {
                case 0xE0 where byte >= 0xA0 && byte <= 0xA3: return true // U+0800…U+08FF
                case 0xEF where (byte >= 0xAC && byte <= 0xB7) || byte == 0xBA || byte == 0xBB: return true // U+FB00…U+FDFF, U+FE80…
                case 0xB9 where beforePrevious == 0xEF && byte >= 0xB0: return true // U+FE70…U+FE7F
                case 0x80 where beforePrevious == 0xE2 && byte == 0x8F: return true // RLM
                case 0x90 where beforePrevious == 0xF0 && byte >= 0xA0: return true // U+10800…
                case 0x9E where beforePrevious == 0xF0 && byte >= 0xA0: return true // U+1E800…
                default: break
                }
                if byte >= 0xD6 && byte <= 0xDF { return true } // U+0580…U+07FF
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
