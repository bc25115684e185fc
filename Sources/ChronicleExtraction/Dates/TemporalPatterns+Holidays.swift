import ChronicleModel

/// Holidays news dates events by: `Christmas Day`, `New Year's Eve`, `Thanksgiving`, `Easter`,
/// `Good Friday`, `Labor Day` ... Fixed days, the n-th weekday of a month, and the days Easter
/// moves with. Days whose date differs from country to country (`Independence Day`, `Labour Day`)
/// and lunar holidays (Ramadan, Passover) are left alone.
enum Holiday {
    case fixed(month: Int, day: Int)
    /// The `ordinal`-th `weekday` (ISO: 1 is Monday) of `month`; -1 for the last.
    case weekday(month: Int, weekday: Int, ordinal: Int)
    /// `days` after Easter Sunday (Good Friday is -2).
    case easter(days: Int)

    /// The holiday's day in `year`, if the calendar has it.
    func day(in year: Int) -> CalendarDay? {
        switch self {
        case .fixed(let month, let day):
            return CalendarDay(year: year, month: month, day: day)
        case .weekday(let month, let weekday, let ordinal):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            if ordinal > 0 { return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (ordinal - 1)) }
            let last = first.adding(months: 1).adding(days: -1)
            return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
        case .easter(let days):
            return Holiday.easterSunday(year)?.adding(days: days)
        }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The names, word by word in lower case (`'s` for a possessive), longest first where one
    /// begins another. Each name's first word must be capitalised in the text.
    static let names: [(words: [StaticString], holiday: Holiday)] = [
        (["christmas", "day"], .fixed(month: 12, day: 25)), (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas"], .fixed(month: 12, day: 25)), (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)), (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)),
        (["valentine", "'s", "day"], .fixed(month: 2, day: 14)), (["halloween"], .fixed(month: 10, day: 31)),
        (["veterans", "day"], .fixed(month: 11, day: 11)), (["armistice", "day"], .fixed(month: 11, day: 11)),
        (["fourth", "of", "july"], .fixed(month: 7, day: 4)), (["may", "day"], .fixed(month: 5, day: 1)),
        (["thanksgiving", "day"], .weekday(month: 11, weekday: 4, ordinal: 4)), (["thanksgiving"], .weekday(month: 11, weekday: 4, ordinal: 4)),
        (["labor", "day"], .weekday(month: 9, weekday: 1, ordinal: 1)), (["memorial", "day"], .weekday(month: 5, weekday: 1, ordinal: -1)),
        (["easter", "sunday"], .easter(days: 0)), (["easter", "monday"], .easter(days: 1)), (["easter"], .easter(days: 0)),
        (["good", "friday"], .easter(days: -2)),
    ]

    /// The names' places in `names` by their first word: a token that starts no name is turned
    /// away by one look-up (whose first-byte-and-length test settles most words).
    static let byFirstWord: ByteTable<[Int]> = {
        var places: [String: [Int]] = [:]
        for (place, name) in names.enumerated() { places["\(name.words[0])", default: []].append(place) }
        return ByteTable(strings: places.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()

    /// First words that name nothing but a holiday: the vocabulary gives them a date word of their
    /// own, so a sentence that holds one is read for dates.
    static let distinctFirstWords = ["christmas", "valentine", "halloween", "thanksgiving", "easter"]
    /// First words that are common words too ("New Year's Day", "Good Friday"): they only open an
    /// expression, whose other words ("year", "day", "Friday") make the sentence one to read.
    static let commonFirstWords = ["new", "boxing", "veterans", "armistice", "labor", "memorial", "good"]
}

extension Context {
    /// A holiday by name, with its year when one follows (`Christmas Day 2022`, `Easter 2024`);
    /// after `last`, `this` or `next`, the occurrence before, around or after the DCT; otherwise
    /// the occurrence the tense points to, as for `Oct. 7`.
    func holiday(_ index: Int) -> Match? {
        if case .relative(let direction)? = tokens.word(index), let (end, holiday) = holidayName(at: index + 1) {
            guard let dct else { return make(index, end, .date, unresolved(holiday)) }
            let candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap(holiday.day(in:))
            let chosen: CalendarDay?
            switch direction {
            case .past: chosen = candidates.last { $0 < dct }
            case .future: chosen = candidates.first { dct < $0 }
            case .current: chosen = candidates.first { $0.year == dct.year }
            }
            return chosen.map { make(index, end, .date, $0.description) }
        }
        guard let (end, holiday) = holidayName(at: index) else { return nil }
        if let year = year(at: end + 1) ?? (tokens.isPunctuation(end + 1, ",") ? year(at: end + 2) : nil) {
            guard let day = holiday.day(in: year) else { return nil }
            return make(index, self.year(at: end + 1) != nil ? end + 1 : end + 2, .date, day.description)
        }
        return make(index, end, .date, resolveDay(holiday.day(in:)) ?? unresolved(holiday))
    }

    /// The holiday whose name starts at token `index` (capitalised), and its last token.
    private func holidayName(at index: Int) -> (end: Int, holiday: Holiday)? {
        guard index < tokens.count, tokens[index].capitalised, let places = tokens.value(index, in: Holiday.byFirstWord) else { return nil }
        for place in places {
            let (words, holiday) = Holiday.names[place]
            var end = index
            var matched = true
            for word in words.dropFirst() {
                end += 1
                // "'s" stands for the possessive token, whichever apostrophe it is written with.
                let possessive = word.utf8CodeUnitCount == 2 && word.utf8Start.pointee == UInt8(ascii: "'")
                if possessive ? tokens[safe: end]?.kind != .possessive : !tokens.isLower(end, word) {
                    matched = false
                    break
                }
            }
            if matched { return (end, holiday) }
        }
        return nil
    }

    /// A value for a holiday without a publication date: its month and day where they are fixed.
    private func unresolved(_ holiday: Holiday) -> String {
        switch holiday {
        case .fixed(let month, let day): return "XXXX-\(TimexFormat.pad(month, 2))-\(TimexFormat.pad(day, 2))"
        case .weekday(let month, _, _): return "XXXX-\(TimexFormat.pad(month, 2))-XX"
        case .easter: return "XXXX-XX-XX"
        }
    }
}
