import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: MIME structure, bodies and attachments")
struct EmailStructureTests {
    @Test("multipart/alternative: the text/plain alternative is the body even when HTML comes first")
    func alternative() throws {
        let email = try EmailTestSupport.parseFixture("alternative.eml")
        #expect(email.text == "Plain version of the message.")
        #expect(email.attachments.isEmpty)
    }

    @Test("nested multipart/mixed: attachments with names, types and decoded sizes; an attached message is one file")
    func nestedAttachments() throws {
        let email = try EmailTestSupport.parseFixture("nested-mixed.eml")
        #expect(email.text == "Please see the attached invoice. Grüße")
        #expect(email.attachments == [
            EmailAttachment(filename: "invoice.pdf", contentType: "application/pdf", size: 1029),
            EmailAttachment(filename: "photo.png", contentType: "image/png", size: 308),
            EmailAttachment(filename: "note.txt", contentType: "text/plain", size: 24),
            EmailAttachment(filename: "original.eml", contentType: "message/rfc822", size: 180),
        ])
        #expect(email.warnings.isEmpty)
    }

    @Test("RFC 2231 (percent-encoded, continued, with a charset) and RFC 2047 file names decode")
    func internationalFilenames() throws {
        let email = try EmailTestSupport.parseFixture("rfc2231-filenames.eml")
        #expect(email.attachments.map(\.filename) == ["退款申请.pdf", "Résumé détaillé.csv", "환불요청.zip"])
        #expect(email.attachments.map(\.size) == [13, 8, 10])
    }

    @Test("HTML-only mail becomes readable text: no tags, no style or script, entities decoded, blocks on lines")
    func htmlOnly() throws {
        let email = try EmailTestSupport.parseFixture("html-only.eml")
        #expect(email.text == """
            Your order

            Dear customer,
            your order #778 has shipped.

            Item one & two
            Price: 30€ <incl. tax>
            Café “quoted” 😀 © 2024
            Total 30 €

            Thanks,
            Acme
            """)
        for hidden in ["hidden style", "hidden script", "color: red", "a comment", "Order 778", "<b>", "&nbsp;"] {
            #expect(!email.text.contains(hidden))
        }
    }

    @Test("quoted-printable soft line breaks and escapes are undone")
    func quotedPrintable() throws {
        let email = try EmailTestSupport.parseFixture("quoted-printable.eml")
        #expect(email.text == "This line is long enough that a quoted-printable encoder has to wrap it with a soft line break, "
            + "so the decoder must join it again. Price = 5 € and 2+2=4.")
    }

    @Test("base64 bodies decode; plain text mislabelled base64 is read as it is, with a warning")
    func base64Bodies() throws {
        let good = try EmailParser().parse(EmailTestSupport.message(
            ["From: a@b.c", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
            body: Data("환불해 주세요\n".utf8).base64EncodedString() + "\n"))
        #expect(good.text == "환불해 주세요")

        let mislabelled = try EmailParser().parse(EmailTestSupport.message(
            ["From: a@b.c", "Content-Transfer-Encoding: base64"], body: "This is not base64 at all, sorry.\n"))
        #expect(mislabelled.text == "This is not base64 at all, sorry.")
        #expect(mislabelled.warnings.contains("the text/plain body is declared base64 but is plain text; read as it is"))
    }

    @Test("multipart/related: the root part is the body, the inline image an attachment")
    func related() throws {
        let boundary = "rel"
        let body = """
            --\(boundary)
            Content-Type: text/html; charset=utf-8

            <p>See <img src="cid:logo"></p>
            --\(boundary)
            Content-Type: image/png
            Content-ID: <logo>
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --\(boundary)--

            """
        let email = try EmailParser().parse(EmailTestSupport.message(
            ["From: a@b.c", "Content-Type: multipart/related; boundary=\"\(boundary)\""], body: body))
        #expect(email.text == "See")
        #expect(email.attachments == [EmailAttachment(filename: nil, contentType: "image/png", size: 8)])
    }

    @Test("a syntactically invalid Content-Type is read as text/plain (RFC 2045)")
    func invalidContentType() throws {
        let email = try EmailParser().parse(EmailTestSupport.message(["From: a@b.c", "Content-Type: <html>"], body: "Plain words.\n"))
        #expect(email.text == "Plain words.")
        #expect(email.attachments.isEmpty)
    }

    @Test("a message that is only an attachment has an empty body and the attachment")
    func attachmentOnly() throws {
        let email = try EmailParser().parse(EmailTestSupport.message(
            ["From: a@b.c", "Content-Type: application/pdf; name=\"x.pdf\"", "Content-Disposition: attachment",
             "Content-Transfer-Encoding: base64"], body: "JVBERi0=\n"))
        #expect(email.text == "")
        #expect(email.attachments == [EmailAttachment(filename: "x.pdf", contentType: "application/pdf", size: 5)])
    }

    @Test("bytes that are not a message throw notAMessage")
    func notAMessage() {
        #expect(throws: EmailParseError.notAMessage("empty input")) { try EmailParser().parse(Data()) }
        #expect(throws: EmailParseError.notAMessage("no header block")) {
            try EmailParser().parse(Data("just some words, no headers\nat all\n".utf8))
        }
        #expect(throws: EmailParseError.notAMessage("no header block")) {
            try EmailParser().parse(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        }
    }
}
