import CZlib
import CZstd
import Foundation

/// A source item's bytes as the store keeps them: compressed when that saves space (long
/// threads shrink to a third, base64 attachments by a quarter), so a store keeps every raw
/// item without doubling in size. Compression happens on the parsing threads, never on the
/// writer.
public struct RawBytes: Sendable, Hashable {
    public enum Encoding: String, Sendable, Hashable {
        /// As received.
        case none
        /// zstd, level 1: what Concord writes since 4 December 2026.
        case zstd
        /// A zlib stream: what stores written before hold; still read.
        case zlib
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

    /// Compresses `data` with zstd's fastest level when that saves at least a tenth. Items
    /// under 16 KB (most chat lines, call records and short mails) stay as they are:
    /// compressing them costs more time than it saves space. zstd at level 1 shrinks mail
    /// (text and base64 attachments alike) as much as zlib did, in about a fifth of the time,
    /// which was a twelfth of a parsing thread's work in a Maildir ingest.
    public static func compressing(_ data: Data) -> RawBytes {
        guard data.count >= 16_384 else { return RawBytes(uncompressed: data) }
        let bound = ZSTD_compressBound(data.count)
        var output = Data(count: bound)
        let written = output.withUnsafeMutableBytes { destination in
            data.withUnsafeBytes { source in
                ZSTD_compress(destination.baseAddress, bound, source.baseAddress, data.count, 1)
            }
        }
        guard ZSTD_isError(written) == 0, written < data.count * 9 / 10 else { return RawBytes(uncompressed: data) }
        output.count = written
        return RawBytes(stored: output, encoding: .zstd, originalSize: data.count)
    }

    /// The original bytes.
    public func original() throws -> Data {
        switch encoding {
        case .none:
            return stored
        case .zstd:
            var output = Data(count: originalSize)
            let length = output.withUnsafeMutableBytes { destination in
                stored.withUnsafeBytes { source in
                    ZSTD_decompress(destination.baseAddress, originalSize, source.baseAddress, stored.count)
                }
            }
            guard ZSTD_isError(length) == 0, length == originalSize else {
                let reason = ZSTD_isError(length) != 0 ? String(cString: ZSTD_getErrorName(length)) : "\(length) bytes, not \(originalSize)"
                throw StoreError.corrupt(path: "raw source", detail: "its compressed bytes do not decompress (zstd: \(reason))")
            }
            return output
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
