import Foundation

/// Reads the many ways providers write a time: ISO 8601 ("2021-07-23T18:02:48.000Z"),
/// Chatwoot's "2020-03-03 13:05:57 UTC", RFC 2822 (Twilio's "Mon, 16 Aug 2010 03:45:01 +0000"),
/// CDR local times ("2024-05-02 09:15:00") and Unix seconds or milliseconds.
///
/// Hand-written rather than `DateFormatter`/`ISO8601DateFormatter` because those are
/// locale-sensitive, slow to create, accept only one layout each, and cannot say whether the
/// text carried a UTC offset, which decides whether a "repaired" warning is due.
enum ProviderTime {
    /// A time read from text.
    struct Reading: Sendable, Hashable {
        var date: Date
        /// False when the text had no offset and was read in the fallback zone (UTC unless
        /// a zone was given): the caller should say so in a warning.
        var hadOffset: Bool
    }

    /// Seconds since 1970 of 9999-12-31T23:59:59Z; later (or before year 1) times are rejected.
    static let maximumSeconds: Int64 = 253_402_300_799
    static let minimumSeconds: Int64 = -62_135_596_800

    /// Parses `text` in any supported layout.
    /// - Parameter localZone: the zone for times written without an offset; nil reads them as UTC.
    static func parse(_ text: String, localZone: TimeZone? = nil) -> Reading? {
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return nil }
        let bytes = Array(trimmed.utf8)
        if let first = bytes.first, isDigit(first) {
            if bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) {
                return unix(trimmed).map { Reading(date: $0, hadOffset: true) }
            }
            if let reading = iso(bytes, localZone: localZone) { return reading }
        }
        return rfc2822(trimmed)
    }

    /// A Unix time in seconds, or in milliseconds when the value is too large to be seconds
    /// (Meta's timestamps). Fractions are kept; out-of-range values give nil.
    static func unix(_ text: String) -> Date? {
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        let seconds = value >= 100_000_000_000 ? value / 1000 : value
        guard seconds <= Double(maximumSeconds) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// Unix seconds from an integer, nil when outside years 1–9999.
    static func unixSeconds(_ value: Int64) -> Date? {
        guard value >= minimumSeconds, value <= maximumSeconds else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(value))
    }

    /// Unix milliseconds from an integer, nil when out of range.
    static func unixMilliseconds(_ value: Int64) -> Date? {
        unixSeconds(value / 1000).map { $0.addingTimeInterval(TimeInterval(value % 1000) / 1000) }
    }

    /// A time from a JSON value: a number or numeric string is Unix seconds (milliseconds
    /// when large), other strings are parsed as text.
    static func parse(_ value: JSONValue, localZone: TimeZone? = nil) -> Reading? {
        switch value {
        case .number(let literal): unix(literal).map { Reading(date: $0, hadOffset: true) }
        case .string(let text): parse(text, localZone: localZone)
        default: nil
        }
    }

    /// ISO 8601 in UTC with a "Z", for messages and JSON output.
    static func isoString(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    // MARK: - ISO 8601 and "YYYY-MM-DD HH:MM:SS"

    private static func iso(_ bytes: [UInt8], localZone: TimeZone?) -> Reading? {
        var scanner = ByteScanner(bytes: bytes)
        guard let year = scanner.number(digits: 4), scanner.take(UInt8(ascii: "-")) || scanner.take(UInt8(ascii: "/")),
              let month = scanner.number(digits: 2), scanner.take(UInt8(ascii: "-")) || scanner.take(UInt8(ascii: "/")),
              let day = scanner.number(digits: 2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        if scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t")) || scanner.take(UInt8(ascii: " ")) {
            guard let h = scanner.number(digits: 2), scanner.take(UInt8(ascii: ":")), let m = scanner.number(digits: 2) else {
                return nil
            }
            hour = h
            minute = m
            if scanner.take(UInt8(ascii: ":")) {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
                if scanner.take(UInt8(ascii: ".")) || scanner.take(UInt8(ascii: ",")) {
                    var scale = 0.1
                    var digits = 0
                    while let digit = scanner.digit() {
                        if digits < 9 { fraction += Double(digit) * scale; scale /= 10 }
                        digits += 1
                    }
                    guard digits > 0 else { return nil }
                }
            }
        }
        while scanner.take(UInt8(ascii: " ")) {}
        var offset: Int?
        if scanner.atEnd {
            offset = nil
        } else if scanner.take(UInt8(ascii: "Z")) || scanner.take(UInt8(ascii: "z")) {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(digits: 2) else { return nil }
            _ = scanner.take(UInt8(ascii: ":"))
            let minutes = scanner.number(digits: 2) ?? 0
            guard hours <= 23, minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else if let name = scanner.rest(), let zone = namedZoneOffset(name) {
            offset = zone
            return finish(year, month, day, hour, minute, second, fraction, offset: offset, localZone: localZone)
        } else {
            return nil
        }
        guard scanner.atEnd else { return nil }
        return finish(year, month, day, hour, minute, second, fraction, offset: offset, localZone: localZone)
    }

    private static func finish(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
                               _ fraction: Double, offset: Int?, localZone: TimeZone?) -> Reading? {
        guard let naive = civilSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        let utcSeconds: Int64
        if let offset {
            utcSeconds = naive - Int64(offset)
        } else if let localZone {
            let guess = Date(timeIntervalSince1970: TimeInterval(naive))
            let first = localZone.secondsFromGMT(for: guess)
            let refined = localZone.secondsFromGMT(for: guess.addingTimeInterval(TimeInterval(-first)))
            utcSeconds = naive - Int64(refined)
        } else {
            utcSeconds = naive
        }
        guard utcSeconds >= minimumSeconds, utcSeconds <= maximumSeconds else { return nil }
        return Reading(date: Date(timeIntervalSince1970: TimeInterval(utcSeconds) + fraction), hadOffset: offset != nil)
    }

    // MARK: - RFC 2822

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Mon, 16 Aug 2010 03:45:01 +0000", "16 Aug 2010 03:45 GMT"; a missing zone is UTC.
    private static func rfc2822(_ text: String) -> Reading? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty else { return nil }
        if tokens[0].hasSuffix(",") || tokens[0].count == 3 && Int(tokens[0]) == nil && months.firstIndex(of: tokens[0].lowercased()) == nil {
            tokens.removeFirst()
        }
        guard tokens.count >= 4, let day = Int(tokens[0]), (1...31).contains(day),
              let monthIndex = months.firstIndex(of: String(tokens[1].lowercased().prefix(3))),
              var year = Int(tokens[2]) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let clock = tokens[3].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard clock.count == 2 || clock.count == 3, let hour = clock[0], let minute = clock[1] else { return nil }
        let second = clock.count == 3 ? clock[2] : 0
        guard let second else { return nil }
        var offset: Int?
        if tokens.count >= 5 {
            let zone = tokens[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                let hours = value / 100, minutes = value % 100
                guard hours <= 23, minutes <= 59 else { return nil }
                offset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
            } else {
                offset = namedZoneOffset(zone)
                if offset == nil { return nil }
            }
        }
        guard let naive = civilSeconds(year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute,
                                       second: second) else { return nil }
        let utc = naive - Int64(offset ?? 0)
        guard utc >= minimumSeconds, utc <= maximumSeconds else { return nil }
        return Reading(date: Date(timeIntervalSince1970: TimeInterval(utc)), hadOffset: offset != nil)
    }

    private static func namedZoneOffset(_ name: String) -> Int? {
        switch name.uppercased() {
        case "UT", "UTC", "GMT", "Z": 0
        case "EST": -5 * 3600
        case "EDT": -4 * 3600
        case "CST": -6 * 3600
        case "CDT": -5 * 3600
        case "MST": -7 * 3600
        case "MDT": -6 * 3600
        case "PST": -8 * 3600
        case "PDT": -7 * 3600
        default: nil
        }
    }

    // MARK: - Calendar arithmetic

    /// Seconds since 1970 of a proleptic Gregorian date and time read as UTC, or nil when a
    /// field is out of range (month 13, 31 April, 25:00). A leap second reads as :59.
    static func civilSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard (1...9999).contains(year), (1...12).contains(month), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day >= 1, day <= monthDays[month - 1] else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(min(second, 59))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

/// A cursor over ASCII bytes for the time parser.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
        defer { index += 1 }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        let start = index
        var value = 0
        for _ in 0..<digits {
            guard let d = digit() else { index = start; return nil }
            value = value * 10 + d
        }
        return value
    }

    mutating func sign() -> Int? {
        if take(UInt8(ascii: "+")) { return 1 }
        if take(UInt8(ascii: "-")) { return -1 }
        return nil
    }

    /// The remaining bytes as text, consuming them.
    mutating func rest() -> String? {
        guard index < bytes.count else { return nil }
        defer { index = bytes.count }
        return String(decoding: bytes[index...], as: UTF8.self)
    }
}
