import Testing
@testable import ChronicleModel

/// `TimexOrder.precedes` decides plain dates from their bytes; it must order every pair of values
/// as the calendar does.
struct TimexOrderTests {
    /// The order spelled out: the first day a value may denote, then its precision, then its text.
    static func referenceOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (TimexOrder.start(of: lhs), TimexOrder.start(of: rhs)) {
        case let (l?, r?):
            if (l.year, l.month, l.day) != (r.year, r.month, r.day) { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
            let (lr, rr) = (TimexOrder.rank(DatePrecision(timexValue: lhs)), TimexOrder.rank(DatePrecision(timexValue: rhs)))
            return lr != rr ? lr < rr : lhs < rhs
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs < rhs
        }
    }

    /// Plain dates of each form, months and days at and past their bounds, and the other shapes
    /// a date may take (which the byte comparison must leave alone).
    static let values = EventOrderKeyTests.values + [
        "2023-01-31", "2023-02-01", "2023-12-31", "2024-01-01", "1999-12-31", "2023-01", "2023-12", "2024",
        "2023-00", "2023-13", "2023-00-05", "2023-13-05", "2023-1-05", "2023-01-5", "2023/01/05", "2023-01-05x",
        "23-01-05", "２０２３", "2023-W1", "2023-H2", "2023-Q1",
    ]

    @Test(arguments: [
        ("2023", "2023-12-31"), ("2024-02", "2024-02-29"), ("2023-02", "2023-02-28"), ("2023-10-07", "2023-10-07"),
        ("2023-10-07T14:00", "2023-10-07"), ("2023-Q4", "2023-12-31"), ("2023-Q1", "2023-03-31"), ("2023-H1", "2023-06-30"),
        ("2023-H2", "2023-12-31"), ("2023-WI", "2024-02-29"), ("2023-SU", "2023-08-31"), ("2023-W01", "2023-01-08"),
        ("2020-W53", "2021-01-03"), ("199", "1999-12-31"), ("19", "1999-12-31"), ("9999", "9999-12-31"),
    ])
    func endIsTheLastDayAValueMayDenote(value: String, last: String) throws {
        let end = try #require(TimexOrder.end(of: value))
        #expect(CalendarDay(year: end.year, month: end.month, day: end.day)?.description == last, "\(value)")
    }

    @Test func valuesWithoutAPlaceHaveNoEnd() {
        for value in ["XXXX-10", "PRESENT_REF", "P3D", "2023-WE", ""] { #expect(TimexOrder.end(of: value) == nil, "\(value)") }
    }

    @Test func precedesOrdersEveryPairAsTheCalendarDoes() {
        for lhs in Self.values {
            for rhs in Self.values {
                #expect(TimexOrder.precedes(lhs, rhs) == Self.referenceOrder(lhs, rhs), "\(lhs) before \(rhs)")
            }
        }
    }

    @Test func plainDatesOfOneFormOrderByDay() {
        #expect(TimexOrder.precedes("2023-12-31", "2024-01-01"))
        #expect(!TimexOrder.precedes("2024-01-01", "2023-12-31"))
        #expect(!TimexOrder.precedes("2024-01-01", "2024-01-01"))
        #expect(TimexOrder.precedes("2023-09", "2023-10"))
        #expect(TimexOrder.precedes("1999", "2000"))
        // A day comes before the month that holds it, and the month before a later day.
        #expect(TimexOrder.precedes("2023-10-01", "2023-10"))
        #expect(TimexOrder.precedes("2023-10", "2023-10-02"))
    }
}
