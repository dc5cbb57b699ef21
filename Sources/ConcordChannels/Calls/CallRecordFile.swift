import Foundation

/// Splits a call-record file (what `concord ingest calls FILE` reads) into one source item per
/// call record.
///
/// Two kinds of file:
/// - **CSV call-detail records** (Asterisk Master.csv or `cdr_custom`, FreeSWITCH
///   `mod_cdr_csv`), read with CSV.swift: one item per record, with origin "path:line N" (the
///   line the record starts on; a quoted field may span lines). Blank lines are skipped.
/// - **Twilio voice callbacks**, one form-encoded body (or JSON object) per line, or a JSON
///   document of them: one item per callback.
///
/// **Header rows are carried.** A row of a file with a header (a `cdr_custom` layout, or any
/// export whose first row names the columns) means nothing without it, and items are stored
/// and may be re-parsed alone, from quarantine, long after the file is gone. So each item's
/// data is the header row, a line break, then the record: exactly the bytes a one-row file
/// would have. A header-less item is just its record. The parsers read either; a header row
/// anywhere in the file applies to the rows after it (concatenated exports keep working).
///
/// The bytes of each record are the file's bytes (split as Latin-1, so even invalid UTF-8 is
/// kept exactly; the parser repairs it and says so); only line breaks between the header and
/// the record and inside multi-line records become "\n".
///
/// Each record's format is recognised from its header (FreeSWITCH's caller_id_number,
/// destination_number, hangup_cause… against Asterisk's src, dst, disposition…) or, without
/// one, from its shape (a FreeSWITCH hangup cause in column 10, an Asterisk disposition in
/// column 15); when neither shows, the previous record's format, else Asterisk.
public enum CallRecordFile {
    /// The source items of a call-record file, in file order.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - origin: the file's path, the prefix of each item's origin.
    ///   - receivedAt: when the file was read; call records carry their own times.
    public static func items(in data: Data, origin: String, receivedAt: Date? = nil) -> [SourceItem] {
        let firstLine = PayloadPieces.lines([UInt8](data.prefix(64 * 1024))).first.map { Data($0.1) } ?? Data()
        let trimmedFirst = firstLine.drop(while: { $0 == 0x20 || $0 == 0x09 })
        if trimmedFirst.first == UInt8(ascii: "{") || trimmedFirst.first == UInt8(ascii: "[")
            || FormFields.looksURLEncoded(Data(trimmedFirst)) && PayloadShape.format(of: FormFields(urlEncoded: Data(trimmedFirst))) != nil {
            return callbackItems(data, origin: origin, receivedAt: receivedAt)
        }
        return csvItems(data, origin: origin, receivedAt: receivedAt)
    }

    /// The format of one header-less CSV record from its shape, or nil when it shows none.
    public static func format(ofRecord fields: [String]) -> SourceFormat? {
        if fields.count >= 13, fields.count < 16 || !AsteriskCDRParser.dispositions.contains(fields[14].uppercased()),
           isHangupCause(fields[9]) {
            return .freeswitchCDR
        }
        if fields.count >= 16, AsteriskCDRParser.dispositions.contains(fields[14].uppercased()) { return .asteriskCDR }
        return nil
    }

    // MARK: - Twilio callbacks

    private static func callbackItems(_ data: Data, origin: String, receivedAt: Date?) -> [SourceItem] {
        PayloadPieces.split(data).map { piece in
            let format: SourceFormat
            if let json = piece.json {
                format = PayloadShape.format(of: json) ?? .twilioVoice
            } else if FormFields.looksURLEncoded(piece.data) {
                format = PayloadShape.format(of: FormFields(urlEncoded: piece.data)) ?? .twilioVoice
            } else {
                format = .twilioVoice
            }
            return SourceItem(format: format, origin: PayloadPieces.origin(origin, line: piece.line), data: piece.data,
                              receivedAt: receivedAt)
        }
    }

    // MARK: - CSV

    private static func csvItems(_ data: Data, origin: String, receivedAt: Date?) -> [SourceItem] {
        // Latin-1 maps every byte to one scalar and back, so records keep their exact bytes.
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: data.map { Unicode.Scalar($0) })
        var text = String(scalars)
        if text.hasPrefix("\u{EF}\u{BB}\u{BF}") { text.removeFirst(3) }
        let records: [CSVRecord]
        do {
            records = try CSVRecords.read(text)
        } catch {
            return [SourceItem(format: .asteriskCDR, origin: origin, data: data, receivedAt: receivedAt)]
        }
        var items: [SourceItem] = []
        var header: (raw: String, format: SourceFormat)?
        var previousFormat: SourceFormat?
        for record in records where !record.isBlank {
            let asteriskHeader = AsteriskCDRParser.isHeader(record.fields)
            let freeswitchHeader = FreeSWITCHCDRParser.isHeader(record.fields)
            if asteriskHeader || freeswitchHeader {
                let freeswitchNames = CallRecordRow.columnNameMatches(record.fields, names: FreeSWITCHCDRParser.headerNames)
                let asteriskNames = CallRecordRow.columnNameMatches(record.fields, names: AsteriskCDRParser.headerNames)
                header = (record.raw, freeswitchNames > asteriskNames ? .freeswitchCDR : .asteriskCDR)
                continue
            }
            let format = header?.format ?? format(ofRecord: record.fields) ?? previousFormat ?? .asteriskCDR
            previousFormat = format
            let raw = header.map { $0.raw + "\n" + record.raw } ?? record.raw
            items.append(SourceItem(format: format, origin: "\(origin):line \(record.line)", data: latin1Bytes(raw),
                                    receivedAt: receivedAt))
        }
        return items
    }

    private static func latin1Bytes(_ text: String) -> Data {
        Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    }

    /// FreeSWITCH hangup causes are upper-case words joined by "_" ("NORMAL_CLEARING").
    private static func isHangupCause(_ text: String) -> Bool {
        let shaped = text.count >= 4 && text.contains("_") || ["SUCCESS", "UNSPECIFIED"].contains(text)
        return shaped && text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isUppercase || $0.isNumber)) }
    }
}
