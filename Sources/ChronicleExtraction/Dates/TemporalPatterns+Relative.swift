import ChronicleModel

extension Context {
    /// `today`, `yesterday`, `now`, `recently`, `the future`, weekdays, `last week`, `next month`,
    /// `this year`, `last April`, `this summer`, `two days ago`, `this morning`, `Monday night`.
    func relative(_ index: Int) -> Match? {
        let word = tokens.word(index)
        switch word {
        case .anchor(let anchor)?:
            return anchorMatch(index, anchor)
        case .weekday(let weekday)? where tokens[index].capitalised:
            if tokens.lowerHasSuffix(index, "s") { return make(index, index, .set, "XXXX-WXX-\(weekday)") }
            // A bare weekday in news is the most recent one unless a modal just before it says otherwise.
            if tense == .future, !tokens.hasModal(before: index), !tokens.opensFutureSentence(at: index) {
                var past = self
                past.tense = .past
                return past.withPartOfDay(index, index, date: past.resolveWeekday(weekday))
            }
            // ... and the coming one after `would`, `until`, `planned` when only a verb's form speaks
            // of the past ("said he would go Tuesday", "postponed until Tuesday").
            if tense == nil || tense == .pastByVerbForm, tokens.hasModal(before: index, alone: true) {
                var future = self
                future.tense = .future
                return future.withPartOfDay(index, index, date: future.resolveWeekday(weekday))
            }
            if case .partOfDay(let code)? = tokens.word(index + 1), tokens.lowerHasSuffix(index + 1, "s") {
                return make(index, index + 1, .set, "XXXX-WXX-\(weekday)T\(code.rawValue)")
            }
            return withPartOfDay(index, index, date: resolveWeekday(weekday))
        case .article? where tokens.isLower(index, "the"):
            if case .anchor(.future)? = tokens.word(index + 1) { return make(index, index + 1, .date, "FUTURE_REF") }
            // the day before yesterday, the day after tomorrow
            if tokens.isLower(index + 1, "day") {
                if tokens.isLower(index + 2, "before"), case .anchor(.yesterday)? = tokens.word(index + 3) {
                    return withPartOfDay(index, index + 3, date: dayValue(-2))
                }
                if tokens.isLower(index + 2, "after"), case .anchor(.tomorrow)? = tokens.word(index + 3) {
                    return withPartOfDay(index, index + 3, date: dayValue(2))
                }
            }
            // the near future, the near term, the short term, the long term
            if tokens.isLower(index + 1, anyOf: "near", "short") {
                if case .anchor(.future)? = tokens.word(index + 2) { return make(index, index + 2, .date, "FUTURE_REF") }
                if tokens.isLower(index + 2, "term") { return make(index, index + 2, .date, "FUTURE_REF") }
            }
            if tokens.isLower(index + 1, "morning") || tokens.isLower(index + 1, "evening") || tokens.isLower(index + 1, "afternoon"),
               case .partOfDay(let code)? = tokens.word(index + 1), dct != nil
            {
                return make(index, index + 1, .time, dayValue(0) + "T" + code.rawValue)
            }
            if tokens.isLower(index + 1, "past"), isEndOfPhrase(index + 2) { return make(index, index + 1, .date, "PAST_REF") }
            if case .weekendWord? = tokens.word(index + 1), let dct {
                let ahead = tense == .future || tense == .deadline
                let saturday = dct.adding(days: ahead ? (6 - dct.isoWeekday + 7) % 7 : -((dct.isoWeekday - 6 + 7) % 7))
                return make(index, index + 1, .date, TimexFormat.week(saturday) + "-WE")
            }
            return nil
        case .relative(let direction)?:
            // "current" alone speaks of the present ("current talks"); with a unit it names one.
            // "these days"
            return relativeUnit(index, direction)
        default:
            break
        }
        if tokens.isLower(index, "these"), tokens.isLower(index + 1, "days") { return make(index, index + 1, .date, "PRESENT_REF") }
        if tokens.isLower(index, "overnight") { return make(index, index, .time, dayValue(-1) + "TNI") }
        // N units ago / earlier
        if let (amount, countEnd) = count(at: index), let unit = unit(at: countEnd + 1) {
            let follower = tokens.word(countEnd + 2)
            if follower == .ago || (follower == .earlier && tokens.isLower(countEnd + 2, "earlier")) {
                guard let amount else { return make(index, countEnd + 2, .date, "PAST_REF") }
                // "a decade ago" is the year ten years back, as "10 years ago" is, not the decade before.
                let (back, by) = unit == .decade ? (TimeUnit.year, 10 * amount) : unit == .century ? (.year, 100 * amount) : (unit, amount)
                if let value = shifted(back, by: -by) { return make(index, countEnd + 2, .date, value) }
                if unit <= .hour { return make(index, countEnd + 2, .date, "PAST_REF") }
            }
        }
        // "months ago": some time back.
        if unit(at: index) != nil, tokens.word(index + 1) == .ago, tokens.lowerHasSuffix(index, "s") {
            return make(index, index + 1, .date, "PAST_REF")
        }
        return nil
    }

    private func anchorMatch(_ index: Int, _ anchor: DateWord.Anchor) -> Match? {
        switch anchor {
        case .today: return withPartOfDay(index, index, date: dayValue(0))
        case .yesterday: return withPartOfDay(index, index, date: dayValue(-1))
        case .tomorrow: return withPartOfDay(index, index, date: dayValue(1))
        case .tonight: return make(index, index, .time, dayValue(0) + "TNI")
        case .now: return make(index, index, .date, "PRESENT_REF")
        case .recently:
            // "recent weeks": an unspecified stretch of the recent past.
            if tokens.isLower(index, "recent"), let unit = unit(at: index + 1), tokens.lowerHasSuffix(index + 1, "s"), unit >= .day {
                return make(index, index + 1, .duration, durationValue(nil, unit))
            }
            // "recent" alone is an adjective too loose to be a date.
            return tokens.isLower(index, "recent") ? nil : make(index, index, .date, "PAST_REF")
        case .soon: return make(index, index, .date, "FUTURE_REF")
        case .future:
            // "future" alone is mostly an adjective ("future talks"); "the future" is handled with its article.
            return nil
        case .past: return make(index, index, .date, "PAST_REF")
        case .once: return nil
        }
    }

    /// `yesterday morning`, `Monday night`: the day with a part of it (`2023-11-06TNI`); otherwise the day.
    private func withPartOfDay(_ start: Int, _ end: Int, date: String) -> Match {
        if case .partOfDay(let code)? = tokens.word(end + 1) { return make(start, end + 1, .date, date + "T" + code.rawValue) }
        return make(start, end, .date, date)
    }

    private func isEndOfPhrase(_ index: Int) -> Bool {
        guard let item = tokens[safe: index] else { return true }
        if item.kind != .word { return true }
        return unit(at: index) == nil && count(at: index) == nil && tokens.word(index) != .weekendWord
    }

    /// `last week`, `this year`, `next month`, `last Friday`, `last April`, `this summer`,
    /// `this morning`, `last night`, `the past two months` (a duration), `the past year` (a duration).
    private func relativeUnit(_ index: Int, _ direction: DateWord.Direction) -> Match? {
        let next = index + 1
        let start = tokens.isLower(index - 1, "the") ? index - 1 : index
        let isSpan = tokens.isLower(index, "past") || start < index && tokens.isLower(index, anyOf: "last", "next", "first", "coming")
        if let (amount, countEnd) = count(at: next), !tokens.isLower(next, "a"), !tokens.isLower(next, "an"), let unit = unit(at: countEnd + 1) {
            return make(start, countEnd + 1, .duration, durationValue(amount, unit))
        }
        // coming months, the coming weeks, upcoming days
        if direction == .future, let unit = unit(at: next), tokens.lowerHasSuffix(next, "s"), unit >= .day {
            return make(start, next, .date, "FUTURE_REF")
        }
        switch tokens.word(next) {
        case .unit(let unit)?:
            if isSpan { return make(start, next, .duration, durationValue(1, unit)) }
            let amount = direction == .past ? -1 : direction == .future ? 1 : 0
            if let value = shifted(unit, by: amount), unit >= .day {
                return make(index, next, .date, value)
            }
            return nil
        case .quarterWord?:
            let amount = direction == .past ? -1 : direction == .future ? 1 : 0
            return shifted(.quarter, by: amount).map { make(index, next, .date, $0) }
        case .weekendWord?:
            guard let dct else { return make(index, next, .date, "XXXX-WXX-WE") }
            let week = direction == .past ? -1 : direction == .future ? 1 : 0
            return make(index, next, .date, TimexFormat.week(dct.adding(days: 7 * week)) + "-WE")
        case .weekday(let weekday)? where tokens[next].capitalised:
            return withPartOfDay(index, next, date: resolveWeekday(weekday, direction: direction))
        case .month(let month)? where tokens[next].capitalised:
            return make(index, next, .date, resolveMonth(month, direction: direction))
        case .season(let code)?:
            return make(index, next, .date, season(code, direction: direction))
        case .partOfDay(let code)?:
            // this morning, this evening, last night
            if direction == .current { return make(index, next, .time, dayValue(0) + "T" + code.rawValue) }
            if direction == .past, code == .night { return make(index, next, .time, dayValue(-1) + "TNI") }
            return nil
        default:
            return nil
        }
    }
}
