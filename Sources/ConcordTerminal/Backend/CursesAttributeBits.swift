import CNcurses

/// ncurses attribute bits for ``TextAttributes``, read once from the shim.
struct AttributeBits {
    let bold = cn_attr_bold()
    let dim = cn_attr_dim()
    let italic = cn_attr_italic()
    let underline = cn_attr_underline()
    let reverse = cn_attr_reverse()

    func bits(for attributes: TextAttributes) -> attr_t {
        var bits = cn_attr_normal()
        if attributes.isEmpty { return bits }
        if attributes.contains(.bold) { bits |= bold }
        if attributes.contains(.dim) { bits |= dim }
        if attributes.contains(.italic) { bits |= italic }
        if attributes.contains(.underline) { bits |= underline }
        if attributes.contains(.reverse) { bits |= reverse }
        return bits
    }
}
