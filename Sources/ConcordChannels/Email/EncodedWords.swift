/// Small rewrites of RFC 2047 encoded words before GMime decodes them.
enum EncodedWords {
    /// Names the CJK superset charset in every encoded word that declares a legacy subset
    /// ("=?gb2312?B?...?=" becomes "=?GB18030?B?...?=", EUC-KR and ks_c_5601-1987 become
    /// CP949, Big5 becomes Big5-HKSCS). Korean Outlook labels UHC text "ks_c_5601-1987" and
    /// Chinese clients label GBK text "gb2312"; decoding them strictly would turn real names
    /// into question marks. One pass; text without "=?" is returned untouched.
    static func widenCharsets(in text: String) -> String {
        let bytes = Array(text.utf8)
        var result = [UInt8]()
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            guard byte == UInt8(ascii: "="), index < bytes.count, bytes[index] == UInt8(ascii: "?") else { continue }
            result.append(UInt8(ascii: "?"))
            index += 1
            var end = index
            while end < bytes.count, end - index <= 40, bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "*") { end += 1 }
            guard end < bytes.count, end > index, end - index <= 40 else { continue }
            let charset = String(decoding: bytes[index..<end], as: UTF8.self)
            if let wide = CharsetDecoder.iconvName(for: charset), wide == "GB18030" || wide == "CP949" || wide == "BIG5-HKSCS" {
                result.append(contentsOf: wide.utf8)
                index = end
                changed = true
            }
        }
        return changed ? String(decoding: result, as: UTF8.self) : text
    }
}
