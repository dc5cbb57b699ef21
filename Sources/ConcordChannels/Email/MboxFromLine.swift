import Foundation

/// Reads the date on an mbox "From " line, which every mbox writer formats a little
/// differently: `From sender Tue Mar  5 01:00:00 2024` (asctime, UTC), with a zone after the
/// time or the year (`+0100`, `PST`), or in RFC 5322 style (`Tue, 5 Mar 2024 01:00:00 +0000`).
enum MboxFromLine {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
        "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    /// The date, or nil when the line has none that can be read.
    static func date(in line: ArraySlice<UInt8>) -> Date? {
        let text = String(decoding: line.prefix(300), as: UTF8.self)
        // "From " sender, then the date
        let tokens = text.split(whereSeparator: \.isWhitespace).dropFirst(2)
        var month: Int?, day: Int?, year: Int?, time: (Int, Int, Int)?, offsetMinutes = 0
        for raw in tokens {
            let token = EmailText.trimming(String(raw)) { $0 == "," }.lowercased()
            if month == nil, token.count >= 3, let index = months.firstIndex(of: String(token.prefix(3))) {
                month = index + 1
            } else if time == nil, token.contains(":") {
                let parts = token.split(separator: ":").compactMap { Int($0) }
                guard parts.count >= 2 else { continue }
                time = (parts[0], parts[1], parts.count > 2 ? parts[2] : 0)
            } else if let first = token.first, first == "+" || first == "-" {
                if token.count == 5, let value = Int(token.dropFirst()) {
                    offsetMinutes = (first == "-" ? -1 : 1) * ((value / 100) * 60 + value % 100)
                }
            } else if let number = Int(token) {
                if token.count == 4, year == nil {
                    year = number
                } else if token.count <= 2, day == nil {
                    day = number
                }
            } else if let zone = zones[token] {
                offsetMinutes = zone
            }
        }
        guard let month, let day, let year, let (hour, minute, second) = time,
              (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
            return nil
        }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
