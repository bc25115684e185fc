import ChronicleModel

extension TemporalTagger {
    /// Reads a document's time expressions in order, as a narrative runs: "the following day",
    /// "the previous day", "a day earlier", "two days later" count from the last day the text
    /// named (TimeML's reference time), not from the publication date. "Iran seized a tanker on
    /// May 10. Greece summoned its ambassador the following day" is May 11. Before the text names
    /// a day they keep the tagger's reading against the publication date. `text` is the text the
    /// ranges point into; `dct` the publication date, which names no day of the narrative. With
    /// `datingDurations`, "two days" before "later" becomes the day it leads to, as an event's date
    /// needs; without it, it stays the duration TimeML annotates ("later" being a signal).
    /// `items` holds the expressions at `timex`: the tagger's own list, or the extractor's list of
    /// expressions with their sentences.
    public static func anchoringToNamedDays<Items: MutableCollection>(
        _ items: inout Items, timex: WritableKeyPath<Items.Element, Timex>, text: [UInt8], dct: CalendarDay?, datingDurations: Bool
    ) {
        guard items.count > 1 else { return }
        var named: String? = nil
        let report = dct?.description
        for index in items.indices {
            anchor(&items[index][keyPath: timex], after: &named, text: text, report: report, datingDurations: datingDurations)
        }
    }

    /// One step of `anchoringToNamedDays`: re-reads `timex` from `named`, the value of the last day
    /// named before it, or makes it that day when it names one. `report` is the publication date's
    /// value, which names no day of the narrative ("today", "on Sunday" of the report read back).
    /// Most expressions are neither; a value is parsed only when one counts from it.
    private static func anchor(_ timex: inout Timex, after named: inout String?, text: [UInt8], report: String?, datingDurations: Bool) {
        if let offset = narrativeOffset(of: timex, text: text) {
            if let named, datingDurations || timex.type != .duration, let day = CalendarDay(iso: named.prefix(10)) {
                timex.type = .date
                timex.value = day.adding(days: offset).description
            }
            return
        }
        // (A day's value is ten bytes or more, `2025-05-10`, `2025-05-10TNI`; a week's with a weekend,
        // `2025-W22-WE`, is too, and fails the parse above, dating nothing.)
        let count = timex.value.utf8.count
        guard timex.type == .date, count >= 10 else { return }
        if let report, count == 10 ? timex.value == report : timex.value.hasPrefix(report) { return }
        named = timex.value
    }

    /// How many days from the day named before an expression lies, or nil when it does not count
    /// from that day: +1 for "the following day", "the next day", "a day later", "the day after";
    /// −1 for "the previous day", "a day earlier", "the day before"; ±n for "n days later/earlier"
    /// (the tagger reads "two days" as a duration, the word after it gives the direction).
    static func narrativeOffset(of timex: Timex, text: [UInt8]) -> Int? {
        // Most expressions end otherwise ("May 10", "2024", "last week"), told by three bytes.
        guard timex.range.count >= 3, endsLikeNarrative(text[(timex.range.upperBound - 3)..<timex.range.upperBound]) else { return nil }
        let words = lowerWords(text[timex.range])
        guard let last = words.last, last == "day" || last == "days" || last == "later" || last == "earlier" || last == "after" || last == "before"
        else { return nil }
        if timex.type == .duration {
            // "P2D": the number of days, then the direction from the word after the expression.
            let value = timex.value.utf8
            guard value.count >= 3, value.first == UInt8(ascii: "P"), value.last == UInt8(ascii: "D"),
                  let days = Int(String(decoding: value.dropFirst().dropLast(), as: UTF8.self)), days <= 31
            else { return nil }
            switch lowerWords(text[timex.range.upperBound..<min(text.count, timex.range.upperBound + 10)]).first {
            // (not "a day after Hamas launched its attack", which counts from that attack)
            case "later"?: return days
            case "earlier"?: return -days
            default: return nil
            }
        }
        guard timex.type == .date, words.contains(where: { $0 == "day" }) else { return nil }
        // "since October 8, a day after Hamas launched its attack": a day before or after what follows
        // names the day before it, and counts from that event, not from the day named before.
        if last == "after" || last == "before" {
            var next = timex.range.upperBound
            while next < text.count, text[next] == UInt8(ascii: " ") { next += 1 }
            guard next == text.count || [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), 0x0A].contains(text[next]) else { return nil }
        }
        if words.contains(where: { $0 == "tomorrow" || $0 == "yesterday" }) { return nil }
        if words.contains(where: { $0 == "following" || $0 == "next" || $0 == "later" || $0 == "after" }) { return 1 }
        if words.contains(where: { $0 == "previous" || $0 == "preceding" || $0 == "earlier" || $0 == "before" }) {
            // "the day before yesterday" counts from the report.
            return words.contains(where: { $0 == "yesterday" || $0 == "tomorrow" }) ? nil : -1
        }
        return nil
    }

    /// Whether three bytes end "day", "days", "later", "earlier", "after" or "before" (any case).
    private static func endsLikeNarrative(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == 3 else { return false }
        let a = bytes[bytes.startIndex] | 0x20, b = bytes[bytes.startIndex + 1] | 0x20, c = bytes[bytes.startIndex + 2] | 0x20
        switch (a, b, c) {
        case (UInt8(ascii: "d"), UInt8(ascii: "a"), UInt8(ascii: "y")), (UInt8(ascii: "a"), UInt8(ascii: "y"), UInt8(ascii: "s")),
             (UInt8(ascii: "t"), UInt8(ascii: "e"), UInt8(ascii: "r")), (UInt8(ascii: "i"), UInt8(ascii: "e"), UInt8(ascii: "r")),
             (UInt8(ascii: "o"), UInt8(ascii: "r"), UInt8(ascii: "e")):
            return true
        default:
            return false
        }
    }

    /// The words of `bytes` in ASCII lower case, split at anything that is no letter.
    private static func lowerWords(_ bytes: ArraySlice<UInt8>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in bytes {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                current.append(lower)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
