import ConversationEngine

/// The lazy sequence behind `DemoGenerator.items()`: customers are generated one at a time,
/// so a million messages never sit in memory together.
///
/// Items come customer by customer; within a customer, events are in time order and every
/// promise, assignment and status change follows the event it names.
struct DemoItemStream: Sequence {
    let world: DemoWorld
    let customers: Int
    let messages: Int?

    func makeIterator() -> Iterator { Iterator(stream: self) }

    struct Iterator: IteratorProtocol {
        private let world: DemoWorld
        private let customers: Int
        private var remaining: Int?
        private var rng: DemoRandom
        private var customerIndex = 0
        private var buffer: [DemoItem] = []
        private var bufferStories: [Int] = []
        private var position = 0
        private var kindDeck: [DemoCustomerWriter.Kind] = []
        private var outcomeDeck: [DemoStoryOutcome] = []
        private var localeDeck: [DemoLocale] = []
        /// Stories written so far.
        private(set) var storyCount = 0
        /// The number of the story the last returned item belongs to (for checks).
        private(set) var currentStory = -1

        init(stream: DemoItemStream) {
            world = stream.world
            if let messages = stream.messages {
                let target = Swift.max(0, messages)
                customers = Swift.min(Swift.max(0, stream.customers), target)
                remaining = target
            } else {
                customers = Swift.max(0, stream.customers)
                remaining = nil
            }
            rng = DemoRandom(seed: stream.world.seed)
            buffer.reserveCapacity(64)
            bufferStories.reserveCapacity(64)
        }

        mutating func next() -> DemoItem? {
            while position == buffer.count {
                guard customerIndex < customers else { return nil }
                buffer.removeAll(keepingCapacity: true)
                bufferStories.removeAll(keepingCapacity: true)
                position = 0
                produceCustomer()
            }
            let item = buffer[position]
            currentStory = bufferStories[position]
            position += 1
            return item
        }

        private mutating func produceCustomer() {
            let index = customerIndex
            customerIndex += 1
            let budget: Int
            if let left = remaining {
                let customersLeft = customers - index
                if customersLeft <= 1 {
                    budget = left
                } else {
                    let mean = Double(left) / Double(customersLeft)
                    let drawn = Int((mean * rng.uniform(0.55, 1.45)).rounded())
                    budget = Swift.max(1, Swift.min(drawn, left - (customersLeft - 1)))
                }
                remaining = left - budget
            } else {
                budget = rng.int(8...15)
            }
            let card = DemoCustomerWriter.LiveCard(kind: dealKind(), outcome: dealOutcome())
            var writer = DemoCustomerWriter(index: index, locale: dealLocale(), world: world)
            storyCount += writer.write(budget: budget, live: card, firstStory: storyCount,
                                       into: &buffer, stories: &bufferStories)
        }

        /// Live stories are dealt from shuffled decks, so every shape and outcome turns up in
        /// every twenty customers, whatever the seed.
        private mutating func dealKind() -> DemoCustomerWriter.Kind {
            if kindDeck.isEmpty {
                kindDeck = Array(repeating: .email, count: 5) + Array(repeating: .chat, count: 3)
                    + Array(repeating: .multichannel, count: 3) + Array(repeating: .socialPublic, count: 2)
                    + Array(repeating: .socialDM, count: 3) + Array(repeating: .phone, count: 2) + [.sms, .thanks]
                rng.shuffle(&kindDeck)
            }
            return kindDeck.removeLast()
        }

        /// English 30% (US and UK), Korean 20%, Chinese 20%, Russian 15%, Persian 15%.
        private mutating func dealLocale() -> DemoLocale {
            if localeDeck.isEmpty {
                localeDeck = Array(repeating: .us, count: 4) + Array(repeating: .gb, count: 2)
                    + Array(repeating: .kr, count: 4) + Array(repeating: .cn, count: 4)
                    + Array(repeating: .ru, count: 3) + Array(repeating: .ir, count: 3)
                rng.shuffle(&localeDeck)
            }
            return localeDeck.removeLast()
        }

        private mutating func dealOutcome() -> DemoStoryOutcome {
            if outcomeDeck.isEmpty {
                outcomeDeck = Array(repeating: .unanswered, count: 4) + Array(repeating: .waitingAfterReply, count: 4)
                    + Array(repeating: .promiseFuture, count: 3) + Array(repeating: .promiseOverdueNudged, count: 2)
                    + [.promiseOverdueSilent] + Array(repeating: .pendingCustomer, count: 3)
                    + Array(repeating: .resolvedRecently, count: 3)
                rng.shuffle(&outcomeDeck)
            }
            return outcomeDeck.removeLast()
        }
    }
}
