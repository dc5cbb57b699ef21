import Foundation

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

    /// Joins each run of adjacent base64 words of one charset, where a word before the last
    /// ends in "=" padding, into a single word of the concatenated bytes. GMime joins such runs
    /// itself (a character may be split across words) but decodes the joined base64 only up to
    /// the first padding, dropping the rest; Python's `email` reads every word. Senders pad
    /// whenever a word's bytes are not a multiple of three (a Chinese subject with a digit).
    ///
    /// Runs on every encoded header of every message, so it scans bytes (`Base64Word.all`);
    /// a Swift `Regex` here, built and run per header, was most of the ingest's time.
    static func joinPaddedRuns(in text: String) -> String {
        let bytes = Array(text.utf8)
        let words = Base64Word.all(in: bytes)
        guard words.count > 1 else { return text }
        var result: [UInt8] = []
        var cursor = 0
        var index = 0
        while index < words.count {
            // The run: following words of the same charset with only spaces or tabs between.
            var last = index
            while last + 1 < words.count,
                  words[last + 1].hasCharset(of: words[index], in: bytes),
                  bytes[words[last].range.upperBound..<words[last + 1].range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                last += 1
            }
            let run = words[index...last]
            let padded = run.dropLast().contains { $0.payload.upperBound > $0.payload.lowerBound && bytes[$0.payload.upperBound - 1] == UInt8(ascii: "=") }
            if padded, let joined = Self.joinedBytes(run.map { String(decoding: bytes[$0.payload], as: UTF8.self) }) {
                let first = run.first!
                result.append(contentsOf: bytes[cursor..<first.range.lowerBound])
                result.append(contentsOf: "=?".utf8)
                result.append(contentsOf: bytes[first.charset])
                result.append(contentsOf: "?B?\(joined.base64EncodedString())?=".utf8)
                cursor = run.last!.range.upperBound
            }
            index = last + 1
        }
        guard cursor > 0 else { return text }
        result.append(contentsOf: bytes[cursor...])
        return String(decoding: result, as: UTF8.self)
    }

    /// The bytes of every word, decoded one by one; nil if one is not base64 (GMime then reads
    /// the words as it would have).
    static func joinedBytes(_ words: [String]) -> Data? {
        var bytes = Data()
        for word in words {
            var padded = word
            while padded.count % 4 != 0 { padded += "=" }
            guard let data = Data(base64Encoded: padded) else { return nil }
            bytes += data
        }
        return bytes
    }
}
