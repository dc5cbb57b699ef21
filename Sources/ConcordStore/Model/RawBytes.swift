import CZlib
import Foundation

/// A source item's bytes as the store keeps them: compressed with zlib when that saves space
/// (long threads shrink to a third, base64 attachments by a quarter), so a store keeps every
/// raw item without doubling in size. Compression happens on the parsing threads, never on
/// the writer.
public struct RawBytes: Sendable, Hashable {
    public enum Encoding: String, Sendable, Hashable {
        case none, zlib
    }

    /// The bytes as stored.
    public var stored: Data
    public var encoding: Encoding
    /// The size of the original bytes.
    public var originalSize: Int

    /// Keeps `data` as it is.
    public init(uncompressed data: Data) {
        stored = data
        encoding = .none
        originalSize = data.count
    }

    /// The bytes as a store read them back (both stores keep the three columns).
    public init(stored: Data, encoding: Encoding, originalSize: Int) {
        self.stored = stored
        self.encoding = encoding
        self.originalSize = originalSize
    }

    /// Compresses `data` (fast level) when that saves at least a tenth. Items under 16 KB (most
    /// chat lines, call records and short mails) stay as they are: compressing them costs more
    /// time than it saves space.
    public static func compressing(_ data: Data) -> RawBytes {
        guard data.count >= 16_384 else { return RawBytes(uncompressed: data) }
        var destinationLength = compressBound(uLong(data.count))
        var output = Data(count: Int(destinationLength))
        let status = output.withUnsafeMutableBytes { destination in
            data.withUnsafeBytes { source in
                concord_compress(destination.baseAddress!.assumingMemoryBound(to: Bytef.self), &destinationLength,
                                 source.baseAddress!.assumingMemoryBound(to: Bytef.self), uLong(data.count), 1,
                                 isMostlyBase64(source) ? Z_HUFFMAN_ONLY : Z_DEFAULT_STRATEGY)
            }
        }
        guard status == Z_OK, Int(destinationLength) < data.count * 9 / 10 else { return RawBytes(uncompressed: data) }
        output.count = Int(destinationLength)
        return RawBytes(stored: output, encoding: .zlib, originalSize: data.count)
    }

    /// Whether a sample from the middle of `bytes` is base64 lines (an attachment). Base64 has
    /// no repeats for LZ77 to find; Huffman coding alone shrinks it as much (to about 3/4)
    /// in half the time.
    static func isMostlyBase64(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let sampleSize = min(4_096, bytes.count)
        let start = (bytes.count - sampleSize) / 2
        var other = 0
        for byte in bytes[start..<(start + sampleSize)] {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                continue
            default:
                other += 1
            }
        }
        return other * 50 < sampleSize
    }

    /// The original bytes.
    public func original() throws -> Data {
        switch encoding {
        case .none:
            return stored
        case .zlib:
            var length = uLong(originalSize)
            var output = Data(count: originalSize)
            let status = output.withUnsafeMutableBytes { destination in
                stored.withUnsafeBytes { source in
                    uncompress(destination.baseAddress!.assumingMemoryBound(to: Bytef.self), &length,
                               source.baseAddress!.assumingMemoryBound(to: Bytef.self), uLong(stored.count))
                }
            }
            guard status == Z_OK, Int(length) == originalSize else {
                throw StoreError.corrupt(path: "raw source", detail: "its compressed bytes do not inflate (zlib status \(status))")
            }
            return output
        }
    }
}
