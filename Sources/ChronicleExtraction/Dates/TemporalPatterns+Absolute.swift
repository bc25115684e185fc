import ChronicleModel

extension Context {
    /// The rest of an ISO 8601 timestamp from its day on, as feeds and scraped pages print them:
    /// `07T14:30`, `07T14:30:00Z`, `07T14:30:00+02:00` after `2023-10-`. The tokenizer keeps the
    /// day, the `T` and the hour as one word. The value keeps the minute; seconds and the zone are
    /// read over, as TIMEX3 values in news carry neither.
    private func isoTimestamp(at index: Int, year: Int, month: Int) -> (end: Int, value: String)? {
        let word = tokens.spelling(index)
        guard word.count == 5, let start = word.indices.first else { return nil }
        func digits(_ offset: Int) -> Int? {
            let (tens, ones) = (word[start + offset] &- UInt8(ascii: "0"), word[start + offset + 1] &- UInt8(ascii: "0"))
            return tens < 10 && ones < 10 ? Int(tens) * 10 + Int(ones) : nil
        }
        guard word[start + 2] | 0x20 == UInt8(ascii: "t"), let day = digits(0), let hour = digits(3), hour < 24,
              let date = CalendarDay(year: year, month: month, day: day),
              tokens.isPunctuation(index + 1, ":"), adjacent(index, index + 1), adjacent(index + 1, index + 2),
              let minute = tokens[safe: index + 2]?.number, tokens[index + 2].digitCount == 2, minute < 60
        else { return nil }
        var end = index + 2
        /// `:mm` (or `:ss`, `:ssZ`) right after token `at`.
        func colonAndTwoDigits(after at: Int) -> Bool {
            guard tokens.isPunctuation(at + 1, ":"), adjacent(at, at + 1), adjacent(at + 1, at + 2) else { return false }
            let word = tokens.spelling(at + 2)
            guard let first = word.first, word.count >= 2, isDigit(first), isDigit(word[word.startIndex + 1]) else { return false }
            return word.count == 2 || word.count == 3 && word.last! | 0x20 == UInt8(ascii: "z")
        }
        if colonAndTwoDigits(after: end) { end += 2 }
        if adjacent(end, end + 1) {
            if tokens.isLower(end + 1, "z") {
                end += 1
            } else if tokens.isPunctuation(end + 1, "+") || tokens[end + 1].kind == .hyphen, adjacent(end + 1, end + 2),
                      let digits = tokens[safe: end + 2]?.digitCount, digits == 2 || digits == 4
            {
                end += 2
                if digits == 2, colonAndTwoDigits(after: end) { end += 2 }
            }
        }
        return (end, date.description + "T" + TimexFormat.pad(hour, 2) + ":" + TimexFormat.pad(minute, 2))
    }

    /// `October 7, 2023`, `Oct. 7`, `7 October 2023`, `October 2023`, `October`, `2023-10-26`,
    /// `2023-10-07T14:30:00Z`, `summer 2023`,
    /// `10/26/2023` (month first unless the first number is over 12), `20.05.2025` (day first), `2023`, `fiscal 2024`,
    /// and a weekday before a date (`Friday, October 23, 1997`).
    func absolute(_ index: Int) -> Match? {
        // "summer 2023", "the spring of 2024": the season of that year (winter 2022 is 2022-WI, from December)
        if case .season(let season)? = tokens.word(index) {
            let yearIndex = tokens.isLower(index + 1, "of") ? index + 2 : index + 1
            // "the winter of nineteen ninety-four", as transcripts spell years
            guard let (year, end) = year(at: yearIndex).map({ ($0, yearIndex) }) ?? spelledYear(at: yearIndex).map({ ($0.year, $0.end) })
            else { return nil }
            return make(index, end, .date, "\(TimexFormat.pad(year, 4))-\(season.rawValue)")
        }
        if let month = month(at: index) {
            let next = afterMonth(index)
            if let day = dayNumber(at: next) {
                var end = next
                var after = next + 1
                if tokens.isPunctuation(after, ",") { after += 1 }
                if let year = year(at: after), let date = CalendarDay(year: year, month: month, day: day) {
                    return make(index, after, .date, date.description)
                }
                // "Oct. 7 2023" without the comma is rare; "Oct. 7" alone takes the year from the DCT.
                if tokens.isPunctuation(end + 1, ",") == false, let year = year(at: end + 1), let date = CalendarDay(year: year, month: month, day: day) {
                    end += 1
                    return make(index, end, .date, date.description)
                }
                return make(index, end, .date, resolveMonthDay(month, day))
            }
            var yearIndex = next
            if tokens.isLower(next, "of") { yearIndex += 1 }
            if let year = year(at: yearIndex) ?? spelledYear(at: yearIndex)?.year {
                let end = year == self.year(at: yearIndex) ? yearIndex : spelledYear(at: yearIndex)!.end
                return make(index, end, .date, TimexFormat.month(year, month))
            }
            // "January this year", "June last year"
            if case .relative(let direction)? = tokens.word(next), case .unit(.year)? = tokens.word(next + 1), let dct {
                let year = dct.year + (direction == .past ? -1 : direction == .future ? 1 : 0)
                return make(index, next + 1, .date, TimexFormat.month(year, month))
            }
            // A month alone: full names only, and `May`/`March` only where a date word leads in.
            guard tokens.spelling(index).count > 4 || tokens.isLower(index, "june") || tokens.isLower(index, "july") || tokens.isLower(index, "may")
            else { return nil }
            if tokens.isLower(index, "may") || tokens.isLower(index, "march") {
                guard tokens.value(index - 1, in: leads) != nil else { return nil }
            }
            return make(index, index, .date, resolveMonth(month))
        }
        if let day = dayNumber(at: index), let month = month(at: index + 1) {
            let after = afterMonth(index + 1)
            if let year = year(at: after), let date = CalendarDay(year: year, month: month, day: day) {
                return make(index, after, .date, date.description)
            }
            return make(index, afterMonth(index + 1) - 1, .date, resolveMonthDay(month, day))
        }
        if case .weekday? = tokens.word(index), tokens[index].capitalised, tokens.isPunctuation(index + 1, ","),
           let date = absolute(index + 2), date.timex.value.count == 10
        {
            return make(index, date.end, .date, date.timex.value)
        }
        if let year = year(at: index) {
            // 2023-10-26
            if tokens[safe: index + 1]?.kind == .hyphen, adjacent(index, index + 1), adjacent(index + 1, index + 2),
               let month = tokens[safe: index + 2]?.number, tokens[index + 2].digitCount == 2
            {
                if tokens[safe: index + 3]?.kind == .hyphen, adjacent(index + 2, index + 3), adjacent(index + 3, index + 4),
                   let day = tokens[safe: index + 4]?.number, tokens[index + 4].digitCount == 2,
                   let date = CalendarDay(year: year, month: month, day: day)
                {
                    return make(index, index + 4, .date, date.description)
                }
                if tokens[safe: index + 3]?.kind == .hyphen, adjacent(index + 2, index + 3), adjacent(index + 3, index + 4),
                   let timestamp = isoTimestamp(at: index + 4, year: year, month: month)
                {
                    return make(index, timestamp.end, .time, timestamp.value)
                }
                if (1...12).contains(month) { return make(index, index + 2, .date, TimexFormat.month(year, month)) }
            }
            // A bare year, unless it is an amount.
            if tokens.isLower(index - 1, anyOf: "$", "€", "£", "#") || tokens.isLower(index + 1, anyOf: "%", "percent", "per") { return nil }
            if tokens.isPunctuation(index + 1, ","), let following = tokens[safe: index + 2]?.digitCount, following == 3 { return nil }
            guard (1800...2100).contains(year) else { return nil }
            return make(index, index, .date, String(year))
        }
        // 20.05.2025
        if tokens[index].number == nil, tokens[index].word == nil, let date = DateTokens.dayFirstDottedDate(tokens.spelling(index)) {
            return make(index, index, .date, date.description)
        }
        // 10/26/2023
        if let first = tokens[index].number, tokens[index].digitCount <= 2, tokens.isPunctuation(index + 1, "/"),
           let second = tokens[safe: index + 2]?.number, tokens.isPunctuation(index + 3, "/"), let year = year(at: index + 4),
           adjacent(index, index + 1), adjacent(index + 1, index + 2), adjacent(index + 2, index + 3), adjacent(index + 3, index + 4)
        {
            let (month, day) = first > 12 ? (second, first) : (first, second)
            if let date = CalendarDay(year: year, month: month, day: day) { return make(index, index + 4, .date, date.description) }
        }
        if let spelled = spelledYear(at: index) { return make(index, spelled.end, .date, String(spelled.year)) }
        // the 20th century, the eleventh century
        if let ordinal = tokens[index].number.flatMap({ tokens[index].ordinalSuffix ? $0 : nil }) ?? ordinalWord(index),
           tokens.isLower(index + 1, "century")
        {
            let start = tokens.isLower(index - 1, "the") ? index - 1 : index
            return make(start, index + 1, .date, TimexFormat.pad(ordinal - 1, 2))
        }
        // year-ago, year-earlier: the year before the DCT's
        if case .unit(.year)? = tokens.word(index), tokens[safe: index + 1]?.kind == .hyphen,
           tokens.isLower(index + 2, "ago") || tokens.isLower(index + 2, "earlier"), let value = shifted(.year, by: -1)
        {
            return make(index, index + 2, .date, value)
        }
        // fiscal 1998, fiscal year 1998
        if case .fiscal? = tokens.word(index) {
            let yearIndex = tokens.isLower(index + 1, "year") ? index + 2 : index + 1
            if let year = year(at: yearIndex) { return make(index, yearIndex, .date, String(year)) }
        }
        return nil
    }

    private func ordinalWord(_ index: Int) -> Int? {
        if case .ordinal(let value)? = tokens.word(index) { return value }
        return tokens.value(index, in: higherOrdinals)
    }

    /// Years said in words, as transcripts write them: `nineteen ninety-six`, `two thousand`, `the year two thousand`.
    func spelledYear(at index: Int) -> (year: Int, end: Int)? {
        var position = index
        if tokens.isLower(position, "the"), tokens.isLower(position + 1, "year") { position += 2 }
        if tokens.isLower(position, "two"), tokens.isLower(position + 1, "thousand") {
            var end = position + 1
            var year = 2000
            if tokens.isLower(end + 1, "and"), case .number(let extra)? = tokens.word(end + 2), extra < 100 { year += extra; end += 2 }
            return (year, end)
        }
        let nineteen = tokens.isLower(position, "nineteen"), eighteen = tokens.isLower(position, "eighteen")
        guard nineteen || eighteen || tokens.isLower(position, "twenty") && !tokens.isLower(position + 1, "thousand") else { return nil }
        guard case .number(let tens)? = tokens.word(position + 1), tens >= 10, tens < 100 else { return nil }
        let century = nineteen ? 1900 : eighteen ? 1800 : 2000
        var end = position + 1
        var value = tens
        if tens >= 20, tens % 10 == 0 {
            var next = end + 1
            if tokens[safe: next]?.kind == .hyphen { next += 1 }
            if case .number(let ones)? = tokens.word(next), ones < 10 { value += ones; end = next }
        }
        return (century + value, end)
    }

    /// `the 1990s`, `the '90s`, `the 1800s`, `the nineties`.
    func decade(_ index: Int) -> Match? {
        if tokens.isLower(index, "the"), let value = tokens.value(index + 1, in: decadeWords) {
            return make(index, index + 1, .date, String(value))
        }
        var start = index
        var position = index
        if tokens.isLower(position, "the") { position += 1 }
        if tokens.isLower(position, "'") || tokens.isLower(position, "\u{2019}") { position += 1 }
        guard let item = tokens[safe: position], let number = item.number, item.digitCount < 0 else { return nil }
        if position == index { start = index }
        let value: String
        if item.digitCount == -4, number % 10 == 0 {
            value = String(number / 10)
        } else if item.digitCount == -2, number % 10 == 0 {
            value = String((number >= 30 ? 1900 : 2000) / 10 + number / 10)
        } else {
            return nil
        }
        return make(start, position, .date, value)
    }
}

// Word lists the functions above test against, built once rather than on every call.
private let leads: ByteTable<Bool> = ["in", "since", "until", "till", "by", "of", "through", "during", "from", "to", "early", "late", "mid", "last", "next", "this", "before", "after", "between", "and"]
/// Ordinals past `twelfth` that only day numbers use (`the twentieth of May`).
private let higherOrdinals = ByteTable(strings: [("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17),
                                                 ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("twenty-first", 21)])
/// `the sixties`: the decade a word names, as a TIMEX3 decade value.
private let decadeWords = ByteTable(strings: [("twenties", 192), ("thirties", 193), ("forties", 194), ("fifties", 195), ("sixties", 196),
                                              ("seventies", 197), ("eighties", 198), ("nineties", 199)])
