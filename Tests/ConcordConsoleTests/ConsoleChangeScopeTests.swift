import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// A change another process names (`StoreChange`) is read as narrowly as it allows: a message
/// for another customer re-reads that customer's queue rows and places them in the page, not
/// the whole page and the open customer; presence alone reads neither. Fifty consoles on one
/// store make that the difference between a message on every screen in 0.2 s or 0.6 s
/// (Benchmarks/load.sh).
@Suite("Console reads what a change touched")
struct ConsoleChangeScopeTests {
    private static func newCaller(_ store: any Store, _ name: String, phone: String, priority: Priority = .urgent,
                                  direction: Direction = .inbound) throws -> IngestReceipt {
        guard case .stored(let receipt) = try store.ingest(InboundEvent(
            channel: .sms, direction: direction, providerID: "scope-\(name)-\(direction)", occurredAt: ConsoleFixture.now,
            customer: CustomerHints(identities: [.phone(phone)!], name: PersonName(displayName: name)),
            author: direction == .outbound ? .agent("Dana Lee") : nil, text: "Is anyone there?", priority: priority)) else {
            throw StoreError.notFound(what: "stored message", id: name)
        }
        return receipt
    }

    @Test func anotherCustomersMessageReadsTheirRowsAndNotTheOpenCustomer() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        var state = app.state
        let open = try #require(state.detail?.customer.id)
        let other = CustomerID(open.rawValue + 1_000)

        let effects = ConsoleReducer.reduce(&state, .storeChanged(.customers([other])))
        #expect(effects.contains { if case .loadQueueRows(let query) = $0 { query.customers == [other] } else { false } })
        #expect(effects.contains(.pollActivity(since: state.activityMark)))
        #expect(!effects.contains { if case .loadQueue = $0 { true } else { false } }, "not the whole page")
        #expect(!effects.contains { if case .loadDetail = $0 { true } else { false } }, "not the open customer")

        var again = app.state
        let forOpen = ConsoleReducer.reduce(&again, .storeChanged(.customers([open, other])))
        #expect(forOpen.contains(.loadDetail(open)))
        let focused = try #require(again.focusedConversation)
        #expect(forOpen.contains(.loadSLA(focused)) && forOpen.contains(.loadSuggestions(focused)))

        var looking = app.state
        let presence = ConsoleReducer.reduce(&looking, .storeChanged(.presence))
        #expect(presence.allSatisfy { $0 == .syncTeam }, "who is where only: \(presence)")

        var unknown = app.state
        let anything = ConsoleReducer.reduce(&unknown, .storeChanged(.anything))
        #expect(anything.contains { if case .loadQueue(_, append: false) = $0 { true } else { false } })
        #expect(anything.contains(.loadDetail(open)))
    }

    @Test func aNamedChangeLeavesTheQueueAsAWholeReadWouldShowIt() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let selected = try #require(app.state.queue.selectedItem?.id)
        let writer = try SQLiteStore(path: fixture.store.path)
        let caller = try Self.newCaller(writer, "Live Caller", phone: "+14155550211")
        let quiet = try Self.newCaller(writer, "Quiet Caller", phone: "+14155550212", priority: .low)

        app.storeChanges.raise(.customers([caller.customerID, quiet.customerID]))
        #expect(try app.handle(.wakeup) == .continue)
        let whole = try fixture.store.queue(ConsoleReducer.queueQuery(app.state, offset: 0))
        #expect(app.state.queue.rows == whole)
        #expect(app.state.queue.total == whole.count)
        #expect(app.state.queue.selectedItem?.id == selected, "the selection stays on its conversation")
        #expect(ConsoleFixture.screen(app).contains("Live Caller"))

        // An answer moves the caller's row (nothing due any more): read again, placed again.
        _ = try Self.newCaller(writer, "Live Caller", phone: "+14155550211", direction: .outbound)
        app.storeChanges.raise(.customers([caller.customerID]))
        #expect(try app.handle(.wakeup) == .continue)
        #expect(app.state.queue.rows == (try fixture.store.queue(ConsoleReducer.queueQuery(app.state, offset: 0))))
    }

    @Test func aPatchedPageIsTheFirstRowsOfTheNewQueue() throws {
        let fixture = try ConsoleFixture()
        let store = fixture.store
        var callers: [(receipt: IngestReceipt, phone: String)] = []
        for index in 0..<24 {
            let phone = "+1415555\(String(format: "%04d", 3_000 + index))"
            callers.append((try Self.newCaller(store, "Caller \(index)", phone: phone, priority: [.low, .normal, .high, .urgent][index % 4]),
                            phone))
        }
        let query = QueueQuery(ordering: .dueFirst, limit: 1_000, asOf: ConsoleFixture.now)
        for pageSize in [8, 1_000] {
            var model = QueueModel(ordering: .dueFirst)
            var page = query
            page.limit = pageSize
            model.rows = try store.queue(page)
            model.total = try store.queueCount(query)
            // Three customers change: one answered (moves out of the page), one new urgent, one
            // lowered past the page.
            let answered = try #require(model.rows.first { row in callers.contains { $0.receipt.customerID == row.conversation.customerID } })
            let phone = try #require(callers.first { $0.receipt.customerID == answered.conversation.customerID }?.phone)
            _ = try Self.newCaller(store, "Answered \(pageSize)", phone: phone, direction: .outbound)
            let fresh = try Self.newCaller(store, "Fresh \(pageSize)", phone: "+1415555\(pageSize == 8 ? "4001" : "4002")")
            let lowered = try #require(model.rows.last { $0.conversation.priority == .urgent })
            _ = try store.write { try $0.setPriority(conversation: lowered.id, to: .low, at: ConsoleFixture.now, expectedVersion: nil) }

            let touched: Set<CustomerID> = [answered.conversation.customerID, fresh.customerID, lowered.conversation.customerID]
            var rowsQuery = query
            rowsQuery.customers = touched
            let patched = try #require(model.patched(customers: touched, with: try store.queue(rowsQuery)))
            var after = query
            after.limit = patched.count
            #expect(patched == (try store.queue(after)), "page of \(pageSize)")
            #expect(patched != model.rows, "the change moved rows")
            if pageSize == 1_000 { #expect(patched.count == (try store.queueCount(query))) }
        }
    }
}
