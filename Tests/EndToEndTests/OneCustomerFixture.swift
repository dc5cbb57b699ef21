import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One person, 김민지, writing on four channels the way real systems record it: two emails in a
/// Maildir (RFC 2047 name, UTF-8 and EUC-KR bodies, a reply threaded by In-Reply-To), a web
/// chat in Concord's JSON Lines (which gives both her email and her mobile number), a missed
/// call in an Asterisk Master.csv written with her national number (010-…), and a WhatsApp
/// Cloud API webhook from her wa_id (8210…). Only the shared identities can tie them together.
struct OneCustomerFixture {
    let directory: URL

    var maildir: URL { directory.appendingPathComponent("Maildir") }
    var chat: URL { directory.appendingPathComponent("chat.jsonl") }
    var calls: URL { directory.appendingPathComponent("Master.csv") }
    var whatsapp: URL { directory.appendingPathComponent("whatsapp.json") }
    var config: URL { directory.appendingPathComponent("config.toml") }
    /// A chat line that breaks the schema (no time offset): it must be quarantined, not dropped.
    var brokenChat: URL { directory.appendingPathComponent("broken.jsonl") }

    init(in directory: URL) throws {
        self.directory = directory
        let manager = FileManager.default
        for sub in ["cur", "new", "tmp"] {
            try manager.createDirectory(at: maildir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let name = "=?UTF-8?B?\(Data("김민지".utf8).base64EncodedString())?="
        let subject = "=?UTF-8?B?\(Data("환불 요청 (주문 5521)".utf8).base64EncodedString())?="
        let first = """
            From: \(name) <minji.kim@example.kr>\r
            To: support@example.com\r
            Subject: \(subject)\r
            Message-ID: <first-5521@example.kr>\r
            Date: Mon, 02 Nov 2026 09:00:00 +0900\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=UTF-8\r
            Content-Transfer-Encoding: 8bit\r
            \r
            안녕하세요. 주문 5521 건의 환불이 아직 카드로 들어오지 않았어요.\r
            확인 부탁드립니다.\r
            \r
            김민지\r

            """
        try Data(first.utf8).write(to: maildir.appendingPathComponent("cur/1793577600.M1P1.host:2,S"))
        // The reply is in EUC-KR, as older Korean mail clients still send it.
        let replyBody = "답변이 없어서 다시 연락드립니다. 환불 일정이 궁금합니다.\r\n"
        let replyHeaders = """
            From: \(name) <Minji.Kim@example.kr>\r
            To: support@example.com\r
            Subject: Re: \(subject)\r
            Message-ID: <second-5521@example.kr>\r
            In-Reply-To: <first-5521@example.kr>\r
            References: <first-5521@example.kr>\r
            Date: Tue, 03 Nov 2026 08:30:00 +0900\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=EUC-KR\r
            Content-Transfer-Encoding: 8bit\r
            \r

            """
        var reply = Data(replyHeaders.utf8)
        reply.append(try Self.encode(replyBody, as: "EUC-KR"))
        try reply.write(to: maildir.appendingPathComponent("new/1793662200.M2P1.host"))

        let chatLines = [
            #"{"id":"web-77-1","session":"s-77","time":"2026-11-03T10:00:00+09:00","customer":{"email":"minji.kim@example.kr","phone":"+82 10-1234-5678","name":"김민지","language":"ko"},"text":"채팅으로도 문의드려요. 환불은 언제 되나요?"}"#,
            #"{"id":"web-77-2","session":"s-77","time":"2026-11-03T10:02:00+09:00","direction":"outbound","author":"박지우","customer":{"email":"minji.kim@example.kr"},"text":"김민지 님, 불편을 드려 죄송합니다. 오늘 중으로 확인해 드리겠습니다."}"#,
        ]
        try Data((chatLines.joined(separator: "\n") + "\n").utf8).write(to: chat)

        // Asterisk cdr_csv without a header row; the number is national, read in the configured region.
        let cdr = ##""","010-1234-5678","15881234","from-trunk","""김민지"" <01012345678>","PJSIP/trunk-00000012","","Dial","PJSIP/101,30","2026-11-03 14:00:00","","2026-11-03 14:00:40",40,0,"NO ANSWER","DOCUMENTATION","1793710800.12","""##
        try Data((cdr + "\n").utf8).write(to: calls)

        let payload = #"""
            {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{
            "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"106540352242922"},
            "contacts":[{"profile":{"name":"김민지"},"wa_id":"821012345678"}],
            "messages":[{"from":"821012345678","id":"wamid.HBgMODIxMDEyMzQ1Njc4FQIAEhggRTJFMDAx","timestamp":"1793757600","type":"text",
            "text":{"body":"왓츠앱으로도 남깁니다. 환불 확인 부탁드려요."}}]}}]}]}
            """#
        try Data(payload.utf8).write(to: whatsapp)

        try Data(#"{"id":"bad-1","time":"2026-11-03 10:00:00","customer":{"email":"minji.kim@example.kr"},"text":"시간대가 없는 줄"}"#.utf8)
            .write(to: brokenChat)

        try Data("""
            [identity]
            default_region = "KR"

            [channels]
            own_email = ["support@example.com"]
            call_time_zone = "Asia/Seoul"

            """.utf8).write(to: config)
    }

    struct EncodingFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// `text` in a legacy charset, through glibc's iconv (the converter real mail clients use).
    static func encode(_ text: String, as charset: String) throws -> Data {
        let converter = iconv_open(charset, "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { throw EncodingFailure(description: "iconv cannot write \(charset)") }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        var inLeft = input.count, outLeft = output.count
        let converted = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        guard converted != -1, inLeft == 0 else { throw EncodingFailure(description: "iconv cannot write '\(text)' in \(charset)") }
        return Data(output[..<(output.count - outLeft)].map { UInt8(bitPattern: $0) })
    }
}
