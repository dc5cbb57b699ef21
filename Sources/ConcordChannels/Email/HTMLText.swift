/// Turns an HTML body into text an agent can read in a terminal: no tags, nothing from
/// `<style>`, `<script>` or `<title>`, comments dropped, character references decoded, block
/// elements (`<p>`, `<div>`, `<li>`, `<tr>`, headings...) and `<br>` as line breaks, runs of
/// whitespace collapsed as a browser would, `<pre>` kept as written.
///
/// Many customers' mail clients send HTML only, so this is how most of their words reach the
/// timeline. It is one forward pass over the UTF-8 bytes with no backtracking beyond the
/// current tag, so time grows linearly with the size of the HTML, however broken it is
/// (an unclosed comment or `<script>` simply ends the text).
enum HTMLText {
    /// Elements whose content is never shown.
    static let hiddenElements: Set<String> = ["script", "style", "title", "template", "noscript"]
    /// Elements that start and end a line.
    static let lineElements: Set<String> = [
        "address", "article", "aside", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements that stand apart as paragraphs (a blank line before and after).
    static let paragraphElements: Set<String> = ["blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre"]

    /// The readable text of `html`.
    static func plainText(fromHTML html: String) -> String {
        var html = html
        return html.withUTF8 { input in
            var output = Output()
            var index = 0
            let count = input.count
            var preDepth = 0
            while index < count {
                let byte = input[index]
                switch byte {
                case UInt8(ascii: "<"):
                    guard index + 1 < count else {
                        output.appendText(byte)
                        index += 1
                        continue
                    }
                    let next = input[index + 1]
                    if next == UInt8(ascii: "!") {
                        index = skipDeclaration(input, from: index)
                    } else if next == UInt8(ascii: "?") {
                        index = skip(input, past: UInt8(ascii: ">"), from: index + 2)
                    } else if isASCIILetter(next) || next == UInt8(ascii: "/") {
                        let tag = readTag(input, from: index)
                        index = tag.end
                        guard !tag.name.isEmpty else { continue }
                        if !tag.closing, hiddenElements.contains(tag.name) {
                            index = skipRawText(input, from: index, until: tag.name)
                            continue
                        }
                        if tag.name == "br" {
                            output.lineBreak()
                        } else if tag.name == "td" || tag.name == "th" {
                            output.space()
                        } else if paragraphElements.contains(tag.name) {
                            output.blockBreak(2)
                            if tag.name == "pre" { preDepth = max(0, preDepth + (tag.closing ? -1 : 1)) }
                        } else if lineElements.contains(tag.name) {
                            output.blockBreak(1)
                        }
                    } else {
                        output.appendText(byte)
                        index += 1
                    }
                case UInt8(ascii: "&"):
                    index = decodeReference(input, from: index, into: &output)
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C:
                    if preDepth > 0 {
                        if byte == UInt8(ascii: "\n") {
                            output.lineBreak()
                        } else if byte != UInt8(ascii: "\r") {
                            output.appendText(byte)
                        }
                    } else {
                        output.space()
                    }
                    index += 1
                default:
                    output.appendText(byte)
                    index += 1
                }
            }
            return output.finish()
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The index just past the first `terminator` at or after `start` (or the end).
    private static func skip(_ input: UnsafeBufferPointer<UInt8>, past terminator: UInt8, from start: Int) -> Int {
        var index = start
        while index < input.count {
            if input[index] == terminator { return index + 1 }
            index += 1
        }
        return input.count
    }

    /// Skips `<!-- ... -->`, `<![CDATA[ ... ]]>` (whose text is kept out too: mail never
    /// means it as content) and `<!DOCTYPE ...>`.
    private static func skipDeclaration(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = input.count
        if start + 3 < count, input[start + 2] == UInt8(ascii: "-"), input[start + 3] == UInt8(ascii: "-") {
            var index = start + 4
            while index + 2 < count {
                if input[index] == UInt8(ascii: "-"), input[index + 1] == UInt8(ascii: "-"), input[index + 2] == UInt8(ascii: ">") {
                    return index + 3
                }
                index += 1
            }
            return count
        }
        return skip(input, past: UInt8(ascii: ">"), from: start + 2)
    }

    /// Reads `<name attr="..." ...>` or `</name>` starting at `<`: the lower-cased name,
    /// whether it closes, and the index past `>`. Quotes are honoured only as attribute values,
    /// so a stray quote cannot swallow the rest of the document.
    private static func readTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> (name: String, closing: Bool, end: Int) {
        let count = input.count
        var index = start + 1
        var closing = false
        if input[index] == UInt8(ascii: "/") {
            closing = true
            index += 1
        }
        let nameStart = index
        while index < count, isNameByte(input[index]) { index += 1 }
        var nameBytes = [UInt8]()
        nameBytes.reserveCapacity(index - nameStart)
        for position in nameStart..<index { nameBytes.append(input[position] | (isASCIILetter(input[position]) ? 0x20 : 0)) }
        let name = String(decoding: nameBytes, as: UTF8.self)
        var afterEquals = false
        while index < count {
            let byte = input[index]
            if byte == UInt8(ascii: ">") { return (name, closing, index + 1) }
            if byte == UInt8(ascii: "=") {
                afterEquals = true
                index += 1
                continue
            }
            if afterEquals, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                index = skip(input, past: byte, from: index + 1)
                afterEquals = false
                continue
            }
            if !isSpace(byte) { afterEquals = false }
            index += 1
        }
        return (name, closing, count)
    }

    /// Skips the content of a hidden element up to and past its end tag (`</style>`).
    private static func skipRawText(_ input: UnsafeBufferPointer<UInt8>, from start: Int, until name: String) -> Int {
        let nameBytes = Array(name.utf8)
        let count = input.count
        var index = start
        while index + 1 < count {
            if input[index] == UInt8(ascii: "<"), input[index + 1] == UInt8(ascii: "/") {
                var matches = index + 2 + nameBytes.count <= count
                var offset = 0
                while matches, offset < nameBytes.count {
                    if (input[index + 2 + offset] | 0x20) != nameBytes[offset] { matches = false }
                    offset += 1
                }
                if matches {
                    let after = index + 2 + nameBytes.count
                    if after >= count || !isNameByte(input[after]) {
                        return skip(input, past: UInt8(ascii: ">"), from: after)
                    }
                }
            }
            index += 1
        }
        return count
    }

    /// Decodes `&name;`, `&#123;` or `&#x7B;` at `start`; a bare `&` stays as written.
    private static func decodeReference(_ input: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout Output) -> Int {
        let count = input.count
        var index = start + 1
        if index < count, input[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < count, input[index] | 0x20 == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < count {
                let byte = input[index]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: digit = UInt32.max
                }
                if digit == UInt32.max { break }
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
                index += 1
            }
            guard index > digitsStart else {
                output.appendText(UInt8(ascii: "&"))
                return start + 1
            }
            if index < count, input[index] == UInt8(ascii: ";") { index += 1 }
            output.appendScalar(numericReference(value))
            return index
        }
        let nameStart = index
        while index < count, index - nameStart < 32,
              isASCIILetter(input[index]) || (input[index] >= UInt8(ascii: "0") && input[index] <= UInt8(ascii: "9")) {
            index += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: input[nameStart..<index]), as: UTF8.self)
        let terminated = index < count && input[index] == UInt8(ascii: ";")
        if let value = HTMLEntities.named[name], terminated || HTMLEntities.legacyWithoutSemicolon.contains(name) {
            output.appendScalar(value == 0xA0 ? 0x20 : value)
            return terminated ? index + 1 : index
        }
        output.appendText(UInt8(ascii: "&"))
        return start + 1
    }

    private static func numericReference(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...: 0xFFFD
        case 0x80...0x9F: HTMLEntities.windows1252C1[Int(value - 0x80)]
        case 0xA0: 0x20
        default: value
        }
    }
}

extension HTMLText {
    /// The output side of `HTMLText`: collapses whitespace, turns block boundaries into at most
    /// one blank line, and never leaves spaces at the start or end of a line.
    struct Output {
        private var bytes: [UInt8] = []
        private var pendingSpace = false
        private var pendingNewlines = 0

        /// A whitespace character outside `<pre>`: at most one space, and none at a line start.
        mutating func space() { pendingSpace = true }

        /// A block boundary: `count` newlines (1 = new line, 2 = blank line), not added to others.
        mutating func blockBreak(_ count: Int) {
            pendingNewlines = max(pendingNewlines, count)
            pendingSpace = false
        }

        /// `<br>` or a newline inside `<pre>`: one more newline (still at most one blank line).
        mutating func lineBreak() {
            pendingNewlines += 1
            pendingSpace = false
        }

        private mutating func flush() {
            if pendingNewlines > 0 {
                if !bytes.isEmpty {
                    for _ in 0..<min(pendingNewlines, 2) { bytes.append(UInt8(ascii: "\n")) }
                }
                pendingNewlines = 0
                pendingSpace = false
            } else if pendingSpace {
                if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
            }
        }

        mutating func appendText(_ byte: UInt8) {
            flush()
            bytes.append(byte)
        }

        mutating func appendScalar(_ value: UInt32) {
            flush()
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            bytes.append(contentsOf: String(Character(scalar)).utf8)
        }

        func finish() -> String {
            String(decoding: bytes, as: UTF8.self)
        }
    }
}
