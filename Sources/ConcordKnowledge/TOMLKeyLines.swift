import Foundation

/// The line each key of a TOML file is written on, so an error about a value ("unknown
/// situation", "unknown placeholder") can point at its line although TOMLKit gives lines
/// only for syntax errors.
///
/// It reads table headers (`[answer.refund_timeline.ko]`) and `key = value` lines, skips
/// comments and the inside of multi-line strings, and joins dotted and quoted keys. It is
/// not a parser: TOMLKit has already accepted the file, this only finds where things are.
struct TOMLKeyLines: Sendable {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var openMultiline: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let delimiter = openMultiline {
                if line.components(separatedBy: delimiter).count % 2 == 0 { openMultiline = nil }
                continue
            }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("[") {
                let inner = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                let header = inner.split(separator: "#", maxSplits: 1).first.map(String.init) ?? inner
                table = Self.keyPath(header.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t")))
                record(table, number)
                continue
            }
            guard let equals = Self.firstUnquotedEquals(in: line) else { continue }
            let keyPart = String(line[line.startIndex..<equals])
            record(table + Self.keyPath(keyPart), number)
            let value = line[line.index(after: equals)...]
            for delimiter in ["\"\"\"", "'''"] where value.components(separatedBy: delimiter).count == 2 {
                openMultiline = delimiter
            }
        }
    }

    /// The line of `key` ("a.b.c"), or of its nearest written ancestor.
    func line(of key: String) -> Int? {
        var path = Self.keyPath(key)
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }

    /// Records the key and, where not yet written, the tables it implies: `[a.b]` also
    /// places `a`, which TOML defines implicitly.
    private mutating func record(_ path: [String], _ line: Int) {
        for length in stride(from: path.count, through: 1, by: -1) {
            let key = path.prefix(length).joined(separator: ".")
            if lines[key] == nil { lines[key] = line }
        }
    }

    /// `a."b.c" . d` -> ["a", "b.c", "d"].
    static func keyPath(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    private static func firstUnquotedEquals(in line: String) -> String.Index? {
        var quote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
            index = line.index(after: index)
        }
        return nil
    }
}
