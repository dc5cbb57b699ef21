/// Rewrites `?` parameter markers as PostgreSQL's numbered `$1, $2, ...`, leaving string
/// literals, quoted identifiers and comments alone.
///
/// The store's statements are built the way the SQLite store's are, by appending clauses and
/// their values in step (a queue filter adds a status list only when one is asked for);
/// numbering by hand would have every clause know how many came before it.
enum PostgresPlaceholders {
    static func numbered(_ sql: String) -> String {
        guard sql.utf8.contains(UInt8(ascii: "?")) else { return sql }
        var result: [UInt8] = []
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0
        for byte in sql.utf8 {
            if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
            } else if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
            } else if byte == UInt8(ascii: "-") && previous == UInt8(ascii: "-") {
                inComment = true
            } else if byte == UInt8(ascii: "?") {
                number += 1
                result.append(UInt8(ascii: "$"))
                result.append(contentsOf: String(number).utf8)
                previous = byte
                continue
            }
            result.append(byte)
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }
}
