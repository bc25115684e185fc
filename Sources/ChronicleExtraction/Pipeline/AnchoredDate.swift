import ChronicleModel

/// Dates anchored on another: "On Monday, Israel struck Gaza, two days after Hamas fired rockets"
/// dates the rockets two days before Monday, "Israel struck Gaza two days after Hamas fired
/// rockets on Monday" the strike two days after it, and "a draft failed on Oct. 16, and two days
/// later (two days after that) the U.S. vetoed" the veto on Oct. 18. The date that governs a cue is
/// shifted by a duration followed by "after", "before", "later" or "earlier" that stands between
/// the date and the cue.
enum AnchoredDate {
    /// The date of a cue at `cueOffset` governed by `governing`, shifted as a duration in `sentence`
    /// between the two says; nil when none stands there or the arithmetic does not apply (a
    /// duration of hours, a date of a quarter).
    static func shifted(cueOffset: Int, governing: Timex, sentence: ArraySlice<SentenceTimex>, document: AnalyzedDocument) -> TemporalValue? {
        let text = document.ingested.text
        let dateLeft = governing.range.upperBound <= cueOffset
        let gap = dateLeft ? governing.range.upperBound..<cueOffset : cueOffset..<governing.range.lowerBound
        // The first duration in the gap that "after", "before", "later" or "earlier" follows.
        guard let (duration, word) = sentence.lazy.compactMap({ (item: SentenceTimex) -> (Timex, Relation)? in
            let timex = item.timex
            guard timex.type == .duration, timex.range.lowerBound >= gap.lowerBound, timex.range.upperBound <= gap.upperBound,
                  let word = relation(after: timex.range.upperBound, in: text)
            else { return nil }
            return (timex, word)
        }).first,
            let (amount, unit) = parse(duration.value), amount > 0
        else { return nil }
        // "On Monday, two days after the vote, Israel struck": a phrase a comma closes before the cue
        // qualifies the date, not the cue.
        if dateLeft, word == .after || word == .before, TextWords.hasClauseMark(in: duration.range.upperBound..<cueOffset, of: text) {
            return nil
        }
        // Whether the cue comes the amount after the date (+1) or before it (-1).
        let sign: Int
        switch word {
        case .after: sign = dateLeft ? -1 : 1  // "Monday, two days after Hamas fired"; "struck two days after ... Monday"
        case .before: sign = dateLeft ? 1 : -1
        case .later: guard dateLeft else { return nil }; sign = 1  // "Oct. 16, and two days later (after that) the U.S. vetoed"
        case .earlier: guard dateLeft else { return nil }; sign = -1
        }
        guard let value = shift(governing.value, by: sign * amount, unit) else { return nil }
        let words = document.ingested.string(duration.range) + (sign < 0 ? " before " : " after ") + document.ingested.string(governing.range)
        return TemporalValue(value: value, type: .date, text: words, status: .happened)
    }

    /// How the words after a duration place what follows them.
    enum Relation {
        /// "two days after Hamas fired": what follows came first.
        case after
        /// "a week before talks": what follows came later.
        case before
        /// "two days later", "two days after that": what follows came later than the date before.
        case later
        /// "two days earlier", "two days before that".
        case earlier
    }

    /// What the words after `offset` (past spaces) say, if they are one of `Relation`'s.
    private static func relation(after offset: Int, in text: [UInt8]) -> Relation? {
        let first = text[TextWords.word(after: offset, in: text)]
        let second = text[TextWords.word(after: first.endIndex, in: text)]
        let anaphor = equalsLowered(second, "that") || equalsLowered(second, "this")
        if equalsLowered(first, "after") { return anaphor ? .later : .after }
        if equalsLowered(first, "before") { return anaphor ? .earlier : .before }
        if equalsLowered(first, "later") { return .later }
        if equalsLowered(first, "earlier") { return .earlier }
        return nil
    }

    /// `P2D` -> (2, "D"); days, weeks, months and years only.
    private static func parse(_ value: String) -> (Int, UInt8)? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "P"), let unit = bytes.last, "DWMY".utf8.contains(unit),
              let amount = Int(String(decoding: bytes[1..<(bytes.count - 1)], as: UTF8.self))
        else { return nil }
        return (amount, unit)
    }

    /// `value` moved by `amount` units, at the precision it has: a day by days, weeks, months or
    /// years; a month by months or years; a year by years.
    static func shift(_ value: String, by amount: Int, _ unit: UInt8) -> String? {
        let months = unit == UInt8(ascii: "M") ? amount : unit == UInt8(ascii: "Y") ? 12 * amount : nil
        switch DatePrecision(timexValue: value) {
        case .day:
            guard let day = CalendarDay(iso: value.prefix(10)) else { return nil }
            if let months { return day.adding(months: months).description }
            return day.adding(days: unit == UInt8(ascii: "W") ? 7 * amount : amount).description
        case .month:
            guard let months, let day = CalendarDay(iso: value.prefix(7) + "-01") else { return nil }
            return String(day.adding(months: months).description.prefix(7))
        case .year:
            guard unit == UInt8(ascii: "Y"), let year = Int(value.prefix(4)), value.count == 4 else { return nil }
            return TimexFormat.pad(year + amount, 4)
        default:
            return nil
        }
    }
}
