/// An outbound message already sent to the customer, with the facts it stated.
struct EarlierStatement {
    var message: Message
    var facts: StatementFacts

    /// The name the customer saw on it, unless a customer wrote it.
    var agent: String? {
        message.author.kind == .customer || message.author.name.isEmpty ? nil : message.author.name
    }
}
