/// One bidi field of a ``StyledLine`` (see ``BidiField``) turned into the clusters the canvas
/// places left to right: sanitised, measured (``DrawableCluster``), reordered into visual
/// order (``BidiReordering``), brackets in right-to-left runs mirrored, and moved right when
/// a right-to-left paragraph of free text is right-aligned.
///
/// Also answers where a caret between two logical clusters appears on screen, for the input
/// line and the draft editor. A layout depends only on the spans' texts and the field, never
/// on their styles, so ``VisualFieldCache`` keeps it for the next frame.
struct VisualField: Sendable {
    /// One cell-sized piece of text, in visual order.
    struct Cluster {
        var glyph: Glyph
        /// 0 (draws nothing: LRM, RLM, ZWSP), 1 or 2 columns.
        var width: Int
        /// Which of the field's spans it comes from (its style is that span's).
        var spanIndex: Int
        /// Its index in logical (reading) order.
        var logicalIndex: Int
        var level: UInt8
        /// The first scalar: what decides the cluster's direction and its mirrored glyph.
        var firstScalar: UInt32
        /// Whether the cluster is the whole of its text (a single standalone scalar).
        var isSingleScalar: Bool

        var text: String { glyph.string }
        var isSpace: Bool { firstScalar == 0x20 }
    }

    /// Visual order, left to right.
    private(set) var clusters: [Cluster]
    /// The resolved paragraph direction.
    let direction: TextDirection
    /// Columns of text.
    private(set) var width: Int
    /// Blank columns before the first cluster (right alignment).
    let leadingOffset: Int
    /// Columns the field takes on the line: at least its alignment width when right-aligned.
    let columns: Int

    /// - Parameters:
    ///   - field: the field the spans start (nil: user-interface text, left-to-right).
    ///   - reorders: false draws logical order, left-aligned (``BidiMode/terminal``).
    init(spans: ArraySlice<Span>, field: BidiField?, reorders: Bool = true) {
        var logical: [Cluster] = []
        var scalars: [UInt32] = []
        var clusterStarts: [Int] = []
        var trailingSpaces = 0
        var contentWidth = 0
        var hasRightToLeft = false
        for (spanIndex, span) in spans.enumerated() {
            let safe = TerminalSanitizer.sanitize(span.text)
            if reorders && !hasRightToLeft { hasRightToLeft = RightToLeftDetector.mayContainRightToLeft(safe) }
            let scalarView = safe.unicodeScalars
            if scalarView.allSatisfy({ StandaloneScalars.width(of: $0.value) != nil }) {
                // The common case (Persian letters, digits, Latin, CJK, plain emoji): every
                // scalar is a cluster of its own, so no grapheme segmentation and no strings.
                for scalar in scalarView {
                    let width = StandaloneScalars.width(of: scalar.value) ?? 1
                    clusterStarts.append(scalars.count)
                    scalars.append(scalar.value)
                    logical.append(Cluster(glyph: Glyph(scalar: scalar), width: width, spanIndex: spanIndex, logicalIndex: logical.count,
                                           level: 0, firstScalar: scalar.value, isSingleScalar: true))
                    contentWidth += width
                    trailingSpaces = scalar.value == 0x20 ? trailingSpaces + 1 : 0
                }
                continue
            }
            for character in safe {
                let drawable = DrawableCluster(character)
                clusterStarts.append(scalars.count)
                for scalar in character.unicodeScalars { scalars.append(scalar.value) }
                let first = drawable.text.unicodeScalars.first?.value ?? 0
                logical.append(Cluster(glyph: Glyph(drawable.text), width: drawable.width, spanIndex: spanIndex, logicalIndex: logical.count,
                                       level: 0, firstScalar: first, isSingleScalar: drawable.text.unicodeScalars.count == 1))
                contentWidth += drawable.width
                trailingSpaces = character == " " ? trailingSpaces + 1 : 0
            }
        }
        width = contentWidth
        let resolvedDirection: TextDirection
        if let field {
            resolvedDirection = field.direction ?? (hasRightToLeft ? TextDirection.firstStrong(inScalars: scalars) : nil) ?? .leftToRight
        } else {
            resolvedDirection = .leftToRight
        }
        direction = resolvedDirection
        guard reorders, hasRightToLeft || resolvedDirection == .rightToLeft else {
            clusters = logical
            leadingOffset = 0
            columns = contentWidth
            return
        }
        // Columns keep their padding where it is (leading spaces at the start, trailing at
        // the end); free text and typed text follow UAX #9 to the letter (rule L1 puts
        // trailing spaces at the paragraph's level, which right-aligns them).
        let keepsPadding = field?.alignmentWidth == nil && resolvedDirection == .rightToLeft
        let leadingSpaces = keepsPadding ? (logical.firstIndex { !$0.isSpace } ?? logical.count) : 0
        let contentEnd = keepsPadding ? max(leadingSpaces, logical.count - trailingSpaces) : logical.count
        let scalarStart = leadingSpaces < logical.count ? clusterStarts[leadingSpaces] : scalars.count
        let scalarEnd = contentEnd < logical.count ? clusterStarts[contentEnd] : scalars.count
        let order = BidiReordering(scalars: Array(scalars[scalarStart..<scalarEnd]),
                                   clusterStarts: clusterStarts[leadingSpaces..<contentEnd].map { $0 - scalarStart },
                                   direction: resolvedDirection)
        let paddingLevel: UInt8 = resolvedDirection == .rightToLeft ? 1 : 0
        var visual: [Cluster] = []
        visual.reserveCapacity(logical.count)
        for index in 0..<leadingSpaces {
            var cluster = logical[index]
            cluster.level = paddingLevel
            visual.append(cluster)
        }
        for offset in order.visualOrder {
            var cluster = logical[leadingSpaces + offset]
            cluster.level = order.levels[offset]
            if cluster.level & 1 == 1 {
                let mirror = BidiReordering.mirrored(cluster.firstScalar)
                if mirror != cluster.firstScalar, let scalar = Unicode.Scalar(mirror) {
                    if cluster.isSingleScalar {
                        cluster.glyph = Glyph(scalar: scalar)
                    } else {
                        var view = String.UnicodeScalarView()
                        view.append(scalar)
                        view.append(contentsOf: cluster.text.unicodeScalars.dropFirst())
                        cluster.glyph = Glyph(String(view))
                    }
                    cluster.firstScalar = mirror
                }
            }
            visual.append(cluster)
        }
        for index in contentEnd..<logical.count {
            var cluster = logical[index]
            cluster.level = paddingLevel
            visual.append(cluster)
        }
        clusters = visual
        if resolvedDirection == .rightToLeft, let alignment = field?.alignmentWidth, alignment > contentWidth {
            leadingOffset = alignment - contentWidth
            columns = alignment
        } else {
            leadingOffset = 0
            columns = contentWidth
        }
    }

    /// The visual text (for tests and logs): clusters left to right, right alignment as spaces.
    var text: String {
        String(repeating: " ", count: leadingOffset) + clusters.map(\.text).joined()
    }

    /// The column, from the field's start, where a caret standing before logical cluster
    /// `position` (0…count) appears: after the cluster typed last, on the side its direction
    /// writes towards (the left end of a right-to-left run).
    func caretColumn(beforeLogical position: Int) -> Int {
        guard !clusters.isEmpty else { return leadingOffset }
        // Each logical cluster's visual slot and left edge.
        var slot = [Int](repeating: 0, count: clusters.count)
        var start = [Int](repeating: 0, count: clusters.count)
        var x = leadingOffset
        for (visualIndex, cluster) in clusters.enumerated() {
            slot[cluster.logicalIndex] = visualIndex
            start[cluster.logicalIndex] = x
            x += cluster.width
        }
        let clamped = min(max(0, position), clusters.count)
        // Before the first cluster: its leading edge; otherwise the trailing edge of the one before.
        let logical = clamped == 0 ? 0 : clamped - 1
        let cluster = clusters[slot[logical]]
        let isRightToLeft = cluster.level & 1 == 1
        let leftEdge = start[logical]
        let rightEdge = leftEdge + cluster.width
        if clamped == 0 { return isRightToLeft ? rightEdge : leftEdge }
        return isRightToLeft ? leftEdge : rightEdge
    }
}
