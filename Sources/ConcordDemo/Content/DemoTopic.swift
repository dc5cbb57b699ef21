/// What a demo story is about. Each topic has text in all five languages (`DemoPhrasebook`).
enum DemoTopic: Int, CaseIterable, Sendable {
    case deliveryDelay, refundWait, defectiveProduct, billingError, cancellation
    case setupHelp, thanks, addressChange, orderStatus, accountLogin

    /// Which empathy phrases fit the customer's situation.
    var empathy: DemoEmpathy {
        switch self {
        case .deliveryDelay, .orderStatus: .delay
        case .refundWait: .refund
        case .defectiveProduct: .defect
        case .billingError: .billing
        case .setupHelp: .confusion
        case .accountLogin: .account
        case .addressChange, .cancellation: .general
        case .thanks: .thanks
        }
    }

    /// Money matters go to the billing team's queue.
    var isBilling: Bool { self == .billingError || self == .refundWait || self == .cancellation }

    /// The commitments an agent would plausibly make for this topic; the first few are the
    /// short ones (hours to two days) that can be shown overdue without long silent gaps.
    var promiseKinds: [DemoPromiseKind] {
        switch self {
        case .deliveryDelay: [.update48h, .callbackTomorrow, .reply24h]
        case .refundWait: [.refund5bd, .callbackTomorrow, .reply24h]
        case .defectiveProduct: [.replacement3bd, .callbackTomorrow, .refund5bd]
        case .billingError: [.refund5bd, .invoice2bd, .callback2h, .callbackTomorrow]
        case .cancellation: [.refund5bd, .reply24h]
        case .setupHelp: [.callbackTomorrow, .callback2h, .reply24h]
        case .thanks: []
        case .addressChange: [.reply24h, .update48h]
        case .orderStatus: [.update48h, .reply24h]
        case .accountLogin: [.callback2h, .reply24h]
        }
    }

    /// Topics that need a product that talks to an app.
    var needsSmartProduct: Bool { self == .setupHelp }
}

/// Families of empathy phrases, chosen by situation (DOMAIN principle 6).
enum DemoEmpathy: Int, CaseIterable, Sendable {
    case delay, refund, defect, billing, confusion, account, general, thanks
}
