import ChronicleModel

/// Dates as a reader says them, with their precision shown honestly:
/// "7 October 2023", "early October 2023", "the week of 2 October 2023", "2023", "reported by 6 November 2023".
public enum DateWording {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    public static func phrase(_ date: TemporalValue) -> String {
        if date.status == .reported {
            guard let day = CalendarDay(iso: date.value) else { return "date unknown" }
            return "reported by \(phrase(day))"
        }
        guard let start = TimexOrder.start(of: date.value) else { return "date unknown" }
        let base: String
        switch date.precision {
        case .day:
            base = "\(start.day) \(months[start.month - 1]) \(start.year)"
        case .week:
            base = "the week of \(start.day) \(months[start.month - 1]) \(start.year)"
        case .month:
            base = "\(months[start.month - 1]) \(start.year)"
        case .quarter:
            let suffix = date.value.dropFirst(5)
            let seasons = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
            base = suffix.hasPrefix("Q") ? "\(ordinal(Int(String(suffix.dropFirst())) ?? 1)) quarter of \(start.year)"
                : "\(seasons[String(suffix)] ?? "part") of \(start.year)"
        case .year:
            base = date.value.contains("-H") ? "\(date.value.hasSuffix("1") ? "first" : "second") half of \(start.year)" : "\(start.year)"
        case .decade:
            base = "the \(start.year)s"
        case .unknown:
            return "date unknown"
        }
        switch date.modifier {
        case .start?: return "early " + base
        case .mid?: return "mid-" + base
        case .end?: return "late " + base
        case .approx?: return "about " + base
        default: return base
        }
    }

    public static func phrase(_ day: CalendarDay) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }

    /// "October 2023" for the month an event belongs to in a dated list; nil when it has no place.
    public static func monthHeading(_ date: TemporalValue) -> String? {
        guard let start = TimexOrder.start(of: date.value) else { return nil }
        if date.precision == .year || date.precision == .decade { return String(start.year) }
        return "\(months[start.month - 1]) \(start.year)"
    }

    static func ordinal(_ value: Int) -> String { ["first", "second", "third", "fourth"][max(0, min(3, value - 1))] }
}
