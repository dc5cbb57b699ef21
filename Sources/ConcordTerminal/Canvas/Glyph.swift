/// The text of one cell stored inline: up to 15 UTF-8 bytes and a length in 16 bytes, with
/// no reference counting. Canvases are copied, cleared and compared every frame; with a
/// `String` per cell that cost retain/release calls on every cell (measured: about a third
/// of the time of a 160x45 frame). Clusters longer than 15 bytes (ZWJ emoji sequences) are
/// interned in a process-wide table and stored by number; equal clusters get equal numbers,
/// so equality stays a plain comparison of two words.
struct Glyph: Hashable, Sendable {
    /// UTF-8 bytes 0…7.
    private var low: UInt64
    /// UTF-8 bytes 8…14, and the length (0…15, or 0xFF for an interned cluster) in the top byte.
    private var high: UInt64

    private static let internedMarker: UInt64 = 0xFF

    /// The continuation cell's empty text.
    static let empty = Glyph(low: 0, high: 0)
    /// A blank.
    static let space = Glyph(ascii: 0x20)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// A single ASCII character.
    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << 56
    }

    /// A single scalar.
    init(scalar: Unicode.Scalar) {
        var low: UInt64 = 0
        var count: UInt64 = 0
        UTF8.encode(scalar) { byte in
            low |= UInt64(byte) << (8 * count)
            count += 1
        }
        self.low = low
        self.high = count << 56
    }

    init(_ text: String) {
        if text.utf8.count <= 15 {
            (low, high) = Glyph.pack(text)
        } else if let number = LongClusterTable.shared.intern(text) {
            low = UInt64(number)
            high = Glyph.internedMarker << 56
        } else {
            // Table full: keep the longest prefix of whole scalars that fits inline.
            var prefix = String.UnicodeScalarView()
            var bytes = 0
            for scalar in text.unicodeScalars {
                let length = UTF8.width(scalar)
                if bytes + length > 15 { break }
                prefix.append(scalar)
                bytes += length
            }
            (low, high) = Glyph.pack(String(prefix))
        }
    }

    /// Packs at most 15 UTF-8 bytes and their count.
    private static func pack(_ text: String) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        for byte in text.utf8 {
            if index < 8 {
                low |= UInt64(byte) << (8 * UInt64(index))
            } else {
                high |= UInt64(byte) << (8 * UInt64(index - 8))
            }
            index += 1
        }
        return (low, high | (UInt64(index) << 56))
    }

    /// The cluster as a String.
    var string: String {
        let length = Int(high >> 56)
        if UInt64(length) == Glyph.internedMarker {
            return LongClusterTable.shared.string(for: Int(low))
        }
        if length == 0 { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for index in 0..<length {
                let word = index < 8 ? low : high
                buffer[index] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(index % 8)))
            }
            return length
        }
    }
}
