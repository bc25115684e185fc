/// What a word means to the temporal tagger.
enum DateWord: Hashable {
    case month(Int)
    case weekday(Int)
    case unit(TimeUnit)
    case number(Int)
    case ordinal(Int)
    /// last, past, previous / this, current / next, coming, following
    case relative(Direction)
    case partOfDay(DayPart)
    case season(Season)
    case anchor(Anchor)
    case fuzzy(FuzzyPart)
    case ago
    case earlier
    case later
    case half
    case every
    case setAdverb(SetPeriod)
    case fiscal
    case vague
    case article
    case of
    case meridiem(Bool)
    case noon
    case midnight
    case quarterWord
    case weekendWord
    /// The first word of a holiday's name that is nothing else: `Christmas`, `Easter`.
    case holidayName

    enum Direction: Hashable { case past, current, future }
    // TIMEX3 codes as enums rather than strings, so that a date word (and every token that holds
    // one) copies without reference counting.
    enum DayPart: String { case morning = "MO", afternoon = "AF", evening = "EV", night = "NI" }
    enum Season: String { case spring = "SP", summer = "SU", fall = "FA", winter = "WI" }
    enum SetPeriod: String { case daily = "P1D", weekly = "P1W", monthly = "P1M", yearly = "P1Y", hourly = "PT1H" }
    enum Anchor: Hashable { case today, yesterday, tomorrow, tonight, now, recently, soon, future, past, once }
    enum FuzzyPart: Hashable { case early, mid, late }
}

enum TimeUnit: Int, Hashable, Comparable {
    case second, minute, hour, day, week, month, quarter, year, decade, century

    static func < (lhs: TimeUnit, rhs: TimeUnit) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The letter of an ISO 8601 duration (`P3Y`, `PT2H`), and whether it belongs after `T`.
    var durationCode: (String, Bool) {
        switch self {
        case .second: ("S", true)
        case .minute: ("M", true)
        case .hour: ("H", true)
        case .day: ("D", false)
        case .week: ("W", false)
        case .month: ("M", false)
        case .quarter: ("Q", false)
        case .year: ("Y", false)
        case .decade: ("DE", false)
        case .century: ("CE", false)
        }
    }
}

enum DateVocabulary {
    /// Lower-cased word -> meaning. Months and weekdays are matched only when capitalised in text.
    static let words: [String: DateWord] = {
        var table: [String: DateWord] = [:]
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in months.enumerated() { table[name] = .month(index + 1) }
        for (abbreviation, month) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
                                      ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            table[abbreviation] = .month(month)
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() { table[name] = .weekday(index + 1) }
        let units: [(String, TimeUnit)] = [
            ("second", .second), ("seconds", .second), ("minute", .minute), ("minutes", .minute), ("hour", .hour), ("hours", .hour),
            ("day", .day), ("days", .day), ("week", .week), ("weeks", .week), ("month", .month), ("months", .month),
            ("year", .year), ("years", .year), ("decade", .decade), ("decades", .decade), ("century", .century), ("centuries", .century),
        ]
        for (word, unit) in units { table[word] = .unit(unit) }
        table["quarter"] = .quarterWord
        table["quarters"] = .unit(.quarter)
        table["weekend"] = .weekendWord
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (index, word) in numbers.enumerated() { table[word] = .number(index + 1) }
        for (word, value) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
                              ("ninety", 90), ("hundred", 100), ("dozen", 12)] {
            table[word] = .number(value)
        }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]
        for (index, word) in ordinals.enumerated() where word != "second" { table[word] = .ordinal(index + 1) }
        for word in ["last", "past", "previous", "preceding"] { table[word] = .relative(.past) }
        for word in ["this", "current"] { table[word] = .relative(.current) }
        for word in ["next", "coming", "following", "upcoming"] { table[word] = .relative(.future) }
        for (word, part) in [("morning", DateWord.DayPart.morning), ("afternoon", .afternoon), ("evening", .evening), ("night", .night)] {
            table[word] = .partOfDay(part)
        }
        for (word, season) in [("spring", DateWord.Season.spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter)] {
            table[word] = .season(season)
        }
        let anchors: [(String, DateWord.Anchor)] = [
            ("today", .today), ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("tonight", .tonight), ("now", .now),
            ("currently", .now), ("nowadays", .now), ("recently", .recently), ("recent", .recently), ("lately", .recently),
            ("future", .future),
        ]
        for (word, anchor) in anchors { table[word] = .anchor(anchor) }
        table["early"] = .fuzzy(.early)
        table["mid"] = .fuzzy(.mid)
        table["middle"] = .fuzzy(.mid)
        table["late"] = .fuzzy(.late)
        table["ago"] = .ago
        table["earlier"] = .earlier
        table["later"] = .later
        table["half"] = .half
        table["every"] = .every
        table["each"] = .every
        // (spelled out: interpolating the case's name reflects on the enum, a million instructions at start-up)
        for (word, period) in [("daily", DateWord.SetPeriod.daily), ("weekly", .weekly), ("monthly", .monthly), ("yearly", .yearly),
                               ("hourly", .hourly)] {
            table[word] = .setAdverb(period)
        }
        table["fiscal"] = .fiscal
        for word in Holiday.distinctFirstWords { table[word] = .holidayName }
        for word in ["several", "few", "many", "some", "couple"] { table[word] = .vague }
        table["the"] = .article
        table["a"] = .article
        table["an"] = .article
        table["of"] = .of
        table["a.m."] = .meridiem(false)
        table["am"] = .meridiem(false)
        table["p.m."] = .meridiem(true)
        table["pm"] = .meridiem(true)
        table["noon"] = .noon
        table["midday"] = .noon
        table["midnight"] = .midnight
        return table
    }()
}
