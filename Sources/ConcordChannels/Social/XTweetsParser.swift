import ConversationEngine
import Foundation

/// Reads an X API v2 posts payload (a search, timeline or filtered-stream response: `data` is
/// one post or an array of them, authors in `includes.users`) into public X events.
///
/// - Thread: `socialThreadID` is the post's `conversation_id` (the post that started the
///   thread), so a complaint and every reply to it are one conversation.
/// - A post by one of the company's accounts (`ownHandles["x"]`, handle or user id) is an
///   outbound agent reply (`Author.agent` with the account's name) whose customer is the
///   `in_reply_to_user_id`; a company post that answers no one (an announcement) gives no
///   event. Other posts are inbound from their author.
/// - Customer identities: the handle on X (from `includes.users`) and the X user id
///   (`Identity.external(_, system: "x")`), which survives a rename; the display name is the
///   name hint.
/// - `SocialDetails`: public, the post's URL (https://x.com/<username>/status/<id>) and the
///   `replied_to` post id. Reposts ("retweeted") are not messages: skipped with a warning.
/// - Text: `note_tweet.text` for long posts, else `text`, with X's HTML escapes undone.
/// - providerID: "x:<post id>".
public struct XTweetsParser: SourceParser {
    public init() {}

    public func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let document = try JSONReader.parseObject(item.data, what: "an X API posts payload")
        let payload = document.value
        var warnings = document.warnings
        guard let data = payload["data"], !data.isNull else {
            if payload["errors"] != nil { throw .unsupported("an X API error response carries no posts") }
            throw .missingField("data")
        }
        let posts = data.elements
        guard !posts.isEmpty || data.arrayValue != nil else { throw .malformed("data must be a post object or an array of posts") }
        let includes = XIncludes(payload, context: context)

        var events: [InboundEvent] = []
        for (index, post) in posts.enumerated() {
            let path = data.arrayValue == nil ? "data" : "data[\(index)]"
            guard post.objectValue != nil else { throw .malformed("\(path) is not a post object") }
            guard let id = post["id"]?.text else { throw .missingField("\(path).id") }
            guard let authorID = post["author_id"]?.text else { throw .missingField("\(path).author_id (request tweet.fields=author_id)") }
            let references = post["referenced_tweets"]?.arrayValue ?? []
            if references.contains(where: { $0["type"]?.text == "retweeted" }) {
                warnings.append("post \(id) is a repost: skipped")
                continue
            }
            let occurredAt = try EventTime.resolve(post["created_at"], field: "\(path).created_at", item: item, warnings: &warnings)
            let repliedTo = references.first(where: { $0["type"]?.text == "replied_to" })?["id"]?.text

            let direction: Direction
            let customer: CustomerHints
            let author: Author?
            if includes.isOwn(authorID) {
                guard let customerID = post["in_reply_to_user_id"]?.text else {
                    warnings.append("post \(id) by the company's account answers no one: skipped")
                    continue
                }
                guard !includes.isOwn(customerID) else {
                    warnings.append("post \(id) answers the company's own account: skipped")
                    continue
                }
                direction = .outbound
                customer = includes.hints(for: customerID)
                author = .agent(includes.agentName(for: authorID))
            } else {
                direction = .inbound
                customer = includes.hints(for: authorID)
                author = nil
            }
            let text = XIncludes.unescape(post["note_tweet"]?["text"]?.stringValue ?? post["text"]?.stringValue ?? "")
            let attachments = includes.attachments(for: post["attachments"]?["media_keys"]?.arrayValue ?? [], ownerID: id)
            guard !text.isEmpty || !attachments.isEmpty else {
                warnings.append("post \(id) has no text: skipped")
                continue
            }
            let username = includes.users[authorID]?.username
            let url = username.map { "https://x.com/\($0)/status/\(id)" } ?? "https://x.com/i/web/status/\(id)"
            events.append(InboundEvent(
                channel: .x, direction: direction, providerID: "x:\(id)", occurredAt: occurredAt, customer: customer,
                author: author, text: text,
                social: SocialDetails(visibility: .public, url: url, inReplyToPostID: repliedTo),
                attachments: attachments,
                thread: ThreadHints(socialThreadID: post["conversation_id"]?.text ?? repliedTo ?? id)))
        }
        return ParsedSource(events: events, warnings: warnings)
    }
}
