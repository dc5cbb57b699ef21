import Foundation

/// The end-of-run account: every produced message stored exactly once, the store holding
/// exactly the seeded and the produced messages, and every console showing the last one.
struct LoadVerification {
    let produced: Int
    let stored: [IngestPipeline.Stored]
    let duplicates: Int
    let failures: [String]
    let seedKeys: [String]
    let storeMessages: Int
    let storeKeys: [String]
    let lastMessage: Int64
    let consolesShowing: [Int64]

    /// What is wrong, one sentence each; empty when nothing is.
    var problems: [String] {
        var problems: [String] = []
        if stored.count != produced {
            problems.append("\(produced) messages produced but \(stored.count) stored")
        }
        if duplicates > 0 { problems.append("\(duplicates) produced messages were taken for duplicates") }
        for failure in failures.prefix(5) { problems.append("ingest failed: \(failure)") }
        let producedKeys = stored.map(\.dedupeKey)
        if Set(producedKeys).count != producedKeys.count { problems.append("a message was stored under another's dedupe key") }
        let expected = Set(seedKeys).union(producedKeys)
        let inStore = Set(storeKeys)
        if inStore.count != storeKeys.count { problems.append("the store holds a dedupe key twice") }
        let missing = expected.subtracting(inStore), extra = inStore.subtracting(expected)
        if !missing.isEmpty { problems.append("\(missing.count) messages are missing from the store, e.g. \(missing.first!)") }
        if !extra.isEmpty { problems.append("the store holds \(extra.count) messages nobody produced, e.g. \(extra.first!)") }
        if storeMessages != seedKeys.count + produced {
            problems.append("the store counts \(storeMessages) messages, expected \(seedKeys.count) seeded + \(produced) produced")
        }
        let behind = consolesShowing.filter { $0 < lastMessage }.count
        if behind > 0 { problems.append("\(behind) console(s) never showed the last message (#\(lastMessage))") }
        return problems
    }

    var summary: String {
        let behind = consolesShowing.filter { $0 < lastMessage }.count
        return "\(produced) produced, \(stored.count) stored, \(duplicates) duplicates, \(failures.count) failures; "
            + "store: \(storeMessages) messages = \(seedKeys.count) seeded + \(storeMessages - seedKeys.count) new, "
            + "\(Set(storeKeys).count) distinct dedupe keys; \(consolesShowing.count - behind) of \(consolesShowing.count) consoles "
            + "show the last message (#\(lastMessage))"
    }
}
