import Foundation
import Testing
@testable import ConcordStore

@Suite("Raw bytes kept compressed")
struct RawBytesTests {
    static func mail(body: String) -> Data {
        Data(("From: a@example.com\r\nSubject: test\r\n\r\n" + body).utf8)
    }

    @Test("a mail with a base64 attachment shrinks by about a fifth and comes back byte for byte")
    func base64AttachmentsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let attachment = Data((0..<60_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let data = Self.mail(body: attachment.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]))
        let kept = RawBytes.compressing(data)
        #expect(kept.encoding == .zstd)
        #expect(kept.stored.count < data.count * 8 / 10)
        #expect(try kept.original() == data)
    }

    @Test("a long text mail is compressed to well under a quarter and comes back byte for byte")
    func longTextRoundTrips() throws {
        let paragraph = "Dear customer, thank you for waiting. Your refund for order 5521 was issued on Monday. "
        let data = Self.mail(body: String(repeating: paragraph + "\r\n> " + paragraph + "\r\n", count: 200))
        let kept = RawBytes.compressing(data)
        #expect(kept.encoding == .zstd)
        #expect(kept.stored.count < data.count / 4)
        #expect(try kept.original() == data)
    }

    @Test("a zlib stream, as stores written before 4 December 2026 hold, still inflates")
    func zlibFromOlderStoresIsRead() throws {
        // Python: zlib.compress(mail, 1) of the mail below.
        let stream = Data(base64Encoded: "eAHt1zEKwkAQBdA+kDvMCQIKaVJZeQEry8RsQDGubFz0+HoKq9cOWw2zM/8dS16HGA/pM67Pe+oueW2bU51u6fIaYkpLLqlt2uaca4mSlvqY41eLXOZUou/3u3iPW1y3raa5C880xIT4C5aDbekuOJQigYwkNIrHvEBGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZERGZPRnGX0Be6IA5Q==")!
        let mail = Data(("From: a@example.com\r\nSubject: before\r\n\r\n" + String(repeating: "Your refund for order 5521 was issued. ", count: 500)).utf8)
        #expect(try RawBytes(stored: stream, encoding: .zlib, originalSize: mail.count).original() == mail)
    }

    @Test("compressed bytes that do not decompress are reported, not returned")
    func corruptBytesAreAnError() {
        let kept = RawBytes.compressing(Data(String(repeating: "lorem ipsum ", count: 3_000).utf8))
        var broken = kept
        broken.stored = kept.stored.prefix(kept.stored.count / 2)
        #expect(throws: StoreError.self) { try broken.original() }
        #expect(throws: StoreError.self) { try RawBytes(stored: Data("not zlib".utf8), encoding: .zlib, originalSize: 100).original() }
    }

    @Test("small items stay as they are")
    func smallItemsAreNotCompressed() throws {
        let data = Self.mail(body: "short")
        #expect(RawBytes.compressing(data).encoding == .none)
        #expect(try RawBytes.compressing(data).original() == data)
    }
}
