import CGMime
import Foundation

/// Turns the bytes of a text part into a Swift string, whatever the part claims to be.
///
/// The rules, each repair reported as a warning:
/// - Legacy charsets are read as the superset mail software actually writes (as browsers do):
///   GB2312/GBK as GB18030, EUC-KR as CP949 (UHC), Big5 as Big5-HKSCS, ISO-2022-JP as
///   ISO-2022-JP-2, ISO-8859-1 as windows-1252, so a "GB2312" message with a GBK-only
///   character, or "ISO-8859-1" text with Windows curly quotes, still decodes.
/// - No charset or US-ASCII with 8-bit bytes: UTF-8 when the bytes are valid UTF-8 (the usual
///   truth), else windows-1252. ISO-8859-1 or windows-1252 text that is valid UTF-8 as a
///   whole is UTF-8 too: genuine Latin-1 practically never is.
/// - A charset iconv does not know: the same fallback.
/// - Bytes invalid in the charset become U+FFFD.
/// Conversion goes through GMime's iconv cache (thread-safe) and is linear in the input.
enum CharsetDecoder {
    /// The charsets `name` is read as, lower-cased names in, iconv names out; nil for the
    /// UTF-8/ASCII family, which is validated in Swift instead.
    static func iconvName(for name: String) -> String? {
        if let known = knownNames[lookupKey(name)] { return known.isEmpty ? nil : known }
        return g_mime_charset_iconv_name(name).map { String(cString: $0) } ?? name
    }

    /// `name` lower-cased without dashes, underscores and spaces ("ISO_8859-1" is
    /// "iso88591"), in one pass over its bytes: every header and part asks.
    private static func lookupKey(_ name: String) -> String {
        var key = [UInt8]()
        key.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 0x20)
            default: key.append(byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Lookup keys of the charsets read as something other than GMime's name for them;
    /// an empty value is the UTF-8/ASCII family.
    private static let knownNames: [String: String] = {
        var names: [String: String] = [:]
        func read(_ keys: [String], as iconv: String) { for key in keys { names[key] = iconv } }
        read(["utf8", "unicode11utf8", "xunicode20utf8"], as: "")
        read(["usascii", "ascii", "ansix3.41968", "us", "iso646us", "cp367", "ibm367", ""], as: "")
        read(["gb2312", "gbk", "xgbk", "euccn", "cp936", "ms936", "windows936", "gb231280", "csgb2312", "chinese", "xeuccn",
              "gb18030"], as: "GB18030")
        read(["euckr", "ksc56011987", "ksc5601", "cp949", "uhc", "windows949", "ksc56011989", "xwindows949", "cseuckr"],
             as: "CP949")
        read(["big5", "big5hkscs", "cnbig5", "xxbig5", "csbig5", "cp950"], as: "BIG5-HKSCS")
        read(["iso2022jp", "csiso2022jp"], as: "ISO-2022-JP-2")
        read(["latin1", "iso88591", "l1", "cp819", "iso885911987", "windows1252", "cp1252", "xcp1252"], as: "WINDOWS-1252")
        read(["koi8r", "cskoi8r", "koi8"], as: "KOI8-R")
        read(["koi8u"], as: "KOI8-U")
        return names
    }()

    /// Whether `name` belongs to the UTF-8/ASCII family (or is absent).
    static func isUTF8OrASCII(_ name: String?) -> Bool {
        guard let name else { return true }
        return iconvName(for: name) == nil
    }

    /// Decodes `bytes` declared as `charset` (nil: undeclared). `what` names the text in warnings.
    static func decode(_ bytes: UnsafeRawBufferPointer, charset: String?, what: String,
                       diagnostics: ParseDiagnostics) -> String {
        if bytes.isEmpty { return "" }
        let declared = charset.map(EmailText.trimmed)?.lowercased()
        guard let declared, !declared.isEmpty, let iconvName = iconvName(for: declared) else {
            return decodeUTF8Family(bytes, declared: declared, what: what, diagnostics: diagnostics)
        }
        if iconvName == "WINDOWS-1252", bytes.contains(where: { $0 >= 0x80 }), let utf8 = validUTF8(bytes) {
            // Latin-1 text is practically never valid UTF-8 as a whole (an accented letter
            // followed by a plain one breaks it), while UTF-8 mislabelled Latin-1 is common.
            diagnostics.warn("\(what) is declared \(declared) but is UTF-8; read as UTF-8")
            return utf8
        }
        if let text = convert(bytes, from: iconvName, what: what, declared: declared, diagnostics: diagnostics) {
            return text
        }
        if let valid = validUTF8(bytes) {
            diagnostics.warn("unknown charset \(ParseDiagnostics.shorten(declared, limit: 40)) in \(what); read as UTF-8")
            return valid
        }
        diagnostics.warn("unknown charset \(ParseDiagnostics.shorten(declared, limit: 40)) in \(what); read as windows-1252")
        return convert(bytes, from: "WINDOWS-1252", what: what, declared: "windows-1252", diagnostics: diagnostics)
            ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeUTF8Family(_ bytes: UnsafeRawBufferPointer, declared: String?, what: String,
                                         diagnostics: ParseDiagnostics) -> String {
        if let valid = validUTF8(bytes) {
            // A byte test: Foundation's `String.contains` here was a visible part of parsing a mail.
            if let declared, !declared.isEmpty, !declared.utf8.contains(UInt8(ascii: "8")), bytes.contains(where: { $0 >= 0x80 }) {
                diagnostics.warn("\(what) is declared \(declared) but holds 8-bit text; read as UTF-8")
            }
            return valid
        }
        if let declared, declared.contains("utf") {
            let repaired = String(decoding: bytes, as: UTF8.self)
            diagnostics.warn("invalid UTF-8 in \(what); replaced with U+FFFD")
            return repaired
        }
        let name = declared.flatMap { $0.isEmpty ? nil : $0 } ?? "no charset"
        diagnostics.warn("\(what) (\(name)) holds 8-bit text that is not UTF-8; read as windows-1252")
        return convert(bytes, from: "WINDOWS-1252", what: what, declared: "windows-1252", diagnostics: diagnostics)
            ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes a raw header value that carries undeclared 8-bit bytes (RFC 5322 allows only
    /// ASCII; RFC 6532 allows UTF-8): UTF-8 when valid, else the message's own legacy charset
    /// (`preferred`, from its text parts) when the bytes are valid in it, else windows-1252.
    static func decodeHeader(_ bytes: UnsafeRawBufferPointer, preferred: String?, what: String,
                             diagnostics: ParseDiagnostics) -> String {
        if let valid = validUTF8(bytes) { return valid }
        if let preferred, let iconvName = iconvName(for: preferred) {
            var length = 0
            var invalid = 0
            if let output = cg_convert_to_utf8(iconvName, bytes.baseAddress!.assumingMemoryBound(to: CChar.self),
                                               bytes.count, &length, &invalid) {
                defer { g_free(output) }
                if invalid == 0 {
                    diagnostics.warn("\(what) has undeclared 8-bit text that is not UTF-8; read as \(preferred) like the body")
                    return String(decoding: UnsafeRawBufferPointer(start: output, count: length), as: UTF8.self)
                }
            }
        }
        diagnostics.warn("\(what) has undeclared 8-bit text that is not UTF-8; read as windows-1252")
        return convert(bytes, from: "WINDOWS-1252", what: what, declared: "windows-1252", diagnostics: diagnostics)
            ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes as a string when they are valid UTF-8, else nil.
    static func validUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
        String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
    }

    /// Converts with iconv; nil when iconv does not know the charset.
    private static func convert(_ bytes: UnsafeRawBufferPointer, from iconvName: String, what: String, declared: String,
                                diagnostics: ParseDiagnostics) -> String? {
        var length = 0
        var invalid = 0
        GMimeRuntime.shared.pinConverter(for: iconvName)
        guard let output = cg_convert_to_utf8(iconvName, bytes.baseAddress!.assumingMemoryBound(to: CChar.self),
                                              bytes.count, &length, &invalid) else { return nil }
        defer { g_free(output) }
        let text = String(decoding: UnsafeRawBufferPointer(start: output, count: length), as: UTF8.self)
        if invalid > 0 {
            diagnostics.warn("\(invalid) byte\(invalid == 1 ? "" : "s") in \(what) invalid in \(declared); replaced with U+FFFD")
        }
        return text
    }
}
