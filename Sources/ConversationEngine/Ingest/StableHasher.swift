/// A hash that is the same in every process and on every machine (Swift's `Hasher` is seeded
/// per process), for content-derived dedupe keys. 128-bit FNV-1a: collisions are not a
/// practical concern for the few million events a store holds.
public struct StableHasher: Sendable {
    private var high: UInt64 = 0x6C62_272E_07BB_0142
    private var low: UInt64 = 0x62B8_2175_6295_C58D

    public init() {}

    /// Adds `text` and a separator, so ("ab", "c") and ("a", "bc") hash differently.
    public mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0x1F)
    }

    private mutating func mix(_ byte: UInt8) {
        // value = value xor byte; value = value * (2^88 + 0x13B) mod 2^128
        low ^= UInt64(byte)
        let product = low.multipliedFullWidth(by: 0x13B)
        high = product.high &+ high &* 0x13B &+ (low << 24)
        low = product.low
    }

    /// 32 lowercase hex digits.
    public var hexDigest: String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }
}
