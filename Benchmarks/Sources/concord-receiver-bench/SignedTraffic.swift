import ConcordChannels
import Foundation

/// Webhooks as the providers send them, signed with the benchmark's secrets: unique Twilio SMS
/// messages in five languages (a seeded generator, so every run sends the same bodies), and
/// forgeries of every kind the receiver must refuse, on four endpoints.
struct SignedTraffic {
    struct Request: Sendable {
        let path: String
        let body: Data
        let contentType: String
        let headers: [(String, String)]
    }

    static let secrets = ["CONCORD_TWILIO_AUTH_TOKEN": "bench-twilio-token", "CONCORD_META_APP_SECRET": "bench-meta-secret",
                          "CONCORD_X_CONSUMER_SECRET": "bench-x-secret", "CONCORD_CHAT_SECRET": "bench-chat-secret"]
    static let publicURL = "https://support.example.com"
    private static let form = "application/x-www-form-urlencoded"
    private static let texts = ["Where is my order?", "주문한 상품이 아직 안 왔어요.", "我的订单还没有到。", "Где мой заказ?",
                                "سفارش من هنوز نرسیده است."]

    static func message(_ index: Int, token: String = secrets["CONCORD_TWILIO_AUTH_TOKEN"]!) -> Request {
        let path = WebhookEndpoint.twilioSMS.path
        let sid = String(format: "SMbench%08d", index)
        let fields = [("MessageSid", sid), ("SmsSid", sid), ("AccountSid", "AC00000000000000000000000000000001"),
                      ("From", String(format: "+1415%07d", index % 5_000)), ("To", "+15550001111"),
                      ("Body", texts[index % texts.count] + " #\(index)"), ("NumMedia", "0"), ("SmsStatus", "received")]
        let body = fields.map { "\($0.0)=\(formEncoded($0.1))" }.joined(separator: "&")
        let signature = TwilioSignature.expected(url: publicURL + path, parameters: fields.map { (name: $0.0, value: $0.1) },
                                                 authToken: token)
        return Request(path: path, body: Data(body.utf8), contentType: form, headers: [("X-Twilio-Signature", signature)])
    }

    /// The `index`th forgery, in turn: a wrong Twilio token, a body changed after signing, a
    /// signature for another URL, no signature, a malformed one; a chat message signed right but
    /// ten minutes old (a replay) or ten minutes ahead, a chat body changed after signing; a Meta
    /// payload signed with another secret; an X event changed after signing.
    static func forged(_ index: Int, now: Date) -> Request {
        let genuine = message(1_000_000 + index)
        let twilio = genuine.headers[0].1
        let stamp = Int(now.timeIntervalSince1970)
        switch index % 10 {
        case 0: return message(1_000_000 + index, token: "not-the-token")
        case 1: return with(genuine, body: genuine.body + Data("&Body=changed".utf8), headers: [("X-Twilio-Signature", twilio)])
        case 2:
            let other = TwilioSignature.expected(url: publicURL + WebhookEndpoint.twilioVoice.path, parameters: [],
                                                 authToken: secrets["CONCORD_TWILIO_AUTH_TOKEN"]!)
            return with(genuine, headers: [("X-Twilio-Signature", other)])
        case 3: return with(genuine, headers: [])
        case 4: return with(genuine, headers: [("X-Twilio-Signature", "!!not base64!!")])
        case 5: return chat(index, timestamp: stamp - 600)
        case 6: return chat(index, timestamp: stamp + 600)
        case 7:
            let signed = chat(index, timestamp: stamp)
            return Request(path: signed.path, body: signed.body + Data(" ".utf8), contentType: signed.contentType, headers: signed.headers)
        case 8:
            let body = metaBody(index)
            return Request(path: WebhookEndpoint.meta.path, body: body, contentType: "application/json",
                           headers: [(MetaSignature.header, MetaSignature.expected(body: body, appSecret: "not-the-secret"))])
        default:
            let body = Data(#"{"for_user_id":"1","direct_message_events":[{"type":"message_create","id":"\#(index)"}]}"#.utf8)
            let signature = XSignature.expected(body: body, consumerSecret: secrets["CONCORD_X_CONSUMER_SECRET"]!)
            return Request(path: WebhookEndpoint.x.path, body: body + Data("\n".utf8), contentType: "application/json",
                           headers: [(XSignature.header, signature)])
        }
    }

    private static func with(_ request: Request, body: Data? = nil, headers: [(String, String)]) -> Request {
        Request(path: request.path, body: body ?? request.body, contentType: request.contentType, headers: headers)
    }

    private static func chat(_ index: Int, timestamp: Int) -> Request {
        let body = Data(#"{"type":"message","conversation":"bench-\#(index)","id":"bench-chat-\#(index)","from":{"name":"Replay"},"text":"hello","time":"2026-12-04T10:00:00Z"}"#.utf8)
        let signature = ChatSignature.expected(body: body, timestamp: timestamp, secret: secrets["CONCORD_CHAT_SECRET"]!)
        return Request(path: WebhookEndpoint.chat.path, body: body, contentType: "application/json",
                       headers: [(ChatSignature.timestampHeader, String(timestamp)), (ChatSignature.signatureHeader, signature)])
    }

    private static func metaBody(_ index: Int) -> Data {
        Data(#"{"object":"page","entry":[{"id":"1","time":1764842400000,"messaging":[{"sender":{"id":"\#(index)"},"recipient":{"id":"1"},"timestamp":1764842400000,"message":{"mid":"m_bench_\#(index)","text":"hi"}}]}]}"#.utf8)
    }

    static func formEncoded(_ text: String) -> String {
        // application/x-www-form-urlencoded: everything but ASCII letters, digits and -._* as %XX of UTF-8.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: "%20", with: "+")
    }
}
