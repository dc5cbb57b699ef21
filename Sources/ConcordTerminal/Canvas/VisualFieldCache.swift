import Synchronization

/// The bidi layouts of recently drawn fields, kept for the next frames. The console redraws
/// the whole screen on every key, and between two frames almost every line is the same text
/// (a queue move changes only which row is highlighted, and styles are not part of a
/// layout), so a screen full of Persian is reordered by FriBidi once, not on every key.
///
/// Bounded: when it holds ``capacity`` layouts it starts again empty (a 160x45 screen has
/// about a hundred right-to-left fields at most; left-to-right ones never come here), so it
/// never grows with the size of the store: a few megabytes at worst.
final class VisualFieldCache: Sendable {
    static let shared = VisualFieldCache()
    static let capacity = 512

    private struct Key: Hashable {
        var texts: [String]
        var field: BidiField?
    }

    private let layouts = Mutex([Key: VisualField]())

    /// The layout of `spans` as one field starting `field`, made once and then remembered.
    func field(for spans: ArraySlice<Span>, field: BidiField?) -> VisualField {
        let key = Key(texts: spans.map(\.text), field: field)
        if let known = layouts.withLock({ $0[key] }) { return known }
        let made = VisualField(spans: spans, field: field)
        layouts.withLock { layouts in
            if layouts.count >= Self.capacity { layouts.removeAll(keepingCapacity: true) }
            layouts[key] = made
        }
        return made
    }
}
