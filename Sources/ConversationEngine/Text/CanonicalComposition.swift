/// Scalars that canonical composition (NFC, and the composing step of NFKC) leaves alone
/// whatever stands next to them: every combining mark and conjoining jamo is outside these
/// ranges, so a text made only of them is already composed. Cue matching and search folding
/// both skip Foundation's normaliser, which is slow, for such texts.
public enum CanonicalComposition {
    @inline(__always)
    public static func leavesAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x2FF: true  // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        case 0x0400...0x0482, 0x048A...0x052F: true  // Cyrillic without its combining marks
        case 0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5, 0x06EE...0x06FF: true  // Arabic without its marks
        case 0x2002...0x206F, 0x20A0...0x20C0: true  // general punctuation (not the two quads), currency signs
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F: true  // letterlike symbols (№, ™), not Ω K Å signs
        case 0x3041...0x3096, 0x309D...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF: true  // kana, not the sound marks
        case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation without its tone marks
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFFEF: true  // CJK ideographs, Hangul syllables, full-width forms
        default: false
        }
    }
}
