/// Orders TIMEX3 values on the calendar: by the earliest instant they may denote, then by how
/// fine they are (a day before the month that holds it).
public enum TimexOrder {
    /// The first day a value may denote, as (year, month, day); nil for values with unknown parts
    /// (`XXXX-10`), references (`PRESENT_REF`) and durations.
    public static func start(of value: String) -> (year: Int, month: Int, day: Int)? {
        var start: (year: Int, month: Int, day: Int)?
        value.withUTF8Lent { start = TimexOrder.start(ofBytes: $0) }
        return start
    }

    /// The last day a value may denote, as (year, month, day): 31 December for `2023`, the month's
    /// last day for `2024-02`, the Sunday of a week, the last day of a quarter's, a half's or a
    /// season's last month, 31 December of a decade's or a century's last year. Nil where
    /// `start(of:)` is nil. With `start(of:)` it gives the span a value covers, so that a range
    /// such as `--until 2023` takes in all of 2023, not only its first day.
    public static func end(of value: String) -> (year: Int, month: Int, day: Int)? {
        guard let start = start(of: value) else { return nil }
        guard let first = CalendarDay(year: start.year, month: start.month, day: start.day) else { return start }
        func lastDay(ofMonthAfter months: Int) -> (year: Int, month: Int, day: Int) {
            let month = first.adding(months: months)
            return (month.year, month.month, CalendarDay.daysIn(month: month.month, year: month.year))
        }
        let count = value.utf8.count
        switch DatePrecision(timexValue: value) {
        case .day: return start
        case .week:
            let sunday = first.adding(days: 6)
            return (sunday.year, sunday.month, sunday.day)
        case .month: return lastDay(ofMonthAfter: 0)
        case .quarter: return lastDay(ofMonthAfter: 2)
        case .year: return count == 4 ? (start.year, 12, 31) : lastDay(ofMonthAfter: 5)
        case .decade: return (start.year + 9, 12, 31)
        case .unknown: return count == 2 ? (start.year + 99, 12, 31) : start
        }
    }

    /// `start(of:)` over the value's UTF-8 bytes, without copying them.
    private static func start(ofBytes b: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        func number(_ range: Range<Int>) -> Int? { b.decimalValue(in: range) }
        if b.count == 3, let decade = number(0..<3) { return (decade * 10, 1, 1) }
        if b.count == 2, let century = number(0..<2) { return (century * 100, 1, 1) }
        guard b.count >= 4, let year = number(0..<4) else { return nil }
        if b.count == 4 { return (year, 1, 1) }
        guard b.count >= 6, b[4] == UInt8(ascii: "-") else { return nil }
        if let month = number(5..<7), b.count == 7 || b[7] == UInt8(ascii: "-") {
            guard (1...12).contains(month) else { return nil }
            if b.count >= 10, let day = number(8..<10) { return (year, month, day) }
            return b.count == 7 ? (year, month, 1) : nil
        }
        let (first, second) = (b[5], b.count > 6 ? b[6] : 0)
        if first == UInt8(ascii: "Q"), let quarter = number(6..<7), (1...4).contains(quarter) { return (year, (quarter - 1) * 3 + 1, 1) }
        if first == UInt8(ascii: "H"), let half = number(6..<7), (1...2).contains(half) { return (year, half == 1 ? 1 : 7, 1) }
        switch (first, second) {
        case (UInt8(ascii: "S"), UInt8(ascii: "P")): return (year, 3, 1)
        case (UInt8(ascii: "S"), UInt8(ascii: "U")): return (year, 6, 1)
        case (UInt8(ascii: "F"), UInt8(ascii: "A")): return (year, 9, 1)
        case (UInt8(ascii: "W"), UInt8(ascii: "I")): return (year, 12, 1)
        default: break
        }
        if first == UInt8(ascii: "W"), let week = number(6..<8), let january4 = CalendarDay(year: year, month: 1, day: 4) {
            let monday = january4.adding(days: 1 - january4.isoWeekday + (week - 1) * 7)
            return (monday.year, monday.month, monday.day)
        }
        return nil
    }

    /// `precedes(lhs, rhs)` read from the bytes alone when both values are plain calendar dates of
    /// one form (`2024`, `2024-03` or `2024-03-05`, months 01 to 12): for those, calendar order is
    /// byte order, and equal places mean equal values. Nil otherwise. Merging relations compares
    /// their first and last dates for every record folded in, and most are days.
    private static func plainDateOrder(_ lhs: String, _ rhs: String) -> Bool? {
        var order: Bool?
        lhs.withUTF8Lent { l in
            guard isPlainDate(l) else { return }
            rhs.withUTF8Lent { r in
                guard r.count == l.count, isPlainDate(r) else { return }
                // The first byte that differs decides; equal values do not precede.
                var index = 0
                while index < l.count, l[index] == r[index] { index += 1 }
                order = index < l.count && l[index] < r[index]
            }
        }
        return order
    }

    /// Whether `b` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, with a month from 01 to 12.
    private static func isPlainDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ index: Int) -> Bool { b[index] &- UInt8(ascii: "0") < 10 }
        guard b.count == 4 || b.count == 7 || b.count == 10, isDigit(0), isDigit(1), isDigit(2), isDigit(3) else { return false }
        if b.count == 4 { return true }
        guard b[4] == UInt8(ascii: "-"), isDigit(5), isDigit(6) else { return false }
        let month = Int(b[5] &- UInt8(ascii: "0")) * 10 + Int(b[6] &- UInt8(ascii: "0"))
        guard (1...12).contains(month) else { return false }
        return b.count == 7 || (b[7] == UInt8(ascii: "-") && isDigit(8) && isDigit(9))
    }

    static func rank(_ precision: DatePrecision) -> Int {
        switch precision {
        case .day: 0
        case .week: 1
        case .month: 2
        case .quarter: 3
        case .year: 4
        case .decade: 5
        case .unknown: 6
        }
    }

    /// Whether `lhs` comes before `rhs` on the calendar (values without a place come last, by text).
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        if let order = plainDateOrder(lhs, rhs) { return order }
        switch (start(of: lhs), start(of: rhs)) {
        case let (l?, r?):
            if (l.year, l.month, l.day) != (r.year, r.month, r.day) { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
            let (lr, rr) = (rank(DatePrecision(timexValue: lhs)), rank(DatePrecision(timexValue: rhs)))
            return lr != rr ? lr < rr : lhs < rhs
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs < rhs
        }
    }
}
