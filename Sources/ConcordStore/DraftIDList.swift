/// How a draft's phrase and answer ids are kept in one column on both stores: newline-separated
/// text, which phrase and answer ids never contain.
public enum DraftIDList {
    public static func encode(_ ids: [String]) -> String {
        ids.joined(separator: "\n")
    }

    public static func decode(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }
}
