import ChronicleModel
import Foundation

/// One sentence as the event coder reads it: its words in lower case, where possessives and
/// hyphens stand, and which words name which actors.
///
/// The words are kept as lower-cased bytes, back to back in one buffer, and compared as bytes
/// (`word(_:is:)`): a `String` per word cost an allocation to make and one to free, and every
/// comparison with a word list went through Unicode-aware string comparison.
struct SentenceView {
    /// A mention placed on the sentence's words. It holds no strings, so reading or copying one
    /// retains nothing: `actor(of:)` and `person(of:)` read the mention itself.
    struct Placed {
        var start: Int
        var end: Int
        /// Where the mention is in the sentence's mentions.
        var mention: Int
    }

    /// What the coder asks of one word.
    private struct Word {
        /// Where its lower-cased bytes are in `lowered`.
        var start: Int32
        var count: Int32
        /// The mention the word belongs to (an index into `mentions`), or -1.
        var mention: Int32 = -1
        var flags: Flags = []
    }

    private struct Flags: OptionSet {
        let rawValue: UInt8
        /// A possessive (`'s`, `’`) follows the word.
        static let possessiveAfter = Flags(rawValue: 1)
        /// The word is joined to the one before by a hyphen (`Iran-backed`).
        static let hyphenBefore = Flags(rawValue: 2)
        /// A comma or a semicolon follows the word.
        static let commaAfter = Flags(rawValue: 4)
        /// The word has bytes beyond ASCII, so counting its characters needs a `String`.
        static let beyondASCII = Flags(rawValue: 8)
        /// A dash with a space before it follows the word: "The airport – which".
        static let dashAfter = Flags(rawValue: 16)
        /// The word starts with an ASCII capital in the text (`lowered` no longer says so).
        static let capitalised = Flags(rawValue: 32)
        /// A quotation mark (`"`, `“`, `”`) stands right before the word: `called him a "terrorist"`.
        static let quoteBefore = Flags(rawValue: 64)
    }

    /// Every word's bytes in ASCII lower case (a right single quotation mark as an apostrophe), back to back.
    private var lowered: [UInt8] = []
    private var list: [Word] = []
    /// Each word's id in the cue vocabulary, or -1 for a word no cue or phrase uses.
    private(set) var ids: [Int32] = []
    /// Byte range of each word in the document's clean text.
    private(set) var ranges: [Range<Int>] = []
    private(set) var mentions: [Placed] = []
    /// The mentions `read` was given, which `Placed.mention` points into.
    private(set) var sentenceMentions: [ActorMention] = []

    var wordCount: Int { list.count }

    /// Whether the sentence asks rather than tells ("Will Russia attack NATO?"): its last mark,
    /// before closing quotes, is a question mark.
    private(set) var isQuestion = false

    /// An empty view, for `read` to fill sentence after sentence.
    init() {}

    /// Makes this the view of another sentence, writing into the lists it already has: a document's
    /// sentences share one view (`Extractor.analyze`), which spares five lists' allocation and freeing per sentence.
    mutating func read(text: [UInt8], tokens: [Token], mentions sentenceMentions: [ActorMention], vocabulary: ByteTable<Int32>) {
        var lowered: [UInt8] = [], list: [Word] = [], ids: [Int32] = [], ranges: [Range<Int>] = []
        swap(&lowered, &self.lowered)
        swap(&list, &self.list)
        swap(&ids, &self.ids)
        swap(&ranges, &self.ranges)
        mentions.removeAll(keepingCapacity: true)
        var wordCount = 0, wordBytes = 0
        for token in tokens where token.kind == .word {
            wordCount += 1
            wordBytes += token.range.count
        }
        // Each list is made as long as the sentence's words and written by position, then cut to
        // the words written: an append per word checked the list's uniqueness and capacity three
        // times a word. Lowering never lengthens a word, so `lowered` holds at least the words'
        // bytes (bytes past them, left from a longer sentence, are never read).
        // Eight bytes past the words' own: `lower` writes eight at a time.
        SentenceView.extend(&lowered, to: wordBytes + 8, with: 0)
        SentenceView.extend(&list, to: wordCount, with: Word(start: 0, count: 0))
        SentenceView.extend(&ids, to: wordCount, with: -1)
        SentenceView.extend(&ranges, to: wordCount, with: 0..<0)
        var written = 0
        let numberID = CueIndex.numberWord.utf8.withContiguousStorageIfAvailable { vocabulary.value(for: UnsafeRawBufferPointer($0)) } ?? nil
        text.withUnsafeBufferPointer { text in
            lowered.withUnsafeMutableBufferPointer { lowered in
                list.withUnsafeMutableBufferPointer { list in
                    ids.withUnsafeMutableBufferPointer { ids in
                        ranges.withUnsafeMutableBufferPointer { ranges in
                            var used = 0
                            var previousKind: Token.Kind? = nil
                            var previousEnd = -1
                            var quoted = false
                            for token in tokens {
                                switch token.kind {
                                case .word:
                                    var word = Word(start: Int32(used), count: 0)
                                    if SentenceView.lower(token.range, of: text, into: lowered, at: &used) {
                                        word.flags.insert(.beyondASCII)
                                    }
                                    word.count = Int32(used) - word.start
                                    if case let first = text[token.range.lowerBound], first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") {
                                        word.flags.insert(.capitalised)
                                    }
                                    if previousKind == .hyphen && previousEnd == token.range.lowerBound { word.flags.insert(.hyphenBefore) }
                                    if quoted { word.flags.insert(.quoteBefore) }
                                    quoted = false
                                    let bytes = UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: lowered[Int(word.start)..<used]))
                                    var id = vocabulary.value(for: bytes)
                                    // Only a word ending in "t" can be a contraction: most words
                                    // the vocabulary lacks are told so here, without a call.
                                    if id == nil, bytes.count > 3, bytes[bytes.count - 1] == UInt8(ascii: "t") {
                                        id = SentenceView.contractionID(bytes, vocabulary)
                                    }
                                    // Every number is one word to the cues ("exchanged 1,000 prisoners").
                                    if id == nil, let first = bytes.first, isDigit(first) { id = numberID }
                                    ids[written] = id ?? -1
                                    list[written] = word
                                    ranges[written] = token.range
                                    written += 1
                                case .possessive:
                                    if written > 0 { list[written - 1].flags.insert(.possessiveAfter) }
                                case .punctuation:
                                    // A semicolon parts clauses as a comma does, and more surely.
                                    let mark = text[token.range.lowerBound]
                                    if mark == UInt8(ascii: ",") || mark == UInt8(ascii: ";"), written > 0 { list[written - 1].flags.insert(.commaAfter) }
                                    quoted = Tokenizer.isQuotationMark(token, in: text)
                                case .hyphen:
                                    if token.range.lowerBound > previousEnd, written > 0 { list[written - 1].flags.insert(.dashAfter) }
                                }
                                previousKind = token.kind
                                previousEnd = token.range.upperBound
                            }
                        }
                    }
                }
            }
        }
        isQuestion = false
        for token in tokens.reversed() {
            guard token.kind == .punctuation else { break }
            if text[token.range.lowerBound] == UInt8(ascii: "?") {
                isQuestion = true
                break
            }
        }
        list.removeLast(list.count - written)
        ids.removeLast(ids.count - written)
        ranges.removeLast(ranges.count - written)
        // Handed back with `consume`: a local copy still alive would make the first change to a
        // word below copy the whole list.
        self.lowered = consume lowered
        self.list = consume list
        self.ids = consume ids
        self.ranges = consume ranges
        mentions.reserveCapacity(sentenceMentions.count)
        self.sentenceMentions = sentenceMentions
        // Fields are read where they lie: a copy of each mention retained its strings.
        for index in sentenceMentions.indices {
            let range = sentenceMentions[index].range
            guard !SentenceView.isPlace(form: sentenceMentions[index].form, range: range, in: self),
                  let first = firstWord(startingAtOrAfter: range.lowerBound), self.ranges[first].lowerBound < range.upperBound,
                  let last = lastWord(endingAtOrBefore: range.upperBound), self.ranges[last].upperBound > range.lowerBound,
                  !isAttribute(first: first, last: last)
            else { continue }
            // A person's title and name make one mention; its actor stands at the name.
            mentions.append(Placed(start: first, end: last, mention: index))
            for word in first...last { self.list[word].mention = Int32(mentions.count - 1) }
        }
    }

    /// Whether the actor named in words `first...last` only qualifies something else, and so neither
    /// acts nor is acted on: "pro-British towns", "anti-Israel protests", "Japanese-made copiers",
    /// "a U.S.-based firm".
    private func isAttribute(first: Int, last: Int) -> Bool {
        if hyphenBefore(first), word(first - 1, isIn: SentenceWords.attitudePrefixes) { return true }
        return last + 1 < wordCount && hyphenBefore(last + 1) && word(last + 1, isIn: SentenceWords.originParticiples)
    }

    /// The actor of the placed mention `placed` (an index into `mentions`).
    func actor(of placed: Int) -> ActorID { sentenceMentions[mentions[placed].mention].actor }
    func form(of placed: Int) -> MentionForm { sentenceMentions[mentions[placed].mention].form }

    /// The person who speaks or acts in the placed mention `placed`, if it names one.
    func person(of placed: Int) -> String? { sentenceMentions[mentions[placed].mention].person }

    /// Whether the placed mentions `a` and `b` are of one actor, compared where they lie.
    func sameActor(_ a: Int, _ b: Int) -> Bool {
        sentenceMentions[mentions[a].mention].actor == sentenceMentions[mentions[b].mention].actor
    }

    /// A negative contraction the vocabulary does not list itself ("didn't", "won't") stands for its
    /// "n't", which the negations list: the tokenizer keeps such a word whole.
    private static func contractionID(_ word: UnsafeRawBufferPointer, _ vocabulary: ByteTable<Int32>) -> Int32? {
        let count = word.count
        guard count > 3, word[count - 1] == UInt8(ascii: "t"), word[count - 2] == UInt8(ascii: "'"), word[count - 3] == UInt8(ascii: "n")
        else { return nil }
        return vocabulary.value(for: UnsafeRawBufferPointer(rebasing: word[(count - 3)...]))
    }

    /// Writes the word at `range` of `text` into `lowered` from `used` on, in ASCII lower case and
    /// with each right single quotation mark (U+2019) as an apostrophe, and moves `used` past it;
    /// whether the word has bytes beyond ASCII. It moves `used` by at most the word's length, but
    /// may write up to eight bytes past where it leaves `used`.
    ///
    /// ASCII is lowered eight bytes at a time (`EightBytes`) where eight bytes can be read inside
    /// `text`, the rest a byte at a time.
    @inline(__always)
    private static func lower(_ range: Range<Int>, of text: UnsafeBufferPointer<UInt8>, into lowered: UnsafeMutableBufferPointer<UInt8>,
                              at used: inout Int) -> Bool {
        var index = 0
        let count = range.count
        while index < count, range.lowerBound + index + 8 <= text.count {
            let bytes = EightBytes.load(text.baseAddress! + range.lowerBound + index)
            let taken = min(8, count - index)
            // The top bits of the bytes that belong to the word.
            let mask: UInt64 = taken == 8 ? 0x8080_8080_8080_8080 : 0x8080_8080_8080_8080 & ((1 << UInt64(8 * taken)) - 1)
            guard bytes & mask == 0 else { break }
            UnsafeMutableRawPointer(lowered.baseAddress! + used)
                .storeBytes(of: EightBytes.lowered(bytes, letters: EightBytes.letters(bytes)).littleEndian, as: UInt64.self)
            used += taken
            index += taken
        }
        guard index < count else { return false }
        return lowerBytes(UnsafeBufferPointer(rebasing: text[(range.lowerBound + index)..<range.upperBound]), into: lowered, at: &used)
    }

    /// `lower` a byte at a time, for bytes beyond ASCII and the end of the text.
    private static func lowerBytes(_ word: UnsafeBufferPointer<UInt8>, into lowered: UnsafeMutableBufferPointer<UInt8>, at used: inout Int) -> Bool {
        var beyondASCII = false
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                // One subtraction tells a capital: bytes below "A" wrap past 26.
                lowered[used] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                index += 1
            } else {
                beyondASCII = true
                if let length = Tokenizer.apostropheLength(word, index, word.count) {  // ’, the only one beyond ASCII
                    lowered[used] = UInt8(ascii: "'")
                    index += length
                } else {
                    lowered[used] = byte
                    index += 1
                }
            }
            used += 1
        }
        return beyondASCII
    }

    /// Lengthens `list` to `count` elements with `filler`, keeping its elements; never shortens it.
    private static func extend<Element>(_ list: inout [Element], to count: Int, with filler: Element) {
        if list.count < count { list.append(contentsOf: repeatElement(filler, count: count - list.count)) }
    }

    // MARK: - Words

    /// The lower-cased bytes of word `index`, lent to `body`.
    @inline(__always)
    private func withBytes<Result>(of index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let word = list[index]
        return lowered.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[Int(word.start)..<Int(word.start + word.count)])) }
    }

    /// Word `index` in lower case, as a string: for the few words a relation keeps (a claim's cue).
    func text(of index: Int) -> String { withBytes(of: index) { String(decoding: $0, as: UTF8.self) } }

    /// Whether word `index` is `literal` (a lower-case word); false past either end of the sentence.
    func word(_ index: Int, is literal: StaticString) -> Bool {
        guard index >= 0, index < list.count, Int(list[index].count) == literal.utf8CodeUnitCount else { return false }
        return loweredBytes(from: Int(list[index].start), equal: literal)
    }

    /// Whether word `index` is in `table`; false past either end of the sentence.
    func word(_ index: Int, isIn table: ByteTable<Bool>) -> Bool {
        guard index >= 0, index < list.count else { return false }
        return withBytes(of: index) { table.value(for: $0) } != nil
    }

    /// Whether word `index` ends with `suffix`.
    func word(_ index: Int, endsWith suffix: StaticString) -> Bool {
        guard index >= 0, index < list.count, Int(list[index].count) >= suffix.utf8CodeUnitCount else { return false }
        return loweredBytes(from: Int(list[index].start + list[index].count) - suffix.utf8CodeUnitCount, equal: suffix)
    }

    /// Whether the lowered bytes from `start` on are `literal`'s (the caller has checked that they
    /// lie within one word). Byte by byte: the literals are a few letters ("ed", "ing", "the"), and
    /// a call of `memcmp` through a slice of the word cost 80 instructions on the hot path of coding.
    @inline(__always)
    private func loweredBytes(from start: Int, equal literal: StaticString) -> Bool {
        literal.withUTF8Buffer { literal in
            lowered.withUnsafeBufferPointer { lowered in
                var offset = 0
                while offset < literal.count {
                    guard lowered[start + offset] == literal[offset] else { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// Whether word `index` counts what follows: digits, or a number word ("killed three
    /// Palestinians", "released two American hostages", "at least 20 Hamas fighters").
    func isQuantity(_ index: Int) -> Bool {
        guard index >= 0, index < list.count else { return false }
        return withBytes(of: index) { $0.first.map(isDigit) ?? false } || word(index, isIn: SentenceWords.quantities)
    }

    /// How many characters word `index` has.
    func characterCount(_ index: Int) -> Int {
        guard list[index].flags.contains(.beyondASCII) else { return Int(list[index].count) }
        return withBytes(of: index) { String(decoding: $0, as: UTF8.self).count }
    }

    /// Whether word `index` starts with a letter and has no capital in the text ("may", not "May";
    /// `lowered` has lost its ASCII capitals, which the `capitalised` flag keeps).
    func isLowerCaseWord(_ index: Int) -> Bool {
        guard !list[index].flags.contains(.capitalised) else { return false }
        guard list[index].flags.contains(.beyondASCII) else {
            return withBytes(of: index) { $0.first.map(isLower) ?? false }
        }
        let word = withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
        return word.first?.isLetter == true && word == word.lowercased()
    }

    func possessiveAfter(_ index: Int) -> Bool { list[index].flags.contains(.possessiveAfter) }
    func hyphenBefore(_ index: Int) -> Bool { list[index].flags.contains(.hyphenBefore) }
    func commaAfter(_ index: Int) -> Bool { list[index].flags.contains(.commaAfter) }
    func quoteBefore(_ index: Int) -> Bool { list[index].flags.contains(.quoteBefore) }
    /// Whether word `index` starts with an ASCII capital in the text.
    func isCapitalised(_ index: Int) -> Bool { list[index].flags.contains(.capitalised) }
    /// Whether a comma or a spaced dash follows word `index`: either may set off an aside ("The
    /// airport – which has handled UN flights – was bombed"), though a dash joins no list (in
    /// "Istanbul, Türkiye – Russia and Ukraine have agreed" Türkiye agreed nothing).
    func pauseAfter(_ index: Int) -> Bool { !list[index].flags.isDisjoint(with: [.commaAfter, .dashAfter]) }

    /// The first word that starts at or after byte `offset`.
    private func firstWord(startingAtOrAfter offset: Int) -> Int? {
        let index = ranges.partitionIndex { $0.lowerBound >= offset }
        return index < ranges.count ? index : nil
    }

    /// The last word that ends at or before byte `offset`.
    private func lastWord(endingAtOrBefore offset: Int) -> Int? {
        let after = ranges.partitionIndex { $0.upperBound > offset }
        return after > 0 ? after - 1 : nil
    }

    /// A capital named as a place, not as its government: "talks in Moscow", "the Damascus strike",
    /// "the Minsk agreements"; but "the authorities in Damascus" are its government, and an
    /// institution is no place before its verb: "The IDF attacked", "the Knesset voted", "the Kremlin
    /// says". What is fired or lashed out at is a target, not a place: "launched drones at Kyiv",
    /// "lashed out at Washington".
    private static func isPlace(form: MentionForm, range: Range<Int>, in view: SentenceView) -> Bool {
        // "talks in the Belarusian capital Minsk", "met in the Syrian city of Aleppo": a people's name on
        // a city says where (but "arrived in the Chinese capital" visits China, an envoy or an embassy
        // there is China's, as below, and "struck a hospital in the Ukrainian city of Kharkiv" strikes Ukraine).
        if form == .demonym, let first = view.firstWord(startingAtOrAfter: range.lowerBound),
           let last = view.lastWord(endingAtOrBefore: range.upperBound), view.word(last + 1, isIn: SentenceView.namedPlaceNouns),
           view.word(first - 1, is: "the"), view.word(first - 2, is: "in")
        {
            // ("its ambassador based in the Ethiopian capital")
            let seated = view.word(first - 3, is: "based") ? first - 4 : first - 3
            guard !view.isSeatOfGovernment(after: first - 2), !view.word(first - 3, isIn: SentenceWords.journeyVerbs),
                  !view.word(first - 3, isIn: SentenceWords.struckSites),
                  !view.word(seated, isIn: SentenceWords.diplomaticMissions), !view.word(seated, isIn: SentenceWords.postedEnvoys)
            else { return false }
            // ("carried out airstrikes in the Syrian capital", "attacked a hotel in the Somali capital": the place struck)
            var position = first - 3
            while position >= 0, first - 3 - position < 6, !view.commaAfter(position) {
                if view.word(position, isIn: SentenceWords.attackNouns) || view.word(position, isIn: SentenceWords.strikingVerbs) { return false }
                position -= 1
            }
            return true
        }
        guard form == .metonym, var first = view.firstWord(startingAtOrAfter: range.lowerBound) else { return false }
        // "demonstrated in the capital Ouagadougou", "fired missiles at the capital Kyiv": read from the
        // preposition as if the name followed it.
        // (Over a people's name too: "talks in the Belarusian capital Minsk".)
        if view.word(first - 1, isIn: SentenceView.namedPlaceNouns) {
            let named = first >= 2 && !view.word(first - 2, is: "the") && !view.isLowerCaseWord(first - 2) ? 1 : 0
            if view.word(first - 2 - named, is: "the"), view.word(first - 3 - named, isIn: SentenceWords.prepositions) { first -= 2 + named }
        }
        if view.word(first - 1, is: "at"), view.word(first - 2, isIn: SentenceWords.projectiles) || view.word(first - 2, isIn: SentenceWords.aimingWords) {
            return false
        }
        // "Macron arrived in Beijing": where a journey ends is the one visited.
        if view.word(first - 1, is: "in"), view.word(first - 2, isIn: SentenceWords.journeyVerbs) { return false }
        // "closed its embassy in Kyiv", "recalled its ambassador in Canberra": a mission's or an envoy's
        // seat names the state that hosts it.
        if view.word(first - 1, is: "in"),
           view.word(first - 2, isIn: SentenceWords.diplomaticMissions) || view.word(first - 2, isIn: SentenceWords.postedEnvoys)
        {
            return false
        }
        if view.word(first - 1, isIn: SentenceWords.placePrepositions) {
            return !view.isSeatOfGovernment(after: first - 1) && !isStruckIn(preposition: first - 1, in: view)
        }
        guard let last = view.lastWord(endingAtOrBefore: range.upperBound), view.word(first - 1, is: "the"),
              last + 1 < view.wordCount
        else { return false }
        let next = last + 1
        // "the Bogota Pact", "the Oslo Accords": a treaty named after where it was made.
        if view.word(next, isIn: SentenceWords.accordNames) { return true }
        // "accused the Port Moresby government of meddling": a capital before its government names it.
        if view.word(next, isIn: SentenceWords.governingBodies) { return false }
        return !view.word(next, isIn: functionWords) && view.isLowerCaseWord(next) && !view.word(next, endsWith: "ed")
            && !view.word(next, isIn: SentenceWords.irregularPasts) && !view.word(next, isIn: SentenceWords.speechVerbs)
    }

    /// Whether the "in" at `preposition` says where something struck is, so that the city after it is
    /// struck: "Russia struck a hospital in Kyiv", "strikes on energy facilities in Kyiv" (not "talks
    /// in Moscow", nor "a hospital in Kyiv said").
    private static func isStruckIn(preposition: Int, in view: SentenceView) -> Bool {
        // ("killed three people near Kharkiv": around a place as in it)
        guard view.word(preposition, is: "in") || view.word(preposition, isIn: SentenceWords.aroundPlaces),
              view.word(preposition - 1, isIn: SentenceWords.struckSites)
        else { return false }
        var position = preposition - 2
        while position >= 0, preposition - 1 - position <= 4, !view.commaAfter(position) {
            if view.word(position, isIn: SentenceWords.strikingVerbs) { return true }
            if view.word(position, is: "on") { return view.word(position - 1, isIn: SentenceWords.attackNouns) }
            position -= 1
        }
        return false
    }

    func mention(at word: Int) -> Int? {
        guard word >= 0, word < list.count, list[word].mention >= 0 else { return nil }
        return Int(list[word].mention)
    }

    func mentionStarting(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].start == word else {
            // allow an article first: "by the Israeli leadership"
            if self.word(word, isIn: SentenceWords.articles), let found = mention(at: word + 1) { return found }
            return nil
        }
        return found
    }

    func mentionEnding(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].end == word else { return nil }
        return found
    }
}
