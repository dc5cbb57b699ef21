@testable import ConcordDemo
import ConversationEngine
import Foundation
import Testing

@Suite("Demo book through the real ingest pipeline")
struct DemoIngestTests {
    @Test("all events ingest without errors or duplicates")
    func ingestsCleanly() {
        let replay = DemoReplay.standard
        #expect(replay.errors.isEmpty, "\(replay.errors.prefix(5))")
        #expect(replay.book.messages.count == replay.eventList.count)
    }

    @Test("every story becomes exactly one conversation of its own")
    func storiesAreConversations() {
        let replay = DemoReplay.standard
        var conversationsOfStory: [Int: Set<ConversationID>] = [:]
        for (index, item) in replay.items.enumerated() {
            guard let event = item.event, let receipt = replay.receipts[event.dedupeKey] else { continue }
            conversationsOfStory[replay.storyOfItem[index], default: []].insert(receipt.conversationID)
        }
        #expect(conversationsOfStory.count == replay.storyCount)
        for (story, conversations) in conversationsOfStory {
            #expect(conversations.count == 1, "story \(story) spread over \(conversations.count) conversations")
        }
        #expect(replay.book.conversations.count == replay.storyCount)
    }

    @Test("other seeds and sizes keep the same guarantees", arguments: [
        DemoConfiguration(seed: 2, now: referenceNow),
        DemoConfiguration(seed: 17, now: referenceNow.addingTimeInterval(-86_400 * 40)),
        DemoConfiguration(seed: 3, customers: 25, messages: 2_500, now: referenceNow),
        DemoConfiguration(seed: 4, customers: 300, messages: 600, now: referenceNow),
    ])
    func otherConfigurations(configuration: DemoConfiguration) {
        let replay = DemoReplay(configuration)
        #expect(replay.errors.isEmpty, "\(replay.errors.prefix(5))")
        #expect(replay.book.conversations.count == replay.storyCount)
        var conversationsOfStory: [Int: Set<ConversationID>] = [:]
        for (index, item) in replay.items.enumerated() {
            guard let event = item.event, let receipt = replay.receipts[event.dedupeKey] else { continue }
            conversationsOfStory[replay.storyOfItem[index], default: []].insert(receipt.conversationID)
            #expect(event.occurredAt < configuration.now)
        }
        #expect(conversationsOfStory.values.allSatisfy { $0.count == 1 })
        let conversations = Array(replay.book.conversations.values)
        let active = conversations.filter { replay.status(of: $0).isActive }.count
        #expect(Double(active) >= 0.2 * Double(conversations.count))
        if let target = configuration.messages {
            #expect(replay.eventList.count == target)
        }
        for promise in replay.promises where promise.state == .kept || promise.state == .broken {
            #expect(promise.madeAt < configuration.now)
        }
    }

    @Test("some customers reached out on three or more channels about one issue")
    func multichannelConversations() {
        let replay = DemoReplay.standard
        var channels: [ConversationID: Set<Channel>] = [:]
        for message in replay.book.messages.values where message.direction == .inbound {
            channels[message.conversationID, default: []].insert(message.channel)
        }
        let wide = channels.filter { $0.value.count >= 3 }
        #expect(wide.count >= 5)
        // Within seven days, as a customer chasing one problem would.
        for id in wide.keys {
            let times = replay.messages(in: id).map(\.sentAt)
            if let first = times.min(), let last = times.max() {
                #expect(last.timeIntervalSince(first) < 10 * 86_400)
            }
        }
    }

    @Test("one phone number links SMS, calls and WhatsApp to one customer")
    func sharedPhoneIdentity() {
        let replay = DemoReplay.standard
        var channelsOfCustomer: [CustomerID: Set<Channel>] = [:]
        for message in replay.book.messages.values {
            channelsOfCustomer[message.customerID, default: []].insert(message.channel)
        }
        let linked = channelsOfCustomer.filter { $0.value.isSuperset(of: [.sms, .phone, .whatsapp]) }
        #expect(!linked.isEmpty)
        for customer in linked.keys {
            let phones = replay.book.identities(of: customer).filter { $0.kind == .phone }
            #expect(phones.count == 1)
        }
        // And no identity was ever claimed by two customers.
        #expect(replay.receipts.values.allSatisfy { $0.mergeCandidates.isEmpty })
    }

    @Test("the ledger has overdue open promises, future open promises and kept and broken ones")
    func promiseLedger() {
        let promises = DemoReplay.standard.promises
        let open = promises.filter { $0.state == .open }
        #expect(open.filter { $0.dueAt < referenceNow }.count >= 5, "overdue open promises")
        #expect(open.filter { $0.dueAt > referenceNow }.count >= 5, "open promises still due")
        #expect(promises.contains { $0.state == .kept })
        #expect(promises.contains { $0.state == .broken })
        #expect(promises.allSatisfy { !$0.text.isEmpty })
    }

    @Test("at least a quarter of conversations are active at the reference instant, with waits from minutes to days")
    func liveQueue() {
        let replay = DemoReplay.standard
        let conversations = Array(replay.book.conversations.values)
        let active = conversations.filter { replay.status(of: $0).isActive }
        #expect(Double(active.count) >= 0.25 * Double(conversations.count))
        #expect(Double(active.count) <= 0.6 * Double(conversations.count))
        let waits = active.compactMap { $0.waitDuration(at: referenceNow) }
        #expect(waits.contains { $0 < 30 * 60 }, "someone waiting minutes")
        #expect(waits.contains { $0 > 86_400 }, "someone waiting days")
        let statuses = Set(conversations.map { replay.status(of: $0) })
        #expect(statuses.isSuperset(of: [.new, .open, .pendingCustomer, .resolved, .closed]))
    }

    @Test("email replies thread into the conversation of the message they answer")
    func emailThreading() {
        let replay = DemoReplay.standard
        var replies = 0
        for event in replay.eventList where event.channel == .email {
            guard let parent = event.email?.inReplyTo else { continue }
            replies += 1
            let parentKey = "email:" + parent
            #expect(replay.receipts[parentKey] != nil)
            #expect(replay.receipts[event.dedupeKey]?.conversationID == replay.receipts[parentKey]?.conversationID)
            #expect(replay.receipts[event.dedupeKey]?.threadingReason == .emailHeaders)
            #expect(event.email?.references.last == parent)
            #expect(SubjectNormalizer.hasReplyPrefix(event.subject ?? ""))
        }
        #expect(replies > 100)
    }

    @Test("some conversations are assigned to known agents and some wait unassigned")
    func assignments() {
        let replay = DemoReplay.standard
        let logins = Set(DemoGenerator(configuration: DemoConfiguration(now: referenceNow)).agents.map(\.login))
        #expect(replay.assignments.values.allSatisfy(logins.contains))
        let active = replay.book.conversations.values.filter { replay.status(of: $0).isActive }
        #expect(active.contains { replay.assignments[$0.id] == nil })
        #expect(active.contains { replay.assignments[$0.id] != nil })
    }

    @Test("priorities and queues are hinted on first events")
    func routing() {
        let conversations = DemoReplay.standard.book.conversations.values
        let queues = Set(conversations.map(\.queue))
        #expect(queues.isSuperset(of: ["support", "billing", "social", "vip"]))
        #expect(conversations.contains { $0.priority == .urgent })
        #expect(conversations.contains { $0.priority == .high })
        let elevated = conversations.filter { $0.priority >= .high }.count
        #expect(elevated < conversations.count / 4)
    }

    @Test("agent replies are authored by demo agents; notes are internal")
    func authorship() {
        let names = Set(DemoStaff.roster.map(\.profile.name))
        for event in DemoReplay.standard.eventList {
            switch event.direction {
            case .internal:
                #expect(event.channel == .note)
                #expect(event.author.map { names.contains($0.name) } ?? false)
            case .outbound:
                if let author = event.author, author.kind == .agent { #expect(names.contains(author.name)) }
            case .inbound:
                #expect(event.author == nil)
            }
        }
    }
}
