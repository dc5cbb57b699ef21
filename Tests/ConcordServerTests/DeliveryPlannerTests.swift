import ConcordChannels
import ConcordServer
import ConcordStore
import ConversationEngine
import Foundation
import Testing

/// What the dispatcher puts on the wire for each channel, against the providers' documented
/// request shapes, without any I/O.
@Suite("Delivery requests per provider")
struct DeliveryPlannerTests {
    static let now = Date(timeIntervalSince1970: 1_796_300_000)

    static func item(_ channel: Channel, to recipient: Identity, body: String = "안녕하세요, 주문하신 상품은 내일 도착합니다.") -> OutboxItem {
        OutboxItem(id: 7, conversationID: ConversationID(42), customerID: CustomerID(3), messageID: MessageID(99), kind: .reply,
                   channel: channel, recipient: recipient, subject: "Re: 주문 1042", body: body, idempotencyKey: "reply:message:99",
                   state: .queued, createdAt: now, emailMessageID: channel == .email ? "reply.42.abc@concord" : nil,
                   inReplyTo: channel == .email ? "a2@northwind.example" : nil,
                   references: channel == .email ? ["a1@northwind.example", "a2@northwind.example"] : [])
    }

    static var planner: DeliveryPlanner {
        var settings = DeliverySettings()
        settings.twilio.accountSID = "AC123"
        settings.twilio.from = "+15550001111"
        settings.meta.whatsappPhoneNumberID = "106540352242922"
        settings.chatURL = "https://chat.example.com/concord/replies"
        settings.sendmail = ["/bin/sh"]
        return DeliveryPlanner(settings: settings, credentials: DeliveryCredentials(
            twilioAuthToken: "tw-token", metaAccessToken: "meta-token", xAccessToken: "x-token", chatSecret: "chat-secret"),
            ownEmail: ["help@northwind.example"])
    }

    static func request(_ item: OutboxItem, message: Message? = nil, identities: [Identity] = []) throws -> ProviderRequest {
        guard case .success(.http(let request)) = planner.plan(item, message: message, identities: identities, now: now) else {
            throw StoreError.invalidValue("no HTTP request for \(item.channel)")
        }
        return request
    }

    static func json(_ request: ProviderRequest) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
    }

    @Test func smsGoesToTwilioMessagesWithBasicAuthAndTheIdempotencyToken() throws {
        let request = try Self.request(Self.item(.sms, to: Identity.phone("+82 10-1234-5678")!))
        #expect(request.url == "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json")
        #expect(request.header("Authorization") == "Basic " + Data("AC123:tw-token".utf8).base64EncodedString())
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.header("I-Twilio-Idempotency-Token") == "reply:message:99")
        let fields = Dictionary(uniqueKeysWithValues: String(decoding: request.body, as: UTF8.self).split(separator: "&").map {
            let pair = $0.split(separator: "=", maxSplits: 1)
            return (String(pair[0]), String(pair[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "")
        })
        #expect(fields == ["To": "+821012345678", "From": "+15550001111", "Body": "안녕하세요, 주문하신 상품은 내일 도착합니다."])
    }

    @Test func aMessagingServiceSendsInsteadOfANumber() throws {
        var planner = Self.planner
        planner.settings.twilio.from = "MG9752274e9e519418a7406176694466fa"
        guard case .success(.http(let request)) = planner.plan(Self.item(.sms, to: Identity.phone("+14155550100")!), message: nil,
                                                               identities: [], now: Self.now) else { Issue.record("no request"); return }
        #expect(String(decoding: request.body, as: UTF8.self).contains("MessagingServiceSid=MG9752274e9e519418a7406176694466fa"))
        #expect(!String(decoding: request.body, as: UTF8.self).contains("From="))
    }

    @Test func whatsappGoesToTheCloudAPIWithTheNumberWithoutItsPlus() throws {
        let request = try Self.request(Self.item(.whatsapp, to: Identity.phone("+98 912 345 6789")!, body: "سلام، سفارش شما فردا می‌رسد."))
        #expect(request.url == "https://graph.facebook.com/v21.0/106540352242922/messages")
        #expect(request.header("Authorization") == "Bearer meta-token")
        let json = try Self.json(request)
        #expect(json["messaging_product"] as? String == "whatsapp")
        #expect(json["to"] as? String == "989123456789")
        #expect(json["type"] as? String == "text")
        #expect((json["text"] as? [String: Any])?["body"] as? String == "سلام، سفارش شما فردا می‌رسد.")
    }

    @Test func messengerAndInstagramNeedThePlatformsIdForTheCustomer() throws {
        let psid = Identity.external("6547382910", system: "facebook")!
        let request = try Self.request(Self.item(.facebook, to: psid))
        #expect(request.url == "https://graph.facebook.com/v21.0/me/messages")
        let json = try Self.json(request)
        #expect((json["recipient"] as? [String: String]) == ["id": "6547382910"])
        #expect(json["messaging_type"] as? String == "RESPONSE")

        let handle = Identity.handle("sarah.m", on: .instagram)!
        let igsid = Identity.external("17841400000000000", system: "instagram")!
        let viaIdentities = try Self.request(Self.item(.instagram, to: handle), identities: [handle, igsid])
        #expect((try Self.json(viaIdentities)["recipient"] as? [String: String]) == ["id": "17841400000000000"])
        guard case .failure(let refusal) = Self.planner.plan(Self.item(.instagram, to: handle), message: nil, identities: [handle], now: Self.now)
        else { Issue.record("a handle alone is no Instagram address"); return }
        #expect(refusal.description.contains("need the customer's instagram id"))
    }

    @Test func xDirectMessagesGoToTheConversationWithTheUserAndPublicRepliesAnswerThePost() throws {
        let user = Identity.external("2244994945", system: "x")!
        let dm = try Self.request(Self.item(.x, to: Identity.handle("sarahk", on: .x)!), identities: [user])
        #expect(dm.url == "https://api.x.com/2/dm_conversations/with/2244994945/messages")
        #expect(dm.header("Authorization") == "Bearer x-token")
        #expect(try Self.json(dm)["text"] as? String == "안녕하세요, 주문하신 상품은 내일 도착합니다.")

        let message = Message(id: MessageID(99), conversationID: ConversationID(42), customerID: CustomerID(3), channel: .x,
                              direction: .outbound, author: .agent("Dana", id: nil), sentAt: Self.now, text: "On it",
                              social: SocialDetails(visibility: .public, inReplyToPostID: "1901"), dedupeKey: "x")
        let reply = try Self.request(Self.item(.x, to: user), message: message)
        #expect(reply.url == "https://api.x.com/2/tweets")
        #expect((try Self.json(reply)["reply"] as? [String: String]) == ["in_reply_to_tweet_id": "1901"])
    }

    @Test func chatIsPostedSignedWithTheChatSecret() throws {
        let visitor = Identity.external("visitor-77", system: "chatwoot")!
        let request = try Self.request(Self.item(.chat, to: visitor))
        #expect(request.url == "https://chat.example.com/concord/replies")
        #expect(request.header(ChatSignature.timestampHeader) == "1796300000")
        #expect(ChatSignature.verify(signature: request.header(ChatSignature.signatureHeader), timestamp: request.header(ChatSignature.timestampHeader),
                                     body: request.body, secret: "chat-secret", now: Self.now) == .authentic)
        let json = try Self.json(request)
        #expect(json["conversation"] as? String == "42")
        #expect(json["id"] as? String == "reply:message:99")
    }

    @Test func emailIsAThreadedMessageFromTheCompanysAddress() throws {
        guard case .success(.email(let email)) = Self.planner.plan(Self.item(.email, to: Identity.email("Sarah@Northwind.example")!),
                                                                   message: nil, identities: [], now: Self.now) else {
            Issue.record("no email plan"); return
        }
        #expect(email.from.address == "help@northwind.example", "channels.own_email when outbox.from is unset")
        #expect(email.to.address == "sarah@northwind.example")
        #expect(email.messageID == "reply.42.abc@concord")
        #expect(email.inReplyTo == "a2@northwind.example")
        let text = String(decoding: email.rendered(), as: UTF8.self)
        #expect(text.contains("Subject: =?UTF-8?B?"), "a Korean subject is an encoded word")
    }

    @Test func aChannelWithoutItsSettingsSaysWhatToSet() {
        let bare = DeliverySettings()
        let none = DeliveryCredentials()
        #expect(bare.unconfigured(.sms, credentials: none) == "set outbox.twilio.account_sid and outbox.twilio.from")
        #expect(bare.unconfigured(.whatsapp, credentials: none) == "set outbox.meta.whatsapp_phone_number_id")
        #expect(bare.unconfigured(.x, credentials: none) == "set CONCORD_X_ACCESS_TOKEN")
        #expect(bare.unconfigured(.chat, credentials: none) == "set outbox.chat_url")
        #expect(bare.unconfigured(.email, credentials: none, executableExists: { _ in false })?.contains("/usr/sbin/sendmail was not found") == true)
        #expect(bare.unconfigured(.email, credentials: none, executableExists: { _ in true }) == nil)
    }

    @Test func theRetryScheduleDoublesUpToItsCeiling() {
        let settings = DeliverySettings()
        #expect((1...9).map { settings.delay(afterAttempts: $0) } == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
    }

    @Test func httpAnswersAreSortedIntoSentRetryAndRefused() {
        #expect(DeliveryOutcome.http(status: 201, body: Data(#"{"sid":"SM123"}"#.utf8), retryAfter: nil, provider: "Twilio")
                == .delivered(providerID: "SM123"))
        #expect(DeliveryOutcome.http(status: 200, body: Data(#"{"messages":[{"id":"wamid.HBg"}]}"#.utf8), retryAfter: nil, provider: "WhatsApp")
                == .delivered(providerID: "wamid.HBg"))
        #expect(DeliveryOutcome.http(status: 429, body: Data(), retryAfter: "120", provider: "X")
                == .retry(reason: "X answered HTTP 429", after: 120))
        #expect(DeliveryOutcome.http(status: 500, body: Data(#"{"error":{"message":"An unexpected error has occurred.","code":2}}"#.utf8),
                                     retryAfter: nil, provider: "Messenger")
                == .retry(reason: "Messenger answered HTTP 500: An unexpected error has occurred.", after: nil))
        #expect(DeliveryOutcome.http(status: 403, body: Data(#"{"errors":[{"message":"You cannot send messages to this user."}]}"#.utf8),
                                     retryAfter: nil, provider: "X")
                == .refused(reason: "X answered HTTP 403: You cannot send messages to this user."))
    }

    @Test func sendmailExitStatusesFollowSysexits() {
        #expect(DeliveryOutcome.sendmail(status: 0, stderr: "", command: "msmtp") == .delivered(providerID: nil))
        #expect(DeliveryOutcome.sendmail(status: 75, stderr: "msmtp: cannot connect to smtp.example.com\n", command: "msmtp")
                == .retry(reason: "msmtp exited with status 75: msmtp: cannot connect to smtp.example.com", after: nil))
        #expect(DeliveryOutcome.sendmail(status: 67, stderr: "nobody@example.com... User unknown", command: "sendmail")
                == .refused(reason: "sendmail exited with status 67: nobody@example.com... User unknown"))
    }
}
