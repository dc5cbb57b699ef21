import ConversationEngine

/// Everything demo customers and agents say, in one language.
///
/// All text is Concord's own wording, written per language (not translated word for word), so
/// the demo shows what the console must handle: five scripts, right-to-left Persian, honorifics,
/// Korean particles and Russian gendered verbs. Lists hold variants; the generator rotates
/// through them so one customer does not hear the same phrase twice in a row.
struct DemoPhrasebook: Sendable {
    /// The text of one topic in this language.
    struct TopicText: Sendable {
        /// Email subject lines.
        var subjects: [DemoTemplate]
        /// The body of a first email: the problem, the order, what the customer wants.
        var openings: [DemoTemplate]
        /// A one-line version for chat, SMS and direct messages.
        var shorts: [DemoTemplate]
        /// A public post mentioning the company's account.
        var publics: [DemoTemplate]
        /// The details the customer gives when asked.
        var detail: DemoTemplate
        /// What the agent asks to be able to help.
        var ask: DemoTemplate
        /// The agent's answer that solves it.
        var answer: DemoTemplate
    }

    let language: Language
    /// "Re: " in the convention of the language's mail clients.
    let replyPrefix: String
    /// Between sentences: a space, or nothing for Chinese.
    let sentenceSeparator: String
    /// Speaker labels in call transcripts.
    let customerLabel: String
    let agentLabel: String

    // MARK: Customers
    let emailGreetings: [DemoTemplate]
    let emailSignoffs: [DemoTemplate]
    /// "Any news?"; the last one refers to an email below and is used on email only.
    let nudges: [DemoTemplate]
    /// "This is the third time I'm writing…"
    let repeats: [DemoTemplate]
    /// A message on a third channel after email and phone went unanswered.
    let escalations: [DemoTemplate]
    let voicemailIntros: [DemoTemplate]
    /// [it is urgent, I emailed already]
    let voicemailMiddles: [DemoTemplate]
    let voicemailOutros: [DemoTemplate]
    let thanks: [DemoTemplate]
    /// A second message sent right after the first ("forgot to say…").
    let more: [DemoTemplate]
    /// The customer's reply when an agent calls them back.
    let phoneGreetings: [DemoTemplate]
    /// The customer closing a call.
    let phoneOK: [DemoTemplate]
    /// Follow-up questions, paired index by index with `fillerAnswers`.
    let fillerQuestions: [DemoTemplate]
    let fillerAnswers: [DemoTemplate]
    /// "You said you'd call me back yesterday…", per promise kind.
    let brokenPromises: [DemoPromiseKind: DemoTemplate]

    // MARK: Agents
    let agentGreetings: [DemoTemplate]
    let agentSignoffs: [DemoTemplate]
    /// First line of an agent in a live chat.
    let chatHellos: [DemoTemplate]
    /// First line of an agent by SMS or direct message.
    let messageHellos: [DemoTemplate]
    let empathy: [DemoEmpathy: [DemoTemplate]]
    /// [thanks for your loyalty, sorry this happened to a loyal customer]
    let loyalty: [DemoTemplate]
    /// The automatic acknowledgement: personal, with a realistic time promise.
    let autoAck: DemoTemplate
    let closings: [DemoTemplate]
    let welcomes: [DemoTemplate]
    let publicReplies: [DemoTemplate]
    let brokenApologies: [DemoTemplate]
    let callbackIntro: DemoTemplate
    /// Acknowledging details the customer sent.
    let thanksForDetails: [DemoTemplate]
    /// "Let me look into it": an agent taking something on, with nothing to acknowledge yet.
    let checking: [DemoTemplate]
    /// A last question before the agent can finish (the conversation then waits on the customer).
    let askContact: DemoTemplate
    /// The promise as said in a reply, per kind.
    let promises: [DemoPromiseKind: DemoTemplate]
    /// The promise as the ledger records it, per kind.
    let ledger: [DemoPromiseKind: DemoTemplate]
    /// The message that keeps a promise, for kinds that have their own; others use
    /// `keptPrefix` followed by the topic's answer.
    let kept: [DemoPromiseKind: DemoTemplate]
    let keptPrefix: DemoTemplate
    /// Internal notes between colleagues.
    let notes: [DemoTemplate]
    /// Notes on the customer card, written by agents.
    let profileNotes: [DemoTemplate]

    let topics: [DemoTopic: TopicText]

    /// The topic's text; every phrasebook covers every topic.
    func text(_ topic: DemoTopic) -> TopicText {
        guard let text = topics[topic] else { preconditionFailure("\(language) phrasebook lacks \(topic)") }
        return text
    }

    /// Every template in the book, for checks.
    var allTemplates: [DemoTemplate] {
        var all: [DemoTemplate] = emailGreetings + emailSignoffs + nudges + repeats + escalations
        all += voicemailIntros + voicemailMiddles + voicemailOutros + thanks + more + phoneGreetings + phoneOK
        all += fillerQuestions + fillerAnswers + Array(brokenPromises.values)
        all += agentGreetings + agentSignoffs + chatHellos + messageHellos + empathy.values.flatMap { $0 }
        all += loyalty + [autoAck] + closings + welcomes + publicReplies + brokenApologies + [callbackIntro]
        all += thanksForDetails + checking + [askContact] + Array(promises.values) + Array(ledger.values)
        all += Array(kept.values) + [keptPrefix] + notes + profileNotes
        for text in topics.values {
            all += text.subjects + text.openings + text.shorts + text.publics + [text.detail, text.ask, text.answer]
        }
        return all
    }

    static func book(for language: Language) -> DemoPhrasebook {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }
}
