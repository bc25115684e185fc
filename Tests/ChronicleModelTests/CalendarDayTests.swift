import ChronicleModel
import Foundation
import Testing

struct CalendarDayTests {
    @Test(arguments: [
        ("2023-10-07", true), ("2024-02-29", true), ("2023-02-29", false), ("2023-13-01", false),
        ("2023-1-07", false), ("23-10-07", false), ("2023-10-07T10:00", false), ("", false), ("2023-04-31", false),
    ])
    func parsesOnlyRealISODays(text: String, valid: Bool) {
        #expect((CalendarDay(iso: text) != nil) == valid)
        if valid { #expect(CalendarDay(iso: text)?.description == text) }
    }

    @Test func spellsEveryYearWithFourDigits() {
        #expect(CalendarDay(year: 5, month: 3, day: 7)!.description == "0005-03-07")
        #expect(CalendarDay(year: 987, month: 10, day: 31)!.description == "0987-10-31")
        #expect(CalendarDay(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(CalendarDay(year: 1, month: 1, day: 1)!.description == "0001-01-01")
    }

    @Test func countsDaysAcrossMonthsYearsAndLeapDays() {
        let day = CalendarDay(year: 2023, month: 12, day: 31)!
        #expect(day.adding(days: 1).description == "2024-01-01")
        #expect(CalendarDay(year: 2024, month: 3, day: 1)!.adding(days: -1).description == "2024-02-29")
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CalendarDay(daysSinceEpoch: 19_637).description == "2023-10-07")
    }

    @Test(arguments: [("2023-10-07", 6), ("2023-11-06", 1), ("2023-11-12", 7), ("2024-01-15", 1)])
    func knowsTheWeekday(text: String, isoWeekday: Int) {
        #expect(CalendarDay(iso: text)!.isoWeekday == isoWeekday)
    }

    @Test func encodesAsAPlainDateString() throws {
        let data = try JSONEncoder().encode([CalendarDay(iso: "2023-11-11")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2023-11-11\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data("[\"11/11/2023\"]".utf8)) }
    }

    /// Arithmetic stays on the calendar of four-digit years: "last week" from 0001-01-01 cannot reach year 0.
    @Test func arithmeticIsClampedToYearsOneTo9999() throws {
        let first = try #require(CalendarDay(iso: "0001-01-01"))
        let last = try #require(CalendarDay(iso: "9999-12-31"))
        #expect(first.adding(days: -7) == first)
        #expect(first.adding(months: -1) == first)
        #expect(last.adding(days: 1) == last)
        #expect(last.adding(months: 1).description == "9999-12-31")
        #expect(first.isoWeek.year == 1)
        #expect(try #require(CalendarDay(iso: "2023-03-31")).adding(months: -1).description == "2023-02-28")
    }
}
