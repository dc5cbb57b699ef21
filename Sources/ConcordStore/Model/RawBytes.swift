import CZlib
import Foundation

/// A source item's bytes as the store keeps them: compressed with zlib when that saves space
/// (mail with base64 attachments and long threads shrinks to a third), so a store keeps every
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

    init(stored: Data, encoding: Encoding, originalSize: Int) {
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
                compress2(destination.baseAddress!.assumingMemoryBound(to: Bytef.self), &destinationLength,
                          source.baseAddress!.assumingMemoryBound(to: Bytef.self), uLong(data.count), 1)
            }
        }
        guard status == Z_OK, Int(destinationLength) < data.count * 9 / 10 else { return RawBytes(uncompressed: data) }
        output.count = Int(destinationLength)
        return RawBytes(stored: output, encoding: .zlib, originalSize: data.count)
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
