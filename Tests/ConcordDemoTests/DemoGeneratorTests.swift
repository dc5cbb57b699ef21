@testable import ConcordDemo
import ConversationEngine
import Foundation
import Testing

@Suite("Demo generator: determinism, volume and order")
struct DemoGeneratorTests {
    @Test("the same configuration gives the same items; another seed gives others")
    func determinism() {
        let configuration = DemoConfiguration(seed: 42, now: referenceNow)
        let first = Array(DemoGenerator(configuration: configuration).items())
        let second = Array(DemoGenerator(configuration: configuration).items())
        #expect(first.count > 1_000)
        #expect(first == second)

        var otherSeed = configuration
        otherSeed.seed = 43
        let third = Array(DemoGenerator(configuration: otherSeed).items())
        #expect(third != first)
    }

    @Test("the sequence is lazy and can be iterated twice with the same result")
    func reiteration() {
        let items = DemoGenerator(configuration: DemoConfiguration(seed: 3, customers: 12, now: referenceNow)).items()
        #expect(Array(items) == Array(items))
        var iterator = items.makeIterator()
        #expect(iterator.next() != nil)
    }

    @Test("the default book has at least 240 customers and a natural 8–15 messages each")
    func defaultVolume() {
        let replay = DemoReplay.standard
        #expect(replay.errors.isEmpty, "\(replay.errors.prefix(5))")
        #expect(replay.book.customers.count >= 240)
        let perCustomer = Double(replay.eventList.count) / Double(replay.book.customers.count)
        #expect((8.0...15.0).contains(perCustomer))
    }

    @Test("a message target is met within 2%", arguments: [20_000, 2_000])
    func messageTarget(target: Int) {
        let generator = DemoGenerator(configuration: DemoConfiguration(seed: 5, messages: target, now: referenceNow))
        var events = 0
        for item in generator.items() where item.event != nil { events += 1 }
        let tolerance = target / 50
        #expect((target - tolerance)...(target + tolerance) ~= events)
    }

    @Test("large targets scale the customer count unless it is set")
    func customerDefaults() {
        #expect(DemoConfiguration().customers == 240)
        #expect(DemoConfiguration(messages: 20_000).customers == 500)
        #expect(DemoConfiguration(messages: 1_000_000).customers == 25_000)
        #expect(DemoConfiguration(customers: 300, messages: 1_000_000).customers == 300)
        var configuration = DemoConfiguration(messages: 4_000)
        configuration.customers = 80
        #expect(configuration.customers == 80)
    }

    @Test("a small target with explicit customers still lands exactly")
    func explicitCustomersAndMessages() {
        let configuration = DemoConfiguration(seed: 9, customers: 30, messages: 700, now: referenceNow)
        let events = DemoGenerator(configuration: configuration).items().filter { $0.event != nil }.count
        #expect((686...714).contains(events))
        let tiny = DemoConfiguration(seed: 9, customers: 240, messages: 50, now: referenceNow)
        #expect(DemoGenerator(configuration: tiny).items().filter { $0.event != nil }.count == 50)
    }

    @Test("every promise, assignment and status change names an event emitted before it")
    func referentialOrder() {
        var seen = Set<String>()
        for item in DemoReplay.standard.items {
            if let event = item.event {
                #expect(seen.insert(event.dedupeKey).inserted, "dedupe key repeated: \(event.dedupeKey)")
            } else if let key = item.referencedDedupeKey {
                #expect(seen.contains(key), "\(item) refers to a later or unknown event")
            }
        }
    }

    @Test("every event has a stable provider id or Message-ID, and none lies in the future")
    func idsAndTimes() {
        for event in DemoReplay.standard.eventList {
            #expect(!event.dedupeKey.hasPrefix("hash:"))
            #expect(event.occurredAt < referenceNow)
            if event.channel == .email { #expect(event.email?.messageID != nil) }
        }
    }

    @Test("within one customer, events are in chronological order")
    func chronologyPerCustomer() {
        let replay = DemoReplay.standard
        var last: [CustomerID: Date] = [:]
        for event in replay.eventList {
            guard let customer = replay.receipts[event.dedupeKey]?.customerID else { continue }
            if let previous = last[customer] { #expect(previous <= event.occurredAt) }
            last[customer] = event.occurredAt
        }
    }

    @Test("status changes and promises are dated no earlier than their message, and not after now")
    func factDates() {
        let replay = DemoReplay.standard
        for item in replay.items {
            switch item {
            case .statusChange(let change):
                let event = replay.events[change.messageDedupeKey]
                #expect(event.map { $0.occurredAt <= change.at } ?? false)
                #expect(change.at <= referenceNow)
            case .promise(let promise):
                #expect(replay.events[promise.messageDedupeKey]?.occurredAt == promise.madeAt)
                #expect(promise.dueAt > promise.madeAt)
                #expect(replay.events[promise.messageDedupeKey]?.direction == .outbound)
            default:
                break
            }
        }
    }
}
