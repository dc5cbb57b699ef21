import Foundation

/// An automatic acknowledgement ready to record and queue: the text in the customer's
/// language and the promise it makes, which the promise ledger then holds the team to.
public struct Acknowledgement: Sendable, Hashable {
    public var language: Language
    public var text: String
    /// The promised time as written ("within 2 hours"), also the promise's text in the ledger.
    public var promiseText: String
    public var promise: PromisedReplyTime
    /// The channel it goes out on: the customer's own, except after a missed call, which is
    /// acknowledged by SMS.
    public var channel: Channel

    public init(language: Language, text: String, promiseText: String, promise: PromisedReplyTime, channel: Channel) {
        self.language = language
        self.text = text
        self.promiseText = promiseText
        self.promise = promise
        self.channel = channel
    }
}
