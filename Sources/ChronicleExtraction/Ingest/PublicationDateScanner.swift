import ChronicleModel

/// Finds a document's publication date in the places news text keeps it:
/// a ` date 2023-11-11` header line, a wire dateline, the file name, an ISO timestamp.
enum PublicationDateScanner {
    /// A header line ` date 2023-11-11 ...` or `Date: 2023-11-11` at `start`.
    /// Returns the day and where the body starts (the rest of the line may be text).
    static func headerLine(in bytes: [UInt8], at start: Int) -> (day: CalendarDay, bodyStart: Int)? {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index + 4 <= bytes.count, asciiLowercased(bytes[index..<index + 4]) == Array("date".utf8) else { return nil }
        index += 4
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
        let afterWord = index
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index > afterWord, index + 10 <= bytes.count,
              let day = CalendarDay(iso: String(decoding: bytes[index..<index + 10], as: UTF8.self))
        else { return nil }
        index += 10
        // The date may be followed by a clock time (`2023-11-11 14:05`), then the body.
        if index < bytes.count, !isSpace(bytes[index]) { return nil }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var probe = index
        while probe < bytes.count, isDigit(bytes[probe]) || bytes[probe] == UInt8(ascii: ":") { probe += 1 }
        if probe > index, probe - index >= 4, bytes[index..<probe].contains(UInt8(ascii: ":")) {
            index = probe
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        return (day, index)
    }

    /// The first `YYYY-MM-DD` at the start of an ISO 8601 timestamp (`2024-04-14T09:30:00Z`).
    static func isoDayPrefix(_ text: String) -> CalendarDay? {
        let trimmed = text.trimmingASCIISpaces()
        guard trimmed.utf8.count >= 10 else { return nil }
        return CalendarDay(iso: String(trimmed.utf8.prefix(10))!)
    }

    /// A date written in a file name: `2023-10-09-title`, `2023_10_09`, `20231009`.
    static func fileNameDate(_ name: String) -> CalendarDay? {
        let b = Array(name.utf8)
        var index = 0
        while index < b.count {
            if isDigit(b[index]), index == 0 || !isDigit(b[index - 1]) {
                var end = index
                while end < b.count, isDigit(b[end]) { end += 1 }
                if end - index == 8, let day = day(b, year: index, month: index + 4, day: index + 6) {
                    return day
                }
                if end - index == 4, end + 6 <= b.count, b[end] == b[end + 3],
                   b[end] == UInt8(ascii: "-") || b[end] == UInt8(ascii: "_") || b[end] == UInt8(ascii: "."),
                   isDigit(b[end + 1]), isDigit(b[end + 2]), isDigit(b[end + 4]), isDigit(b[end + 5]),
                   end + 6 == b.count || !isDigit(b[end + 6]),
                   let day = day(b, year: index, month: end + 1, day: end + 4)
                {
                    return day
                }
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    /// A wire-service dateline opening the body: `MOSCOW, November 6. /TASS/.`,
    /// `WASHINGTON, Oct 26 (Reuters) -`, `GAZA CITY, Oct. 7, 2023 (AP) —`, `Belgrade, Sep 24 (EFE).-`.
    /// Returns month, day, the year when written, and where the story itself starts.
    static func dateline(in bytes: [UInt8], at start: Int) -> (month: Int, day: Int, year: Int?, bodyStart: Int)? {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        // Place: capitalised words (letters, spaces, hyphens, periods), up to 40 bytes, then a comma:
        // "GAZA CITY", "Belgrade". One not in capitals must be a place, not a sentence's opening
        // ("Meanwhile, May 9 ...", "On Tuesday, Nov. 5 ..."), and needs an agency or a dash below.
        let placeStart = index
        var sawLetter = false
        var capitals = true
        var spaces = 0
        while index < bytes.count, index - placeStart < 40 {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { sawLetter = true; index += 1; continue }
            if isLower(byte), index > placeStart, isLetter(bytes[index - 1]) { capitals = false; index += 1; continue }
            // A place not in capitals has two words at most: most sentences are turned away here.
            if byte == 0x20 { spaces += 1 }
            if !capitals, spaces > 1 { return nil }
            if byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") { index += 1; continue }
            if byte == UInt8(ascii: ","), sawLetter, index - placeStart >= 3 { break }
            // An optional country or state after the city: "KYIV, Ukraine, ..." is left to the caller's taste.
            return nil
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ","), sawLetter else { return nil }
        if !capitals {
            let firstWord = bytes[placeStart..<index].prefix { isLetter($0) }
            guard !isSentenceOpener(firstWord) else { return nil }
        }
        index += 1
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        // Month name, full or abbreviated with an optional period.
        let monthStart = index
        while index < bytes.count, isLetter(bytes[index]) { index += 1 }
        guard let month = MonthNames.month(bytes[monthStart..<index]) else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        let dayStart = index
        while index < bytes.count, isDigit(bytes[index]), index - dayStart < 2 { index += 1 }
        guard index > dayStart, let dayNumber = Int(String(decoding: bytes[dayStart..<index], as: UTF8.self)),
              (1...31).contains(dayNumber)
        else { return nil }
        var year: Int?
        if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == 0x20,
           bytes[index + 2..<index + 6].allSatisfy(isDigit), index + 6 == bytes.count || !isDigit(bytes[index + 6])
        {
            year = Int(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self))
            index += 6
        }
        // What may follow: ". /TASS/." , " (Reuters) -", " -", " —", "."
        let afterDate = index
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: ".") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "(") {
            let close = bytes[index] == UInt8(ascii: "/") ? UInt8(ascii: "/") : UInt8(ascii: ")")
            var end = index + 1
            while end < bytes.count, end - index < 40, bytes[end] != close, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count, bytes[end] == close else { return nil }
            // After a place not in capitals, an agency is one name ("(EFE)", "(Reuters)"), not words
            // in brackets ("(Victory Day)", "(a Saturday)").
            guard capitals || !bytes[(index + 1)..<end].contains(0x20) else { return nil }
            index = end + 1
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: ".") { index += 1 }
        } else if dashLength(bytes, at: index, limit: bytes.count) == nil, !capitals || !bytes[afterDate..<index].contains(UInt8(ascii: ".")) {
            // Neither an agency, a period (after a place in capitals) nor a dash closes it: "Belgrade, Sep 24
            // was quiet" is a sentence.
            return nil
        }
        // a dash after the agency: "-", "–", "—"
        if let dash = dashLength(bytes, at: index, limit: bytes.count) { index += dash }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        // The story starts with a word, a number or a quotation, never in lower case or with punctuation.
        guard index < bytes.count, isUpper(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "\"") || bytes[index] >= 0x80
        else { return nil }
        return (month, dayNumber, year, index)
    }

    /// Words that open a sentence and are no place, before a comma and a date.
    private static let sentenceOpeners: Set<String> = [
        "On", "In", "At", "By", "For", "From", "Since", "Until", "Till", "After", "Before", "During", "Meanwhile", "However",
        "Separately", "But", "And", "As", "Also", "Then", "Still", "Yet", "So", "While", "When", "Last", "This", "Next", "Early",
        "Late", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Now", "Again", "Instead", "Indeed", "Moreover", "Finally",
    ]
    private static func isSentenceOpener(_ word: ArraySlice<UInt8>) -> Bool { sentenceOpeners.contains(String(decoding: word, as: UTF8.self)) }

    /// The most recent `month`/`day` on or before `reference` (news reports the past).
    static func nearestPast(month: Int, day: Int, before reference: CalendarDay) -> CalendarDay? {
        for year in [reference.year, reference.year - 1] {
            if let candidate = CalendarDay(year: year, month: month, day: day), candidate <= reference {
                return candidate
            }
        }
        return nil
    }

    private static func day(_ b: [UInt8], year: Int, month: Int, day: Int) -> CalendarDay? {
        func number(_ at: Int, _ count: Int) -> Int { b[at..<at + count].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let y = number(year, 4)
        guard (1900...2099).contains(y) else { return nil }
        return CalendarDay(year: y, month: number(month, 2), day: number(day, 2))
    }
}

/// English month names and their news abbreviations.
enum MonthNames {
    static let names = ["january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december"]

    /// 1...12 for a full name or abbreviation (`Oct`, `Sept`), any case; nil otherwise.
    static func month(_ word: some Collection<UInt8>) -> Int? {
        let lower = asciiLowercased(word)
        guard lower.count >= 3 else { return nil }
        for (index, name) in names.enumerated() {
            let full = Array(name.utf8)
            if lower == full { return index + 1 }
            if lower.count <= 4, full.starts(with: lower), lower != Array("marc".utf8) { return index + 1 }
        }
        return nil
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// The length in bytes of "-", "–" or "—" at `index`, or nil (also past `limit`): the dash that
/// closes a dateline, for both readers of one (`PublicationDateScanner.dateline`, `PlaceDateline`).
func dashLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
    guard index < limit else { return nil }
    if bytes[index] == UInt8(ascii: "-") { return 1 }
    if index + 2 < limit, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 { return 3 }
    return nil
}
@inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
@inline(__always) func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
@inline(__always) func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

/// `bytes` with ASCII capitals lowered; bytes in one block of memory (an HTML page, lowered
/// whole to find its tags) eight at a time.
func asciiLowercased(_ bytes: some Collection<UInt8>) -> [UInt8] {
    if let lowered = bytes.withContiguousStorageIfAvailable({ asciiLowercased(contiguous: $0) }) { return lowered }
    return bytes.map { isUpper($0) ? $0 | 0x20 : $0 }
}

private func asciiLowercased(contiguous bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: bytes.count) { lowered, initialized in
        guard let source = bytes.baseAddress, let target = lowered.baseAddress else { return initialized = 0 }
        var index = 0
        while index + 8 <= bytes.count {
            let eight = EightBytes.load(source + index)
            UnsafeMutableRawPointer(target + index).storeBytes(of: EightBytes.lowered(eight, letters: EightBytes.letters(eight)).littleEndian, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            lowered[index] = isUpper(bytes[index]) ? bytes[index] | 0x20 : bytes[index]
            index += 1
        }
        initialized = bytes.count
    }
}

/// Calls `body` with `bytes` in ASCII lower case, in temporary storage (on the stack when short),
/// for look-ups that need no array or string of their own. Every word of a text may pass here
/// (`ByteTable.value(lowercasing:)`), so it is inlined, and a word of up to 32 bytes is lowered
/// into a fixed stack buffer. It takes a buffer: callers that walk a text through one need not
/// slice the array, which retains and releases its storage for each slice.
@inline(__always)
func withASCIILowercased<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if bytes.count <= 32 {
        var word: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &word) { buffer in
            var index = 0
            for byte in bytes {
                buffer[index] = isUpper(byte) ? byte | 0x20 : byte
                index += 1
            }
            return body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: index))
        }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
        var index = 0
        for byte in bytes {
            buffer[index] = isUpper(byte) ? byte | 0x20 : byte
            index += 1
        }
        return body(UnsafeBufferPointer(start: buffer.baseAddress, count: bytes.count))
    }
}

/// Whether `bytes` in ASCII lower case spell `word` (written in lower case), compared in place:
/// no lowered copy of the bytes and no string.
@inline(__always)
func equalsLowered(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    return bytes.withUnsafeBufferPointer { equalsLowered($0, word) }
}

/// `equalsLowered` for bytes already lent as a buffer.
@inline(__always)
func equalsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { word in
        for index in 0..<word.count where (isUpper(bytes[index]) ? bytes[index] | 0x20 : bytes[index]) != word[index] { return false }
        return true
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        let b = Array(utf8)
        var start = 0
        var end = b.count
        while start < end, isSpace(b[start]) { start += 1 }
        while end > start, isSpace(b[end - 1]) { end -= 1 }
        return String(decoding: b[start..<end], as: UTF8.self)
    }
}
