import Foundation

/// The fixed context of one generation run: the reference instant and the UTC offsets of the
/// time zones customers live in, looked up once (TimeZone is too slow for the hot loop).
struct DemoWorld: Sendable {
    /// A time zone demo customers live in, with the offset to use if the system lacks tzdata.
    struct Zone: Sendable {
        let identifier: String
        let fallbackOffset: Int
    }

    static let zones: [Zone] = [
        Zone(identifier: "America/New_York", fallbackOffset: -5 * 3600),   // 0
        Zone(identifier: "America/Chicago", fallbackOffset: -6 * 3600),    // 1
        Zone(identifier: "America/Denver", fallbackOffset: -7 * 3600),     // 2
        Zone(identifier: "America/Phoenix", fallbackOffset: -7 * 3600),    // 3
        Zone(identifier: "America/Los_Angeles", fallbackOffset: -8 * 3600), // 4
        Zone(identifier: "Europe/London", fallbackOffset: 0),              // 5
        Zone(identifier: "Asia/Seoul", fallbackOffset: 9 * 3600),          // 6
        Zone(identifier: "Asia/Shanghai", fallbackOffset: 8 * 3600),       // 7
        Zone(identifier: "Europe/Moscow", fallbackOffset: 3 * 3600),       // 8
        Zone(identifier: "Asia/Yekaterinburg", fallbackOffset: 5 * 3600),  // 9
        Zone(identifier: "Asia/Novosibirsk", fallbackOffset: 7 * 3600),    // 10
        Zone(identifier: "Europe/Samara", fallbackOffset: 4 * 3600),       // 11
        Zone(identifier: "Asia/Vladivostok", fallbackOffset: 10 * 3600),   // 12
        Zone(identifier: "Europe/Kaliningrad", fallbackOffset: 2 * 3600),  // 13
        Zone(identifier: "Asia/Krasnoyarsk", fallbackOffset: 7 * 3600),    // 14
        Zone(identifier: "Asia/Tehran", fallbackOffset: 12_600),           // 15
    ]

    static let london = 5, seoul = 6, shanghai = 7, tehran = 15
    /// Russian zones with how many customers live in each.
    static let russianZones: [Int] = [8, 9, 10, 11, 12, 13, 14]
    static let russianZoneWeights: [Int] = [55, 15, 9, 6, 5, 5, 5]

    let seed: UInt64
    /// The reference instant, in whole seconds since 1970 (rounded down).
    let now: Int
    /// Offsets at `now`, indexed like `zones`.
    let offsets: [Int]

    init(seed: UInt64, now: Date) {
        self.seed = seed
        let seconds = now.timeIntervalSince1970
        self.now = Int(seconds.rounded(.down))
        self.offsets = Self.zones.map { zone in
            TimeZone(identifier: zone.identifier)?.secondsFromGMT(for: now) ?? zone.fallbackOffset
        }
    }
}
