/// One grapheme cluster prepared for a cell: the exact text the backend will send and the
/// number of columns it occupies. This is where the canvas settles every cluster whose
/// width terminals could disagree on, so the layout the canvas computes is the layout the
/// terminal shows.
///
/// - VS16 (U+FE0F) after a base that `wcwidth` calls narrow (❤️, ☺️, 1️⃣) is dropped: the
///   text-presentation base is drawn in one column. (Terminals disagree on whether such a
///   sequence is 1 or 2 columns; a disagreement shifts everything after it.)
/// - A combining mark without a base is drawn on U+25CC DOTTED CIRCLE, the convention for
///   showing a lone mark, so ncurses does not merge it into the previous cell.
/// - Clusters made only of zero-width format characters (ZWSP, LRM, RLM, BOM) are dropped.
/// - Very long clusters (“zalgo” text) keep their first ``maximumScalars`` scalars.
struct DrawableCluster {
    /// The cell text; empty when the cluster draws nothing.
    var text: String
    /// 0 (draws nothing), 1 or 2.
    var width: Int

    /// Longest cluster kept in a cell: enough for every RGI emoji ZWJ sequence.
    static let maximumScalars = 12

    private static let dottedCircle: Unicode.Scalar = "\u{25CC}"
    private static let variationSelector16: Unicode.Scalar = "\u{FE0F}"

    /// Prepares an already-sanitised cluster (no controls).
    init(_ character: Character) {
        if character.utf8.count == 1 {
            text = String(character)
            width = 1
            return
        }
        let scalars = character.unicodeScalars
        guard let base = scalars.first else {
            text = ""
            width = 0
            return
        }
        if DisplayWidth.isRegionalIndicator(base) {
            text = String(character)
            width = scalars.count >= 2 ? 2 : 1
            return
        }
        let baseWidth = DisplayWidth.of(base)
        if baseWidth == 0 {
            if scalars.allSatisfy({ DisplayWidth.of($0) == 0 && DisplayWidth.isFormat($0) }) {
                text = ""
                width = 0
                return
            }
            var view = String.UnicodeScalarView()
            view.append(Self.dottedCircle)
            view.append(contentsOf: scalars.prefix(Self.maximumScalars - 1))
            text = String(view)
            width = 1
            return
        }
        width = baseWidth
        let needsVS16Drop = baseWidth == 1 && scalars.contains(Self.variationSelector16)
        if needsVS16Drop || scalars.count > Self.maximumScalars {
            var view = String.UnicodeScalarView()
            for scalar in scalars.prefix(Self.maximumScalars) where !(needsVS16Drop && scalar == Self.variationSelector16) {
                view.append(scalar)
            }
            text = String(view)
        } else {
            text = String(character)
        }
    }
}
