import Foundation

/// Drops the parts of a scraped page that are not the article: subscription and donation appeals,
/// newsletter sign-ups, privacy-policy and cookie lines, photo captions and credits, "Read more".
///
/// It judges whole blocks, by cue phrases and by voice: an appeal that follows a marker such as
/// "A Message from ..." or "Sign up for ..." runs on for as long as it addresses the reader
/// ("we", "our", "you") or is a short button label, and ends at the first ordinary news paragraph.
/// Blocks are read as UTF-8 bytes; each word costs one dictionary look-up.
enum BoilerplateFilter {
    /// Returns, for each block, whether it belongs to the article.
    static func keep(_ blocks: [ArraySlice<UInt8>]) -> [Bool] {
        var keep = [Bool](repeating: true, count: blocks.count)
        var seenArticleProse = false
        var inTrailer = false
        // One list of words for every block, read into again: a page's blocks are many and short.
        var words = Words()
        for (index, block) in blocks.enumerated() {
            words.read(block)
            if inTrailer {
                if isBoilerplate(block, words) || isAddressedToReader(words) || words.count <= 5 {
                    keep[index] = false
                    continue
                }
                inTrailer = false
            }
            if isAppealMarker(block, words) {
                keep[index] = false
                // An appeal after the article has started takes the rest of its run with it.
                inTrailer = seenArticleProse
                continue
            }
            if isBoilerplate(block, words) || isCaptionCredit(block, words) {
                keep[index] = false
                continue
            }
            if words.count >= 15 { seenArticleProse = true }
        }
        return keep
    }

    /// The lower-cased words of a block: ASCII letters and digits, apostrophes (curly read as
    /// straight) and any non-ASCII letters.
    struct Words {
        private(set) var lowered: [UInt8] = []
        private(set) var ranges: [Range<Int>] = []

        init() {}

        init(_ block: ArraySlice<UInt8>) {
            read(block)
        }

        /// Makes these the words of `block`, in the lists they already have.
        ///
        /// A word's lowered bytes stand where its bytes stand in the block, so eight ASCII bytes are
        /// lowered with one store and their words found from the bits where letters give way to
        /// spaces and back, a step per word rather than per byte. Only a word with a curly
        /// apostrophe, three bytes read as one, is written again after the block's bytes.
        mutating func read(_ block: ArraySlice<UInt8>) {
            var lowered: [UInt8] = [], ranges: [Range<Int>] = []
            swap(&lowered, &self.lowered)
            swap(&ranges, &self.ranges)
            // A word takes two bytes at least, with the one that ends it. The list is made that
            // long and written by position, and `count` says how much of it is this block's: an
            // append per word asked whether the list was shared, in a call.
            let mostWords = block.count / 2 + 1
            if ranges.count < mostWords { ranges = Words.unfilled(max(mostWords, 2 * ranges.count)) }
            var found = 0
            // The block's place, then room for the words written again (never longer than the
            // block). Bytes left from a longer block are never read.
            if lowered.count < 2 * block.count { lowered = Words.unfilled(max(2 * block.count, 2 * lowered.count)) }
            // Over raw buffers: this reads every byte of every page, and slice indexing and
            // appends one byte at a time cost several times the work itself.
            block.withUnsafeBufferPointer { source in
                Words.asciiWordBytes.withUnsafeBufferPointer { asciiWordBytes in
                    lowered.withUnsafeMutableBufferPointer { output in
                        ranges.withUnsafeMutableBufferPointer { ranges in
                            let end = source.count
                            // Where the open word starts in `output`, or -1; whether it is being
                            // written again after the block, and where its next byte goes there.
                            var start = -1
                            var moved = false
                            var movedEnd = end
                            var index = 0
                            while index < end {
                                if !moved, index + 8 <= end {
                                    let bytes = EightBytes.load(source.baseAddress! + index)
                                    if bytes & EightBytes.high == 0 {
                                        let letters = EightBytes.letters(bytes)
                                        let inWord = letters | EightBytes.digits(bytes) | EightBytes.equal(to: UInt8(ascii: "'"), in: bytes)
                                        UnsafeMutableRawPointer(output.baseAddress! + index)
                                            .storeBytes(of: EightBytes.lowered(bytes, letters: letters).littleEndian, as: UInt64.self)
                                        // A byte whose top bit differs from the byte's before it starts
                                        // a word or ends one; before the first, the open word if any.
                                        var edges = (inWord ^ (inWord << 8 | (start >= 0 ? 0x80 : 0))) & EightBytes.high
                                        while edges != 0 {
                                            let at = index + edges.trailingZeroBitCount >> 3
                                            if start < 0 {
                                                start = at
                                            } else {
                                                ranges[found] = start..<at
                                                found += 1
                                                start = -1
                                            }
                                            edges &= edges &- 1
                                        }
                                        index += 8
                                        continue
                                    }
                                }
                                let byte = source[index]
                                if byte < 0x80 {
                                    let wordByte = asciiWordBytes[Int(byte)]
                                    if wordByte != 0 {
                                        Words.add(wordByte, at: index, to: output, start: &start, moved: moved, movedEnd: &movedEnd)
                                    } else {
                                        Words.close(ranges, &found, start: &start, moved: &moved, movedEnd: movedEnd, at: index)
                                    }
                                    index += 1
                                } else if byte == 0xE2, index + 2 < end, source[index + 1] == 0x80 {
                                    if source[index + 2] == 0x99 {
                                        // ’, read as ': the word from here on is written after the block.
                                        if !moved {
                                            if start >= 0 {
                                                let length = index - start
                                                (output.baseAddress! + movedEnd).update(from: output.baseAddress! + start, count: length)
                                                start = movedEnd
                                                movedEnd += length
                                            } else {
                                                start = movedEnd
                                            }
                                            moved = true
                                        }
                                        output[movedEnd] = UInt8(ascii: "'")
                                        movedEnd += 1
                                    } else {
                                        Words.close(ranges, &found, start: &start, moved: &moved, movedEnd: movedEnd, at: index)
                                    }
                                    index += 3
                                } else if byte == 0xC2 {
                                    // Latin-1 punctuation and the no-break space
                                    Words.close(ranges, &found, start: &start, moved: &moved, movedEnd: movedEnd, at: index)
                                    index += 2
                                } else {
                                    Words.add(byte, at: index, to: output, start: &start, moved: moved, movedEnd: &movedEnd)
                                    index += 1
                                }
                            }
                            Words.close(ranges, &found, start: &start, moved: &moved, movedEnd: movedEnd, at: end)
                        }
                    }
                }
            }
            count = found
            self.lowered = consume lowered
            self.ranges = consume ranges
        }

        /// A list of `count` elements whose memory is left as it was found: every element `read`
        /// reads it has written first. A page's blocks grow the lists a few times, and filling
        /// them element by element cost more than reading the words. Only for elements that hold no
        /// references (bytes, ranges), which need no initialising.
        private static func unfilled<Element>(_ count: Int) -> [Element] {
            precondition(_isPOD(Element.self), "unfilled lists hold only plain values")
            return [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        }

        /// Ends the open word, if any, at `wordEnd` in the block or at `movedEnd` after it.
        @inline(__always)
        private static func close(_ ranges: UnsafeMutableBufferPointer<Range<Int>>, _ found: inout Int, start: inout Int, moved: inout Bool,
                                  movedEnd: Int, at wordEnd: Int)
        {
            guard start >= 0 else { return }
            ranges[found] = start..<(moved ? movedEnd : wordEnd)
            found += 1
            start = -1
            moved = false
        }

        /// Writes a word's byte (read at `index`): in its place, opening a word there if none is
        /// open, or after the block's bytes if the open word is written there.
        @inline(__always)
        private static func add(_ byte: UInt8, at index: Int, to output: UnsafeMutableBufferPointer<UInt8>, start: inout Int, moved: Bool,
                                movedEnd: inout Int)
        {
            if moved {
                output[movedEnd] = byte
                movedEnd += 1
            } else {
                if start < 0 { start = index }
                output[index] = byte
            }
        }

        /// Per ASCII byte, the byte it adds to a word in lower case (letters, digits, the
        /// apostrophe), or 0 for one that ends or separates words: one look-up per byte.
        private static let asciiWordBytes: [UInt8] = (0..<128).map { (value: Int) -> UInt8 in
            let byte = UInt8(value)
            if isLetter(byte) || isDigit(byte) { return isUpper(byte) ? byte | 0x20 : byte }
            return byte == UInt8(ascii: "'") ? byte : 0
        }

        /// How many words the block has: the first `count` of `ranges` (those past them are left
        /// from a longer block).
        private(set) var count = 0
        subscript(_ index: Int) -> ArraySlice<UInt8> { lowered[ranges[index]] }

        func starts(with phrase: [ArraySlice<UInt8>]) -> Bool {
            phrase.count <= count && phrase.indices.allSatisfy { self[$0] == phrase[$0] }
        }

        func contains(_ word: ArraySlice<UInt8>) -> Bool { ranges[..<count].contains { lowered[$0] == word } }
    }

    private static func phrase(_ text: String) -> [ArraySlice<UInt8>] {
        text.split(separator: " ").map { ArraySlice(Array($0.utf8)) }
    }

    /// Phrases that no news paragraph needs and every web page repeats, by their first word.
    static let cuePhrases: ByteTable<[[ArraySlice<UInt8>]]> = {
        let phrases = [
            "subscribe", "subscribers", "subscription", "newsletter", "newsletters", "sign up", "donate", "donation",
            "donations", "support us", "support our", "privacy policy", "cookie", "cookies", "terms of use",
            "terms of service", "all rights reserved", "read more", "advertisement", "sponsored content", "share this",
            "follow us", "click here", "remind me later", "already a subscriber", "log in", "sign in", "skip to content",
            "related articles", "you may also like", "most read", "listen to this article", "paiment methods", "payment methods",
        ].map(phrase)
        return ByteTable(Dictionary(grouping: phrases, by: { Array($0[0]) }).sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map { ($0.key, $0.value) })
    }()

    static func isBoilerplate(_ block: ArraySlice<UInt8>, _ words: Words) -> Bool {
        guard words.count > 0 else { return true }
        if words.count <= 40, contains(block, [0xC2, 0xA9]) { return true }  // ©
        // A cue condemns a short line, or a paragraph that speaks to the reader; a news paragraph
        // that mentions a newsletter in passing stays, and long ones need dense cues.
        let hits = cueHits(words)
        guard hits > 0 else { return false }
        if words.count <= 12 || hits >= 2 && words.count <= 40 { return true }
        if words.count <= 60, isAddressedToReader(words) { return true }
        return hits >= 3
    }

    static func cueHits(_ words: Words) -> Int {
        var hits = 0
        let cuePhrases = BoilerplateFilter.cuePhrases  // fetched once, not through its lazy global's check per word
        // Each word looked up where it lies: a slice of the words' array per word retained and released it.
        words.lowered.withUnsafeBufferPointer { lowered in
            for start in 0..<words.count {
                let word = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: lowered[words.ranges[start]]))
                guard let candidates = cuePhrases.value(for: word) else { continue }
                for phrase in candidates where phrase.count <= words.count - start {
                    if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { hits += 1 }
                }
            }
        }
        return hits
    }

    static let openers: [[ArraySlice<UInt8>]] = [
        "a message from", "dear reader", "dear readers", "sign up", "become a member", "help us", "join us",
        "we need your help", "before you go", "thank you for reading",
    ].map(phrase)
    static let imperatives: ByteTable<Bool> = ["support", "subscribe", "donate"]
    static let pronouns: ByteTable<Bool> = ["we", "our", "us", "you", "your", "you're", "we're", "ours", "yours"]
    static let captionOpeners: ByteTable<Bool> = ["photo", "photograph", "credit", "image", "picture"]

    /// Openers of a reader appeal or sign-up box.
    static func isAppealMarker(_ block: ArraySlice<UInt8>, _ words: Words) -> Bool {
        guard words.count > 0, words.count <= 12 else { return false }
        if openers.contains(where: words.starts(with:)) { return true }
        // "Support The Daily Ledger!", "Subscribe now": a bare imperative, not "Support for Hamas grew".
        guard imperatives.contains(bytes: words[0]), words.count <= 6 else { return false }
        return words.count <= 2 || isAddressedToReader(words)
            || !words.contains(phrase("for")[0]) && !words.contains(phrase("of")[0]) && !words.contains(phrase("to")[0])
    }

    /// First and second person: the voice of appeals, not of news reports.
    static func isAddressedToReader(_ words: Words) -> Bool {
        var count = 0
        for index in 0..<words.count where pronouns.contains(bytes: words[index]) { count += 1 }
        return count >= 2 || (count == 1 && words.count <= 12)
    }

    /// A photo caption with its credit: "... in Moscow. Alexander Shcherbak / TASS", "Photo: Reuters".
    static func isCaptionCredit(_ block: ArraySlice<UInt8>, _ words: Words) -> Bool {
        guard words.count <= 35 else { return false }
        if words.count > 0, words.count <= 20, captionOpeners.contains(bytes: words[0]), block.contains(UInt8(ascii: ":")) { return true }
        for marker in captionMarkers where contains(block, marker) { return true }
        // "... / AGENCY": a credit after the last " / ", one to four capitalised words, no sentence end.
        guard let slash = lastSpacedSlash(in: block) else { return false }
        let credit = block[(slash + 3)...].split(separator: 0x20)
        guard !credit.isEmpty, credit.count <= 4, let last = credit.last?.last else { return false }
        return credit.allSatisfy { startsCapitalised($0) }
            && last != UInt8(ascii: ".") && last != UInt8(ascii: "?") && last != UInt8(ascii: "!")
    }

    private static func startsCapitalised(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first else { return false }
        if first < 0x80 { return isUpper(first) }
        var iterator = word.prefix(4).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
    }

    private static let captionMarkers: [[UInt8]] = ["(Photo", "Getty Images", "AP Photo"].map { Array($0.utf8) }

    private static func contains(_ block: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        block.withUnsafeBytes { haystack in needle.withUnsafeBytes { firstOffset(of: $0, in: haystack) != nil } }
    }

    /// Where the last " / " in `block` starts (an index of `block`). Found from its slash, eight
    /// bytes at a time from the end: slashes are rare in prose, and every short block is asked.
    private static func lastSpacedSlash(in block: ArraySlice<UInt8>) -> Int? {
        let found: Int? = block.withUnsafeBufferPointer { bytes in
            // Bytes from `end` on have been searched.
            var end = bytes.count
            while end > 0 {
                if end >= 8, EightBytes.matches(UInt8(ascii: "/"), in: EightBytes.load(bytes.baseAddress! + end - 8)) == 0 {
                    end -= 8
                    continue
                }
                end -= 1
                if bytes[end] == UInt8(ascii: "/"), end >= 1, end + 1 < bytes.count, bytes[end - 1] == 0x20, bytes[end + 1] == 0x20 {
                    return end - 1
                }
            }
            return nil
        }
        return found.map { block.startIndex + $0 }
    }
}
