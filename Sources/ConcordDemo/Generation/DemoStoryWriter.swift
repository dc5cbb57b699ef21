import ConversationEngine

/// Writes the stories of one customer: who says what, on which channel, how long after the
/// previous message, and with which ids and thread headers.
///
/// A story is a fixed number of events (so a run hits its message target exactly): an opening
/// by the customer, alternating agent and customer turns, an optional last word from the
/// customer, and a few extras (an automatic acknowledgement, a nudge, internal notes). The
/// outcome decides what the last turns say: a promise, a question, an answer, a complaint
/// about a broken promise. Channels are chosen so that ingest threads every story into exactly
/// one conversation: email replies carry headers, chat lines a session, social messages a
/// thread, and calls and SMS arrive within days of the conversation's last activity.
struct DemoStoryWriter {
    let customer: DemoCustomer
    let book: DemoPhrasebook
    private let idBase: UInt64
    var rng: DemoRandom
    private var sequence: UInt64 = 0
    private var introduced = false
    private var empathyTurn = 0

    init(customer: DemoCustomer, seed: UInt64, rng: DemoRandom) {
        self.customer = customer
        self.book = DemoPhrasebook.book(for: customer.language)
        self.idBase = DemoRandom.scramble(seed ^ 0xC0C0_4D5E_11A7_E5ED) ^ (UInt64(customer.index) << 24)
        self.rng = rng
        self.topicText = book.text(.orderStatus)
    }

    // MARK: - Story state

    private enum Opening {
        case first, answeredCall, missedCall, voicemail, escalation, repeatContact
    }

    private enum Extra {
        case autoAck, more, nudge, repeatNudge, note
    }

    private enum Beat {
        case opening(Opening)
        case extra(Extra)
        case agent(Int)
        case customer(Int)
        case tail
    }

    private struct Shape {
        var openings: [Opening]
        var agentTurns: Int
        var tail: Int
        var extras: [Extra]
    }

    private var plan = DemoStoryPlan(kind: .email, outcome: .resolved, topic: .orderStatus, size: 1)
    private var staff = DemoStaff.roster[0]
    private var slots = DemoSlotValues()
    private var draft = DemoStoryDraft()
    private var queue = "support"
    private var priority: Priority?
    private var topicText: DemoPhrasebook.TopicText
    // Threads.
    private var subject = ""
    private var emailThread: [String] = []
    private var chatSession = ""
    private var chatLine = 0
    private var publicPostID: String?
    private var directThread = ""
    // Channels.
    private var customerChannel: Channel = .email
    private var agentChannel: Channel = .email
    private var followUpChannel: Channel = .sms
    private var escalationChannel: Channel = .sms
    private var socialPlatform: Channel = .x
    private var callbackFirst = false
    private var publicPhase = false
    private var messagedOn: Set<Channel> = []
    // Content.
    private var promiseKind: DemoPromiseKind?
    private var promiseTurn = 0
    private var opensWithAsk = false
    private var offset = 0
    private var contentTurns = 0
    private var lastFiller: Int?
    private var fillerCursor = 0
    private var noteCursor = 0
    private var afterLongGap = false
    private var previousWasDetail = false
    private var keptDelay = 0
    private var promiseEventIndex: Int?

    // MARK: - Writing

    /// Writes `plan`, or returns nil when its shape cannot have exactly `plan.size` events.
    mutating func write(_ plan: DemoStoryPlan) -> DemoStoryDraft? {
        guard let shape = shape(for: plan) else { return nil }
        begin(plan)
        offset = plan.kind.isPublicReplyFirst(topic: plan.topic) ? 1 : 0
        contentTurns = max(0, shape.agentTurns - offset)
        let isPromiseStory = plan.outcome == .keptPromise || plan.outcome == .brokenPromise
        opensWithAsk = plan.topic != .thanks && (isPromiseStory ? contentTurns >= 3 : contentTurns >= 2)
        choosePromise(shape)
        if plan.kind == .multichannel {
            callbackFirst = rng.chance(0.6)
            agentChannel = callbackFirst ? .sms : .email
            customerChannel = agentChannel
            followUpChannel = agentChannel
        }

        for beat in beats(for: shape) {
            switch beat {
            case .opening(let opening): writeOpening(opening)
            case .extra(let extra): writeExtra(extra)
            case .agent(let k): writeAgent(k)
            case .customer(let k): writeCustomer(k)
            case .tail: writeTail()
            }
        }
        finish(shape)
        return draft
    }

    private mutating func begin(_ plan: DemoStoryPlan) {
        self.plan = plan
        draft = DemoStoryDraft()
        draft.outcome = plan.outcome
        emailThread.removeAll(keepingCapacity: true)
        chatLine = 0
        publicPostID = nil
        messagedOn.removeAll(keepingCapacity: true)
        lastFiller = nil
        fillerCursor = rng.below(book.fillerQuestions.count)
        noteCursor = rng.below(book.notes.count)
        afterLongGap = false
        previousWasDetail = false
        callbackFirst = false
        publicPhase = false
        promiseKind = nil
        promiseTurn = 0
        promiseEventIndex = nil

        // Product, order and money.
        let catalog = DemoProduct.catalog
        let productIndex = plan.topic.needsSmartProduct ? rng.pick(DemoProduct.smartIndices) : rng.below(catalog.count)
        let product = catalog[productIndex]
        let forms = product.forms(in: customer.language)
        slots[.product] = forms[0]
        slots[.productObject] = forms[1]
        slots[.productSubject] = forms[2]
        slots[.productTopic] = forms[3]
        slots[.order] = customer.locale.orderNumber(rng.int(2_000_000...9_899_999))
        let prices = customer.locale.prices(usCents: product.usCents)
        slots[.amount] = prices.casual
        slots[.amountFormal] = prices.formal
        slots[.name] = customer.address
        slots[.me] = customer.signature
        slots[.years] = customer.locale.years(max(1, customer.tenureYears))
        slots[.phone] = customer.language == .fa ? DemoFormat.persianDigits(customer.phoneDisplay) : customer.phoneDisplay

        // Channels.
        switch plan.kind {
        case .email, .multichannel:
            customerChannel = .email; agentChannel = .email; followUpChannel = .email
        case .chat:
            customerChannel = .chat; agentChannel = .chat
            followUpChannel = customer.hasSocial(.whatsapp) && rng.chance(0.4) ? .whatsapp : .sms
        case .sms, .phone:
            customerChannel = .sms; agentChannel = .sms; followUpChannel = .sms
        case .socialDM(let platform):
            socialPlatform = platform
            customerChannel = platform; agentChannel = platform; followUpChannel = platform
        case .socialPublic(let platform):
            socialPlatform = platform
            customerChannel = platform; agentChannel = platform; followUpChannel = platform
            publicPhase = true
        }
        slots[.handle] = customer.handle(on: plan.kind.isSocial ? socialPlatform : .x)
        chatSession = "cs_" + DemoFormat.hex(nextID(), digits: 12)
        directThread = "dm_" + DemoFormat.hex(nextID(), digits: 12)
        topicText = book.text(plan.topic)
        subject = customerLine(topicText.subjects)

        // Escalation channel for the multichannel story: whatever else the customer uses.
        var options: [Channel] = [.sms]
        var weights: [Int] = [2]
        for (channel, weight) in [(Channel.whatsapp, 4), (.x, 2), (.telegram, 2), (.instagram, 1), (.facebook, 1)]
        where customer.hasSocial(channel) {
            options.append(channel)
            weights.append(weight)
        }
        escalationChannel = options[rng.weighted(weights)]

        // Who handles it, and where it is routed.
        if customer.isLoyal {
            queue = "vip"
        } else if plan.topic.isBilling {
            queue = "billing"
        } else if plan.kind.isSocial {
            queue = "social"
        } else {
            queue = "support"
        }
        let candidates = DemoStaff.candidates(language: customer.language, team: queue)
        staff = DemoStaff.roster[rng.pick(candidates)]
        draft.agentLogin = staff.profile.login

        priority = nil
        switch plan.kind {
        case .multichannel:
            priority = rng.chance(0.12) ? .urgent : (rng.chance(0.55) ? .high : nil)
        case .socialPublic:
            if rng.chance(0.3) { priority = .high }
        default:
            switch plan.topic {
            case .billingError: priority = rng.chance(0.15) ? .urgent : (rng.chance(0.3) ? .high : nil)
            case .accountLogin: priority = rng.chance(0.2) ? .high : nil
            case .thanks: priority = rng.chance(0.5) ? .low : nil
            default: if rng.chance(0.04) { priority = .high }
            }
        }
    }

    private mutating func choosePromise(_ shape: Shape) {
        let kinds = plan.topic.promiseKinds
        guard !kinds.isEmpty else { return }
        let usable = plan.outcome.needsShortPromise ? kinds.filter(\.isShort) : kinds
        switch plan.outcome {
        case .promiseFuture, .promiseOverdueNudged, .promiseOverdueSilent:
            promiseTurn = contentTurns
        case .waitingAfterReply:
            promiseTurn = rng.chance(0.5) ? contentTurns : 0
        case .keptPromise, .brokenPromise:
            promiseTurn = contentTurns - 1
        default:
            promiseTurn = 0
        }
        if promiseTurn > 0, !usable.isEmpty {
            promiseKind = rng.pick(usable)
            if let kind = promiseKind {
                keptDelay = Int(Double(kind.minimumDuration) * rng.uniform(0.3, 0.9))
            }
        } else {
            promiseTurn = 0
        }
    }

    // MARK: - Shape

    private mutating func shape(for plan: DemoStoryPlan) -> Shape? {
        var openings: [Opening]
        switch plan.kind {
        case .phone:
            if plan.outcome == .unanswered {
                openings = plan.size >= 2 && rng.chance(0.5) ? [.missedCall, .voicemail] : [.voicemail]
            } else {
                openings = [.answeredCall]
            }
        case .multichannel:
            guard plan.size >= 3 else { return nil }
            openings = [.first, .voicemail, .escalation]
            if plan.size >= 4, rng.chance(0.6) { openings.insert(.missedCall, at: 1) }
            if plan.size >= 6, rng.chance(0.5) { openings.append(.repeatContact) }
        default:
            openings = [.first]
        }
        let remaining = plan.size - openings.count
        guard remaining >= 0 else { return nil }

        if plan.outcome == .unanswered {
            let order: [Extra] = plan.kind == .multichannel ? [.nudge, .note] : [.nudge, .repeatNudge, .note]
            guard remaining <= order.count else { return nil }
            return Shape(openings: openings, agentTurns: 0, tail: 0, extras: Array(order.prefix(remaining)))
        }

        let publicFirst = plan.kind.isPublicReplyFirst(topic: plan.topic) ? 1 : 0
        let minimumTurns = plan.outcome.minimumAgentTurns + publicFirst
        var tailOptions = plan.outcome.tailOptions
        if plan.topic == .thanks { tailOptions = [0] }
        let extraOrder = rng.chance(0.45) ? [1, 2, 0, 3] : [0, 1, 2, 3]
        for extras in extraOrder {
            for tail in tailOptions {
                let twice = remaining - tail - extras + 1
                guard twice >= 2 * minimumTurns, twice % 2 == 0 else { continue }
                let turns = twice / 2
                if plan.topic == .thanks, turns != minimumTurns { continue }
                return Shape(openings: openings, agentTurns: turns, tail: tail, extras: pickExtras(extras, plan: plan))
            }
        }
        return nil
    }

    private mutating func pickExtras(_ count: Int, plan: DemoStoryPlan) -> [Extra] {
        var pool: [Extra] = [.note, .note]
        if plan.kind.opensByEmail { pool.append(.autoAck) }
        switch plan.kind {
        case .chat, .sms, .socialDM: if plan.topic != .thanks { pool.append(.more) }
        default: break
        }
        if plan.topic != .thanks { pool.append(.nudge) }
        var picked: [Extra] = []
        for _ in 0..<count {
            let choice = rng.pick(pool)
            picked.append(choice)
            if choice != .note { pool.removeAll { $0 == choice } }
        }
        return picked
    }

    private mutating func beats(for shape: Shape) -> [Beat] {
        var beats = shape.openings.map { Beat.opening($0) }
        if shape.agentTurns == 0 {
            beats += shape.extras.map { Beat.extra($0) }
            return beats
        }
        // The automatic acknowledgement answers the opening email at once, before anything else.
        if shape.extras.contains(.autoAck) { beats.insert(.extra(.autoAck), at: 1) }
        for extra in [Extra.more, .nudge] where shape.extras.contains(extra) {
            beats.append(.extra(extra))
        }
        var notesAfter = [Int](repeating: 0, count: shape.agentTurns + 1)
        for extra in shape.extras where extra == .note {
            notesAfter[rng.int(1...shape.agentTurns)] += 1
        }
        for k in 1...shape.agentTurns {
            beats.append(.agent(k))
            for _ in 0..<notesAfter[k] { beats.append(.extra(.note)) }
            if k < shape.agentTurns { beats.append(.customer(k)) }
        }
        if shape.tail > 0 { beats.append(.tail) }
        return beats
    }

    // MARK: - Openings

    private mutating func writeOpening(_ opening: Opening) {
        let topic = topicText
        let sep = book.sentenceSeparator
        switch opening {
        case .first:
            switch plan.kind {
            case .email, .multichannel:
                var body = rng.pick(book.emailGreetings).rendered(slots, speaker: customer.gender) + "\n\n"
                rng.pick(topic.openings).render(into: &body, slots, speaker: customer.gender)
                let withDetail = !opensWithAsk && plan.topic != .thanks && rng.chance(0.3)
                if withDetail {
                    body += sep
                    topic.detail.render(into: &body, slots, speaker: customer.gender)
                }
                body += "\n\n"
                rng.pick(book.emailSignoffs).render(into: &body, slots, speaker: customer.gender)
                var files: [Attachment] = []
                if plan.topic == .defectiveProduct { files = photos(withDetail ? 2 : rng.int(1...2)) }
                if plan.topic == .billingError && withDetail { files = [screenshot()] }
                add(.email, .inbound, text: body, gap: 0, attachments: files)
            case .socialPublic(let platform):
                add(platform, .inbound, text: customerLine(topic.publics), gap: 0, visibility: .public)
            default:
                add(customerChannel, .inbound, text: customerLine(topic.shorts), gap: 0)
            }
        case .answeredCall:
            let transcript = book.customerLabel + ": " + customerLine(topic.shorts) + "\n"
                + book.agentLabel + ": " + empathyLine() + sep + agentLine(book.checking) + "\n"
                + book.customerLabel + ": " + customerLine(book.phoneOK)
            let call = CallDetails(direction: .inbound, durationSeconds: rng.int(150...900), outcome: .answered, transcript: transcript)
            add(.phone, .inbound, text: "", gap: 0, call: call)
        case .missedCall:
            let gap = plan.kind == .multichannel ? rng.seconds(18 * 3600, 30 * 3600) : 0
            add(.phone, .inbound, text: "", gap: gap, call: CallDetails(direction: .inbound, durationSeconds: 0, outcome: .missed))
        case .voicemail:
            let gap: Int
            if plan.kind == .multichannel {
                let afterMissedCall = draft.events.last?.event.call?.outcome == .missed
                gap = afterMissedCall ? rng.seconds(3600, 5 * 3600) : rng.seconds(20 * 3600, 40 * 3600)
            } else {
                gap = draft.events.isEmpty ? 0 : rng.seconds(120, 2400)
            }
            let middle = book.voicemailMiddles[plan.kind == .multichannel ? 1 : 0]
            let transcript = customerLine(book.voicemailIntros) + sep + customerSays(middle) + sep
                + customerLine(book.voicemailOutros)
            let call = CallDetails(direction: .inbound, durationSeconds: rng.int(25...80), outcome: .voicemail, transcript: transcript)
            add(.phone, .inbound, text: "", gap: gap, call: call)
        case .escalation:
            let channel = escalationChannel
            var text = channel == .x ? "@MiravaHelp " : ""
            text += customerLine(book.escalations)
            add(channel, .inbound, text: text, gap: rng.seconds(16 * 3600, 36 * 3600), visibility: channel == .x ? .public : .private)
        case .repeatContact:
            add(escalationChannel == .x ? .sms : escalationChannel, .inbound, text: customerLine(book.repeats),
                gap: rng.seconds(4 * 3600, 20 * 3600))
        }
    }

    // MARK: - Extras

    private mutating func writeExtra(_ extra: Extra) {
        switch extra {
        case .autoAck:
            var text = ""
            book.autoAck.render(into: &text, slots, speaker: .unspecified)
            add(.email, .outbound, text: text, gap: rng.seconds(20, 90), author: .system())
        case .more:
            let gap = customerChannel == .chat ? rng.seconds(10, 45) : rng.seconds(30, 240)
            // "Forgot to say: the order number is…" only if the first message did not say it.
            let saidOrder = draft.events.last.map { $0.event.text.contains(slots[.order]) } ?? false
            add(customerChannel, .inbound, text: customerSays(book.more[saidOrder ? 1 : 0]), gap: gap)
        case .nudge, .repeatNudge:
            let channel = nudgeChannel()
            // The last nudge points at "my message below", which only an email thread has.
            let nudges = channel == .email ? book.nudges.count : book.nudges.count - 1
            let template = extra == .nudge ? book.nudges[rng.below(nudges)] : rng.pick(book.repeats)
            let gap: Int
            switch channel {
            case .chat: gap = rng.seconds(120, 360)
            case .email: gap = rng.seconds(20 * 3600, 50 * 3600)
            default: gap = rng.seconds(2 * 3600, 10 * 3600)
            }
            let inPublic = plan.kind.isPublicReplyFirst(topic: plan.topic) && channel == .x
            var text = (inPublic ? "@MiravaHelp " : "") + customerSays(template)
            if channel == .email { text += "\n\n" + customer.signature }
            add(channel, .inbound, text: text, gap: gap, visibility: inPublic ? .public : .private)
        case .note:
            // The last note talks about a phone call; use it only in stories that have one.
            let hasCall = plan.kind == .phone || plan.kind == .multichannel || callbackFirst
            var choice = noteCursor % book.notes.count
            if choice == book.notes.count - 1 && !hasCall { choice = (choice + 1) % book.notes.count }
            noteCursor += 1
            let template = book.notes[choice]
            add(.note, .internal, text: template.rendered(slots, speaker: staff.gender), gap: rng.seconds(180, 2700),
                author: .agent(staff.profile.name))
        }
    }

    private func nudgeChannel() -> Channel {
        switch plan.kind {
        case .multichannel: escalationChannel == .x ? .sms : escalationChannel
        case .phone: .sms
        case .socialPublic: socialPlatform
        default: customerChannel
        }
    }

    // MARK: - Agent turns

    private mutating func writeAgent(_ k: Int) {
        let sep = book.sentenceSeparator
        let topic = topicText

        // The public answer to a public post: short, in public, inviting a private message.
        if offset == 1 && k == 1 {
            let text = agentLine(book.publicReplies)
            add(socialPlatform, .outbound, text: text, gap: rng.seconds(480, 7200), author: author(),
                visibility: .public, assign: true)
            publicPhase = false
            return
        }

        let ck = k - offset
        let isFirst = ck == 1
        let isFinal = ck == contentTurns
        let keptByCall = isFinal && plan.outcome == .keptPromise && (promiseKind?.isCallback ?? false)
        let callback = (plan.kind == .multichannel && callbackFirst && k == 1) || keptByCall
        var channel = afterLongGap && plan.kind == .chat ? followUpChannel : agentChannel
        if callback { channel = .phone }
        if plan.outcome == .keptPromise && isFinal && !keptByCall && plan.kind == .chat { channel = followUpChannel }

        // What this turn says.
        var pieces: [String] = []
        var madePromise: DemoStoryDraft.Promise?
        let keepsPromise = plan.outcome == .keptPromise && isFinal
        if let filler = lastFiller, !keepsPromise { pieces.append(agentSays(book.fillerAnswers[filler])) }
        let afterBrokenPromise = plan.outcome == .brokenPromise && isFinal
        if isFirst {
            pieces.append(empathyLine())
            if customer.tenureYears >= 5 {
                let complaint: Bool
                switch plan.topic.empathy {
                case .delay, .refund, .defect, .billing, .account: complaint = true
                case .confusion, .general, .thanks: complaint = plan.kind == .multichannel
                }
                pieces.append(agentSays(book.loyalty[complaint ? 1 : 0]))
            }
        }
        if afterBrokenPromise { pieces.append(agentLine(book.brokenApologies)) }

        let promisesNow = ck == promiseTurn && promiseKind != nil
        if isFirst && opensWithAsk {
            pieces.append(agentSays(topic.ask))
        } else if isFinal && promisesNow && plan.outcome == .waitingAfterReply {
            // The promise is the answer for now; the customer's follow-up waits on it.
        } else if isFinal {
            switch plan.outcome {
            case .waitingAfterReply, .resolvedRecently, .resolved, .brokenPromise:
                pieces.append(agentSays(topic.answer))
            case .pendingCustomer:
                pieces.append(agentSays(isFirst ? topic.ask : book.askContact))
            case .keptPromise:
                if let kind = promiseKind, let kept = book.kept[kind] {
                    pieces.append(agentSays(kept))
                } else {
                    pieces.append(agentSays(book.keptPrefix))
                    pieces.append(agentSays(topic.answer))
                }
            default:
                break
            }
            if plan.outcome == .resolvedRecently || plan.outcome == .resolved || plan.outcome == .keptPromise {
                if plan.topic != .thanks { pieces.append(agentLine(book.closings)) }
            }
        } else if previousWasDetail && lastFiller == nil {
            pieces.append(agentLine(book.thanksForDetails))
        }
        if ck == promiseTurn, let kind = promiseKind {
            pieces.append(agentSays(book.promises[kind] ?? book.keptPrefix))
            let state: Promise.State
            switch plan.outcome {
            case .keptPromise: state = .kept
            case .brokenPromise: state = .broken
            default: state = .open
            }
            madePromise = DemoStoryDraft.Promise(kind: kind, state: state,
                                                 text: book.ledger[kind].map { agentSays($0) } ?? "")
        }
        if pieces.isEmpty { pieces.append(agentLine(book.checking)) }
        lastFiller = nil
        previousWasDetail = false

        // How it is said on the channel.
        let body = pieces.joined(separator: sep)
        var text: String
        var call: CallDetails?
        let inPublic = publicPhase && channel == socialPlatform
        switch channel {
        case .email:
            slots[.agent] = staff.signature(for: customer.language)
            text = agentLine(book.agentGreetings) + "\n\n" + body + "\n\n" + agentLine(book.agentSignoffs)
        case .phone:
            slots[.agent] = staff.shortSignature(for: customer.language)
            let transcript = book.agentLabel + ": " + agentSays(book.callbackIntro) + "\n"
                + book.customerLabel + ": " + customerLine(book.phoneGreetings) + "\n"
                + book.agentLabel + ": " + body + "\n"
                + book.customerLabel + ": " + customerLine(book.phoneOK)
            call = CallDetails(direction: .outbound, durationSeconds: rng.int(120...720), outcome: .answered,
                               transcript: transcript)
            text = ""
        case .chat:
            slots[.agent] = staff.shortSignature(for: customer.language)
            text = messagedOn.contains(.chat) ? body : agentLine(book.chatHellos) + sep + body
        default:
            slots[.agent] = staff.shortSignature(for: customer.language)
            if inPublic {
                text = "@" + slots[.handle] + " " + body
            } else {
                text = messagedOn.contains(channel) ? body : agentLine(book.messageHellos) + sep + body
            }
        }
        messagedOn.insert(channel)
        publicPhase = false

        // When.
        var gap: Int
        var fixed = false
        if plan.outcome == .keptPromise && isFinal, promiseKind != nil, let made = promiseEventIndex {
            let elapsed = draft.events[(made + 1)...].reduce(0) { $0 + $1.gap }
            gap = max(60, keptDelay - elapsed)
            fixed = true
        } else if callback && k == 1 {
            gap = rng.seconds(3600, 10 * 3600)
        } else {
            gap = agentGap(channel, first: isFirst)
        }
        if afterLongGap { afterLongGap = false }
        if gap < 1 { gap = 1 }

        var files: [Attachment] = []
        if plan.outcome == .keptPromise && isFinal && promiseKind == .invoice2bd && channel == .email {
            files = [Attachment(filename: "invoice-\(slots[.order].filter(\.isNumber)).pdf", contentType: "application/pdf",
                                size: rng.int(48_000...160_000))]
        }
        var status: ConversationStatus?
        if isFinal {
            if plan.outcome == .pendingCustomer { status = .pendingCustomer }
            if plan.outcome == .promiseFuture && rng.chance(0.4) { status = .pendingInternal }
        }
        add(channel, .outbound, text: text, gap: gap, fixed: fixed, author: author(), call: call,
            visibility: inPublic ? .public : .private, attachments: files, promise: madePromise,
            assign: k == 1 && plan.kind != .phone, status: status)
        if madePromise != nil { promiseEventIndex = draft.events.count - 1 }
    }

    private mutating func agentGap(_ channel: Channel, first: Bool) -> Int {
        switch channel {
        case .chat: return first ? rng.seconds(30, 240) : rng.seconds(20, 180)
        case .email: return first ? rng.logSeconds(3600, 26 * 3600) : rng.logSeconds(2400, 20 * 3600)
        case .phone: return rng.seconds(3600, 6 * 3600)
        case .x, .facebook, .instagram, .telegram, .whatsapp, .sms:
            return first ? rng.logSeconds(300, 4 * 3600) : rng.logSeconds(180, 3 * 3600)
        case .note: return rng.seconds(180, 2700)
        }
    }

    // MARK: - Customer turns

    private mutating func writeCustomer(_ k: Int) {
        let topic = topicText
        let ck = k - offset
        var text: String
        var gap: Int
        var fixed = false
        var channel = customerChannel
        var files: [Attachment] = []

        if offset == 1 && k == 1 {
            // After the public answer, the customer writes privately.
            text = customerLine(topic.shorts)
            gap = rng.logSeconds(120, 3 * 3600)
        } else if ck == 1 && opensWithAsk {
            text = customerSays(topic.detail)
            previousWasDetail = true
            gap = customerGap(channel)
            if plan.topic == .defectiveProduct || plan.topic == .billingError {
                files = plan.topic == .defectiveProduct ? photos(2) : [screenshot()]
            }
        } else if plan.outcome == .brokenPromise && ck == contentTurns - 1, let kind = promiseKind {
            text = customerSays(book.brokenPromises[kind] ?? book.nudges[0])
            gap = brokenGap(kind)
            fixed = true
            if plan.kind == .chat { channel = followUpChannel }
            afterLongGap = true
        } else if plan.outcome == .keptPromise && ck == contentTurns - 1, let kind = promiseKind {
            // "OK, thank you": the customer accepts the promise and waits for it.
            text = customerLine(book.phoneOK)
            gap = min(customerGap(channel), max(30, kind.minimumDuration / 5))
            fixed = true
        } else {
            let filler = fillerCursor % book.fillerQuestions.count
            fillerCursor += 1
            text = customerSays(book.fillerQuestions[filler])
            lastFiller = filler
            gap = customerGap(channel)
        }
        if channel == .email { text += "\n\n" + customer.signature }
        add(channel, .inbound, text: text, gap: gap, fixed: fixed, attachments: files)
    }

    private mutating func writeTail() {
        var channel = customerChannel
        var gap = customerGap(channel)
        var fixed = false
        var text: String
        switch plan.outcome {
        case .promiseOverdueNudged:
            if let kind = promiseKind {
                text = customerSays(book.brokenPromises[kind] ?? book.nudges[0])
                gap = brokenGap(kind)
            } else {
                text = customerLine(Array(book.nudges.dropLast()))
                gap = rng.seconds(20 * 3600, 40 * 3600)
            }
            fixed = true
            if plan.kind == .chat { channel = followUpChannel }
        case .waitingAfterReply:
            let filler = fillerCursor % book.fillerQuestions.count
            fillerCursor += 1
            text = customerSays(book.fillerQuestions[filler])
        default:
            text = customerLine(book.thanks)
        }
        if channel == .email { text += "\n\n" + customer.signature }
        add(channel, .inbound, text: text, gap: gap, fixed: fixed)
    }

    private mutating func customerGap(_ channel: Channel) -> Int {
        switch channel {
        case .chat: return rng.seconds(15, 120)
        case .email: return rng.logSeconds(1200, 30 * 3600)
        default: return rng.logSeconds(60, 3 * 3600)
        }
    }

    /// From a promise to the customer's complaint that it was not kept: after the latest it
    /// could have fallen due, so the complaint is always true.
    private mutating func brokenGap(_ kind: DemoPromiseKind) -> Int {
        if kind == .reply24h { return rng.seconds(44 * 3600, 52 * 3600) }
        return kind.maximumDuration + rng.seconds(3 * 3600, 16 * 3600)
    }

    // MARK: - Finishing

    private mutating func finish(_ shape: Shape) {
        let limit = plan.outcome.isLive ? 6 * 86_400 : 7 * 86_400
        draft.compress(to: limit)
        let minimum = promiseKind?.minimumDuration ?? 86_400
        let maximum = promiseKind?.maximumDuration ?? 86_400
        switch plan.outcome {
        case .unanswered:
            draft.tailAge = unansweredAge()
        case .waitingAfterReply:
            switch draft.events.last?.event.channel {
            case .chat?: draft.tailAge = rng.seconds(60, 480)
            case .email?: draft.tailAge = rng.logSeconds(1800, 60 * 3600)
            default: draft.tailAge = rng.logSeconds(300, 12 * 3600)
            }
        case .promiseFuture:
            // The promise's own age stays under its shortest possible term, notes after it included.
            let target = max(60, Int(Double(minimum) * rng.uniform(0.05, 0.8)))
            let after = promiseEventIndex.map { draft.events[($0 + 1)...].reduce(0) { $0 + $1.gap } } ?? 0
            draft.tailAge = max(30, target - after)
        case .promiseOverdueNudged:
            draft.tailAge = rng.logSeconds(300, 14 * 3600)
        case .promiseOverdueSilent:
            draft.tailAge = maximum + rng.seconds(2 * 3600, 30 * 3600)
        case .pendingCustomer:
            draft.tailAge = rng.logSeconds(3600, 4 * 86_400)
        case .resolvedRecently:
            draft.tailAge = rng.logSeconds(2 * 3600, 3 * 86_400)
            draft.resolveAfter = rng.seconds(300, Double(min(7200, draft.tailAge / 2)))
        case .keptPromise, .brokenPromise, .resolved:
            draft.resolveAfter = rng.seconds(300, 3 * 3600)
        }
        // Unanswered stories nobody has triaged stay unassigned; some have been triaged.
        if shape.agentTurns == 0, rng.chance(0.35), !draft.events.isEmpty {
            draft.events[0].assign = true
        }
        if plan.kind == .phone && plan.outcome != .unanswered && !draft.events.isEmpty {
            draft.events[0].assign = true
        }
    }

    private mutating func unansweredAge() -> Int {
        switch plan.kind {
        case .chat: return rng.seconds(60, 720)
        case .socialPublic: return rng.logSeconds(300, 6 * 3600)
        case .socialDM: return rng.logSeconds(600, 10 * 3600)
        case .sms: return rng.logSeconds(1200, 20 * 3600)
        case .phone: return rng.logSeconds(1800, 86_400)
        case .email: return rng.logSeconds(3600, 84 * 3600)
        case .multichannel: return rng.logSeconds(3600, 36 * 3600)
        }
    }

    // MARK: - Events

    private mutating func add(_ channel: Channel, _ direction: Direction, text: String, gap: Int, fixed: Bool = false,
                              author: Author? = nil, call: CallDetails? = nil, visibility: SocialDetails.Visibility = .private,
                              attachments: [Attachment] = [], promise: DemoStoryDraft.Promise? = nil,
                              assign: Bool = false, status: ConversationStatus? = nil) {
        let id = nextID()
        var providerID: String?
        var headers: EmailHeaders?
        var social: SocialDetails?
        var thread = ThreadHints()
        var eventSubject: String?
        switch channel {
        case .email:
            let domain = direction == .inbound ? customer.mailDomain : "mail.mirava.example"
            let messageID = DemoFormat.hex(id) + "." + DemoFormat.hex(DemoRandom.scramble(id), digits: 8) + "@" + domain
            if let previous = emailThread.last {
                headers = EmailHeaders(messageID: messageID, inReplyTo: previous, references: Array(emailThread.suffix(10)))
                eventSubject = book.replyPrefix + subject
            } else {
                headers = EmailHeaders(messageID: messageID)
                eventSubject = subject
            }
            emailThread.append(messageID)
        case .chat:
            chatLine += 1
            providerID = chatSession + "-" + String(chatLine)
            thread.chatSessionID = chatSession
        case .sms:
            providerID = "SM" + DemoFormat.hex(id) + DemoFormat.hex(DemoRandom.scramble(id))
        case .phone:
            providerID = "CA" + DemoFormat.hex(id) + DemoFormat.hex(DemoRandom.scramble(id))
        case .whatsapp:
            providerID = "wamid." + DemoFormat.hex(id) + DemoFormat.hex(DemoRandom.scramble(id), digits: 8)
        case .telegram, .x:
            providerID = String(id)
        case .facebook:
            providerID = "m_" + DemoFormat.hex(id)
        case .instagram:
            providerID = "ig_" + DemoFormat.hex(id)
        case .note:
            providerID = "note_" + DemoFormat.hex(id)
        }
        if channel.isSocial {
            if visibility == .public {
                let postID = providerID ?? ""
                let handle = direction == .inbound ? customer.handle(on: channel) : "MiravaHelp"
                let url: String? = channel == .x ? "https://x.com/\(handle)/status/\(postID)" : nil
                if direction == .inbound, publicPostID == nil { publicPostID = postID }
                social = SocialDetails(visibility: .public, url: url,
                                       inReplyToPostID: direction == .outbound ? publicPostID : nil)
                thread.socialThreadID = direction == .inbound ? postID : publicPostID
            } else {
                social = SocialDetails(visibility: .private)
                thread.socialThreadID = channel == .whatsapp || channel == .telegram
                    ? directThread + "-" + channel.rawValue : directThread
            }
        }
        let first = draft.events.isEmpty
        let event = InboundEvent(
            channel: channel, direction: direction, providerID: providerID, occurredAt: .distantPast,
            customer: customer.hints(for: channel, introducing: !introduced), author: author, subject: eventSubject,
            text: text, call: call, social: social, email: headers, attachments: attachments, thread: thread,
            queue: first ? queue : nil, priority: first ? priority : nil)
        introduced = true
        draft.events.append(DemoStoryDraft.Event(gap: gap, fixedGap: fixed, event: event, promise: promise,
                                                 assign: assign, status: status))
    }

    private mutating func nextID() -> UInt64 {
        sequence += 1
        return DemoRandom.scramble(idBase ^ sequence)
    }

    // MARK: - Helpers

    private func author() -> Author { .agent(staff.profile.name) }

    /// A random one of `templates`, as the customer says it. (Drawing and rendering in one
    /// mutating call keeps the compiler from copying the writer to protect `rng`.)
    private mutating func customerLine(_ templates: [DemoTemplate]) -> String {
        let template = rng.pick(templates)
        return speak(slots, customer.gender, template)
    }

    /// A random one of `templates`, as the agent says it.
    private mutating func agentLine(_ templates: [DemoTemplate]) -> String {
        let template = rng.pick(templates)
        return speak(slots, staff.gender, template)
    }

    /// An empathy phrase for the situation, as the agent says it.
    private mutating func empathyLine() -> String {
        let template = empathy()
        return speak(slots, staff.gender, template)
    }

    private func customerSays(_ template: DemoTemplate) -> String { speak(slots, customer.gender, template) }

    private func agentSays(_ template: DemoTemplate) -> String { speak(slots, staff.gender, template) }


    /// An empathy phrase for the situation, never the same one twice in a row to this customer.
    private mutating func empathy() -> DemoTemplate {
        let phrases = book.empathy[plan.topic.empathy] ?? book.empathy[.general] ?? []
        guard !phrases.isEmpty else { return "" }
        empathyTurn += 1
        return phrases[empathyTurn % phrases.count]
    }

    private mutating func photos(_ count: Int) -> [Attachment] {
        (0..<count).map { _ in
            Attachment(filename: "IMG_\(rng.int(1000...9999)).jpg", contentType: "image/jpeg", size: rng.int(900_000...4_200_000))
        }
    }

    private mutating func screenshot() -> Attachment {
        Attachment(filename: "Screenshot_\(rng.int(100_000...999_999)).png", contentType: "image/png", size: rng.int(120_000...900_000))
    }
}

/// Renders a sentence for a speaker. A free function, so that drawing the template from the
/// writer's generator in the same expression never forces a copy of the whole writer.
@inline(__always)
private func speak(_ slots: DemoSlotValues, _ speaker: Gender, _ template: DemoTemplate) -> String {
    template.rendered(slots, speaker: speaker)
}
