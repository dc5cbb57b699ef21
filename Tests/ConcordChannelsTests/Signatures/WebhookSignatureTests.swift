import Foundation
import Testing
@testable import ConcordChannels

/// The receiver's authenticity checks against the providers' published examples and, where a
/// provider publishes none, against values computed by Python's `hmac` module (an independent
/// implementation), plus every way a request can be wrong.
@Suite("Webhook signatures")
struct WebhookSignatureTests {
    static let twilioURL = "https://mycompany.com/myapp.php?foo=1&bar=2"
    static let twilioParameters: [(name: String, value: String)] = [
        ("Digits", "1234"), ("To", "+18005551212"), ("From", "+12349013030"), ("Caller", "+12349013030"),
        ("CallSid", "CA1234567890ABCDE"),
    ]
    /// Korean text in the body, so the raw bytes (not a re-encoding) are what is signed.
    static let body = Data(#"{"object":"page","entry":[{"id":"1","messaging":[{"message":{"mid":"m_1","text":"안녕"}}]}]}"#.utf8)

    @Test func twilioDocumentationExample() {
        #expect(TwilioSignature.expected(url: Self.twilioURL, parameters: Self.twilioParameters, authToken: "12345")
                == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
        #expect(TwilioSignature.verify(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", url: Self.twilioURL,
                                       parameters: Self.twilioParameters, authToken: "12345") == .authentic)
    }

    @Test func twilioRefusesEveryTamperedPart() {
        let good = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        var changed = Self.twilioParameters
        changed[0].value = "1235"
        #expect(TwilioSignature.verify(signature: good, url: Self.twilioURL, parameters: changed, authToken: "12345")
                == .rejected(.badSignature))
        #expect(TwilioSignature.verify(signature: good, url: Self.twilioURL + "&baz=3", parameters: Self.twilioParameters,
                                       authToken: "12345") == .rejected(.badSignature))
        #expect(TwilioSignature.verify(signature: good, url: Self.twilioURL, parameters: Self.twilioParameters,
                                       authToken: "54321") == .rejected(.badSignature))
        #expect(TwilioSignature.verify(signature: nil, url: Self.twilioURL, parameters: Self.twilioParameters,
                                       authToken: "12345") == .rejected(.missingSignature))
        #expect(TwilioSignature.verify(signature: "not base64!", url: Self.twilioURL, parameters: Self.twilioParameters,
                                       authToken: "12345") == .rejected(.malformedSignature))
        #expect(TwilioSignature.verify(signature: good, url: Self.twilioURL, parameters: Self.twilioParameters,
                                       authToken: nil) == .rejected(.notConfigured))
    }

    @Test func twilioAcceptsTheDefaultPortWrittenOutOrLeftOff() {
        let withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2"
        #expect(TwilioSignature.verify(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", url: withPort,
                                       parameters: Self.twilioParameters, authToken: "12345") == .authentic)
        let signedWithPort = TwilioSignature.expected(url: withPort, parameters: Self.twilioParameters, authToken: "12345")
        #expect(TwilioSignature.verify(signature: signedWithPort, url: Self.twilioURL, parameters: Self.twilioParameters,
                                       authToken: "12345") == .authentic)
        #expect(TwilioSignature.verify(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", url: "https://mycompany.com:8443/myapp.php?foo=1&bar=2",
                                       parameters: Self.twilioParameters, authToken: "12345") == .rejected(.badSignature))
    }

    @Test func metaSignsTheRawBody() {
        let signature = "sha256=287df34dc517ef2edd25c4b0bf784e8dfee581d0c24ac29cd2304089fa45f9e4"
        #expect(MetaSignature.expected(body: Self.body, appSecret: "meta-app-secret") == signature)
        #expect(MetaSignature.verify(signature: signature, body: Self.body, appSecret: "meta-app-secret") == .authentic)
        #expect(MetaSignature.verify(signature: signature.uppercased().replacingOccurrences(of: "SHA256=", with: "sha256="),
                                     body: Self.body, appSecret: "meta-app-secret") == .authentic, "hex case does not matter")
        var tampered = Self.body
        tampered[tampered.count - 5] ^= 1
        #expect(MetaSignature.verify(signature: signature, body: tampered, appSecret: "meta-app-secret") == .rejected(.badSignature))
        #expect(MetaSignature.verify(signature: "sha1=abcd", body: Self.body, appSecret: "meta-app-secret") == .rejected(.malformedSignature))
        #expect(MetaSignature.verify(signature: "sha256=287d", body: Self.body, appSecret: "meta-app-secret") == .rejected(.malformedSignature))
        #expect(MetaSignature.verify(signature: nil, body: Self.body, appSecret: "meta-app-secret") == .rejected(.missingSignature))
    }

    @Test func metaHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        #expect(MetaVerification.challenge(mode: "subscribe", verifyToken: "tok", challenge: "1158201444", configuredToken: "tok") == "1158201444")
        #expect(MetaVerification.challenge(mode: "subscribe", verifyToken: "tok2", challenge: "1158201444", configuredToken: "tok") == nil)
        #expect(MetaVerification.challenge(mode: "unsubscribe", verifyToken: "tok", challenge: "1", configuredToken: "tok") == nil)
        #expect(MetaVerification.challenge(mode: "subscribe", verifyToken: "tok", challenge: "1", configuredToken: nil) == nil)
        #expect(MetaVerification.challenge(mode: "subscribe", verifyToken: "", challenge: "1", configuredToken: "") == nil)
    }

    @Test func xSignatureAndCRC() {
        let signature = "sha256=q4MLllwbJxtRiXbquuZlPCKaLIGqlZ5nrZl3qSoyk1o="
        #expect(XSignature.expected(body: Self.body, consumerSecret: "x-consumer-secret") == signature)
        #expect(XSignature.verify(signature: signature, body: Self.body, consumerSecret: "x-consumer-secret") == .authentic)
        #expect(XSignature.verify(signature: signature, body: Self.body + Data(" ".utf8), consumerSecret: "x-consumer-secret")
                == .rejected(.badSignature))
        #expect(XSignature.crcResponse(token: "challenge-token-123", consumerSecret: "x-consumer-secret")
                == #"{"response_token":"sha256=CmBvj7AGUxwzCxYJc7XUiLou4CfyXRizZIqjBwI+0Po="}"#)
    }

    @Test func chatSignatureHasAFiveMinuteWindow() {
        let signature = "sha256=6c9a177fa5dc0296b807273e7a341a7b1a4ca2103e41635ac640bf4b11d0cc9a"
        let signedAt = Date(timeIntervalSince1970: 1_796_000_000)
        #expect(ChatSignature.expected(body: Self.body, timestamp: 1_796_000_000, secret: "chat-secret") == signature)
        #expect(ChatSignature.verify(signature: signature, timestamp: "1796000000", body: Self.body, secret: "chat-secret",
                                     now: signedAt.addingTimeInterval(299)) == .authentic)
        #expect(ChatSignature.verify(signature: signature, timestamp: "1796000000", body: Self.body, secret: "chat-secret",
                                     now: signedAt.addingTimeInterval(-299)) == .authentic, "a sender's clock a little ahead")
        #expect(ChatSignature.verify(signature: signature, timestamp: "1796000000", body: Self.body, secret: "chat-secret",
                                     now: signedAt.addingTimeInterval(301)) == .rejected(.stale))
        #expect(ChatSignature.verify(signature: signature, timestamp: "1796000001", body: Self.body, secret: "chat-secret",
                                     now: signedAt) == .rejected(.badSignature), "the timestamp is signed too")
        #expect(ChatSignature.verify(signature: signature, timestamp: nil, body: Self.body, secret: "chat-secret", now: signedAt)
                == .rejected(.missingTimestamp))
        #expect(ChatSignature.verify(signature: signature, timestamp: "1796000000", body: Self.body, secret: nil, now: signedAt)
                == .rejected(.notConfigured))
    }
}

/// The receiver's gate: each endpoint's request checked by its provider's rules, with the
/// secrets from the environment and Twilio's URL rebuilt from the public URL.
@Suite("Webhook gate")
struct WebhookGateTests {
    static let secrets = WebhookSecrets(environment: [
        WebhookSecrets.twilioAuthToken: "12345", WebhookSecrets.metaAppSecret: "meta-app-secret",
        WebhookSecrets.xConsumerSecret: "x-consumer-secret", WebhookSecrets.chatSecret: "chat-secret",
        WebhookSecrets.metaVerifyToken: "",
    ])

    @Test func endpointsByPath() {
        #expect(WebhookEndpoint(path: "/webhooks/twilio/sms") == .twilioSMS)
        #expect(WebhookEndpoint(path: "/webhooks/meta/") == .meta)
        #expect(WebhookEndpoint(path: "/webhooks/unknown") == nil)
        #expect(Set(WebhookEndpoint.allCases.map(\.path)).count == WebhookEndpoint.allCases.count)
        #expect(Self.secrets.metaVerifyToken == nil, "an empty variable is not a secret")
        #expect(Self.secrets.configuredEndpoints == WebhookEndpoint.allCases)
        #expect(WebhookSecrets(environment: [:]).configuredEndpoints.isEmpty)
    }

    @Test func twilioIsCheckedAgainstThePublicURLAndEveryFormField() {
        let gate = WebhookGate(secrets: Self.secrets, publicURL: "https://mycompany.com/")
        let body = Data("CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212".utf8)
        let request = WebhookRequest(path: "/myapp.php", query: "foo=1&bar=2",
                                     headers: ["x-twilio-signature": "0/KCTR6DLpKmkAf8muzZqo1nDgQ="], body: body)
        #expect(gate.check(request, at: .twilioSMS) == .authentic, "header names are matched without case")
        var behindAProxy = request
        behindAProxy.query = nil
        #expect(gate.check(behindAProxy, at: .twilioSMS) == .rejected(.badSignature))
        var extraField = request
        extraField.body += Data("&Body=hello".utf8)
        #expect(gate.check(extraField, at: .twilioVoice) == .rejected(.badSignature))
    }

    @Test func repeatedFormFieldsAreAllSigned() {
        let body = Data("MediaUrl=b&MediaUrl=a&From=%2B1".utf8)
        let pairs = FormFields.pairs(urlEncoded: body)
        #expect(pairs.map(\.name) == ["MediaUrl", "MediaUrl", "From"] && pairs.map(\.value) == ["b", "a", "+1"])
        let signature = TwilioSignature.expected(url: "https://h/webhooks/twilio/sms", parameters: pairs, authToken: "12345")
        let gate = WebhookGate(secrets: Self.secrets, publicURL: "https://h")
        let request = WebhookRequest(path: "/webhooks/twilio/sms", headers: [TwilioSignature.header: signature], body: body)
        #expect(gate.check(request, at: .twilioSMS) == .authentic)
        let dropped = WebhookRequest(path: "/webhooks/twilio/sms", headers: [TwilioSignature.header: signature],
                                     body: Data("MediaUrl=b&From=%2B1".utf8))
        #expect(gate.check(dropped, at: .twilioSMS) == .rejected(.badSignature))
    }

    @Test func theOtherEndpointsUseTheirOwnHeaders() {
        let gate = WebhookGate(secrets: Self.secrets, publicURL: "https://h")
        let body = WebhookSignatureTests.body
        let meta = WebhookRequest(path: "/webhooks/meta", headers: [MetaSignature.header: MetaSignature.expected(body: body, appSecret: "meta-app-secret")], body: body)
        #expect(gate.check(meta, at: .meta) == .authentic)
        #expect(gate.check(meta, at: .x) == .rejected(.missingSignature), "a Meta signature is no X signature")
        let x = WebhookRequest(path: "/webhooks/x", headers: [XSignature.header: XSignature.expected(body: body, consumerSecret: "x-consumer-secret")], body: body)
        #expect(gate.check(x, at: .x) == .authentic)
        let now = Date(timeIntervalSince1970: 1_796_000_100)
        let chat = WebhookRequest(path: "/webhooks/chat", headers: [
            ChatSignature.timestampHeader: "1796000000",
            ChatSignature.signatureHeader: ChatSignature.expected(body: body, timestamp: 1_796_000_000, secret: "chat-secret"),
        ], body: body)
        #expect(gate.check(chat, at: .chat, now: now) == .authentic)
        #expect(gate.check(chat, at: .chat, now: now.addingTimeInterval(600)) == .rejected(.stale))
        let unconfigured = WebhookGate(secrets: WebhookSecrets(), publicURL: "https://h")
        #expect(unconfigured.check(meta, at: .meta) == .rejected(.notConfigured))
    }

    @Test func bodiesGoToTheirProvidersParser() {
        #expect(WebhookEndpoint.meta.format(of: Data(#"{"object":"whatsapp_business_account","entry":[]}"#.utf8)) == .whatsapp)
        #expect(WebhookEndpoint.meta.format(of: Data(#"{"object":"instagram","entry":[]}"#.utf8)) == .metaMessaging)
        #expect(WebhookEndpoint.x.format(of: Data(#"{"dm_events":[]}"#.utf8)) == .xDirectMessages)
        #expect(WebhookEndpoint.x.format(of: Data(#"{"data":[{"id":"1","text":"hi"}]}"#.utf8)) == .xTweets)
        #expect(WebhookEndpoint.chat.format(of: Data(#"{"event":"message_created","content":"hi"}"#.utf8)) == .chatwoot)
        #expect(WebhookEndpoint.chat.format(of: Data(#"{"kind":"message","text":"hi"}"#.utf8)) == .concordChat)
        #expect(WebhookEndpoint.twilioSMS.format(of: Data()) == .twilioSMS)
    }
}
