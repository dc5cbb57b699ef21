import ConversationEngine
import Foundation

/// Builds `Attachment` records for media that providers send as links or ids rather than
/// bytes (Twilio `MediaUrl0`, Meta `payload.url`, WhatsApp media ids).
///
/// Concord records attachments, it never downloads them: the size of linked media is not
/// known at ingest and is recorded as 0 ("unknown"), and the file name is the last path
/// component of the link, given an extension from the content type when it has none
/// (Twilio's ".../Media/ME8c1f…" becomes "ME8c1f….jpg").
enum MediaFiles {
    /// Size recorded for media whose size the provider does not tell.
    static let unknownSize = 0

    private static let extensionsByType: [String: String] = [
        "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "image/heic": "heic",
        "audio/ogg": "ogg", "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/aac": "aac", "audio/amr": "amr",
        "audio/wav": "wav", "audio/x-wav": "wav",
        "video/mp4": "mp4", "video/3gpp": "3gp", "video/quicktime": "mov",
        "application/pdf": "pdf", "text/plain": "txt", "text/vcard": "vcf", "text/x-vcard": "vcf", "text/csv": "csv",
        "application/zip": "zip", "application/msword": "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.ms-excel": "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    ]

    private static let typesByExtension: [String: String] = {
        var types: [String: String] = [:]
        for (type, ext) in extensionsByType where types[ext] == nil { types[ext] = type }
        types["jpeg"] = "image/jpeg"
        types["wav"] = "audio/wav"
        types["vcf"] = "text/vcard"
        return types
    }()

    /// The usual extension for a content type ("image/jpeg" -> "jpg"), ignoring parameters.
    static func fileExtension(for contentType: String) -> String? {
        let bare = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return extensionsByType[bare]
    }

    /// The content type for a file name's extension, or nil when unknown.
    static func contentType(forFilename filename: String) -> String? {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return nil }
        return typesByExtension[filename[filename.index(after: dot)...].lowercased()]
    }

    /// The last path component of a URL, without its query or fragment; nil when there is none.
    static func lastPathComponent(of urlText: String) -> String? {
        var text = Substring(urlText.trimmingCharacters(in: .whitespacesAndNewlines))
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = text[..<cut] }
        if let scheme = text.range(of: "://") { text = text[scheme.upperBound...] } else { return nil }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let path = text[slash...]
        guard let name = path.split(separator: "/").last, !name.isEmpty else { return nil }
        let decoded = String(name).removingPercentEncoding ?? String(name)
        return decoded.isEmpty ? nil : decoded
    }

    /// An attachment for linked media.
    /// - Parameters:
    ///   - url: the provider's link to the media, used for the file name.
    ///   - contentType: the type the provider gives, else one guessed from the name, else `fallbackType`.
    ///   - fallbackName: the name when the link has no usable path ("image-<id>").
    static func attachment(url: String?, contentType: String?, fallbackName: String,
                           fallbackType: String = "application/octet-stream", size: Int = unknownSize) -> Attachment {
        var name = url.flatMap(lastPathComponent(of:)) ?? fallbackName
        let type = contentType.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? MediaFiles.contentType(forFilename: name) ?? fallbackType
        if !name.contains("."), let ext = fileExtension(for: type) { name += "." + ext }
        return Attachment(filename: name, contentType: type, size: max(0, size))
    }
}
