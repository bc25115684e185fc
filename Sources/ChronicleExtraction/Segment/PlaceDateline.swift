/// A wire dateline that names a place, and perhaps its region and the agency, before a dash:
/// "QUITO, Ecuador (AP) —", "JOHANNESBURG —", "WASHINGTON (Reuters) -". It stands before a story's
/// first sentence and is not part of it: read as the sentence's opening, its place became the
/// subject of what the sentence says ("QUITO, Ecuador (AP) — The Mexican president moved to break
/// off ties with Ecuador" had Ecuador break off ties). Copied text often loses the dash: after a
/// region and a news agency in brackets it may be missing ("QANA, Lebanon (AP) A barrage"). A
/// dateline with a date is recognised as ingest reads it from plain text for the story's date
/// (`PublicationDateScanner.dateline`).
enum PlaceDateline {
    /// Where the sentence proper starts when the words at `range`'s start are a dateline; nil when
    /// they are not. Without a date (`placeEnd`) the place is in capitals (three letters or more), a
    /// region may follow a comma, the agency stands in brackets, and a dash followed by a space closes
    /// it; with one (`datedEnd`), as `PublicationDateScanner.dateline` reads it.
    static func end(in text: [UInt8], _ range: Range<Int>) -> Int? {
        placeEnd(in: text, range) ?? datedEnd(in: text, range)
    }

    /// Where the sentence starts in a dateline with a date (`Belgrade, Sep 24 (EFE).-`, `MOSCOW,
    /// November 6. /TASS/.`), recognised as ingest reads one from plain text: at its date, which the
    /// sentence keeps (in Markdown and HTML nothing else reads it), leaving only its place out.
    private static func datedEnd(in text: [UInt8], _ range: Range<Int>) -> Int? {
        guard let body = PublicationDateScanner.dateline(in: text, at: range.lowerBound)?.bodyStart, body < range.upperBound - 1,
              var date = text[range.lowerBound..<body].firstIndex(of: UInt8(ascii: ","))
        else { return nil }
        date += 1
        while date < body, text[date] == 0x20 { date += 1 }
        return date
    }

    private static func placeEnd(in text: [UInt8], _ range: Range<Int>) -> Int? {
        let limit = min(range.upperBound, range.lowerBound + longest)
        var index = range.lowerBound
        var letters = 0
        while index < limit {
            let byte = text[index]
            if isUpper(byte) {
                letters += 1
            } else if byte == UInt8(ascii: "-") {
                // "WINSTON-SALEM": a hyphen inside the place, not the dash after it
                guard index + 1 < limit, isUpper(text[index + 1]) else { break }
            } else if byte != 0x20, byte != UInt8(ascii: "."), byte != UInt8(ascii: "'") {
                break
            }
            index += 1
        }
        guard letters >= 3, index < limit else { return nil }
        // ", Ecuador", ", Bosnia-Herzegovina", ", N.Y." after a comma. A date there (", Oct. 23") is
        // left to `datedEnd`.
        let region = text[index] == UInt8(ascii: ",")
        if region {
            index += 1
            while index < limit, text[index] == 0x20 { index += 1 }
            guard index < limit, isUpper(text[index]) else { return nil }
            while index < limit, isRegionByte(text[index]), !isDash(text, index, limit) {
                if isDigit(text[index]) { return nil }
                index += 1
            }
        }
        while index < limit, text[index] == 0x20 { index += 1 }
        // "(AP)", "(Reuters)"
        var agency = false
        if index < limit, text[index] == UInt8(ascii: "(") {
            guard let close = text[index..<limit].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            // (a news agency's name, not a gloss: "ISIS (Daesh) Militants attacked" opens no dateline)
            agency = isAgency(text[index + 1..<close])
            index = close + 1
            while index < limit, text[index] == 0x20 { index += 1 }
        }
        if let dash = dashLength(text, at: index, limit: limit) {
            index += dash
            guard index < limit, text[index] == 0x20 else { return nil }
            while index < limit, text[index] == 0x20 { index += 1 }
        } else {
            // "QANA, Lebanon (AP) A barrage of Israeli shells": a place, its region and an agency in brackets
            // close it, dash or not, when the story goes on with a capital ("ECOWAS (AFP) Leaders" has no region).
            guard region, agency, index < limit, index > 0, text[index - 1] == 0x20, isUpper(text[index]) else { return nil }
        }
        // The story starts after it, with words to follow, and not in lower case ("BRUSSELS - the
        // talks went on" is a sentence). A second dash soon after makes the first a parenthesis:
        // "ECOWAS — West Africa's bloc — suspended Niger".
        guard index < range.upperBound - 1, !isLower(text[index]) else { return nil }
        let ahead = min(range.upperBound, index + 60)
        if (index..<ahead).contains(where: { isDash(text, $0, ahead) }) { return nil }
        return index
    }

    /// Whether `name` is a news agency's, as wire datelines bracket it: "AP", "Reuters", "AFP".
    private static func isAgency(_ name: ArraySlice<UInt8>) -> Bool {
        agencies.contains { agency in agency.count == name.count && zip(agency, name).allSatisfy { $0 == ($1 | 0x20) } }
    }

    /// News agencies, lower-cased.
    private static let agencies: [[UInt8]] = [
        "ap", "afp", "reuters", "upi", "xinhua", "tass", "pti", "ians", "yonhap", "kyodo", "ansa", "efe", "dpa", "bernama",
        "anadolu", "wafa", "irna", "kuna", "spa", "interfax", "ria", "mena", "antara", "aa", "cna", "ips", "apa", "sana", "kcna",
    ].map { Array($0.utf8) }

    /// The most bytes a dateline spans.
    static let longest = 80

    private static func isRegionByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
            || byte == 0x20 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }

    /// Whether a dash that closes a dateline (after a space) starts at `index`.
    private static func isDash(_ text: [UInt8], _ index: Int, _ limit: Int) -> Bool {
        index > 0 && text[index - 1] == 0x20 && dashLength(text, at: index, limit: limit) != nil
    }
}
