/// Recognises scalars that are always a grapheme cluster of their own (see
/// ``StandaloneScalarTable``) and gives their width in one lookup. Text made only of them
/// (most CJK, Hangul, Cyrillic, Persian without vowel marks, plain emoji) is measured and
/// drawn scalar by scalar; grapheme segmentation is only paid for text that needs it.
enum StandaloneScalars {
    /// The display width (1 or 2) of a standalone scalar; nil when the scalar may join a
    /// neighbour or is not in the table.
    @inline(__always)
    static func width(of value: UInt32) -> Int? {
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0xA0 { return nil }
        // The busiest blocks first: CJK ideographs, Hangul syllables (tested to agree).
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        if value >= 0xAC00 && value <= 0xD7A3 { return 2 }
        return tableWidth(of: value)
    }

    /// The table lookup alone.
    static func tableWidth(of value: UInt32) -> Int? {
        let table = StandaloneScalarTable.ranges
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) >> 1
            let range = table[mid]
            if value < range.first {
                high = mid - 1
            } else if value > range.last {
                low = mid + 1
            } else {
                return Int(range.width)
            }
        }
        return nil
    }
}
