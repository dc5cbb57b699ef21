import ConcordStore
import TOMLKit

/// Reads `[views.NAME]` tables: saved queue views, each a filter in the same words as
/// `:filter` and an optional order.
///
/// ```toml
/// [views.billing]
/// channels = ["email", "chat"]
/// statuses = ["open", "pending"]
/// languages = ["ko", "zh"]
/// team = "billing"
/// assignee = "mine"        # or "unassigned", "anyone"
/// tags = ["vip"]
/// order = "wait"
/// ```
enum ViewsConfigurationReader {
    static let settings: Set<String> = ["channels", "statuses", "languages", "team", "assignee", "tags", "order"]

    static func read(_ value: (any TOMLValueConvertible)?, file: String) throws(ConfigurationError) -> [SavedView] {
        guard let value else { return [] }
        guard let table = value.table else {
            throw .invalidValue(file: file, key: "views", value: "\(value)", expected: "tables like [views.billing]")
        }
        var views: [SavedView] = []
        for name in table.keys.sorted() {
            let key = "views.\(name)"
            guard let view = table[name]?.table else {
                throw .invalidValue(file: file, key: key, value: "\(table[name].map { "\($0)" } ?? "")", expected: "a table: [\(key)]")
            }
            for setting in view.keys where !settings.contains(setting) {
                throw .unknownSetting(file: file, key: "\(key).\(setting)", known: settings.sorted().map { "\(key).\($0)" })
            }
            var words: [String] = []
            for (setting, word) in [("channels", "channel"), ("statuses", "status"), ("languages", "lang"), ("tags", "tag")] {
                let values = try ConfigurationValue.strings(view[setting], key: "\(key).\(setting)", file: file)
                if !values.isEmpty { words.append("\(word)=" + values.joined(separator: ",")) }
            }
            if let team = try ConfigurationValue.string(view["team"], key: "\(key).team", file: file) { words.append("team=\(team)") }
            if let assignee = try ConfigurationValue.string(view["assignee"], key: "\(key).assignee", file: file) {
                guard QueueFilter.Assignment(rawValue: assignee) != nil else {
                    throw .invalidValue(file: file, key: "\(key).assignee", value: "\"\(assignee)\"",
                                        expected: "\"mine\", \"unassigned\" or \"anyone\"")
                }
                words.append(assignee)
            }
            let filter: QueueFilter
            do {
                filter = try QueueFilter.parse(words)
            } catch {
                throw .invalidValue(file: file, key: key, value: words.joined(separator: " "), expected: error.description)
            }
            var ordering: QueueQuery.Ordering?
            if let order = try ConfigurationValue.string(view["order"], key: "\(key).order", file: file) {
                guard let known = QueueQuery.Ordering(rawValue: order) else {
                    throw .invalidValue(file: file, key: "\(key).order", value: "\"\(order)\"",
                                        expected: "one of " + QueueQuery.Ordering.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
                }
                ordering = known
            }
            views.append(SavedView(name: name.lowercased(), filter: filter, ordering: ordering))
        }
        return views
    }
}
