import Crypto
import Foundation

/// The content address of a source item: lower-case hex SHA-256 of its bytes. A
/// cryptographic hash, because an item whose digest collided with another's would be taken
/// for a duplicate and never stored.
public enum RawSourceDigest {
    public static func of(_ data: Data) -> String {
        let digest = SHA256.hash(data: data)
        var hex = ""
        hex.reserveCapacity(64)
        let digits: [Character] = Array("0123456789abcdef")
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }
}
