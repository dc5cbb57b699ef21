@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("X posts and direct messages")
struct XParserTests {
    @Test func postsThreadByConversationAndCompanyRepliesAreOutbound() throws {
        let parsed = try ProviderFixtures.parse(XTweetsParser(), try ProviderFixtures.item("social/x-tweets-search.json", .xTweets))
        #expect(parsed.events.map(\.providerID) == ["x:1785912345678901234", "x:1785913456789012345", "x:1785915678901234567"])

        let complaint = parsed.events[0]
        #expect(complaint.channel == .x)
        #expect(complaint.direction == .inbound)
        #expect(complaint.social == SocialDetails(visibility: .public, url: "https://x.com/maryam_ahmadi/status/1785912345678901234"))
        #expect(complaint.thread.socialThreadID == "1785912345678901234")
        #expect(complaint.customer.identities == [Identity.handle("maryam_ahmadi", on: .x)!, Identity.external("2244994945", system: "x")!])
        #expect(complaint.customer.name?.displayName == "مریم احمدی")
        #expect(complaint.text.contains("& پیگیری"), "X's &amp; is undone")
        #expect(complaint.occurredAt == ProviderFixtures.utc("2024-05-02T08:15:30Z"))

        let reply = parsed.events[1]
        #expect(reply.direction == .outbound)
        #expect(reply.author == .agent("Acme Support"))
        #expect(reply.customer.identities.first == Identity.handle("maryam_ahmadi", on: .x))
        #expect(reply.social?.inReplyToPostID == "1785912345678901234")
        #expect(reply.thread.socialThreadID == "1785912345678901234")

        let withPhoto = parsed.events[2]
        #expect(withPhoto.attachments == [Attachment(filename: "GMabc123XYZ.jpg", contentType: "image/jpeg", size: 0)])

        #expect(parsed.warnings.contains { $0.contains("repost") })
        #expect(parsed.warnings.contains { $0.contains("answers no one") })
    }

    @Test func withoutOwnHandlesEveryPostIsInbound() throws {
        let parsed = try XTweetsParser().parse(try ProviderFixtures.item("social/x-tweets-search.json", .xTweets), context: .standard)
        #expect(parsed.events.allSatisfy { $0.direction == .inbound })
        #expect(parsed.events.count == 4)
    }

    @Test func aStreamPayloadCarriesOnePostObject() throws {
        let parsed = try ProviderFixtures.parse(XTweetsParser(), try ProviderFixtures.item("social/x-tweet-stream.json", .xTweets))
        let event = try #require(parsed.events.first)
        #expect(event.customer.identities.first == Identity.handle("anna_smirnova", on: .x))
        #expect(event.text.hasPrefix("@acme_support Третий день"))
    }

    @Test func postErrors() {
        let parser = XTweetsParser()
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"meta": {}}"#, .xTweets)), "data"))
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"errors": [{"title": "Not Found Error"}]}"#, .xTweets))))
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"data": [{"id": "1", "text": "hi"}]}"#, .xTweets)), "data[0].author_id"))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"data": [{"id": "1", "author_id": "2", "text": "hi", "created_at": "soon"}]}"#, .xTweets))))
    }

    @Test func directMessagesThreadByConversationAndKnowTheCustomerOfOurReplies() throws {
        let parsed = try ProviderFixtures.parse(XDirectMessagesParser(), try ProviderFixtures.item("social/x-dm-events.json", .xDirectMessages))
        #expect(parsed.events.map(\.providerID) == ["x-dm:1787000000000000001", "x-dm:1787000000000000002"])
        let question = parsed.events[0]
        #expect(question.direction == .inbound)
        #expect(question.social?.visibility == .private)
        #expect(question.thread.socialThreadID == "906948460078698496-1111111111")
        #expect(question.customer.identities == [Identity.handle("anna_smirnova", on: .x)!, Identity.external("906948460078698496", system: "x")!])
        #expect(question.attachments.first?.filename == "box.jpg")
        let answer = parsed.events[1]
        #expect(answer.direction == .outbound)
        #expect(answer.author == .agent("Acme Support"))
        #expect(answer.customer.identities == question.customer.identities)
        #expect(parsed.warnings.contains { $0.contains("ParticipantsJoin") })
    }

    @Test func dmErrors() {
        let parser = XDirectMessagesParser()
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"data": [{"id": "1", "event_type": "MessageCreate", "text": "hi"}]}"#, .xDirectMessages)), "data[0].sender_id"))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: #"{"data": "nope"}"#, .xDirectMessages))))
    }
}
