/// The values a template can refer to, one per story: `{name}`, `{order}`, `{amount}`…
enum DemoSlot: Int, CaseIterable, Sendable {
    /// How the agent addresses the customer (CustomerAddressing): "김민지 님", "Анна Сергеевна".
    case name
    /// How the customer signs: "Sarah", "王小明", "Анна Иванова".
    case me
    /// The agent's name as the customer should read it.
    case agent
    case product
    /// Korean: with the object particle (을/를); Russian: the accusative; otherwise `product`.
    case productObject
    /// Korean: with the subject particle (이/가); otherwise `product`.
    case productSubject
    /// Korean: with the topic particle (은/는); otherwise `product`.
    case productTopic
    case order
    /// A price as a customer writes it ("175,000원", "11 990 руб.").
    case amount
    /// A price as a receipt prints it ("₩175,000", "11 990 ₽").
    case amountFormal
    /// The tenure with its noun ("7 years", "7년", "7 лет", "۷ سال").
    case years
    /// The customer's phone number as they would write it.
    case phone
    /// The customer's handle on the social platform of the story, without "@".
    case handle

    static let byName: [String: DemoSlot] = [
        "name": .name, "me": .me, "agent": .agent, "product": .product, "product_obj": .productObject,
        "product_subj": .productSubject, "product_top": .productTopic, "order": .order, "amount": .amount,
        "amount_formal": .amountFormal, "years": .years, "phone": .phone, "handle": .handle,
    ]
}

/// Filled-in slot values for one story.
struct DemoSlotValues: Sendable {
    var values: [String] = Array(repeating: "", count: DemoSlot.allCases.count)

    subscript(slot: DemoSlot) -> String {
        get { values[slot.rawValue] }
        set { values[slot.rawValue] = newValue }
    }
}
