import Foundation

/// A time phrase that commits to something, with the sentence it stands in and what it is about.
struct TimeStatement {
    var phrase: TimePhrase
    var sentence: NSRange
    var topic: FactTopic
}
