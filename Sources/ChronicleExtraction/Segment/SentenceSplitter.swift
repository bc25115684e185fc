/// Splits a block of clean text into sentences, scanning UTF-8 bytes once.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) that is
/// followed by white space and then something that can start a sentence. A period after an
/// abbreviation (`Mr.`, `Dr.`, `Oct. 7`, `U.S.`, `a.m.`, an initial `J.`) does not end a sentence,
/// except for the ones that also end sentences (`U.S.`, `a.m.`, `Inc.`, `Oct.`), which do when the
/// next word is one that usually starts a sentence.
public enum SentenceSplitter {
    /// Longer sentences are cut at a space. Text with no full stop for pages on end (a table dump, a
    /// run-on transcript) would otherwise make one sentence, and work per sentence (coreference,
    /// event coding) grows faster than its length; real sentences are far shorter.
    public static let longestSentence = 4_096

    /// Sentence ranges within `range` of `text`, trimmed of white space.
    public static func split(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var cuts = 0
        return split(text, range, cuts: &cuts)
    }

    /// The same, counting in `cuts` the sentences cut because they ran past `longestSentence` bytes.
    public static func split(_ text: [UInt8], _ range: Range<Int>, cuts: inout Int) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        // Room for a sentence per 100 bytes or so, so a paragraph's list grows once or not at all.
        sentences.reserveCapacity(min(range.count / 100 + 2, 4_096))
        split(text, range, cuts: &cuts, into: &sentences)
        return sentences
    }

    /// The same, appended to `sentences`: a caller splitting paragraph after paragraph keeps one list's room.
    static func split(_ text: [UInt8], _ range: Range<Int>, cuts: inout Int, into sentences: inout [Range<Int>]) {
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            index = firstPossibleTerminator(text, from: index, end: end)
            guard index < end else { break }
            let byte = text[index]
            var terminatorEnd: Int? = nil
            if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                terminatorEnd = index + 1
            } else if byte == UInt8(ascii: ".") {
                terminatorEnd = index + 1
            } else if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0xA6 {
                terminatorEnd = index + 3  // …
            }
            guard var after = terminatorEnd else { index += 1; continue }
            // More terminators ("?!", "...") and closing quotes or brackets belong to this sentence.
            while after < end {
                let next = text[after]
                if next == UInt8(ascii: ".") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                    || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: ")")
                    || next == UInt8(ascii: "]")
                {
                    after += 1
                } else if after + 2 < end, text[after] == 0xE2, text[after + 1] == 0x80,
                          [0x9D, 0x99, 0xA6, 0xBA].contains(text[after + 2])
                {
                    after += 3  // ” ’ … ›
                } else if after + 1 < end, text[after] == 0xC2, text[after + 1] == 0xBB {
                    after += 2  // »
                } else {
                    break
                }
            }
            guard after < end, isSpace(text[after]) else {
                index = after
                continue
            }
            var nextStart = after
            while nextStart < end, isSpace(text[nextStart]) { nextStart += 1 }
            if nextStart < end, canStartSentence(text, at: nextStart, end: end),
               byte != UInt8(ascii: ".") || !isAbbreviationPeriod(text, period: index, start: range.lowerBound, nextWord: nextStart, end: end)
            {
                appendTrimmed(&sentences, text, start..<after, cuts: &cuts)
                start = nextStart
            }
            index = nextStart
        }
        appendTrimmed(&sentences, text, start..<end, cuts: &cuts)
    }

    /// Where to go on looking byte by byte from `start`: the first byte that could end a sentence
    /// (`.`, `!`, `?`, or a byte of a multi-byte character such as `…`), found eight bytes at a time,
    /// or the last few bytes. Most of a sentence's bytes are letters and spaces.
    @inline(__always)
    static func firstPossibleTerminator(_ text: [UInt8], from start: Int, end: Int) -> Int {
        text.withUnsafeBytes { bytes in
            var index = start
            while index + 8 <= end {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let candidates = word & EightBytes.high | EightBytes.matches(UInt8(ascii: "."), in: word)
                    | EightBytes.matches(UInt8(ascii: "!"), in: word) | EightBytes.matches(UInt8(ascii: "?"), in: word)
                // The lowest bit is a true match (a borrow only runs on to later bytes): the scan
                // resumes at that byte, not at the start of its eight.
                if candidates != 0 { return index + candidates.trailingZeroBitCount >> 3 }
                index += 8
            }
            return index
        }
    }

    private static func appendTrimmed(_ sentences: inout [Range<Int>], _ text: [UInt8], _ range: Range<Int>, cuts: inout Int) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        while upper - lower > longestSentence {
            // The last space in the second half of the allowance, else the last character boundary.
            var cut = lower + longestSentence
            while cut > lower + longestSentence / 2, !isSpace(text[cut]) { cut -= 1 }
            if !isSpace(text[cut]) {
                cut = lower + longestSentence
                while cut > lower, text[cut] & 0xC0 == 0x80 { cut -= 1 }
                if cut == lower { cut = lower + longestSentence }  // not UTF-8 at all: cut anyway, never stall
            }
            var pieceEnd = cut
            while pieceEnd > lower, isSpace(text[pieceEnd - 1]) { pieceEnd -= 1 }
            if pieceEnd > lower { sentences.append(lower..<pieceEnd) }
            cuts += 1
            lower = cut
            while lower < upper, isSpace(text[lower]) { lower += 1 }
        }
        if upper > lower { sentences.append(lower..<upper) }
    }

    /// An upper-case letter, a digit, or a letter of a script without case, after any opening quotes
    /// and brackets. A loop, not recursion: a run of 200,000 `(` must not exhaust the stack.
    static func canStartSentence(_ text: [UInt8], at start: Int, end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = text[index]
            if isUpper(byte) || isDigit(byte) { return true }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                index += 1
                continue
            }
            guard byte >= 0x80 else { return false }
            // “ ‘ « open a quotation.
            if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0x9C || text[index + 2] == 0x98 {
                index += 3
                continue
            }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xAB {
                index += 2
                continue
            }
            var iterator = text[index..<min(end, index + 4)].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
            let properties = scalar.properties
            return properties.isUppercase || (properties.isAlphabetic && !properties.isLowercase)
        }
        return false
    }

    /// Whether the period at `period` closes an abbreviation rather than the sentence.
    static func isAbbreviationPeriod(_ text: [UInt8], period: Int, start: Int, nextWord: Int, end: Int) -> Bool {
        var wordStart = period
        while wordStart > start, isLetter(text[wordStart - 1]) || text[wordStart - 1] == UInt8(ascii: ".") { wordStart -= 1 }
        let word = text[wordStart..<period]
        guard !word.isEmpty else { return false }
        if Abbreviations.titles.contains(lowercasing: word) { return true }
        // A single capital letter is an initial: "J. Smith".
        if word.count == 1, isUpper(text[wordStart]) { return !startsWithSentenceStarter(text, at: nextWord, end: end) }
        let dotted = word.contains(UInt8(ascii: "."))
        if dotted || Abbreviations.sentenceFinal.contains(lowercasing: word) {
            return !startsWithSentenceStarter(text, at: nextWord, end: end)
        }
        return false
    }

    private static func startsWithSentenceStarter(_ text: [UInt8], at index: Int, end: Int) -> Bool {
        var wordEnd = index
        while wordEnd < end, isLetter(text[wordEnd]) { wordEnd += 1 }
        guard wordEnd > index else { return false }
        return Abbreviations.sentenceStarters.contains(bytes: text[index..<wordEnd])
    }
}

/// Abbreviations a sentence splitter for English news must know.
enum Abbreviations {
    /// Titles and other abbreviations that never end a sentence (lower-cased, without the final period).
    static let titles: ByteTable<Bool> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr",
        "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "mt", "ft", "messrs", "mme", "mlle", "gens",
        "vs", "v", "cf", "approx", "dept", "est", "fig", "ca", "nos", "op", "pp", "vol",
    ]
    /// Abbreviations that can also close a sentence: they end one when a sentence-starting word follows.
    static let sentenceFinal: ByteTable<Bool> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "no", "bros", "av", "ave", "blvd",
    ]
    /// Words that usually start a sentence, so an abbreviation before them closes the previous one.
    static let sentenceStarters: ByteTable<Bool> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "However", "In", "On", "At",
        "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "Officials", "Meanwhile",
        "After", "Before", "When", "While", "As", "If", "According", "Some", "Many", "Both", "Earlier", "Later",
        "Also", "Still", "Yet", "Such", "Mr", "Mrs", "Ms", "Dr", "What", "Why", "How", "Who", "Where", "Since",
        "Despite", "Although", "Asked", "Speaking", "For", "From", "By", "With", "Under", "Now", "Then", "So",
    ]
}
