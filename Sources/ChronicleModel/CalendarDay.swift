/// A day on the proleptic Gregorian calendar, with no time zone.
///
/// Encodes as `"YYYY-MM-DD"`. Chronicle never uses `Date` in the model, so the
/// machine's time zone can never leak into output.
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil unless the three numbers name a real day (`2023-02-29` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else is nil.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = CalendarDay.number(bytes[0..<4]), let m = CalendarDay.number(bytes[5..<7]),
              let d = CalendarDay.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        // Every date of every event is spelled here: ten ASCII digits and dashes, written as bytes
        // into a string short enough to need no allocation (interpolation cost 2,400 instructions).
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(String(year, zeroPaddedTo: 4))-\(String(month, zeroPaddedTo: 2))-\(String(day, zeroPaddedTo: 2))"
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { bytes in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var rest = value
                for index in stride(from: start + width - 1, through: start, by: -1) {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, 4, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            return String(decoding: UnsafeBufferPointer(bytes), as: UTF8.self)
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before). Used for weekday and day arithmetic.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    ///
    /// Days before 0001-01-01 or after 9999-12-31 (the years a four-digit TIMEX value can name) are
    /// clamped to them, so arithmetic on a date near either end ("last week" in year 1) never leaves
    /// the calendar the rest of the model assumes.
    public init(daysSinceEpoch unclamped: Int) {
        let z0 = min(max(unclamped, CalendarDay.firstDaySinceEpoch), CalendarDay.lastDaySinceEpoch)
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// 0001-01-01 and 9999-12-31, counted from 1970-01-01.
    static let firstDaySinceEpoch = -719_162
    static let lastDaySinceEpoch = 2_932_896

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        digits.withUnsafeBufferPointer { $0.decimalValue(in: 0..<$0.count) }
    }
}
