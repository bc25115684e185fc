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
    private var sentenceMentions: [ActorMention] = []

    var wordCount: Int { list.count }

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
                            for token in tokens {
                                switch token.kind {
                                case .word:
                                    var word = Word(start: Int32(used), count: 0)
                                    if SentenceView.lower(token.range, of: text, into: lowered, at: &used) {
                                        word.flags.insert(.beyondASCII)
                                    }
                                    word.count = Int32(used) - word.start
                                    if previousKind == .hyphen && previousEnd == token.range.lowerBound { word.flags.insert(.hyphenBefore) }
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
                                case .hyphen:
                                    break
                                }
                                previousKind = token.kind
                                previousEnd = token.range.upperBound
                            }
                        }
                    }
                }
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
        if hyphenBefore(first), word(first - 1, isIn: attitudePrefixes) { return true }
        return last + 1 < wordCount && hyphenBefore(last + 1) && word(last + 1, isIn: originParticiples)
    }

    /// The actor of the placed mention `placed` (an index into `mentions`).
    func actor(of placed: Int) -> ActorID { sentenceMentions[mentions[placed].mention].actor }

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

    /// Whether word `index` is `literal` (a lower-case word); false past either end of the sentence.
    func word(_ index: Int, is literal: StaticString) -> Bool {
        guard index >= 0, index < list.count, Int(list[index].count) == literal.utf8CodeUnitCount else { return false }
        return withBytes(of: index) { bytes in
            literal.withUTF8Buffer { literal in bytes.elementsEqual(literal) }
        }
    }

    /// Whether word `index` is in `table`; false past either end of the sentence.
    func word(_ index: Int, isIn table: ByteTable<Bool>) -> Bool {
        guard index >= 0, index < list.count else { return false }
        return withBytes(of: index) { table.value(for: $0) } != nil
    }

    /// Whether word `index` ends with `suffix`.
    func word(_ index: Int, endsWith suffix: StaticString) -> Bool {
        guard index >= 0, index < list.count, Int(list[index].count) >= suffix.utf8CodeUnitCount else { return false }
        return withBytes(of: index) { bytes in
            suffix.withUTF8Buffer { suffix in bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) }
        }
    }

    /// Whether word `index` counts what follows: digits, or a number word ("killed three
    /// Palestinians", "released two American hostages", "at least 20 Hamas fighters").
    func isQuantity(_ index: Int) -> Bool {
        guard index >= 0, index < list.count else { return false }
        return withBytes(of: index) { $0.first.map(isDigit) ?? false } || word(index, isIn: quantities)
    }

    /// How many characters word `index` has.
    private func characterCount(_ index: Int) -> Int {
        guard list[index].flags.contains(.beyondASCII) else { return Int(list[index].count) }
        return withBytes(of: index) { String(decoding: $0, as: UTF8.self).count }
    }

    /// Whether word `index` starts with a letter and has no capital left after lowering ASCII.
    private func isLowerCaseWord(_ index: Int) -> Bool {
        guard list[index].flags.contains(.beyondASCII) else {
            return withBytes(of: index) { $0.first.map(isLower) ?? false }
        }
        let word = withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
        return word.first?.isLetter == true && word == word.lowercased()
    }

    func possessiveAfter(_ index: Int) -> Bool { list[index].flags.contains(.possessiveAfter) }
    func hyphenBefore(_ index: Int) -> Bool { list[index].flags.contains(.hyphenBefore) }
    func commaAfter(_ index: Int) -> Bool { list[index].flags.contains(.commaAfter) }

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

    /// A capital named as a place, not as its government: "talks in Moscow", "the Damascus strike".
    private static func isPlace(form: MentionForm, range: Range<Int>, in view: SentenceView) -> Bool {
        guard form == .metonym, let first = view.firstWord(startingAtOrAfter: range.lowerBound) else { return false }
        if view.word(first - 1, isIn: placePrepositions) { return true }
        guard let last = view.lastWord(endingAtOrBefore: range.upperBound), view.word(first - 1, is: "the"),
              last + 1 < view.wordCount
        else { return false }
        return !view.word(last + 1, isIn: functionWords) && view.isLowerCaseWord(last + 1)
    }

    func mention(at word: Int) -> Int? {
        guard word >= 0, word < list.count, list[word].mention >= 0 else { return nil }
        return Int(list[word].mention)
    }

    func mentionStarting(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].start == word else {
            // allow an article first: "by the Israeli leadership"
            if self.word(word, isIn: articles), let found = mention(at: word + 1) { return found }
            return nil
        }
        return found
    }

    func mentionEnding(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].end == word else { return nil }
        return found
    }

    /// Whether the mention starting at word `start` opens a clause: "that Ukraine", "that the U.S.".
    private func opensClause(at start: Int) -> Bool {
        start > 0 && (word(start - 1, is: "that") || start > 1 && word(start - 2, is: "that") && word(start - 1, is: "the"))
    }

    /// The closest mention ending before `word`, skipping those in `excluding` unless a clause starts
    /// with them ("alleged that Ukraine had provided": Ukraine is the object of one verb and the subject of the next).
    func nearestMention(before word: Int, excluding: MentionSet, within window: Int = 40) -> Int? {
        var position = word - 1
        while position >= 0, word - position <= window {
            if let found = mention(at: position) {
                if !excluding.contains(found) || opensClause(at: mentions[found].start) { return found }
            }
            position -= 1
        }
        return nil
    }

    /// The subject of a verb at `word`: the closest actor before it that is not the object of an earlier
    /// cue or of a preposition ("Iran's mission to the United Nations warned": Iran), without crossing
    /// into a clause of its own ("complained that Western members blocked": no actor subject).
    func subject(before word: Int, excluding: MentionSet) -> Int? {
        // An aside or a relative clause names its actor whatever part that actor took in it.
        if let head = describedActor(before: word) { return head }
        var position = word - 1
        var fallback: Int? = nil
        while position >= 0, word - position <= 40 {
            if let found = mention(at: position) {
                let start = mentions[found].start
                if opensClause(at: start) { return found }
                if !excluding.contains(found) {
                    if !isPrepositionalObject(found) { return found }
                    fallback = fallback ?? found
                }
                position = start - 1
                continue
            }
            if self.word(position, isIn: boundaries) { return fallback }
            position -= 1
        }
        return fallback
    }

    /// The actor that an aside or a relative clause just before the verb at `word` describes, which
    /// is the verb's subject (adverbs and auxiliaries may stand between):
    /// - an aside between commas: in "Russia, backed by Iran, attacked Ukraine" Russia attacked, not
    ///   Iran. An aside opens with a participle, an adverb, a relative pronoun or the first word of a
    ///   noun phrase ("Israel, a close ally of the United States, struck"), or ends with a verb of
    ///   saying ("Israel, officials said, struck"); one that is an actor alone is a list ("Russia, the
    ///   United States, and China");
    /// - a relative pronoun: "Hamas, which attacked", "the Houthis, who have since threatened".
    func describedActor(before word: Int) -> Int? {
        var before = word - 1
        // The word before the verb is tested first for what ends an aside or opens a relative
        // clause, which costs no look-up; only an auxiliary or an adverb sends the search further.
        while before > 0 {
            if commaAfter(before) {
                return commaBefore(before).flatMap { asideHead(opening: $0, closing: before) }
            }
            if self.word(before, is: "which") || self.word(before, is: "who") { return mentionEnding(at: before - 1) }
            guard mention(at: before) == nil, isAuxiliaryOrAdverb(before) else { return nil }
            before -= 1
        }
        return nil
    }

    /// The actor described by the aside that holds words `start...end`, such as a noun cue in
    /// "Qatar, long a patron of Hamas, criticized Israel" (Qatar is the patron).
    func asideHead(around start: Int, _ end: Int) -> Int? {
        guard let open = commaBefore(start), mentionEnding(at: open) != nil else { return nil }
        var close = end
        while close < wordCount, close - open <= SentenceView.longestAside, !commaAfter(close) { close += 1 }
        guard close < wordCount, commaAfter(close) else { return nil }
        return asideHead(opening: open, closing: close)
    }

    /// The actor that ends at word `open` when the words after it, to word `close`, read as an aside.
    private func asideHead(opening open: Int, closing close: Int) -> Int? {
        // The object of a preposition ends a phrase, not a subject: in "In a statement released by the
        // Kremlin, the two leaders pledged", what follows the comma is the sentence, not an aside.
        guard let head = mentionEnding(at: open), !isPrepositionalObject(head) else { return nil }
        let first = open + 1
        let opener = mention(at: first)
        // "Turkey, Iran's neighbour, condemned": a possessive opens a noun phrase too;
        // "Israel, officials said, struck": an attribution is an aside whatever opens it.
        let opens = opener.map { possessiveAfter(mentions[$0].end) } ?? (self.word(first, endsWith: "ed") || self.word(first, endsWith: "ly"))
        guard opens || self.word(close, isIn: speechVerbs) || self.word(first, isIn: asideOpeners) || self.word(first, isIn: participles)
        else { return nil }
        let lone = opener ?? (self.word(first, isIn: articles) ? mention(at: first + 1) : nil)
        if let lone, mentions[lone].end == close { return nil }
        return head
    }

    /// The nearest word before `word`, at most `longestAside` words back, that a comma follows: where
    /// an aside that reaches `word` would open.
    private func commaBefore(_ word: Int) -> Int? {
        var open = word - 1
        while open >= 0, word - open <= SentenceView.longestAside, !commaAfter(open) { open -= 1 }
        return open >= 0 && commaAfter(open) ? open : nil
    }

    /// Words an aside may run to; a longer stretch between commas is more likely two clauses.
    static let longestAside = 24

    /// The nearest actor before `word` in its clause (no comma or relative pronoun between), other than those in
    /// `excluding` and the objects of prepositions: the subject of the verb a noun cue follows
    /// ("..., and Israel responded with airstrikes on Lebanon").
    func nearestInClause(before word: Int, excluding: MentionSet, within window: Int = 12) -> Int? {
        var position = word - 1
        while position >= 0, word - position <= window, !commaAfter(position), !self.word(position, isIn: relativePronouns) {
            if let found = mention(at: position) {
                if !excluding.contains(found), !isPrepositionalObject(found) { return found }
                position = mentions[found].start
            }
            position -= 1
        }
        return nil
    }

    /// The last word of an opening adverbial phrase built on a participle, the word a comma follows:
    /// "After meeting Putin in Moscow," "While visiting Kenya and Tanzania last week,". Its verbs'
    /// subject is the sentence's, after the comma. Nil when the sentence opens otherwise.
    func openingPhraseEnd() -> Int? {
        guard wordCount > 2, word(0, isIn: participleOpeners), mention(at: 0) == nil else { return nil }
        var position = 1
        var participle = false
        while position < wordCount, position <= SentenceView.longestAside {
            participle = participle || word(position, endsWith: "ing") && characterCount(position) > 4
            if commaAfter(position) { return participle ? position : nil }
            position += 1
        }
        return nil
    }

    /// The actor a relative clause whose subject is `placed` has for its object: in "Hamas, which
    /// Israel attacked," Israel attacked Hamas.
    func relativeObject(of placed: Int) -> Int? {
        let start = mentions[placed].start
        // "which, she said, continues to reject": a comma after the pronoun opens an aside, not its subject.
        guard start > 1, word(start - 1, is: "which") || word(start - 1, is: "whom"), !commaAfter(start - 1) else { return nil }
        return mentionEnding(at: start - 2)
    }

    func isPreposition(_ index: Int) -> Bool { word(index, isIn: prepositions) }

    func isPrepositionalObject(_ placed: Int) -> Bool {
        var before = mentions[placed].start - 1
        if before >= 0, word(before, isIn: regionWordTable) { before -= 1 }  // "from southern Lebanon"
        if before >= 0, word(before, is: "the") { before -= 1 }
        guard before >= 0 else { return false }
        return word(before, isIn: prepositions)
    }

    /// Whether a verb cue at `word` reads as a noun here: "seeks supplies", "the attack", "its support";
    /// or as an adjective: a past participle after a preposition ("Americans in occupied Kuwait").
    func readsAsNoun(_ word: Int) -> Bool {
        guard word > 0 else { return false }
        let previous = word - 1
        if self.word(word, endsWith: "ed"), self.word(previous, isIn: prepositions), !self.word(previous, is: "to") { return true }
        // "and newly trained Palestinian police": an adverb and a participle after a function word qualify a noun.
        if self.word(word, endsWith: "ed"), self.word(previous, endsWith: "ly"), word > 1,
           self.word(word - 2, isIn: SentenceView.functionWords), !isAuxiliaryOrAdverb(word - 2), !self.word(word - 2, isIn: formsOfBe)
        {
            return true
        }
        let plural = self.word(word, endsWith: "s")
        // "while host Indonesia expressed": a title before a name, not a verb with its object
        if self.word(word, is: "host"), mention(at: word + 1) != nil, mention(at: previous) == nil, !isAuxiliaryOrAdverb(previous),
           !self.word(previous, is: "to"), !self.word(previous, isIn: formsOfBe)
        {
            return true
        }
        // "cited earlier attacks": what a verb of telling names is a thing
        if plural, followsVerbOfTelling(word) { return true }
        // "defensive strikes", "military supplies": an adjective before a plural makes it a noun.
        if plural, adjectiveEndings.contains(where: { self.word(previous, endsWith: $0) }), mention(at: previous) == nil {
            return true
        }
        // "a fierce attack", but "the government attacked": a verb in the past after a noun is that noun's act
        if word > 1, self.word(word - 2, isIn: determiners), mention(at: previous) == nil, !self.word(word, endsWith: "ed") { return true }
        // "two terrorist bomb attacks": a number before a plural counts things.
        if plural, (max(0, word - 3)..<word).contains(where: { self.word($0, isIn: numerals) }) { return true }
        return self.word(previous, isIn: nounContext) && plural || self.word(previous, isIn: determiners)
    }

    /// The first mention starting after `word` within `window` words, other than one of `actor`.
    func nextMention(after word: Int, within window: Int, skipping actor: ActorID? = nil) -> Int? {
        var position = word + 1
        while position < wordCount, position - word <= window {
            if let found = mention(at: position), sentenceMentions[mentions[found].mention].actor != actor { return found }
            position += 1
        }
        return nil
    }

    /// The object of a cue ending at `word`: an actor reached over nothing but articles, prepositions
    /// and adverbs ("condemned the strikes" has no actor object; "condemned Hamas", "launched strikes on
    /// Israel" as a cue, "accused Washington" do). `that` is crossed only where `allowingThat`.
    /// With `dative`, a thing given may stand first: "provided Western-supplied weapons to Hamas".
    func object(after word: Int, skipping actor: ActorID? = nil, allowingThat: Bool = false, dative: Bool = false,
                placesAreWhere: Bool = false) -> Int? {
        // "With Kuwait now annexed, Iraq has": a comma right after the cue ends its phrase.
        if word >= 0, word < wordCount, commaAfter(word), !allowingThat { return nil }
        var position = word + 1
        while position < wordCount, position - word <= 6 {
            if let found = mention(at: position) {
                let end = mentions[found].end
                // "struck Iranian-backed militias": the backer is not what was struck; what it backs may be.
                if end + 1 < wordCount, hyphenBefore(end + 1), self.word(end + 1, isIn: backingParticiples) {
                    position = end + 2
                    continue
                }
                // "agreed to meet again in Venezuela": where a meeting is held is no one met
                let introducer = position > 1 && self.word(position - 1, is: "the") ? position - 2 : position - 1
                let place = placesAreWhere && self.word(introducer, isIn: placePrepositions)
                if !place, sentenceMentions[mentions[found].mention].actor != actor { return found }
                position = end + 1
                continue
            }
            let crossable = self.word(position, isIn: SentenceView.objectIntroducers)
                || self.word(position, endsWith: "ly") && characterCount(position) > 4
                || isQuantity(position)
                || allowingThat && self.word(position, is: "that")
                // "criticized the position of the United States": what an actor holds or does stands for it.
                // "captured the headquarters of the Sudanese armed forces": a part of an actor stands for it too.
                || (self.word(position, isIn: conductNouns) || self.word(position, isIn: partNouns)) && self.word(position + 1, is: "of")
            // Only an aside between commas is crossed: "charged the inspectors with verifying that Iraq" accuses no one of Iraq's acts.
            if !crossable, allowingThat, let that = (position..<min(wordCount, position + 8)).first(where: { self.word($0, is: "that") }),
               hasComma(from: word, to: that)
            {
                // "alleged, without evidence, that Belarus ...": the claim's subject after an aside
                return object(after: that, skipping: actor)
            }
            if !crossable {
                guard dative else { return nil }
                // the thing given, then "to" and the one who receives it
                var ahead = position
                while ahead < wordCount, ahead - position < 6, !self.word(ahead, is: "to"), mention(at: ahead) == nil, !commaAfter(ahead) { ahead += 1 }
                guard ahead < wordCount, self.word(ahead, is: "to") else { return nil }
                return object(after: ahead, skipping: actor)
            }
            if commaAfter(position), !allowingThat { return nil }
            position += 1
        }
        return nil
    }

    /// The parties of the first "between X and Y" after `word`, within the clause.
    func parties(after word: Int) -> [Int] {
        var position = word + 1
        while position < wordCount, position - word <= 10 {
            if self.word(position, is: "between"), let first = object(after: position) {
                return [first] + coordinated(after: first)
            }
            if commaAfter(position) { break }
            position += 1
        }
        return []
    }

    /// Words after "back" that make it an adverb of direction ("fly back to Cuba", "pushed back against").
    static let directionWords: ByteTable<Bool> = ["to", "from", "against", "home", "into", "in", "on", "off", "down", "away", "out", "up"]

    static let objectIntroducers = ByteTable<Bool>(words: [
        "the", "a", "an", "both", "all", "its", "their", "his", "her", "fellow", "neighbouring", "neighboring", "rival",
        "with", "to", "on", "against", "at", "for", "from", "in", "into", "over", "upon", "toward", "towards", "about", "of",
        "also", "again", "further", "once", "twice", "even", "still",
        // when, between a verb and its object: "met on Tuesday with Putin", "held talks today with"
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "overnight", "morning", "afternoon", "evening", "night", "later", "earlier",
        // a title before a name: "talks with President Recep Tayyip Erdogan"
        "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "chancellor", "king", "queen", "emir",
        "crown", "prince", "sheikh", "leader", "envoy", "ambassador", "counterpart", "supreme", "vice", "deputy",
    ] + regionWords)

    /// Words that start a new clause or join a second verb, after which a verb has a subject of its own.
    static let clauseJoiners: ByteTable<Bool> = ["and", "but", "or", "that", "which", "who", "while", "as", "then"]

    /// Where in a country: "fired rockets at northern Israel", "withdraw from southern Lebanon".
    static let regionWords: [String] = [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "occupied",
    ]

    /// The actor named after a comma that closes a short noun phrase starting after `word`
    /// ("Israel's long-standing ally, the United States"): nil when no comma comes within four words.
    func appositive(after word: Int) -> Int? {
        var position = word + 1
        while position < wordCount, position - word <= 4, mention(at: position) == nil {
            if commaAfter(position) { return mentionStarting(at: position + 1) }
            position += 1
        }
        return nil
    }

    /// The first mention after the next comma that follows `word` ("With a dependence on Iran ..., Russia finds").
    func nextMention(afterComma word: Int) -> Int? {
        guard let comma = (word..<wordCount).first(where: { commaAfter($0) }) else { return nil }
        return nextMention(after: comma, within: 3)
    }

    /// The possessor of a noun starting at `word`: `Russia's [military] alliance`, `its [ongoing] war`,
    /// or a name used as a modifier (`Hamas attack`, `the Russian response`).
    func possessor(before word: Int) -> Int? {
        let adjectives = 3
        var position = word - 1
        var skipped = 0
        while position >= 0, skipped <= adjectives {
            if let found = mention(at: position), mentions[found].end == position {
                let pronoun = self.word(position, is: "its") || self.word(position, is: "their")
                if possessiveAfter(position) || pronoun || skipped <= 1 { return found }
                return nil
            }
            if self.word(position, isIn: SentenceView.functionWords) || commaAfter(position) { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    /// Actors joined to `mention` by `and` / `or` / a comma after it (`both Hamas and Israel`).
    func coordinated(after placed: Int) -> [Int] {
        var result: [Int] = []
        var current = placed
        while true {
            let next = mentions[current].end + 1
            guard next < wordCount else { break }
            let conjunction = word(next, is: "and") || word(next, is: "or")
            let joiner = conjunction || commaAfter(mentions[current].end)
            let start = conjunction ? next + 1 : next
            guard joiner, let found = mentionStarting(at: start)
                ?? mentionStarting(at: start + 1).flatMap({ word(start, is: "both") || word(start, is: "the") ? $0 : nil })
            else { break }
            // "Israel's alliance with the U.S. and Russia's alliance with Iran": a possessive starts a new phrase.
            if possessiveAfter(mentions[found].end) { break }
            result.append(found)
            current = found
        }
        return result
    }

    /// The second party of "between X and Y" when X's phrase runs on past its name: the actor
    /// after "and" that follows X's possessed noun ("between Sudan's army and the paramilitary
    /// Rapid Support Forces"), with at most three words on either side of "and".
    func secondParty(after placed: Int) -> Int? {
        let first = mentions[placed].end
        var and = first + 1
        while and < wordCount, and - first <= 4, mention(at: and) == nil, !commaAfter(and - 1), !self.word(and, is: "and") { and += 1 }
        guard and < wordCount, self.word(and, is: "and") else { return nil }
        var position = and + 1
        while position < wordCount, position - and <= 3 {
            if let found = mention(at: position) { return mentions[found].start == position ? found : nil }
            position += 1
        }
        return nil
    }

    /// Actors listed before `mention`: `Russia and China vetoed`, `the U.S., France and Britain condemned`.
    func coordinated(before placed: Int) -> [Int] {
        var result: [Int] = []
        var start = mentions[placed].start
        var conjoined = false
        // A list may open the sentence: "Russia, Iran and China" has Russia at word 0.
        while start >= 1 {
            let joined: Int?
            if start >= 2, word(start - 1, is: "and") || word(start - 1, is: "or") {
                joined = mentionEnding(at: start - 2)
                conjoined = true
            } else if commaAfter(start - 1), let found = mentionEnding(at: start - 1), conjoined || !isPrepositionalObject(found) {
                // "Following talks with Iran, Russia signed": a phrase's object before a comma is no
                // list, unless a conjunction made one ("the leaders of the U.S., France and Britain").
                joined = found
            } else {
                joined = nil
            }
            guard let found = joined else { break }
            result.insert(found, at: 0)
            start = mentions[found].start
        }
        return result
    }

    /// Whether a verb in the past follows word `word`, over auxiliaries and adverbs: "Israel
    /// responded", "Israel later struck".
    func pastVerbFollows(_ word: Int) -> Bool {
        let position = verbAfter(word)
        guard position < wordCount, mention(at: position) == nil, characterCount(position) > 4 || self.word(position, isIn: participles) else { return false }
        return self.word(position, endsWith: "ed") || self.word(position, isIn: participles)
    }

    /// Where the verb after word `word` would stand: past up to three auxiliaries and adverbs
    /// ("Israel later struck"); `wordCount` past the end.
    func verbAfter(_ word: Int) -> Int {
        var position = word + 1
        while position < wordCount, position - word <= 3, isAuxiliaryOrAdverb(position) { position += 1 }
        return position
    }

    /// Whether word `word` is an auxiliary ("has", "will") or an adverb in -ly, which may stand between a subject and its verb.
    func isAuxiliaryOrAdverb(_ word: Int) -> Bool {
        self.word(word, isIn: auxiliaries) || self.word(word, endsWith: "ly")
    }

    /// Whether the verb at `word` continues an earlier one: "... and has since alleged", "but warned".
    func continuesPreviousVerb(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, isAuxiliaryOrAdverb(position) { position -= 1 }
        return position >= 0 && (self.word(position, is: "and") || self.word(position, is: "but"))
    }

    /// Whether a relative pronoun between `start` and `end` opens a clause about someone else ("five
    /// Iraqis who were questioned in connection with the bombing of ...").
    func hasRelativeClause(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { word($0, isIn: relativePronouns) }
    }

    /// The last word of the clause that runs on after word `word`: the next word a comma follows, or the sentence's last.
    func clauseEnd(after word: Int) -> Int {
        var position = word
        while position < wordCount - 1, !commaAfter(position) { position += 1 }
        return position
    }

    /// Whether "that" opens a clause with an actor of its own between `start` and `end` ("expressed
    /// confidence that E.U. leaders will agree on aid"); in "have said that the attacks are a show of
    /// support" the clause names no one, and the sayer stays the one who acts.
    func hasThatClause(from start: Int, to end: Int) -> Bool {
        guard start < end, let that = (start..<end).last(where: { word($0, is: "that") }) else { return false }
        return (that + 1..<end).contains { mention(at: $0) != nil }
    }

    /// Whether the noun at `word` is what a verb of telling or knowing just before it is about, over
    /// up to two determiners and adjectives: "cited earlier attacks", "recalled the war".
    func followsVerbOfTelling(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, word - position <= 3, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, isIn: tellingVerbs) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the word at `word` is a verb whose "to" sets about what follows: "decided to recall",
    /// "moved to break off", "began to shell", "voted to impose".
    func enacts(_ word: Int) -> Bool {
        var position = word
        while position >= 0, word - position < 2, self.word(position, endsWith: "ly") { position -= 1 }  // "quickly moved to"
        return self.word(position, isIn: enactingVerbs)
    }

    /// Whether "by" and an actor follow the verb that ends at `end`: its agent ("was attacked by Russia").
    func namesAgent(after end: Int) -> Bool { word(end + 1, is: "by") && mentionStarting(at: end + 2) != nil }

    /// The proposal noun whose infinitive holds the cue at `word`: "decision" in "the Council's
    /// decision to start accession talks with", "plan" in "Hamas's plan to hold talks with" (up to
    /// three words between "to" and the cue).
    func proposalGoverning(_ word: Int) -> Int? {
        var position = word - 1
        while position > 0, word - position <= 4, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, is: "to") {
                return self.word(position - 1, isIn: proposalNouns) ? position - 1 : nil
            }
            position -= 1
        }
        return nil
    }

    /// Whether the word at `word` names something received that is no supply: an answer, a call, a visit.
    func isReceivedWord(_ word: Int) -> Bool { self.word(word, isIn: receivedWords) }

    func hasComma(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { commaAfter($0) }
    }

    /// Whether the verb at `word` is passive: a past participle with a form of "be" just before it
    /// (adverbs allowed). "is withdrawing" is not passive; "was attacked", "were killed" are.
    func isPassive(start word: Int) -> Bool {
        guard self.word(word, endsWith: "ed") || self.word(word, endsWith: "en") || self.word(word, isIn: participles) else { return false }
        var position = word - 1
        var skipped = 0
        while position >= 0, skipped < 3 {
            if self.word(position, isIn: formsOfBe) { return true }
            if !self.word(position, endsWith: "ly") { return false }
            skipped += 1
            position -= 1
        }
        return false
    }

    /// The actor a verb at `word` with its agent after "by" was done to, or nil when that is no actor:
    /// - right after a noun, the participle qualifies it: "Hamas backed by Iran" (Hamas), but "an
    ///   effort backed by Russia" (an effort, no actor);
    /// - in a relative clause, the one the clause describes: "Hamas, which Israel says is backed by
    ///   Iran" (Hamas), but "an attack that it said was backed by Islamabad" (an attack);
    /// - otherwise the clause's subject: "Ukraine was attacked by Russia".
    func passivePatient(ofVerbAt word: Int) -> Int? {
        let isPassive = isPassive(start: word)
        if !isPassive, word > 0, !self.word(word, endsWith: "ing"), !commaAfter(word - 1), !isAuxiliaryOrAdverb(word - 1) {
            // "Iraqi militias backed by Iran": the noun's modifier stands for it, unless the noun is an idea.
            let noun = word - 1
            if let named = mentionEnding(at: noun) { return named }
            guard !self.word(noun, isIn: proposalNouns), !self.word(noun, isIn: SentenceView.functionWords) else { return nil }
            return mentionEnding(at: noun - 1)
        }
        if isPassive, let pronoun = relativePronoun(before: word) {
            return mentionEnding(at: pronoun - 1)
        }
        return subject(before: word, excluding: []) ?? nearestMention(before: word, excluding: [])
    }

    /// The relative pronoun that opens the clause holding word `word`, within a dozen words and not
    /// across a comma: "who", "which", or "that" after anything but a verb of saying or knowing
    /// ("said that" opens a clause of its own, not one about the word before it).
    private func relativePronoun(before word: Int) -> Int? {
        var position = word - 1
        while position > 0, word - position <= 12, !commaAfter(position) {
            if self.word(position, isIn: relativePronouns) { return position }
            if self.word(position, is: "that") {
                let before = position - 1
                let opensReport = self.word(before, isIn: reportingVerbs) || self.word(before, endsWith: "ed") && mention(at: before) == nil
                return opensReport ? nil : position
            }
            position -= 1
        }
        return nil
    }

    /// Whether the mention `placed` only qualifies a proposal or a stance after it ("supported the
    /// Malaysian proposal", "backed Egypt's peace plan"): what is supported is the idea.
    func qualifiesProposal(_ placed: Int) -> Bool {
        let next = mentions[placed].end + 1
        return word(next, isIn: proposalNouns) || word(next, isIn: proposalModifiers) && word(next + 1, isIn: proposalNouns)
    }

    /// Whether a relative pronoun is the subject of the verb at `word`, adverbs and auxiliaries
    /// between: "groups that stage attacks", "Hamas, which has fired".
    func followsRelativePronoun(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, isAuxiliaryOrAdverb(position) { position -= 1 }
        return position >= 0 && (self.word(position, is: "that") || self.word(position, isIn: relativePronouns))
    }

    /// The actor a quotation or report is attributed to: the one next to `said`, `added`, `told` ...
    func speaker() -> Int? {
        for position in 0..<wordCount where word(position, isIn: speechVerbs) {
            if let before = mention(at: position - 1) ?? mention(at: position - 2) { return before }
            if let after = mention(at: position + 1) ?? mention(at: position + 2) { return after }
        }
        return nil
    }

    /// Words that end a noun phrase when looking back for a possessor.
    static let functionWords: ByteTable<Bool> = [
        "the", "a", "an", "and", "or", "of", "with", "to", "for", "in", "on", "by", "from", "that", "which", "who", "while",
        "as", "at", "but", "than", "into", "over", "after", "before", "is", "are", "was", "were", "has", "have", "had",
        "be", "been", "also", "not", "its", "their", "his", "her", "said", "says",
    ]
}

// Word lists the functions above test against, built once rather than on every call.
private let relativePronouns: ByteTable<Bool> = ["who", "which", "whom", "whose"]
private let boundaries: ByteTable<Bool> = ["that", "which", "who", "whom", "because", "if", "whether", "although", "though"]
private let nounContext: ByteTable<Bool> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "for", "of", "and", "with", "seeks", "sought", "seek", "wants", "needs",
    "receives", "received", "new", "more", "military", "further", "any", "no", "such", "this", "that", "these", "those",
    // verbs whose object is a plural noun of the cue lexicon: "continues to reject calls for", "ignored appeals"
    "reject", "rejects", "rejected", "rejecting", "ignore", "ignores", "ignored", "heed", "heeded", "echo", "echoed", "renew",
    "renewed", "repeated", "resisted", "dismissed", "welcomed",
]
private let auxiliaries: ByteTable<Bool> = [
    "has", "have", "had", "also", "since", "then", "later", "would", "will", "did", "is", "was", "are", "were", "been", "be",
]
private let participles: ByteTable<Bool> = ["met", "held", "sent", "given", "struck", "fought", "sought", "taken", "led", "made", "kept", "won", "cut", "hit", "shot", "told", "bought", "sold", "brought", "frozen", "broken", "paid", "seen"]
/// First words of an aside that are neither participles nor adverbs: relative pronouns, and the
/// words that open a noun phrase in apposition ("Israel, a close ally of", "Qatar, long a patron of").
private let asideOpeners: ByteTable<Bool> = [
    "which", "who", "whose", "whom", "a", "an", "the", "its", "their", "his", "her", "long", "once", "already", "still",
    "now", "itself", "himself", "herself", "themselves", "known", "home", "both", "each", "like", "unlike", "despite",
]
/// Words that open an adverbial phrase whose participle takes the sentence's subject ("After meeting").
private let participleOpeners: ByteTable<Bool> = ["after", "before", "while", "when", "since", "upon", "on", "following", "despite", "by", "without", "in"]
/// Participles after a hyphen that make the actor before them a backer ("Iran-backed", "Saudi-led").
private let backingParticiples: ByteTable<Bool> = ["backed", "supported", "funded", "armed", "sponsored", "aligned", "allied", "financed", "supplied", "led"]
/// Prefixes that make an actor's name an attitude toward it ("pro-Kremlin", "anti-American").
private let attitudePrefixes: ByteTable<Bool> = ["pro", "anti", "non"]
/// Participles that make an actor's name a place of origin ("Iranian-made", "U.S.-based"), unlike
/// those of acting ("Iran-backed"), which the cue lexicon reads.
private let originParticiples: ByteTable<Bool> = ["made", "built", "based", "born", "owned", "registered", "flagged", "listed", "style", "educated", "designed", "manufactured"]
private let formsOfBe: ByteTable<Bool> = ["is", "are", "was", "were", "be", "been", "being"]
private let speechVerbs: ByteTable<Bool> = ["said", "says", "added", "stated", "told"]
/// Verbs whose "that" opens what is said or known, not a relative clause.
private let reportingVerbs: ByteTable<Bool> = [
    "said", "says", "say", "told", "tell", "tells", "claim", "claims", "believe", "believes", "know", "knows", "knew",
    "think", "thinks", "thought", "insist", "insists", "warn", "warns", "argue", "argues", "show", "shows", "showed", "shown",
    "found", "find", "finds", "suggest", "suggests", "deny", "denies", "denied", "fear", "fears", "hope", "hopes", "so", "such", "now",
]
private let proposalNouns: ByteTable<Bool> = [
    "proposal", "proposals", "plan", "plans", "initiative", "initiatives", "idea", "ideas", "bid", "call", "calls", "resolution",
    "position", "stance", "decision", "move", "effort", "efforts", "candidacy", "request", "offer", "draft", "roadmap",
    "framework", "vision", "approach", "policy", "policies", "agenda", "push",
]
private let conductNouns: ByteTable<Bool> = [
    "position", "stance", "policy", "policies", "action", "actions", "decision", "conduct", "behavior", "behaviour", "remarks",
    "statement", "comments", "role", "approach", "response", "treatment", "handling", "proposal", "plan",
]
/// Parts and people of an actor: "the headquarters of", "members of", "the president of".
private let partNouns: ByteTable<Bool> = [
    "headquarters", "positions", "position", "bases", "base", "territory", "forces", "troops", "soldiers", "fighters", "members",
    "leaders", "leader", "leadership", "officials", "embassy", "consulate", "capital", "army", "government", "ministry",
    "president", "units", "vessels", "ships", "infrastructure", "facilities", "representatives", "delegation", "envoy",
    "ambassador", "spokesman", "spokesperson", "minister", "citizens", "nationals", "commanders", "commander",
]
/// Verbs whose object is something told, known or remembered, not done by their subject.
private let tellingVerbs: ByteTable<Bool> = [
    "cited", "cites", "cite", "citing", "recalled", "recalls", "recalling", "mentioned", "mentions", "noted", "notes", "described",
    "describes", "reported", "reports", "investigated", "investigates", "investigating", "documented", "mourned", "commemorated",
    "marked", "marks", "remembered", "discussed", "discusses", "discussing", "feared", "fears", "blamed", "denied", "denies",
]
private let receivedWords: ByteTable<Bool> = [
    "response", "reply", "answer", "message", "messages", "letter", "invitation", "assurance", "assurances", "request", "offer",
    "proposal", "approval", "praise", "congratulations", "condolences", "warning", "warnings", "threat", "threats", "criticism",
    "signal", "signals", "word", "news", "briefing", "visit", "visits", "call", "calls", "delegation", "envoy", "apology",
]
private let enactingVerbs: ByteTable<Bool> = [
    "decided", "decides", "moved", "moves", "voted", "votes", "began", "begins", "started", "starts", "continued", "continues",
    "proceeded", "chose", "opted", "resolved", "went", "rushed", "hastened", "managed",
]
private let proposalModifiers: ByteTable<Bool> = ["peace", "ceasefire", "truce", "draft", "new", "latest", "recent", "mediation", "diplomatic"]
private let placePrepositions: ByteTable<Bool> = ["in", "at", "near", "outside", "around"]
private let articles: ByteTable<Bool> = ["the", "a", "an"]
private let determiners: ByteTable<Bool> = ["a", "an", "the", "its", "their", "his", "our"]
/// Words of a quantity an object may stand after ("at least three", "dozens of").
private let quantities: ByteTable<Bool> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
    "fifty", "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "several", "many", "least", "more", "than",
    "some", "about", "nearly", "around", "almost",
]
/// Words that count what follows them: a plural after one is a noun ("two attacks").
private let numerals: ByteTable<Bool> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                                         "multiple", "numerous", "dozens", "hundreds", "thousands", "both", "these", "those"]
private let regionWordTable = ByteTable<Bool>(words: SentenceView.regionWords)
private let prepositions: ByteTable<Bool> = [
    "to", "of", "with", "for", "in", "at", "from", "on", "by", "against", "including", "between", "into", "near", "across",
    "inside", "outside", "around", "toward", "towards", "through", "along", "off", "beyond", "within",
]
/// Endings of adjectives that make the plural after them a noun (`defensive strikes`).
private let adjectiveEndings: [StaticString] = ["ive", "al", "ic", "ary", "ous", "ful", "ian", "ese", "ish", "ed"]

/// Mentions of one sentence, by index: bits for the first 64, a set beyond (a sentence rarely names
/// more). The coder marks objects and suppliers as it goes, and a `Set<Int>` cost an allocation and
/// 700 instructions an insert.
struct MentionSet: ExpressibleByArrayLiteral {
    private var first64: UInt64 = 0
    private var beyond: Set<Int> = []

    init() {}

    init(arrayLiteral mentions: Int...) {
        for mention in mentions { insert(mention) }
    }

    mutating func insert(_ mention: Int) {
        if mention < 64 { first64 |= 1 << UInt64(mention) } else { beyond.insert(mention) }
    }

    func contains(_ mention: Int) -> Bool {
        mention < 64 ? first64 & (1 << UInt64(mention)) != 0 : beyond.contains(mention)
    }
}
