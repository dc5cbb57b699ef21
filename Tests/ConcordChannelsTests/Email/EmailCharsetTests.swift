import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: charsets in bodies and encoded words")
struct EmailCharsetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let subject: String
        let fromName: String
        let body: String
        var testDescription: String { file }
    }

    /// The fixtures written by make_fixtures.py: body and RFC 2047 subject and sender name in each
    /// charset the issue lists, with base64, quoted-printable, 8bit and 7bit bodies.
    static let cases: [Case] = [
        Case(file: "charset-euc-kr.eml", subject: "환불 요청드립니다", fromName: "김민지",
             body: "안녕하세요. 지난주에 주문한 상품이 아직 도착하지 않았습니다.\n환불 부탁드립니다."),
        Case(file: "charset-gb2312.eml", subject: "退款申请", fromName: "王小明",
             body: "您好，我上周订购的商品还没有到。\n请帮我办理退款，谢谢。"),
        Case(file: "charset-gbk.eml", subject: "关于订单的问题", fromName: "李喆",
             body: "你好，我是李喆，订单号 12345 的发票开错了。"),
        Case(file: "charset-gb18030.eml", subject: "发票 𠮷野家", fromName: "张三", body: "请查收：𠮷野家的收据已附上。"),
        Case(file: "charset-big5.eml", subject: "退貨申請", fromName: "陳大文", body: "您好，我想退貨，商品有瑕疵。\n謝謝。"),
        Case(file: "charset-iso-2022-jp.eml", subject: "返品について", fromName: "山田太郎",
             body: "お世話になっております。\n注文した商品を返品したいです。"),
        Case(file: "charset-windows-1251.eml", subject: "Возврат заказа", fromName: "Иванова Анна Сергеевна",
             body: "Здравствуйте! Хочу вернуть товар, заказ № 4521.\nСпасибо."),
        Case(file: "charset-koi8-r.eml", subject: "Жалоба на доставку", fromName: "Пётр Смирнов",
             body: "Добрый день. Курьер опоздал на три дня."),
        Case(file: "charset-windows-1256.eml", subject: "لغو سفارش", fromName: "مريم احمدي",
             body: "سلام، مي\u{200C}خواهم سفارشم را لغو کنم. پول را برگردانيد."),
        Case(file: "charset-iso-8859-1.eml", subject: "Problème de livraison", fromName: "François Müller",
             body: "Bonjour, le colis est arrivé abîmé. Ça ne va pas du tout, je suis déçu."),
        Case(file: "charset-iso-8859-2.eml", subject: "Zwrot środków", fromName: "Paweł Łukasiński",
             body: "Dzień dobry, proszę o zwrot pieniędzy za zamówienie."),
        Case(file: "charset-iso-8859-5.eml", subject: "Претензия", fromName: "Ольга Кузнецова",
             body: "Добрый вечер, товар пришёл не того цвета."),
        Case(file: "charset-iso-8859-15.eml", subject: "Facture de 50 €", fromName: "Zoë Œuvray",
             body: "La facture indique 50 € au lieu de 40 €."),
        Case(file: "charset-utf-8.eml", subject: "Refund 환불 退款 возврат بازپرداخت", fromName: "José Núñez",
             body: "Mixed: 환불, 退款, возврат, بازپرداخت — and an emoji 😀."),
    ]

    @Test("body, subject and sender name decode exactly, with no warnings", arguments: cases)
    func decodes(_ testCase: Case) throws {
        let email = try EmailTestSupport.parseFixture(testCase.file)
        #expect(email.subject == testCase.subject)
        #expect(email.from?.name == testCase.fromName)
        #expect(email.text == testCase.body)
        #expect(email.warnings.isEmpty)
    }

    @Test("an encoded word labelled gb2312 that holds a GBK-only character still decodes")
    func gbkInGB2312Word() throws {
        // "李喆" in GBK bytes, labelled as the narrower GB2312 like many Chinese clients do
        let word = "=?gb2312?B?" + Data([0xC0, 0xEE, 0x86, 0xB4]).base64EncodedString() + "?="
        let email = try EmailParser().parse(EmailTestSupport.message(["From: \(word) <lizhe@example.cn>", "Subject: \(word)"]))
        #expect(email.subject == "李喆")
        #expect(email.from?.name == "李喆")
    }

    @Test("ks_c_5601-1987 (Outlook's name for Korean) decodes UHC syllables outside EUC-KR")
    func uhcInKoreanWord() throws {
        // "똠방각하": 똠 exists only in UHC (CP949), not in EUC-KR
        let bytes: [UInt8] = [0x8C, 0x63, 0xB9, 0xE6, 0xB0, 0xA2, 0xC7, 0xCF]
        let word = "=?ks_c_5601-1987?B?" + Data(bytes).base64EncodedString() + "?="
        let email = try EmailParser().parse(EmailTestSupport.message(["From: a@b.kr", "Subject: \(word)"],
                                                                     body: ""))
        #expect(email.subject == "똠방각하")
    }

    @Test("a body whose bytes are invalid in its charset keeps the rest and says how many were replaced")
    func invalidBytesInCharset() throws {
        // 0xFF is not a valid lead byte in EUC-KR (CP949)
        var data = EmailTestSupport.message(["From: a@b.kr", "Content-Type: text/plain; charset=euc-kr"], body: "")
        data.append(contentsOf: [0xC7, 0xD1, 0xFF, 0xB1, 0xDB, 0x0A])
        let email = try EmailParser().parse(data)
        #expect(email.text == "한\u{FFFD}글")
        #expect(email.warnings.contains { $0.contains("1 byte") && $0.contains("U+FFFD") })
    }

    @Test("invalid UTF-8 in a UTF-8 body is replaced with U+FFFD and reported")
    func invalidUTF8Body() throws {
        let email = try EmailTestSupport.parseFixture("invalid-utf8-body.eml")
        #expect(email.text == "Good start \u{FFFD}\u{FFFD} broken \u{FFFD} end.")
        #expect(email.warnings == ["invalid UTF-8 in the text/plain body; replaced with U+FFFD"])
    }

    @Test("an unknown charset degrades to UTF-8 or windows-1252 with a warning")
    func unknownCharset() throws {
        let email = try EmailTestSupport.parseFixture("unknown-charset.eml")
        #expect(email.text == "Café in UTF-8 after all.")
        #expect(email.warnings == ["unknown charset x-no-such-charset in the text/plain body; read as UTF-8"])

        var latin = EmailTestSupport.message(["From: a@b.fr", "Date: Tue, 05 Mar 2024 09:30:00 +0000",
                                              "Content-Type: text/plain; charset=x-martian"], body: "")
        latin.append(contentsOf: Array("caf".utf8) + [0xE9])
        let degraded = try EmailParser().parse(latin)
        #expect(degraded.text == "café")
        #expect(degraded.warnings == ["unknown charset x-martian in the text/plain body; read as windows-1252"])
    }

    @Test("undeclared 8-bit headers: UTF-8 as is, else the body's charset, else windows-1252")
    func undeclaredEightBitHeaders() throws {
        let koi8 = try EmailTestSupport.parseFixture("undeclared-8bit-koi8-r.eml")
        #expect(koi8.subject == "Жалоба")
        #expect(koi8.from == EmailAddress(name: "Пётр Смирнов", address: "petr@example.ru"))
        #expect(koi8.warnings.contains("the Subject header has undeclared 8-bit text that is not UTF-8; read as koi8-r like the body"))

        let latin = try EmailTestSupport.parseFixture("undeclared-8bit-latin1.eml")
        #expect(latin.subject == "Réclamation")
        #expect(latin.from?.name == "René Dupont")
        #expect(latin.warnings.contains("the Subject header has undeclared 8-bit text that is not UTF-8; read as windows-1252"))

        let utf8 = try EmailParser().parse(EmailTestSupport.message(["From: 김민지 <minji@example.kr>", "Subject: 환불 문의"]))
        #expect(utf8.subject == "환불 문의")
        #expect(utf8.from?.name == "김민지")
        #expect(utf8.warnings == ["no Date header"])
    }

    @Test("a body labelled us-ascii that is really UTF-8 is read as UTF-8, with a warning")
    func asciiLabelledUTF8() throws {
        let email = try EmailParser().parse(EmailTestSupport.message(
            ["From: a@b.c", "Date: Tue, 05 Mar 2024 09:30:00 +0000", "Content-Type: text/plain; charset=us-ascii"],
            body: "Grüße\n"))
        #expect(email.text == "Grüße")
        #expect(email.warnings == ["the text/plain body is declared us-ascii but holds 8-bit text; read as UTF-8"])
    }
}

extension EmailCharsetTests {
    @Test("UTF-8 mislabelled ISO-8859-1 is read as UTF-8; real Latin-1 stays Latin-1")
    func mislabelledLatin1() throws {
        let headers = ["From: a@b.fr", "Date: Tue, 05 Mar 2024 09:30:00 +0000", "Content-Type: text/plain; charset=iso-8859-1"]
        let utf8 = try EmailParser().parse(EmailTestSupport.message(headers, body: "Déjà vu, 5 €\n"))
        #expect(utf8.text == "Déjà vu, 5 €")
        #expect(utf8.warnings == ["the text/plain body is declared iso-8859-1 but is UTF-8; read as UTF-8"])

        var latin = EmailTestSupport.message(headers, body: "")
        latin.append(contentsOf: [0x44, 0xE9, 0x6A, 0xE0, 0x20, 0x76, 0x75, 0x0A]) // "Déjà vu" in Latin-1
        let real = try EmailParser().parse(latin)
        #expect(real.text == "Déjà vu")
        #expect(real.warnings.isEmpty)
    }
}
