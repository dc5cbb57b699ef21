import ConversationEngine
import Foundation

/// Produces every item of one customer: decides how many stories they have and how long each
/// is (so the run meets its message budget exactly), writes them, places them in time, and
/// emits events followed by the promises, assignments and status changes that refer to them.
///
/// Time placement keeps ingest honest: the live story ends relative to the reference instant
/// (so waits and overdue promises are real), and history stories sit at least eight days apart,
/// beyond the seven-day window in which calls and messages join an open conversation, so every
/// story becomes exactly one conversation whether or not a loader applies status changes.
struct DemoCustomerWriter {
    /// A card dealt from the iterator's decks: the shape of the customer's live story.
    struct LiveCard {
        var kind: Kind
        var outcome: DemoStoryOutcome
    }

    /// Story shapes as dealt, before the customer's channels are known.
    enum Kind: CaseIterable {
        case email, chat, multichannel, socialPublic, socialDM, phone, sms, thanks
    }

    private static let day = 86_400
    private static let storyGap = 8 * 86_400

    let world: DemoWorld
    private(set) var customer: DemoCustomer
    private var writer: DemoStoryWriter

    init(index: Int, locale: DemoLocale, world: DemoWorld) {
        self.world = world
        var rng = DemoRandom(seed: world.seed, stream: UInt64(index))
        let customer = DemoCustomer(index: index, locale: locale, rng: &rng, world: world)
        self.customer = customer
        self.writer = DemoStoryWriter(customer: customer, seed: world.seed, rng: rng)
    }

    /// Appends the customer's items (and, for each, the number of the story it belongs to).
    /// - Returns: the number of stories written.
    mutating func write(budget: Int, live card: LiveCard, firstStory: Int,
                        into items: inout [DemoItem], stories: inout [Int]) -> Int {
        guard budget > 0 else { return 0 }

        // How many stories, and how big.
        let windowStart = max(customer.customerSince + Self.day, world.now - 730 * Self.day)
        let room = (world.now - 15 * Self.day - Self.storyGap) - windowStart
        let historyByTime = max(0, room / (16 * Self.day))
        let typical = max(5, budget / 2)
        var history = Int((Double(budget) / Double(typical)).rounded()) - 1
        if writer.rng.chance(0.35) { history += writer.rng.chance(0.5) ? 1 : -1 }
        history = max(0, min(history, historyByTime, (budget - 1) / 2, 4))
        var sizes: [Int]
        if history == 0 {
            sizes = [budget]
        } else {
            let liveSize = max(1, min(Int((Double(budget) * writer.rng.uniform(0.35, 0.6)).rounded()), budget - 2 * history))
            var historySizes = [Int](repeating: 2, count: history)
            for _ in 0..<(budget - liveSize - 2 * history) { historySizes[writer.rng.below(history)] += 1 }
            sizes = historySizes + [liveSize]
        }

        // Write them: history first (oldest first), the live story last.
        var drafts: [DemoStoryDraft] = []
        for (position, size) in sizes.enumerated() {
            let isLive = position == sizes.count - 1
            drafts.append(writeStory(size: size, live: isLive ? card : nil))
        }

        // Place them in time.
        var starts = [Int](repeating: 0, count: drafts.count)
        let live = drafts[drafts.count - 1]
        starts[drafts.count - 1] = world.now - live.tailAge - live.span
        if drafts.count > 1 {
            let liveStart = starts[drafts.count - 1]
            let spans = drafts.dropLast().map(\.span)
            let needed = spans.reduce(0, +) + spans.count * Self.storyGap
            let slack = max(0, liveStart - windowStart - needed)
            var weights = (0..<drafts.count).map { _ in writer.rng.uniform(0.05, 1) }
            let total = weights.reduce(0, +)
            weights = weights.map { $0 / total }
            var cursor = liveStart - Int(Double(slack) * weights[drafts.count - 1]) - Self.storyGap
            for index in stride(from: drafts.count - 2, through: 0, by: -1) {
                starts[index] = cursor - spans[index]
                cursor = starts[index] - Self.storyGap - Int(Double(slack) * weights[index])
            }
        }

        for (index, draft) in drafts.enumerated() {
            let nextStart = index + 1 < drafts.count ? starts[index + 1] : world.now
            emit(draft, start: starts[index], nextStart: nextStart, story: firstStory + index,
                 into: &items, stories: &stories)
        }
        return drafts.count
    }

    // MARK: - Planning

    private mutating func writeStory(size: Int, live card: LiveCard?) -> DemoStoryDraft {
        let kindCard = card?.kind ?? historyKind()
        var outcome = card?.outcome ?? historyOutcome()
        let topic: DemoTopic
        let kind: DemoStoryKind
        if kindCard == .thanks {
            topic = .thanks
            kind = thanksKind()
            if outcome.isLive, outcome != .unanswered { outcome = .resolvedRecently }
            if !outcome.isLive { outcome = .resolved }
        } else {
            kind = storyKind(kindCard)
            topic = self.topic(for: kind)
        }

        var attempts: [DemoStoryPlan] = []
        let outcomes: [DemoStoryOutcome] = outcome.isLive
            ? [outcome, .waitingAfterReply, .promiseFuture, .pendingCustomer, .resolvedRecently, .unanswered]
            : [outcome, .resolved, .keptPromise]
        for candidate in outcomes { attempts.append(DemoStoryPlan(kind: kind, outcome: candidate, topic: topic, size: size)) }
        let fallbackTopic: DemoTopic = topic == .thanks ? .orderStatus : topic
        for candidate in outcomes {
            attempts.append(DemoStoryPlan(kind: .email, outcome: candidate, topic: fallbackTopic, size: size))
        }
        for plan in attempts {
            if let draft = writer.write(plan) { return draft }
        }
        preconditionFailure("no demo story shape fits \(size) events")
    }

    private mutating func historyKind() -> Kind {
        let kinds: [Kind] = [.email, .chat, .phone, .sms, .socialDM, .socialPublic, .multichannel, .thanks]
        let weights = [30, 18, 14, 8, 12, 5, 6, customer.isLoyal ? 15 : 5]
        return kinds[writer.rng.weighted(weights)]
    }

    private mutating func historyOutcome() -> DemoStoryOutcome {
        [DemoStoryOutcome.keptPromise, .resolved, .brokenPromise][writer.rng.weighted([45, 40, 15])]
    }

    private mutating func storyKind(_ card: Kind) -> DemoStoryKind {
        let allPlatforms: [Channel] = customer.socials.map(\.channel)
        let publicPlatforms: [Channel] = allPlatforms.filter(Self.allowsPublicPosts)
        switch card {
        case .email: return .email
        case .chat: return .chat
        case .multichannel: return .multichannel
        case .phone: return .phone
        case .sms: return .sms
        case .socialPublic:
            if publicPlatforms.isEmpty { return allPlatforms.isEmpty ? .chat : .socialDM(writer.rng.pick(allPlatforms)) }
            let preferX = publicPlatforms.contains(.x) && writer.rng.chance(0.7)
            return .socialPublic(preferX ? .x : writer.rng.pick(publicPlatforms))
        case .socialDM:
            return allPlatforms.isEmpty ? .sms : .socialDM(writer.rng.pick(allPlatforms))
        case .thanks:
            return thanksKind()
        }
    }

    private mutating func thanksKind() -> DemoStoryKind {
        let allPlatforms: [Channel] = customer.socials.map(\.channel)
        let publicPlatforms: [Channel] = allPlatforms.filter(Self.allowsPublicPosts)
        switch writer.rng.below(3) {
        case 0 where !publicPlatforms.isEmpty: return .socialPublic(writer.rng.pick(publicPlatforms))
        case 1 where !allPlatforms.isEmpty: return .socialDM(writer.rng.pick(allPlatforms))
        default: return .email
        }
    }

    private mutating func topic(for kind: DemoStoryKind) -> DemoTopic {
        let table: [(DemoTopic, Int)]
        switch kind {
        case .multichannel:
            table = [(.deliveryDelay, 3), (.refundWait, 3), (.billingError, 2), (.defectiveProduct, 2),
                     (.accountLogin, 1), (.orderStatus, 1)]
        case .chat:
            table = [(.setupHelp, 3), (.orderStatus, 3), (.addressChange, 2), (.accountLogin, 2),
                     (.deliveryDelay, 2), (.cancellation, 2)]
        case .socialDM, .socialPublic:
            table = [(.deliveryDelay, 3), (.defectiveProduct, 2), (.refundWait, 2), (.orderStatus, 2),
                     (.billingError, 1), (.setupHelp, 1)]
        case .phone:
            table = [(.billingError, 2), (.accountLogin, 2), (.cancellation, 2), (.setupHelp, 2),
                     (.deliveryDelay, 1), (.refundWait, 1), (.addressChange, 2)]
        case .sms:
            table = [(.orderStatus, 3), (.addressChange, 2), (.deliveryDelay, 2), (.cancellation, 1)]
        case .email:
            table = [(.deliveryDelay, 2), (.refundWait, 2), (.defectiveProduct, 2), (.billingError, 2),
                     (.cancellation, 1), (.setupHelp, 1), (.addressChange, 1), (.orderStatus, 1), (.accountLogin, 1)]
        }
        return table[writer.rng.weighted(table.map(\.1))].0
    }

    /// Platforms where a complaint can be a public post the company answers in public.
    private static func allowsPublicPosts(_ channel: Channel) -> Bool {
        channel == .x || channel == .instagram || channel == .facebook
    }

    // MARK: - Emitting

    private mutating func emit(_ draft: DemoStoryDraft, start: Int, nextStart: Int, story: Int,
                               into items: inout [DemoItem], stories: inout [Int]) {
        var time = start
        var openerKey = ""
        var lastKey = ""
        for (index, draftEvent) in draft.events.enumerated() {
            if index > 0 { time += draftEvent.gap }
            var event = draftEvent.event
            event.occurredAt = Date(timeIntervalSince1970: TimeInterval(time))
            let key = event.dedupeKey
            if index == 0 { openerKey = key }
            lastKey = key
            items.append(.event(event))
            stories.append(story)
            if let promise = draftEvent.promise {
                let due = customer.clock.due(promise.kind, madeAt: time)
                items.append(.promise(DemoPromise(
                    messageDedupeKey: key, text: promise.text, madeAt: event.occurredAt,
                    dueAt: Date(timeIntervalSince1970: TimeInterval(due)), state: promise.state)))
                stories.append(story)
            }
            if draftEvent.assign {
                items.append(.assignment(DemoAssignment(messageDedupeKey: openerKey, agentLogin: draft.agentLogin)))
                stories.append(story)
            }
            if let status = draftEvent.status {
                let at = time + writer.rng.int(5...60)
                items.append(.statusChange(DemoStatusChange(
                    messageDedupeKey: key, status: status, at: Date(timeIntervalSince1970: TimeInterval(at)))))
                stories.append(story)
            }
        }
        guard let resolveAfter = draft.resolveAfter else { return }
        let resolvedAt = min(time + resolveAfter, world.now - 1)
        items.append(.statusChange(DemoStatusChange(
            messageDedupeKey: lastKey, status: .resolved, at: Date(timeIntervalSince1970: TimeInterval(resolvedAt)))))
        stories.append(story)
        if !draft.outcome.isLive, writer.rng.chance(0.7) {
            let closedAt = resolvedAt + writer.rng.seconds(2 * 86_400, 6 * 86_400)
            if closedAt < nextStart, closedAt < world.now {
                items.append(.statusChange(DemoStatusChange(
                    messageDedupeKey: lastKey, status: .closed, at: Date(timeIntervalSince1970: TimeInterval(closedAt)))))
                stories.append(story)
            }
        }
    }
}
