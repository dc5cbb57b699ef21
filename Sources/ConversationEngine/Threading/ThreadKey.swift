/// A key that names a thread on a channel (an email Message-ID, a chat session, a social
/// thread). The store maps keys to conversations; the planner asks for them in order of trust.
public enum ThreadKey {
    public static func email(messageID: String) -> String { "email:\(messageID)" }
    public static func chat(session: String, channel: Channel) -> String { "chat:\(channel.rawValue):\(session)" }
    public static func social(thread: String, channel: Channel) -> String { "social:\(channel.rawValue):\(thread)" }
}
