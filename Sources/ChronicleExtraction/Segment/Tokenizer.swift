/// A word, number or punctuation mark in a sentence of clean text.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Letters (any script), digits and inner apostrophes or periods: `Russia`, `U.S.`, `d'Ivoire`, `2023`.
        case word
        /// A possessive ending split off its word: `'s`, `’s`, or a lone `'` / `’` after a plural.
        case possessive
        /// `-`, `–`, `—` between or after words.
        case hyphen
        case punctuation
    }

    public var kind: Kind
    /// Byte range in the text the tokenizer read.
    public var range: Range<Int>
}

/// Splits text into tokens by scanning UTF-8 bytes once.
///
/// Possessives come off their word (`Russia’s` -> `Russia` `’s`), hyphens are tokens of their own
/// (`Iran-backed` -> `Iran` `-` `backed`), and dotted abbreviations stay whole (`U.S.`, `U.N.`).
public enum Tokenizer {
    public static func tokens(_ text: [UInt8], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        self.tokens(text, range, into: &tokens)
        return tokens
    }

    /// The tokens of `range`, in place of what `tokens` held: a caller that tokenizes sentence
    /// after sentence keeps one array's storage instead of making and freeing one per sentence.
    static func tokens(_ text: [UInt8], _ range: Range<Int>, into tokens: inout [Token]) {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "token range outside the text")
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(range.count / 5)
        // Every byte of every sentence passes here: read through a raw buffer, without a bounds
        // check per byte.
        text.withUnsafeBufferPointer { Tokenizer.tokens(in: $0, range, into: &tokens) }
    }

    private static func tokens(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = text[index]
            // Most tokens are words, tested first: a word start is never a space, a no-break space,
            // an apostrophe or a dash (`isWordStart` turns away C2 and E2 80/81 lead bytes).
            if isWordStart(text, index, end) {
                let start = index
                if let (wordEnd, spaceAfter) = plainWordEnd(text, from: index, end: end) {
                    tokens.append(Token(kind: .word, range: start..<wordEnd))
                    index = spaceAfter ? wordEnd + 1 : wordEnd
                    continue
                }
                index = wordEnd(text, from: index, end: end)
                tokens.append(Token(kind: .word, range: start..<index))
                continue
            }
            if isSpace(byte) { index += 1; continue }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 { index += 2; continue }  // no-break space
            if let length = apostropheLength(text, index, end) {
                // A possessive after a word: 's / ’s, or a bare ' / ’ after a plural ("Hamas’").
                if let last = tokens.last, last.kind == .word, last.range.upperBound == index {
                    let after = index + length
                    if after < end, text[after] | 0x20 == UInt8(ascii: "s"), after + 1 >= end || !isWordStart(text, after + 1, end) {
                        tokens.append(Token(kind: .possessive, range: index..<after + 1))
                        index = after + 1
                        continue
                    }
                    if after >= end || !isWordStart(text, after, end) {
                        tokens.append(Token(kind: .possessive, range: index..<after))
                        index = after
                        continue
                    }
                }
                tokens.append(Token(kind: .punctuation, range: index..<index + length))
                index += length
                continue
            }
            if let length = dashLength(text, index, end) {
                tokens.append(Token(kind: .hyphen, range: index..<index + length))
                index += length
                continue
            }
            let length = byte < 0x80 ? 1 : scalarLength(byte)
            tokens.append(Token(kind: .punctuation, range: index..<min(end, index + length)))
            index += length
        }
    }

    /// The end of a word of under eight ASCII letters and digits that a space or a control byte
    /// ends, read from one eight-byte load, and whether that byte is a space (which makes no token);
    /// nil for any other word, which `wordEnd` reads. Most words of prose are such words, and
    /// `wordEnd`, too large to inline, cost a call, its registers and its constants each.
    @inline(__always)
    static func plainWordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (end: Int, spaceAfter: Bool)? {
        guard start + 8 <= end else { return nil }
        let bytes = EightBytes.load(text.baseAddress! + start)
        let count = EightBytes.leadingCount(EightBytes.letters(bytes) | EightBytes.digits(bytes))
        guard count < 8 else { return nil }
        let after = UInt8(truncatingIfNeeded: bytes >> (8 * UInt64(count)))
        guard after <= 0x20 else { return nil }
        return (start + count, after == 0x20)
    }

    /// The end of the word starting at `start`: letters, digits, inner apostrophes (`d'Ivoire`,
    /// not a possessive) and the periods of a dotted abbreviation (`U.S.`, `a.m.`).
    static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        // ASCII letters and digits, most of every word, eight at a time; the loop below goes on from
        // the first other byte.
        while index + 8 <= end {
            let bytes = EightBytes.load(text.baseAddress! + index)
            let count = EightBytes.leadingCount(EightBytes.letters(bytes) | EightBytes.digits(bytes))
            index += count
            if count < 8 { break }
        }
        while index < end {
            // ASCII letters and digits, most of every word, one test each.
            let byte = text[index]
            if isLetter(byte) || isDigit(byte) {
                index += 1
                continue
            }
            // A space or control character ends the word, as every test below would find.
            if byte <= 0x20 { break }
            if isWordStart(text, index, end) {
                index += text[index] < 0x80 ? 1 : scalarLength(text[index])
                continue
            }
            // Dotted abbreviation: a single letter, a period, then another single letter and period.
            if text[index] == UInt8(ascii: "."), index - start >= 1, isSingleLetterRun(text, start, index),
               index + 1 < end, isLetter(text[index + 1]), index + 2 < end, text[index + 2] == UInt8(ascii: ".")
            {
                index += 3
                while index + 1 < end, isLetter(text[index]), text[index + 1] == UInt8(ascii: ".") { index += 2 }
                return index
            }
            // Inner apostrophe followed by a letter that does not make a possessive: d'Ivoire, O'Brien.
            if let length = apostropheLength(text, index, end), index > start, index + length < end,
               isWordStart(text, index + length, end)
            {
                let after = index + length
                let isPossessive = text[after] | 0x20 == UInt8(ascii: "s") && (after + 1 >= end || !isWordStart(text, after + 1, end))
                if !isPossessive { index = after; continue }
            }
            // Digits with inner separators: 2.5, 1,000.
            if (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ",")), index > start, isDigit(text[index - 1]),
               index + 1 < end, isDigit(text[index + 1])
            {
                index += 1
                continue
            }
            break
        }
        return index
    }

    private static func isSingleLetterRun(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ index: Int) -> Bool {
        // "U" in "U.S." or "a" in "a.m.": exactly one letter before the first period.
        index - start == 1 && isLetter(text[start])
    }

    /// A letter or digit (ASCII), or any non-ASCII scalar that is not punctuation Chronicle knows.
    @inline(__always)
    static func isWordStart(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 { return isLetter(byte) || isDigit(byte) }
        if byte == 0xE2 || byte == 0xC2 {
            // General punctuation (U+2000-U+206F: dashes, quotes, ellipsis) and Latin-1 punctuation.
            if byte == 0xE2, index + 1 < end, text[index + 1] == 0x80 || text[index + 1] == 0x81 { return false }
            if byte == 0xC2 { return false }
        }
        return byte >= 0xC3
    }

    @inline(__always)
    static func apostropheLength(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        if text[index] == UInt8(ascii: "'") { return 1 }
        if text[index] == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0x99 { return 3 }  // ’
        return nil
    }

    /// Whether `token` is a quotation mark: `"`, `“` or `”`.
    @inline(__always)
    static func isQuotationMark<Text: RandomAccessCollection<UInt8>>(_ token: Token, in text: Text) -> Bool where Text.Index == Int {
        guard token.kind == .punctuation else { return false }
        let start = token.range.lowerBound
        if token.range.count == 1 { return text[start] == UInt8(ascii: "\"") }
        return token.range.count == 3 && text[start] == 0xE2 && text[start + 1] == 0x80 && (text[start + 2] == 0x9C || text[start + 2] == 0x9D)
    }

    /// `bytes` with every straight apostrophe curled (’), or with every ’ straightened. For lexicon
    /// phrases at load time, where Foundation's `replacingOccurrences` cost a tenth of a start-up.
    static func apostrophes(in bytes: [UInt8], curled: Bool) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            if curled, bytes[index] == UInt8(ascii: "'") {
                result += [0xE2, 0x80, 0x99]
            } else if !curled, bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                result.append(UInt8(ascii: "'"))
                index += 2
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    @inline(__always)
    static func dashLength(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        if text[index] == UInt8(ascii: "-") { return 1 }
        if text[index] == 0xE2, index + 2 < end, text[index + 1] == 0x80, (0x90...0x95).contains(text[index + 2]) { return 3 }
        return nil
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
