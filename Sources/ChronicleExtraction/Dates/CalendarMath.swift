import ChronicleModel

/// TIMEX3 value strings.
enum TimexFormat {
    static func pad(_ value: Int, _ width: Int) -> String { String(value, zeroPaddedTo: width) }

    static func month(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

    static func week(_ day: CalendarDay) -> String {
        let (year, week) = day.isoWeek
        return "\(pad(year, 4))-W\(pad(week, 2))"
    }
}
