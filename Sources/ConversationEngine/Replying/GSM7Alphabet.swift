/// The GSM 03.38 default alphabet an SMS is sent in when it can be: 160 characters to a
/// message instead of 70 in UCS-2. Characters of the extension table take two septets (an
/// escape, then the character).
public enum GSM7Alphabet {
    /// The basic character set: one septet each.
    static let basic: Set<Unicode.Scalar> = Set((
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    ).unicodeScalars)

    /// The extension table: two septets each (form feed, ^ { } \ [ ~ ] | €).
    static let extended: Set<Unicode.Scalar> = Set("\u{0C}^{}\\[~]|€".unicodeScalars)

    /// Septets `scalar` takes in GSM-7, or nil when it has no GSM-7 form.
    public static func septets(_ scalar: Unicode.Scalar) -> Int? {
        if basic.contains(scalar) { return 1 }
        if extended.contains(scalar) { return 2 }
        return nil
    }
}
