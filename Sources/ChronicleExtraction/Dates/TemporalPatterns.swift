import ChronicleModel

/// The patterns of the temporal tagger, tried at each token; the longest match wins.
struct Context {
    let tokens: DateTokens
    let dct: CalendarDay?
    /// The tense around the expression being read; nil when nothing in the sentence says.
    var tense: Tense?
    /// The token the expression being read starts at.
    var start = 0

    /// The tense a year-less calendar date takes: `tense`; but where a verb's form or nothing
    /// speaks and "would" governs the date, its nearest occurrence, as a deadline's ("said France
    /// would recognise Palestine in September", written in June, is this September; what was to
    /// happen may have happened since). Weekdays have their own rule for modals.
    private var calendarTense: Tense? {
        guard tense == nil || tense == .pastByVerbForm, tokens.wouldBefore(start) else { return tense }
        return .deadline
    }

    typealias Match = (end: Int, timex: Timex)

    func longestMatch(at index: Int) -> Match? {
        // Every pattern is tried, in this order; a later match replaces an earlier one only when
        // it is longer. Kept in a local rather than an array of candidates, which was allocated
        // and destroyed at every token that may start an expression.
        var best: Match? = nil
        func consider(_ candidate: Match?) {
            guard let candidate, candidate.end > (best?.end ?? -1) else { return }
            best = candidate
        }
        consider(modified(index))
        consider(absolute(index))
        consider(relative(index))
        consider(fuzzy(index))
        consider(quarterOrHalf(index))
        consider(duration(index))
        consider(set(index))
        consider(clockTime(index))
        consider(holiday(index))
        consider(decade(index))
        return best
    }

    // MARK: - Building blocks

    func make(_ start: Int, _ end: Int, _ type: TimexType, _ value: String, _ modifier: TimexModifier? = nil) -> Match {
        (end, Timex(range: tokens[start].range.lowerBound..<tokens[end].range.upperBound, type: type, value: value, modifier: modifier))
    }

    /// Two tokens written with nothing between them (`2023-10`, `6:30`).
    func adjacent(_ left: Int, _ right: Int) -> Bool {
        right < tokens.count && tokens[left].range.upperBound == tokens[right].range.lowerBound
    }

    func month(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].capitalised, case .month(let month)? = tokens.word(index) else { return nil }
        return month
    }

    /// The token after a month name, skipping the period of an abbreviation (`Oct.`, `Sept.`); the
    /// full stop after a full name (`on 7 October.`) ends the sentence, not the name.
    func afterMonth(_ index: Int) -> Int {
        let abbreviated = tokens[index].range.count <= 3 || tokens.isLower(index, "sept")
        return abbreviated && tokens.isPunctuation(index + 1, ".") && adjacent(index, index + 1) ? index + 2 : index + 1
    }

    func dayNumber(at index: Int) -> Int? {
        guard index < tokens.count, let number = tokens[index].number, tokens[index].digitCount >= 1, tokens[index].digitCount <= 2,
              (1...31).contains(number)
        else { return nil }
        return number
    }

    func year(at index: Int) -> Int? {
        guard index < tokens.count, let number = tokens[index].number, tokens[index].digitCount == 4, !tokens[index].ordinalSuffix,
              (1000...2999).contains(number)
        else { return nil }
        return number
    }

    /// A count: digits, a number word, `twenty-four`, or `a`/`an`/`one` before a singular unit.
    func count(at index: Int) -> (value: Int?, end: Int)? {
        guard index < tokens.count else { return nil }
        if let number = tokens[index].number, tokens[index].digitCount >= 1, tokens[index].digitCount <= 3, !tokens[index].ordinalSuffix {
            return (number, index)
        }
        if case .number(let tens)? = tokens.word(index) {
            if tens >= 20, tens % 10 == 0 {
                var next = index + 1
                if tokens[safe: next]?.kind == .hyphen { next += 1 }
                if case .number(let ones)? = tokens.word(next), ones < 10 { return (tens + ones, next) }
            }
            return (tens, index)
        }
        if tokens.isLower(index, "a") || tokens.isLower(index, "an") {
            if tokens.isLower(index + 1, "few") { return (nil, index + 1) }
            if tokens.isLower(index + 1, "couple") { return (2, tokens.isLower(index + 2, "of") ? index + 2 : index + 1) }
            return (1, index)
        }
        if case .vague? = tokens.word(index) {
            if tokens.isLower(index, "couple") { return (2, tokens.isLower(index + 1, "of") ? index + 1 : index) }
            return (nil, index)
        }
        return nil
    }

    func unit(at index: Int) -> TimeUnit? {
        switch tokens.word(index) {
        case .unit(let unit)?: return unit
        case .quarterWord?: return .quarter
        default: return nil
        }
    }

    /// An ISO 8601 duration: counted quarters, decades and centuries in months and years
    /// (`P6M`, `P20Y`), which ISO 8601 has no letters for; uncounted ones keep TIMEX3's (`PXDE`).
    func durationValue(_ amount: Int?, _ unit: TimeUnit) -> String {
        let (code, isTime) = unit.durationCode
        let number = amount.map(String.init) ?? "X"
        if let amount {
            switch unit {
            case .quarter: return "P\(amount * 3)M"
            case .decade: return "P\(amount * 10)Y"
            case .century: return "P\(amount * 100)Y"
            default: break
            }
        }
        return (isTime ? "PT" : "P") + number + code
    }

    /// A duration of `amount` and a half `unit`s (`two and a half years` P2Y6M, `5 1/2 hours`
    /// PT5H30M, `a minute and a half` PT1M30S; `half a year` is 0 and a half, P6M), the half in
    /// the next smaller unit.
    func durationValue(_ amount: Int, andAHalf unit: TimeUnit) -> String {
        if amount == 0 {
            switch unit {
            case .second: return "PT0.5S"
            case .minute: return "PT30S"
            case .hour: return "PT30M"
            case .day: return "PT12H"
            case .week: return "P3DT12H"
            case .month: return "P15D"
            case .quarter: return "P1M15D"
            case .year: return "P6M"
            case .decade: return "P5Y"
            case .century: return "P50Y"
            }
        }
        switch unit {
        case .second: return "PT\(amount).5S"
        case .minute: return "PT\(amount)M30S"
        case .hour: return "PT\(amount)H30M"
        case .day: return "P\(amount)DT12H"
        case .week: return "P\(amount * 7 + 3)DT12H"
        case .month: return "P\(amount)M15D"
        case .quarter: return "P\(amount * 3 + 1)M15D"
        case .year: return "P\(amount)Y6M"
        case .decade: return "P\(amount * 10 + 5)Y"
        case .century: return "P\(amount * 100 + 50)Y"
        }
    }

    // MARK: - Calendar resolution against the DCT

    /// How far after the DCT a year-less date may fall and still be taken in the DCT's year when
    /// only a verb's `-ed` ending says the sentence speaks of the past (`Tense.pastByVerbForm`).
    static let nearFutureDays = 62

    /// How far after the DCT a year-less date may fall and still be taken in the DCT's year when the
    /// sentence speaks of the past: a date in the coming days is a deadline set before ("had been set
    /// to expire Nov. 6"), since news gives the year of a day a year ago.
    static let pastSlackDays = 14

    /// A year-less day: the nearest past occurrence (or one in the coming two weeks, `pastSlackDays`)
    /// when the sentence speaks of the past, the
    /// nearest future one when it speaks of the future, otherwise whichever is nearer to the DCT.
    func resolveMonthDay(_ month: Int, _ day: Int) -> String {
        guard dct != nil else { return "XXXX-\(TimexFormat.pad(month, 2))-\(TimexFormat.pad(day, 2))" }
        return resolveDay { CalendarDay(year: $0, month: month, day: day) }
            ?? "\(TimexFormat.pad(dct!.year, 4))-\(TimexFormat.pad(month, 2))-\(TimexFormat.pad(day, 2))"
    }

    /// A year-less day given as its date in each year (a month and day, or a holiday), by the rule
    /// of `resolveMonthDay`; nil without a DCT or when no year near the DCT has the day.
    func resolveDay(_ inYear: (Int) -> CalendarDay?) -> String? {
        guard let dct else { return nil }
        let candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap(inYear)
        guard !candidates.isEmpty else { return nil }
        let distance = { (candidate: CalendarDay) in candidate.daysSinceEpoch - dct.daysSinceEpoch }
        let chosen: CalendarDay?
        switch calendarTense {
        case .past?: chosen = candidates.last { distance($0) <= Context.pastSlackDays }
        case .pastEvent?: chosen = candidates.last { distance($0) <= 0 }
        case .pastByVerbForm?:
            chosen = candidates.first { (0...Context.nearFutureDays).contains(distance($0)) } ?? candidates.last { distance($0) <= 1 }
        case .future?: chosen = candidates.first { distance($0) >= 0 }
        case nil, .deadline?: chosen = candidates.min { abs(distance($0)) < abs(distance($1)) }
        }
        return (chosen ?? candidates[candidates.count / 2]).description
    }

    /// A year-less month, by the same rule as `resolveMonthDay`; `last April` / `next April` force the direction.
    func resolveMonth(_ month: Int, direction: DateWord.Direction? = nil) -> String {
        guard let dct else { return "XXXX-\(TimexFormat.pad(month, 2))" }
        let difference = month - dct.month  // -11 ... 11
        var year = dct.year
        switch direction {
        case .past?: if difference >= 0 { year -= 1 }
        case .future?: if difference <= 0 { year += 1 }
        case .current?: break
        case nil:
            switch calendarTense {
            case .past?, .pastEvent?: if difference > 0 { year -= 1 }
            case .pastByVerbForm?: if difference > 2 { year -= 1 }  // within two months after: as a day would be
            case .future?: if difference < 0 { year += 1 }
            // Nothing says: news tells of the past, so a month more than two months ahead is last year's.
            case nil: if difference > 2 { year -= 1 } else if difference < -9 { year += 1 }
            case .deadline?: if difference > 6 { year -= 1 } else if difference < -6 { year += 1 }
            }
        }
        return TimexFormat.month(year, month)
    }

    func resolveWeekday(_ weekday: Int, direction: DateWord.Direction? = nil) -> String {
        guard let dct else { return "XXXX-WXX-\(weekday)" }
        let today = dct.isoWeekday
        var offset: Int
        switch direction {
        case .past?: offset = -((today - weekday + 7) % 7); if offset == 0 { offset = -7 }
        case .future?: offset = (weekday - today + 7) % 7; if offset == 0 { offset = 7 }
        case .current?: offset = weekday - today
        case nil: offset = tense == .future || tense == .deadline ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
        }
        return dct.adding(days: offset).description
    }

    func shifted(_ unit: TimeUnit, by amount: Int) -> String? {
        guard let dct else {
            switch unit {
            case .day: return "XXXX-XX-XX"
            case .week: return "XXXX-WXX"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .year: return "XXXX"
            case .decade: return "XXX"
            default: return nil
            }
        }
        switch unit {
        case .day: return dct.adding(days: amount).description
        case .week: return TimexFormat.week(dct.adding(days: 7 * amount))
        case .month:
            let day = dct.adding(months: amount)
            return TimexFormat.month(day.year, day.month)
        case .quarter:
            let day = dct.adding(months: 3 * amount)
            return "\(TimexFormat.pad(day.year, 4))-Q\(day.quarter)"
        case .year: return TimexFormat.pad(dct.year + amount, 4)
        case .decade: return String(TimexFormat.pad(dct.year + 10 * amount, 4).prefix(3))
        case .century: return String(TimexFormat.pad(dct.year + 100 * amount, 4).prefix(2))
        default: return nil
        }
    }

    func season(_ season: DateWord.Season, direction: DateWord.Direction?) -> String {
        guard let dct else { return "XXXX-\(season.rawValue)" }
        let startMonth = switch season {
        case .spring: 3
        case .summer: 6
        case .fall: 9
        case .winter: 12
        }
        var year = dct.year
        switch direction ?? (tense == .future || tense == .deadline ? .future : .past) {
        case .past: if startMonth > dct.month { year -= 1 }
        case .future: if startMonth + 2 < dct.month { year += 1 }
        case .current: break
        }
        return "\(TimexFormat.pad(year, 4))-\(season.rawValue)"
    }

    /// The day a part-of-day phrase belongs to, as a TIMEX3 prefix.
    func dayValue(_ offset: Int) -> String { dct.map { $0.adding(days: offset).description } ?? "XXXX-XX-XX" }
}

extension DateTokens {
    subscript(safe index: Int) -> Item? { index >= 0 && index < count ? self[index] : nil }
}
