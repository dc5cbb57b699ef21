import Crypto
import Foundation

/// The content address of a source item: lower-case hex SHA-256 of its bytes. A
/// cryptographic hash, because an item whose digest collided with another's would be taken
/// for a duplicate and never stored.
public enum RawSourceDigest {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func of(_ data: Data) -> String {
        let digest = SHA256.hash(data: data)
        // Written straight into the string's storage: it runs for every item read.
        return String(unsafeUninitializedCapacity: 64) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = hexDigits[Int(byte >> 4)]
                buffer[index + 1] = hexDigits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }
}
