import ChronicleModel

extension Context {
    /// `early October` (2023-10, START), `mid-November`, `late 2023`, `late last year`,
    /// `earlier this year`, `later this month`, `the end of the year`, `the beginning of 2024`.
    func fuzzy(_ index: Int) -> Match? {
        var modifier: TimexModifier
        var next: Int
        switch tokens.word(index) {
        case .fuzzy(let part)?:
            modifier = part == .early ? .start : part == .mid ? .mid : .end
            next = index + 1
            if tokens[safe: next]?.kind == .hyphen { next += 1 }
            // early Tuesday, late yesterday: the day itself, with the part kept in the span.
            if let day = relative(next), day.timex.type == .date || day.timex.type == .time,
               DatePrecision(timexValue: day.timex.value) == .day
            {
                return make(index, day.end, day.timex.type, day.timex.value)
            }
        case .earlier?, .later?:
            // Earlier Sunday, later today: the day itself.
            if let day = relative(index + 1), DatePrecision(timexValue: day.timex.value) == .day, !tokens.isLower(index + 1, "this") || day.timex.type == .time {
                return make(index, day.end, day.timex.type, day.timex.value)
            }
            // earlier this year / later this month
            guard case .relative(.current)? = tokens.word(index + 1) else { return nil }
            modifier = tokens.word(index) == .earlier ? .start : .end
            next = index + 1
        case .article? where tokens.isLower(index, "the"):
            guard let mod = tokens.value(index + 1, in: partsOfAPeriod), tokens.isLower(index + 2, "of") else { return nil }
            modifier = mod
            next = index + 3
            if tokens.isLower(next, "the"), case .unit(let unit)? = tokens.word(next + 1), unit == .year || unit == .month || unit == .week {
                return shifted(unit, by: 0).map { make(index, next + 1, .date, $0, modifier) }
            }
        default:
            return nil
        }
        guard next < tokens.count else { return nil }
        // What the part belongs to: a month, a year, "this/last/next year", a season, a decade.
        if modifier != .mid || !tokens.isLower(index, "the"), tokens.isLower(index - 1, "the"), decade(next) != nil {
            // "the late 1970s": the article belongs to the expression.
            let target = decade(next)!
            return make(index - 1, target.end, .date, target.timex.value, modifier)
        }
        if let target = absolute(next) ?? relative(next) ?? decade(next), target.timex.type == .date,
           DatePrecision(timexValue: target.timex.value) != .day, target.timex.value.first?.isNumber == true || target.timex.value.hasPrefix("XXXX")
        {
            return make(index, target.end, .date, target.timex.value, modifier)
        }
        return nil
    }

    /// `the third quarter`, `third-quarter`, `the fourth quarter of 1989`, `the latest quarter`,
    /// `the first half of 2024`, `the second half`.
    func quarterOrHalf(_ index: Int) -> Match? {
        var position = index
        if tokens.isLower(position, "the") { position += 1 }
        // The year may come first: "the 1988 second quarter", "this year's third quarter",
        // "next year's first half", "the year-ago third quarter".
        var namedYear: Int? = nil
        if let year = year(at: position) {
            namedYear = year
            position += 1
        } else if let dct, case .relative(let direction)? = tokens.word(position), tokens.isLower(position + 1, "year"),
                  tokens[safe: position + 2]?.kind == .possessive
        {
            namedYear = dct.year + (direction == .past ? -1 : direction == .future ? 1 : 0)
            position += 3
        } else if let dct, tokens.isLower(position, "year"), tokens[safe: position + 1]?.kind == .hyphen,
                  tokens.isLower(position + 2, "ago") || tokens.isLower(position + 2, "earlier")
        {
            namedYear = dct.year - 1
            position += 3
        }
        var ordinal: Int? = nil
        if case .ordinal(let value)? = tokens.word(position) { ordinal = value }
        if tokens.isLower(position, "second") { ordinal = 2 }
        if tokens.isLower(position, "last") || tokens.isLower(position, "latest") || tokens.isLower(position, "final") { ordinal = -1 }
        var word = position
        if ordinal != nil {
            word = position + 1
            if tokens[safe: word]?.kind == .hyphen { word += 1 }
        }
        let isQuarter = tokens.word(word) == .quarterWord
        let isHalf = tokens.word(word) == .half
        guard isQuarter || isHalf else { return nil }
        guard var ordinal else {
            // "the quarter" in a company report: the last completed quarter.
            guard isQuarter, position > index, namedYear == nil else { return nil }
            return shifted(.quarter, by: -1).map { make(index, word, .date, $0) }
        }
        var end = word
        var year: Int? = namedYear ?? dct?.year
        if tokens.isLower(end + 1, "of"), let explicit = self.year(at: end + 2) {
            year = explicit
            end += 2
        } else if tokens.isLower(end + 1, "of"), case .fiscal? = tokens.word(end + 2), let explicit = self.year(at: end + 3) {
            year = explicit
            end += 3
        }
        // "the last quarter of 2023" is its fourth; "the last quarter" alone, the one before this.
        if ordinal == -1, end > word || namedYear != nil { ordinal = isHalf ? 2 : 4 }
        if isHalf {
            guard ordinal == 1 || ordinal == 2 else { return nil }
            return make(index, end, .date, (year.map { TimexFormat.pad($0, 4) } ?? "XXXX") + "-H\(ordinal)")
        }
        if ordinal == -1 { return shifted(.quarter, by: -1).map { make(index, end, .date, $0) } }
        guard (1...4).contains(ordinal) else { return nil }
        if end == word, namedYear == nil, let dct, let current = year, current == dct.year, ordinal > dct.quarter, tense != .future, tense != .deadline {
            year = current - 1
        }
        return make(index, end, .date, (year.map { TimexFormat.pad($0, 4) } ?? "XXXX") + "-Q\(ordinal)")
    }
}

/// `the end of`, `the beginning of` ...: which part of a period a fuzzy date names.
private let partsOfAPeriod = ByteTable<TimexModifier>(strings: [("end", .end), ("beginning", .start), ("start", .start), ("middle", .mid), ("close", .end),
                                                               ("turn", .start)])
