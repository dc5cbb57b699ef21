import ConversationEngine
import Foundation

/// The `includes` of an X API v2 response: the users (and media) that posts and DM events
/// refer to by id, and which of those users are the company's own accounts.
struct XIncludes: Sendable {
    struct User: Sendable, Hashable {
        var id: String
        var username: String?
        var name: String?
    }

    private(set) var users: [String: User] = [:]
    private(set) var media: [String: JSONValue] = [:]
    /// The company's X handles (lower-cased, without "@") or numeric user ids.
    let ownAccounts: Set<String>

    init(_ payload: JSONValue, context: ParseContext) {
        for user in payload["includes"]?["users"]?.arrayValue ?? [] {
            guard let id = user["id"]?.text else { continue }
            users[id] = User(id: id, username: user["username"]?.text, name: user["name"]?.text)
        }
        for item in payload["includes"]?["media"]?.arrayValue ?? [] {
            if let key = item["media_key"]?.text { media[key] = item }
        }
        let configured = context.ownHandles[Channel.x.rawValue] ?? context.ownHandles["twitter"] ?? []
        ownAccounts = Set(configured.compactMap { IdentityNormalizer.handle($0) })
    }

    /// Whether user `id` is one of the company's accounts (by handle or by id).
    func isOwn(_ id: String) -> Bool {
        if ownAccounts.contains(id.lowercased()) { return true }
        if let username = users[id]?.username?.lowercased(), ownAccounts.contains(username) { return true }
        return false
    }

    /// The customer hints for user `id`: their handle (when `includes` names them), their X
    /// user id (system "x", which never changes when they rename) and their display name.
    func hints(for id: String) -> CustomerHints {
        var hints = CustomerHintsBuilder()
        if let username = users[id]?.username { hints.add(Identity.handle(username, on: .x)) }
        hints.add(Identity.external(id, system: Channel.x.rawValue))
        hints.setName(users[id]?.name)
        return hints.hints
    }

    /// How the company account is shown as the author of its replies.
    func agentName(for id: String) -> String {
        users[id]?.name ?? users[id]?.username.map { "@" + $0 } ?? "X account \(id)"
    }

    /// Attachments for the media keys of a post or DM event.
    func attachments(for keys: [JSONValue], ownerID: String) -> [Attachment] {
        keys.enumerated().map { index, keyValue in
            let key = keyValue.text ?? "\(ownerID)-\(index + 1)"
            let item = media[key]
            let kind = item?["type"]?.text ?? "photo"
            let fallbackType = kind == "photo" ? "image/*" : "video/*"
            return MediaFiles.attachment(url: item?["url"]?.text, contentType: nil, fallbackName: "\(kind)-\(key)",
                                         fallbackType: fallbackType)
        }
    }

    /// X escapes "&", "<" and ">" in post text; this undoes it.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
