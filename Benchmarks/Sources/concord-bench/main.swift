import Foundation
import ConcordConsole
import ConcordKnowledge
import ConcordStore
import ConcordTerminal
import ConversationEngine

// Measures a generated store against the budgets in DESIGN.md. Usage:
//   concord-bench STORE.sqlite
// Run through Benchmarks/run.sh, which generates the store first.

guard CommandLine.arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: concord-bench STORE.sqlite\n".utf8))
    exit(2)
}
let path = CommandLine.arguments[1]
let now = Date(timeIntervalSince1970: 1_795_424_400) // 2026-11-23T09:00:00Z, the generator's --now
let size = Size(width: 160, height: 45)

func makePresentation() throws -> Presentation {
    Presentation(theme: ThemeLibrary.defaultTheme, borders: .unicode, clock: ClockText(timeZone: TimeZone(identifier: "UTC")!),
                 agentName: "bench", storeLabel: "bench",
                 keymap: try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue))))
}

// The console as agents run it: with the shipped phrasebooks and answers, so every queue move
// also detects situations and ranks answers for the selected conversation.
let knowledge = try KnowledgeLoader.shipped()
let suggester = ReplySuggester(phrasebook: knowledge.phrasebook, answerBook: knowledge.answerBook)

let store = try SQLiteStore(path: path)
let statistics = try store.statistics()
print("Store: \(statistics.messages) messages, \(statistics.customers) customers, \(statistics.conversations) conversations (\(statistics.activeConversations) open)")

// 0. What ingest computes per inbound message besides storing it: the customer's sentiment.
// (In a function, so the messages are freed before the console's memory is measured.)
func measureSentiment() throws {
    let inbound = try store.messages(after: MessageID(0), limit: 20_000).filter { $0.direction == .inbound && !$0.text.isEmpty }
    var sentiment = Samples()
    let start = DispatchTime.now().uptimeNanoseconds
    for message in inbound { _ = sentiment.measure { Sentiment.ofCustomerMessage(message.text, preferred: nil) } }
    let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    print(String(format: "Sentiment of %d inbound messages:  %.0f ms in all, %.1f µs each; ", inbound.count, total,
                 total * 1000 / Double(max(1, inbound.count))) + sentiment.summary)
}

/// The other reading ingest does per message on its parsing threads: promises in replies and
/// the search text of every message.
func measureIngestReading() throws {
    let messages = try store.messages(after: MessageID(0), limit: 20_000)
    let replies = messages.filter { $0.direction == .outbound && !$0.text.isEmpty }
    let utc = TimeZone(identifier: "UTC")!
    var promises = Samples()
    for message in replies {
        _ = promises.measure {
            PromiseExtractor().extract(from: message.text, language: .en, sentAt: message.sentAt, timeZone: utc, calendar: nil)
        }
    }
    print(String(format: "Promises read in %d replies:  %.0f ms in all; ", replies.count, promises.totalMilliseconds) + promises.summary)
    var search = Samples()
    for message in messages { _ = search.measure { SearchDocument.text(of: message) } }
    print(String(format: "Search text of %d messages:  %.0f ms in all; ", messages.count, search.totalMilliseconds) + search.summary)
}
if CommandLine.arguments.contains("--sentiment-only") {
    try measureSentiment()
    try measureIngestReading()
    exit(0)
}

// 1. Startup to first full frame: open the store, load the queue and the first customer, draw.
var startup = Samples()
for _ in 0..<20 {
    startup.measure {
        let opened = try! SQLiteStore(path: path)
        let app = ConsoleApplication(state: ConsoleState(now: now, size: size, queueOrdering: .dueFirst,
                                                         presentation: try! makePresentation()),
                                     store: opened, suggester: suggester, clock: { now })
        app.start()
        let backend = MemoryBackend(size: size)
        var canvas = Canvas(size: size)
        app.render(into: &canvas)
        backend.present(canvas)
    }
}
print("Startup to first frame (160x45):   \(startup.summary)")
print(String(format: "  resident memory now:             %.1f MB", residentMegabytes()))

// 2. Key to settled screen: reduce, run the effects (store reads), render, diff.
let app = ConsoleApplication(state: ConsoleState(now: now, size: size, queueOrdering: .dueFirst, presentation: try makePresentation()),
                             store: store, suggester: suggester, clock: { now })
app.start()
let backend = MemoryBackend(size: size)
backend.frameHistoryLimit = 1
@MainActor func frame() {
    var canvas = Canvas(size: size)
    app.render(into: &canvas)
    backend.present(canvas)
}
frame()
var queueKeys = Samples()
for index in 0..<2_000 {
    let key: Key = index % 500 < 400 ? .char("j") : .char("k")
    queueKeys.measure {
        app.dispatch(.key(key))
        frame()
    }
}
print("Key to screen, queue j/k:          \(queueKeys.summary)")
let cellsPerQueueMove = backend.changedCellCounts.last ?? 0
var timelineKeys = Samples()
app.dispatch(.key(.enter))
frame()
for index in 0..<1_000 {
    let key: Key = index % 100 < 50 ? .char("k") : .char("j")
    timelineKeys.measure {
        app.dispatch(.key(key))
        frame()
    }
}
print("Key to screen, timeline scroll:    \(timelineKeys.summary)")
// Where a queue move's time goes.
var detailLoad = Samples(), documentBuild = Samples(), drawing = Samples()
let rows = app.state.queue.rows
for index in 0..<min(300, rows.count) {
    let customer = rows[index].conversation.customerID
    let detail = try detailLoad.measure { try DetailLoader.load(customer: customer, from: store, now: now) }
    documentBuild.measure {
        // As the console does: the newest two screens of the 41-row timeline pane.
        _ = TimelineDocument.build(detail: detail, focused: rows[index].id, scope: .customer, width: 61,
                                   presentation: app.state.presentation, minimumLines: 41 * 2)
    }
}
for _ in 0..<300 { drawing.measure { frame() } }
print("  of which loading the customer:   \(detailLoad.summary)")
print("  of which laying out the timeline: \(documentBuild.summary)")
print("  of which drawing and diffing:     \(drawing.summary)")
print(String(format: "Cells written per queue move:      %d (of %d)", cellsPerQueueMove, size.width * size.height))

// Right-to-left text: a 160x45 frame of queue-like rows in Persian (every row reordered by
// FriBidi, field by field) against the same frame in Korean (the fast path, no bidi pass).
// Redrawn, as on a cursor move (the layouts are remembered), and new (every row a text not
// drawn before, so every field goes through FriBidi).
func queueLikeRow(name: String, subject: String) -> StyledLine {
    StyledLine([Span("WA!"), Span(TextMeasure.padded(name, toWidth: 18), field: .firstStrong),
                Span(TextMeasure.padded(subject, toWidth: 122), field: .firstStrong), Span(" 1h 20m  new   ", field: .leftToRight)])
}
let persianSubject = "سلام، شماره سفارش ۴۴۲۱ است. لطفاً بررسی کنید؛ مبلغ 121,000 تومان با DHL برگشت نخورده (فاکتور ۳۲)"
let koreanSubject = "안녕하세요, 주문 번호 4421입니다. 확인 부탁드립니다; 121,000원이 DHL로 반송되지 않았습니다 (송장 32)"
func drawFrame(_ row: (Int) -> StyledLine) -> Canvas {
    var canvas = Canvas(size: size)
    for y in 0..<size.height { canvas.draw(row(y), at: Point(x: 0, y: y)) }
    return canvas
}
var persianFrames = Samples(), koreanFrames = Samples(), newPersianFrames = Samples()
let persianRow = queueLikeRow(name: "مریم احمدی", subject: persianSubject)
let koreanRow = queueLikeRow(name: "김민지", subject: koreanSubject)
for frameNumber in 0..<300 {
    _ = persianFrames.measure { drawFrame { _ in persianRow } }
    _ = koreanFrames.measure { drawFrame { _ in koreanRow } }
    let fresh = (0..<size.height).map { queueLikeRow(name: "مریم احمدی", subject: "\(frameNumber * 100 + $0) " + persianSubject) }
    _ = newPersianFrames.measure { drawFrame { fresh[$0] } }
}
print("Drawing 45 Persian rows (160x45):  \(persianFrames.summary)")
print("  the same rows in Korean:         \(koreanFrames.summary)")
print("  45 Persian rows never drawn:     \(newPersianFrames.summary)")
print(String(format: "  resident memory now:             %.1f MB", residentMegabytes()))

// 3. Store queries the console and the CLI make.
var queuePage = Samples()
for offset in stride(from: 0, to: 20_000, by: 200) {
    _ = try queuePage.measure { try store.queue(QueueQuery(limit: 200, offset: offset % max(1, statistics.activeConversations), asOf: now)) }
}
print("Queue page (200 rows):             \(queuePage.summary)")
print(String(format: "  resident memory now:             %.1f MB", residentMegabytes()))

var search = Samples()
let words = ["退款", "到账", "환불", "배송", "возврат", "заказ", "سفارش", "پول", "refund", "delivery", "invoice", "order"]
var hits = 0
for _ in 0..<10 {
    for word in words {
        hits += try search.measure { try store.search(SearchQuery(word, limit: 50)) }.count
    }
}
print("Search, 12 words in 5 languages:   \(search.summary)  \(hits / 10) hits per round")
print(String(format: "Resident memory after the run:     %.1f MB", residentMegabytes()))

// Last, as its sample of messages would stay in the allocator's arenas and count as the console's memory.
try measureSentiment()
