import Foundation
import Testing
@testable import ConcordStore

@Suite("Raw bytes kept compressed")
struct RawBytesTests {
    static func mail(body: String) -> Data {
        Data(("From: a@example.com\r\nSubject: test\r\n\r\n" + body).utf8)
    }

    @Test("a mail with a base64 attachment is Huffman-coded, shrinks by about a quarter and comes back byte for byte")
    func base64AttachmentsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let attachment = Data((0..<60_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let data = Self.mail(body: attachment.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]))
        #expect(data.withUnsafeBytes { RawBytes.isMostlyBase64($0) })
        let kept = RawBytes.compressing(data)
        #expect(kept.encoding == .zlib)
        #expect(kept.stored.count < data.count * 8 / 10)
        #expect(try kept.original() == data)
    }

    @Test("a long text mail is compressed with LZ77 (to well under half) and comes back byte for byte")
    func longTextRoundTrips() throws {
        let paragraph = "Dear customer, thank you for waiting. Your refund for order 5521 was issued on Monday. "
        let data = Self.mail(body: String(repeating: paragraph + "\r\n> " + paragraph + "\r\n", count: 200))
        #expect(!data.withUnsafeBytes { RawBytes.isMostlyBase64($0) })
        let kept = RawBytes.compressing(data)
        #expect(kept.encoding == .zlib)
        #expect(kept.stored.count < data.count / 4)
        #expect(try kept.original() == data)
    }

    @Test("small items stay as they are")
    func smallItemsAreNotCompressed() throws {
        let data = Self.mail(body: "short")
        #expect(RawBytes.compressing(data).encoding == .none)
        #expect(try RawBytes.compressing(data).original() == data)
    }
}
