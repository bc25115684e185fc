/// Calendar arithmetic TIMEX3 normalisation needs: ISO weeks, months and quarters.
extension CalendarDay {
    /// ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let january1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1)
    }

    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The same day `months` months later, clamped to the end of shorter months, and to the months
    /// of years 1 to 9999.
    public func adding(months: Int) -> CalendarDay {
        let total = min(max(year * 12 + (month - 1) + months, 1 * 12), 9999 * 12 + 11)
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, CalendarDay.daysIn(month: newMonth, year: newYear)))!
    }
}
