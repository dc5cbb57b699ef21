import ConversationEngine
import Foundation

/// One call-detail record read from a source item, as `CallRecordFile` makes them: the
/// item's data is one CSV record, optionally preceded by the header row it was written under
/// (so a row from a `cdr_custom` file can be parsed alone, later, from its kept bytes).
///
/// Values are looked up by normalised column name (lower case without "_", "-" or spaces:
/// "caller_id_number" and "Caller ID Number" are both "calleridnumber"); a header-less row
/// gets its names from the format's default column order.
struct CallRecordRow: Sendable {
    /// Normalised column name to value.
    private(set) var values: [String: String]
    /// The row's fields in order.
    private(set) var fields: [String]
    /// Whether the item carried a header row.
    let hadHeader: Bool
    var warnings: [String]

    /// Reads the item's data.
    /// - Parameters:
    ///   - isHeader: whether a record is a header row of this format.
    ///   - defaultColumns: names for the fields of a header-less row, given its field count;
    ///     throws when the count does not fit the format.
    static func read(_ item: SourceItem, format: String, isHeader: ([String]) -> Bool,
                     defaultColumns: (Int) throws(SourceParseError) -> [String]) throws(SourceParseError) -> CallRecordRow {
        var warnings: [String] = []
        let text: String
        if let valid = String(validating: item.data, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: item.data, as: UTF8.self)
            warnings.append("invalid UTF-8 in the call record replaced with U+FFFD")
        }
        let records = try CSVRecords.read(text).filter { !$0.isBlank }
        for record in records where CSVRecords.hasUnbalancedQuotes(record.raw) {
            throw .malformed("\(format) record on line \(record.line) has an unterminated quoted field")
        }
        let header: [String]?
        let fields: [String]
        switch records.count {
        case 0:
            throw .malformed("no \(format) record: the item is empty")
        case 1 where isHeader(records[0].fields):
            throw .malformed("a \(format) header row without a call record")
        case 1:
            header = nil
            fields = records[0].fields
        case 2 where isHeader(records[0].fields):
            header = records[0].fields
            fields = records[1].fields
        default:
            throw .malformed("expected one \(format) record (optionally after its header row), found \(records.count) rows")
        }
        if header != nil, isHeader(fields) { throw .malformed("a \(format) header row without a call record") }

        let names: [String]
        if let header {
            names = header.map(normalise)
            if fields.count != header.count {
                warnings.append("the row has \(fields.count) fields but the header names \(header.count)")
            }
        } else {
            names = try defaultColumns(fields.count).map(normalise)
        }
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() where index < fields.count && values[name] == nil {
            values[name] = fields[index].trimmedSpaces
        }
        return CallRecordRow(values: values, fields: fields, hadHeader: header != nil, warnings: warnings)
    }

    /// The first non-empty value among `names` (normalised before lookup).
    func value(_ names: String...) -> String? {
        for name in names {
            if let value = values[Self.normalise(name)], !value.isEmpty { return value }
        }
        return nil
    }

    /// A whole number of seconds, nil when absent; "12.7" reads as 13, garbage as nil.
    func seconds(_ names: String...) -> Int? {
        for name in names {
            guard let text = values[Self.normalise(name)], !text.isEmpty else { continue }
            if let whole = Int(text) { return max(0, whole) }
            if let real = Double(text), real.isFinite { return Int(clamping: Int64(max(0, min(real.rounded(), 1e12)))) }
        }
        return nil
    }

    /// A stable id for a row that has no id column: a hash of its fields, so reading the same
    /// row again gives the same id.
    func contentID() -> String {
        var hasher = StableHasher()
        for field in fields { hasher.combine(field) }
        return "row-" + hasher.hexDigest
    }

    /// "Caller ID Number" -> "calleridnumber".
    static func normalise(_ name: String) -> String {
        guard name.utf8.count <= 64 else { return "" }  // no column name is this long
        var text = name.trimmedSpaces.lowercased()
        if text.hasPrefix("${"), text.hasSuffix("}") { text = String(text.dropFirst(2).dropLast()) }
        return String(text.filter { $0 != "_" && $0 != "-" && $0 != " " && $0 != "\r" && $0 != "\n" })
    }

    /// How many of `names` appear among a row's normalised fields: a header row names
    /// columns, a data row holds numbers and times.
    static func columnNameMatches(_ fields: [String], names: Set<String>) -> Int {
        fields.reduce(0) { $0 + (couldBeColumnName($1) && names.contains(normalise($1)) ? 1 : 0) }
    }

    /// A cheap test that rules out data (times, numbers, caller IDs) before normalising: a
    /// column name is short ASCII made of letters, digits, "_", "-", spaces and "${}".
    private static func couldBeColumnName(_ field: String) -> Bool {
        let bytes = field.utf8
        guard !bytes.isEmpty, bytes.count <= 40, let first = bytes.first, first > 0x39 || first == 0x20 else { return false }
        return bytes.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x24 || byte == 0x7B || byte == 0x7D
        }
    }

    /// Splits Asterisk/FreeSWITCH caller ID text ("\"김민지\" <01012345678>") into a name and a number.
    static func splitCallerID(_ text: String) -> (name: String?, number: String?) {
        let trimmed = text.trimmedSpaces
        guard let open = trimmed.lastIndex(of: "<"), let close = trimmed.lastIndex(of: ">"), open < close else {
            return (trimmed.isEmpty ? nil : trimmed, nil)
        }
        var name = String(trimmed[..<open]).trimmedSpaces
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        let number = String(trimmed[trimmed.index(after: open)..<close]).trimmedSpaces
        return (name.isEmpty ? nil : name, number.isEmpty ? nil : number)
    }
}
