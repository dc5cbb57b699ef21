/// Attachment sizes: "812 B", "120 KB", "3.4 MB".
public enum ByteCountText {
    public static func short(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1024 { return "\(Int(kilobytes.rounded())) KB" }
        let megabytes = kilobytes / 1024
        return megabytes < 10 ? "\((megabytes * 10).rounded() / 10) MB" : "\(Int(megabytes.rounded())) MB"
    }
}
