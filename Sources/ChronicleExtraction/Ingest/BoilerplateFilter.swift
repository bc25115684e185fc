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
        mutating func read(_ block: ArraySlice<UInt8>) {
            var lowered: [UInt8] = [], ranges: [Range<Int>] = []
            swap(&lowered, &self.lowered)
            swap(&ranges, &self.ranges)
            ranges.removeAll(keepingCapacity: true)
            // A word takes two bytes at least, with the one that ends it.
            ranges.reserveCapacity(block.count / 2 + 1)
            // Lowering never lengthens the text: the buffer holds at least the block's bytes (those
            // past the words, left from a longer block, are never read).
            if lowered.count < block.count { lowered.append(contentsOf: repeatElement(0, count: block.count - lowered.count)) }
            // Over raw buffers: this reads every byte of every page, and slice indexing and
            // appends one byte at a time cost several times the work itself.
            block.withUnsafeBufferPointer { source in
                Words.asciiWordBytes.withUnsafeBufferPointer { asciiWordBytes in
                    lowered.withUnsafeMutableBufferPointer { output in
                        var count = 0
                        var start = -1
                        var index = 0
                        let end = source.count
                        while index < end {
                            // ASCII letters and digits, eight at a time (lowered together); the
                            // byte after them is read below. Output stays behind input, so the
                            // eight bytes written fit, and those past the run are written over.
                            if index + 8 <= end {
                                let bytes = EightBytes.load(source.baseAddress! + index)
                                let letters = EightBytes.letters(bytes)
                                let run = EightBytes.leadingCount(letters | EightBytes.digits(bytes))
                                if run > 0 {
                                    if start < 0 { start = count }
                                    UnsafeMutableRawPointer(output.baseAddress! + count)
                                        .storeBytes(of: EightBytes.lowered(bytes, letters: letters).littleEndian, as: UInt64.self)
                                    count += run
                                    index += run
                                    if run == 8 { continue }
                                }
                            }
                            let byte = source[index]
                            var wordByte: UInt8 = 0  // none: the byte ends or separates words
                            var length = 1
                            if byte < 0x80 {
                                wordByte = asciiWordBytes[Int(byte)]
                            } else if byte == 0xE2, index + 2 < end, source[index + 1] == 0x80 {
                                length = 3
                                if source[index + 2] == 0x99 { wordByte = UInt8(ascii: "'") }  // ’
                            } else if byte == 0xC2 {
                                length = 2  // Latin-1 punctuation and the no-break space
                            } else if byte >= 0x80 {
                                wordByte = byte
                            }
                            if wordByte != 0 {
                                if start < 0 { start = count }
                                output[count] = wordByte
                                count += 1
                            } else if start >= 0 {
                                ranges.append(start..<count)
                                start = -1
                            }
                            index += length
                        }
                        if start >= 0 { ranges.append(start..<count) }
                    }
                }
            }
            self.lowered = consume lowered
            self.ranges = consume ranges
        }

        /// Per ASCII byte, the byte it adds to a word in lower case (letters, digits, the
        /// apostrophe), or 0 for one that ends or separates words: one look-up per byte.
        private static let asciiWordBytes: [UInt8] = (0..<128).map { (value: Int) -> UInt8 in
            let byte = UInt8(value)
            if isLetter(byte) || isDigit(byte) { return isUpper(byte) ? byte | 0x20 : byte }
            return byte == UInt8(ascii: "'") ? byte : 0
        }

        var count: Int { ranges.count }
        subscript(_ index: Int) -> ArraySlice<UInt8> { lowered[ranges[index]] }

        func starts(with phrase: [ArraySlice<UInt8>]) -> Bool {
            phrase.count <= count && phrase.indices.allSatisfy { self[$0] == phrase[$0] }
        }

        func contains(_ word: ArraySlice<UInt8>) -> Bool { ranges.contains { lowered[$0] == word } }
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
        guard let slash = lastIndex(of: [0x20, UInt8(ascii: "/"), 0x20], in: block) else { return false }
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

    /// Where `needle` last occurs in `block` (an index of `block`), read backwards over the raw bytes.
    private static func lastIndex(of needle: [UInt8], in block: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, block.count >= needle.count else { return nil }
        let found: Int? = block.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var offset = haystack.count - needle.count
                while offset >= 0 {
                    if haystack[offset] == first, memcmp(haystack.baseAddress! + offset, needle.baseAddress!, needle.count) == 0 { return offset }
                    offset -= 1
                }
                return nil
            }
        }
        return found.map { block.startIndex + $0 }
    }
}
