import ChronicleModel

extension Context {
    /// `two weeks`, `a month`, `24 hours`, `twenty-four hours`, `several years`, `the first nine months`,
    /// `two-year`, `decades-long`, and bare plurals after `for` (`for years` -> `years`, PXY).
    func duration(_ index: Int) -> Match? {
        var start = index
        var position = index
        // "half a year", "half an hour"
        if tokens.isLower(index, "half"), tokens.isLower(index + 1, "a") || tokens.isLower(index + 1, "an"),
           let unit = unit(at: index + 2), !tokens.lowerHasSuffix(index + 2, "s")
        {
            return make(index, index + 2, .duration, durationValue(0, andAHalf: unit))
        }
        if tokens.isLower(position, "the") {
            position += 1
            if case .ordinal? = tokens.word(position) { position += 1 }
        }
        if let (amount, countEnd) = count(at: position) {
            var unitIndex = countEnd + 1
            // "two and a half years", "2 1/2 years": the half comes before the unit.
            var half = false
            if amount != nil, let after = halfAfterCount(countEnd) {
                half = true
                unitIndex = after
            }
            let hyphenated = tokens[safe: unitIndex]?.kind == .hyphen
            if hyphenated { unitIndex += 1 }
            guard let unit = unit(at: unitIndex) else { return nil }
            // "three-quarters" is a fraction, not nine months.
            if hyphenated, unit == .quarter { return nil }
            // "a" and "an" go with singular units only ("a year", not "a years").
            if (tokens.isLower(position, "a") || tokens.isLower(position, "an")), amount == 1, tokens.lowerHasSuffix(unitIndex, "s") { return nil }
            // "one day" is a date more often than a duration; leave it.
            if unit == .day, amount == 1, tokens.isLower(position, "one") { return nil }
            // "N years ago" is a date, read by the relative patterns.
            if tokens.word(unitIndex + 1) == .ago { return nil }
            var end = unitIndex
            // "a year and a half": the half comes after a singular unit.
            if !half, amount != nil, !tokens.lowerHasSuffix(unitIndex, "s"), tokens.isLower(end + 1, "and"),
               tokens.isLower(end + 2, "a"), tokens.isLower(end + 3, "half")
            {
                half = true
                end += 3
            }
            // Ages ("a 6-year-old", "52 years old") are not time expressions.
            if tokens.isLower(end + 1, "old") || tokens[safe: end + 1]?.kind == .hyphen && tokens.isLower(end + 2, "old") { return nil }
            // "$5 a year", "3 percent a year": a rate, which TIMEX3 calls a set.
            if amount == 1, tokens.isLower(position, "a") || tokens.isLower(position, "an"),
               let previous = tokens[safe: position - 1], previous.number != nil || tokens.isLower(position - 1, anyOf: "percent", "%", "cents", "dollars", "times", "twice")
            {
                return make(position, unitIndex, .set, durationValue(1, unit))
            }
            if hyphenated {
                // "a two-year term": an adjective; the article is not part of it.
                start = position
                if tokens[safe: end + 1]?.kind == .hyphen, tokens.isLower(end + 2, "long") { end += 2 }
            } else if tokens.isLower(index, "the") {
                start = index
            }
            if half, let amount { return make(start, end, .duration, durationValue(amount, andAHalf: unit)) }
            return make(start, end, .duration, durationValue(amount, unit))
        }
        // years-long, decades-long
        if let unit = unit(at: index), tokens[safe: index + 1]?.kind == .hyphen, tokens.isLower(index + 2, "long") {
            return make(index, index + 2, .duration, durationValue(nil, unit))
        }
        // for years, for decades, for weeks
        if let unit = unit(at: index), tokens.lowerHasSuffix(index, "s"), tokens.isLower(index - 1, "for") || tokens.isLower(index - 1, "over") {
            return make(index, index, .duration, durationValue(nil, unit))
        }
        return nil
    }

    /// Where the unit would be after a count followed by a half: `and a half` (`two and a half`)
    /// or a fraction `1/2` written after digits (`2 1/2`); nil when no half follows the count.
    private func halfAfterCount(_ countEnd: Int) -> Int? {
        if tokens.isLower(countEnd + 1, "and"), tokens.isLower(countEnd + 2, "a"), tokens.isLower(countEnd + 3, "half") {
            return countEnd + 4
        }
        if tokens[countEnd].digitCount > 0, tokens[safe: countEnd + 1]?.number == 1, tokens.isPunctuation(countEnd + 2, "/"),
           tokens[safe: countEnd + 3]?.number == 2, adjacent(countEnd + 1, countEnd + 2), adjacent(countEnd + 2, countEnd + 3)
        {
            return countEnd + 4
        }
        return nil
    }

    /// `about two weeks`, `nearly a month`, `more than a year`, `at least three days`: a duration with a modifier.
    func modified(_ index: Int) -> Match? {
        var modifier: TimexModifier
        var next: Int
        if let mod = tokens.value(index, in: approximators) {
            modifier = mod
            next = index + 1
        } else if let second = tokens.value(index, in: comparators), let mod = tokens.value(index + 1, in: second) {
            modifier = mod
            next = index + 2
        } else {
            return nil
        }
        if let dated = relative(next), dated.timex.type == .date, tokens.word(dated.end) == .ago {
            // "nearly four years ago": a date, roughly.
            return make(index, dated.end, .date, dated.timex.value, modifier == .approx ? .approx : nil)
        }
        if modifier == .approx, let time = clockTime(next) {
            return make(index, time.end, .time, time.timex.value, .approx)
        }
        guard let inner = duration(next), inner.timex.type == .duration else { return nil }
        return make(index, inner.end, .duration, inner.timex.value, modifier)
    }

    /// `every Friday`, `each year`, `every day`, `daily`, `weekly`.
    func set(_ index: Int) -> Match? {
        if case .setAdverb(let value)? = tokens.word(index) {
            return make(index, index, .set, value.rawValue)
        }
        guard tokens.word(index) == .every else { return nil }
        var next = index + 1
        if tokens.isLower(next, "other") { next += 1 }
        switch tokens.word(next) {
        case .weekday(let weekday)?: return make(index, next, .set, "XXXX-WXX-\(weekday)")
        case .unit(let unit)?: return make(index, next, .set, durationValue(next > index + 1 ? 2 : 1, unit))
        case .month(let month)? where tokens[next].capitalised: return make(index, next, .set, "XXXX-\(TimexFormat.pad(month, 2))")
        case .partOfDay(let code)?: return make(index, next, .set, "TXX" + code.rawValue)
        default: break
        }
        if let (amount, countEnd) = count(at: next), let unit = unit(at: countEnd + 1) {
            return make(index, countEnd + 1, .set, durationValue(amount, unit))
        }
        return nil
    }

    /// `5 p.m.`, `6:30 a.m.`, `noon`, `midnight`, `at 14:00`: a time on the DCT's day.
    /// Transcript clocks (`[00:13:13]`) are not times of day and are left alone.
    func clockTime(_ index: Int) -> Match? {
        if tokens.word(index) == .noon { return onDay(index, index, clock: "T12:00") }
        if tokens.word(index) == .midnight { return onDay(index, index, clock: "T24:00") }
        guard let hour = tokens[index].number, tokens[index].digitCount <= 2, hour <= 24 else { return nil }
        var minute = 0
        var end = index
        if tokens.isPunctuation(index + 1, ":"), adjacent(index, index + 1), adjacent(index + 1, index + 2),
           let minutes = tokens[safe: index + 2]?.number, tokens[index + 2].digitCount == 2, minutes < 60
        {
            minute = minutes
            end = index + 2
            if tokens.isPunctuation(end + 1, ":") { return nil }  // HH:MM:SS is a media clock
            if tokens.isPunctuation(index - 1, "[") || tokens.isPunctuation(index - 1, "(") { return nil }
        }
        if case .meridiem(let afternoon)? = tokens.word(end + 1), hour >= 1, hour <= 12 {
            let hour24 = afternoon ? (hour % 12) + 12 : hour % 12
            return onDay(index, end + 1, clock: "T\(TimexFormat.pad(hour24, 2)):\(TimexFormat.pad(minute, 2))")
        }
        if end > index, tokens.isLower(index - 1, "at"), hour < 24 {
            return onDay(index, end, clock: "T\(TimexFormat.pad(hour, 2)):\(TimexFormat.pad(minute, 2))")
        }
        return nil
    }

    /// A clock time, joined to a day that follows it: `10 p.m. Wednesday`, `noon Thursday`,
    /// `5 p.m. EST Nov. 9`, `9 a.m. on Monday`, `14:30 GMT on 7 October`, `6:30 a.m. local time
    /// on Saturday`; otherwise on the DCT's day.
    private func onDay(_ start: Int, _ end: Int, clock: String) -> Match {
        var next = end + 1
        if tokens.value(next, in: zones) != nil {
            next += tokens.isLower(next, "local") && tokens.isLower(next + 1, "time") ? 2 : 1
        }
        if tokens.isPunctuation(next, ",") { next += 1 }
        if tokens.isLower(next, "on") { next += 1 }
        // The longer reading of the day: "Friday, Nov. 3" is one day, not "Friday" and then a date.
        func asDay(_ match: Match?) -> Match? {
            guard let match, match.timex.type == .date, DatePrecision(timexValue: match.timex.value) == .day else { return nil }
            return match
        }
        let (relativeDay, absoluteDay) = (asDay(relative(next)), asDay(absolute(next)))
        if let day = (absoluteDay?.end ?? -1) > (relativeDay?.end ?? -1) ? absoluteDay : relativeDay {
            return make(start, day.end, .time, day.timex.value + clock)
        }
        return make(start, end, .time, dayValue(0) + clock)
    }
}

// Word lists the functions above test against, built once rather than on every call.
private let zones: ByteTable<Bool> = [
    "est", "edt", "et", "gmt", "utc", "pst", "pdt", "pt", "cst", "cdt", "ct", "mst", "mdt", "bst", "cet", "cest", "eet", "eest",
    "msk", "idt", "ist", "jst", "aest", "local",
]
/// Words that make a following duration approximate (`about two weeks`).
private let approximators = ByteTable<TimexModifier>(strings: [
    ("about", .approx), ("around", .approx), ("nearly", .approx), ("almost", .approx),
    ("roughly", .approx), ("approximately", .approx), ("some", .approx),
])
/// Two-word bounds on a duration (`more than a year`, `at least three days`).
private let comparators = ByteTable<ByteTable<TimexModifier>>(strings: [
    ("more", ByteTable(strings: [("than", .moreThan)])), ("less", ByteTable(strings: [("than", .lessThan)])),
    ("at", ByteTable(strings: [("least", .equalOrMore), ("most", .equalOrLess)])),
    ("up", ByteTable(strings: [("to", .equalOrLess)])), ("fewer", ByteTable(strings: [("than", .lessThan)])),
])
