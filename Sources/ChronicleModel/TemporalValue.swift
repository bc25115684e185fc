/// A normalised temporal expression, as TIMEX3 writes it.
///
/// `value` follows TIMEX3: `2023-10-07`, `2023-10`, `2023-W45`, `2023-Q4`, `2023`, `202` (a decade),
/// `XXXX-10` (October of an unknown year), `PRESENT_REF`, `P2W` (a duration).
public struct TemporalValue: Hashable, Codable, Sendable {
    public var value: String
    public var type: TimexType
    public var precision: DatePrecision
    /// TIMEX3 `mod`: `early October` is `2023-10` with modifier `START`.
    public var modifier: TimexModifier?
    /// The words the value was read from, when it came from text.
    public var text: String?
    /// Whether the date is when the thing happened, or only when it was reported.
    public var status: DateStatus?

    public init(
        value: String, type: TimexType = .date, precision: DatePrecision? = nil,
        modifier: TimexModifier? = nil, text: String? = nil, status: DateStatus? = nil
    ) {
        self.value = value
        self.type = type
        self.precision = precision ?? DatePrecision(timexValue: value)
        self.modifier = modifier
        self.text = text
        self.status = status
    }

    /// A day-precision date, e.g. a publication date used as the "reported" date of an event.
    public init(day: CalendarDay, status: DateStatus? = nil) {
        self.init(value: day.description, type: .date, precision: .day, status: status)
    }
}

public enum TimexType: String, Hashable, Codable, Sendable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

public enum TimexModifier: String, Hashable, Codable, Sendable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"
}

public enum DateStatus: String, Hashable, Codable, Sendable, CaseIterable {
    /// The text dates the happening itself.
    case happened
    /// No date in the text: the event is known only to have been reported by the document's date.
    case reported
}

/// How fine a date is. Finer-than-day values (clock times) count as `day`.
public enum DatePrecision: String, Hashable, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, year, decade, unknown

    /// Reads the granularity off a TIMEX3 value.
    public init(timexValue value: String) {
        var value = value
        self = value.withUTF8(DatePrecision.init(timexBytes:))
    }

    private init(timexBytes b: UnsafeBufferPointer<UInt8>) {
        func isDigit(_ i: Int) -> Bool { i < b.count && b[i] >= 48 && b[i] <= 57 }
        func isDigitOrX(_ i: Int) -> Bool { isDigit(i) || (i < b.count && b[i] == UInt8(ascii: "X")) }
        guard b.count >= 3, isDigitOrX(0), isDigitOrX(1), isDigitOrX(2) else { self = .unknown; return }
        if b.count == 3 { self = .decade; return }
        guard isDigitOrX(3) else { self = .unknown; return }
        if b.count == 4 { self = .year; return }
        guard b[4] == UInt8(ascii: "-"), b.count >= 6 else { self = .unknown; return }
        switch b[5] {
        case UInt8(ascii: "W"):
            // 2023-W45 is a week and 2023-WE a weekend; 2023-WI is winter, a season.
            self = b.count > 6 && b[6] == UInt8(ascii: "I") ? .quarter : .week
        case UInt8(ascii: "Q"), UInt8(ascii: "S"), UInt8(ascii: "F"):
            // quarters, and the seasons SP/SU/FA/WI, are about a quarter long
            self = .quarter
        case UInt8(ascii: "H"):
            self = .year
        default:
            guard b.count >= 7, isDigitOrX(5), isDigitOrX(6) else { self = .unknown; return }
            if b.count == 7 { self = .month; return }
            if b.count >= 10, b[7] == UInt8(ascii: "-"), isDigitOrX(8), isDigitOrX(9) {
                if b.count == 10 || b[10] == UInt8(ascii: "T") { self = .day; return }
            }
            self = .unknown
        }
    }
}
