import ChronicleModel

/// A rule-based temporal tagger in the manner of HeidelTime: finds time expressions in a sentence
/// and normalises them to TIMEX3 against the document creation time (DCT).
///
/// It reads tokens once, classifies each word with one dictionary look-up, and tries a fixed set of
/// patterns at each position, keeping the longest. Without a DCT, relative expressions stay
/// unresolved (`XXXX-10`, `XXXX-XX-XX`); year-less dates take the DCT's year, moved back a year when
/// the sentence reports the past and the date would fall after the DCT (or forward, for the future).
public struct TemporalTagger: Sendable {
    public init() {}

    /// Time expressions in `range` of `text`, which should be one sentence (tense is read from it).
    public func tag(_ text: [UInt8], _ range: Range<Int>, dct: CalendarDay?) -> [Timex] {
        tag(text, tokens: Tokenizer.tokens(text, range), dct: dct)
    }

    /// The same for a sentence already split into `tokens` (the extractor tokenizes each sentence
    /// once for all its stages).
    func tag(_ text: [UInt8], tokens sentenceTokens: [Token], dct: CalendarDay?) -> [Timex] {
        var tokens = DateTokens()
        return tag(text, tokens: sentenceTokens, dct: dct, reading: &tokens)
    }

    /// The same, reading the sentence's words into `tokens`, whose list a document's sentences share.
    func tag(_ text: [UInt8], tokens sentenceTokens: [Token], dct: CalendarDay?, reading tokens: inout DateTokens) -> [Timex] {
        tokens.read(text, sentenceTokens)
        guard tokens.mayHoldDates else { return [] }
        var context = Context(tokens: tokens, dct: dct, tense: nil)
        var found: [Timex] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].mayStartExpression else { index += 1; continue }
            context.tense = tokens.tense(near: index)
            context.start = index
            if let (end, timex) = context.longestMatch(at: index) {
                found.append(timex)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// Reads a document's time expressions, in order, as a report of a quarter's results does: once
    /// the text names a quarter ("third-quarter profit", "the third quarter"), "a year ago", "a year
    /// earlier", "year-ago" and "year-earlier" compare with that quarter of the year before
    /// (`1988-Q3` beside `1989-Q3`), not with the whole year. Before any quarter is named, and in
    /// text that names none, they stay years. `text` is the text the ranges point into.
    public static func comparingQuarters(_ timexes: inout [Timex], text: [UInt8]) {
        var quarter: (year: Int, number: Int)? = nil
        for index in timexes.indices {
            let value = timexes[index].value
            if let named = quarterOf(value) {
                quarter = named
            } else if let quarter, value.utf8.count == 4, Int(value) != nil, isYearComparison(text[timexes[index].range]) {
                timexes[index].value = "\(TimexFormat.pad(quarter.year - 1, 4))-Q\(quarter.number)"
            }
        }
    }

    /// The year and quarter of a value `YYYY-Qn`.
    private static func quarterOf(_ value: String) -> (year: Int, number: Int)? {
        let bytes = Array(value.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"), let year = Int(String(value.prefix(4))),
              let number = Int(String(value.suffix(1))), (1...4).contains(number)
        else { return nil }
        return (year, number)
    }

    /// Whether an expression's words compare with a year before: "a year ago", "a year earlier",
    /// "year-ago", "year-earlier" (any case, with any hyphen or space between).
    private static func isYearComparison(_ words: ArraySlice<UInt8>) -> Bool {
        let letters = words.compactMap { byte -> UInt8? in
            let lower = byte | 0x20
            return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") ? lower : nil
        }
        let text = String(decoding: letters, as: UTF8.self)
        return text.hasSuffix("yearago") || text.hasSuffix("yearearlier")
    }

    /// Tags a whole text, sentence by sentence.
    public func tagText(_ text: [UInt8], dct: CalendarDay?) -> [Timex] {
        var found: [Timex] = []
        var blockStart = 0
        var index = 0
        // Blank lines separate blocks; sentences are split within each.
        while index <= text.count {
            let atBreak = index == text.count || (text[index] == 0x0A && index + 1 < text.count && (text[index + 1] == 0x0A || text[index + 1] == 0x0D))
            if atBreak {
                if index > blockStart {
                    for sentence in SentenceSplitter.split(text, blockStart..<index) {
                        found += tag(text, sentence, dct: dct)
                    }
                }
                blockStart = index + 1
            }
            index += 1
        }
        TemporalTagger.comparingQuarters(&found, text: text)
        TemporalTagger.anchoringToNamedDays(&found, timex: \.self, text: text, dct: dct, datingDurations: false)
        return found
    }
}

/// What tense the words near a time expression speak in.
enum Tense {
    case past, future
    /// Past, told by a verb of violence (`attacked`, `killed`) or a day naming an attack: what is
    /// reported done has happened, so a year-less date is never ahead of the document's date (no
    /// deadline slack as for `past`).
    case pastEvent
    /// Past, told only by a verb's form (`attacked`, `extended`, `struck`): weaker than `was` or `ago`,
    /// since the date may still be a deadline the verb set ("asked it to respond by Oct. 31") or the
    /// word an adjective ("preferred shares"), so a year-less date within two months after the
    /// document's date keeps that occurrence (news gives the year of a day that long ago).
    case pastByVerbForm
    /// After "by", "until": a deadline, most often ahead ("pay down the loan by February") but
    /// sometimes just passed ("ordered to return the boy by Jan. 14" a day later): the nearest
    /// occurrence, a weekday the coming one.
    case deadline
}

/// The tokens of a sentence with what the date vocabulary says of each.
struct DateTokens {
    struct Item {
        var range: Range<Int>
        var kind: Token.Kind
        var word: DateWord?
        /// The value of a token of digits (`7`, `2023`), or of digits with an ordinal suffix (`7th`).
        var number: Int?
        var digitCount: Int
        var ordinalSuffix: Bool
        var capitalised: Bool
        /// Whether a time expression can begin here: a date word, a number, or a word that leads one in.
        var mayStartExpression: Bool
        /// The tense this word suggests, if any.
        var cue: Tense?
    }

    /// Words that open an expression without being date words themselves.
    static let openers = Set<String>([
        "the", "a", "an", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "more", "less", "at",
        "up", "fewer", "these", "overnight", "'", "\u{2019}", "nineteen", "eighteen", "half",
    ] + Holiday.commonFirstWords)

    private(set) var text: [UInt8] = []
    /// Trivially copyable, so that patterns reading a field of a token copy no strings.
    private(set) var items: [Item] = []
    private(set) var mayHoldDates = false

    /// No words, for `read` to fill sentence after sentence.
    init() {}

    /// Makes these the words of another sentence, in the list they already have: a document's
    /// sentences share one (`Extractor.analyze`), which spares a list's allocation per sentence.
    mutating func read(_ text: [UInt8], _ tokens: [Token]) {
        self.text = text
        var items: [Item] = []
        swap(&items, &self.items)
        items.removeAll(keepingCapacity: true)
        items.reserveCapacity(tokens.count)
        var mayHoldDates = false
        // Read through a buffer: a slice of the array per token retained and released its storage.
        // The table is fetched once, not through its lazy global's check at every token.
        let table = DateTokens.facts
        text.withUnsafeBufferPointer { text in
            for token in tokens {
                let bytes = UnsafeBufferPointer(rebasing: text[token.range])
                let facts = DateTokens.hasSpelling(token.kind, bytes.count) ? table.value(lowercasing: bytes) : nil
                var item = Item(range: token.range, kind: token.kind, word: nil, number: nil, digitCount: 0,
                                ordinalSuffix: false, capitalised: bytes.first.map(isUpper) ?? false, mayStartExpression: false,
                                cue: facts?.cue)
                // The ending is asked inline: most words do not end in "ed".
                if item.cue == nil, bytes.count >= 5, bytes[bytes.count - 1] == UInt8(ascii: "d"), token.kind == .word,
                   DateTokens.isRegularPastTense(bytes)
                {
                    item.cue = .pastByVerbForm
                }
                var startsDottedDate = false
                if token.kind == .word {
                    var digitCount = 0
                    while digitCount < bytes.count, isDigit(bytes[digitCount]) { digitCount += 1 }
                    if digitCount > 0, digitCount <= 4 {
                        let rest = UnsafeBufferPointer(rebasing: bytes[digitCount...])
                        let value = bytes.prefix(digitCount).reduce(0) { $0 * 10 + Int($1 - 48) }
                        if rest.isEmpty || equalsLowered(rest, "st") || equalsLowered(rest, "nd") || equalsLowered(rest, "rd")
                            || equalsLowered(rest, "th")
                        {
                            item.number = value
                            item.digitCount = digitCount
                            item.ordinalSuffix = !rest.isEmpty
                            mayHoldDates = true
                        } else if equalsLowered(rest, "s") {
                            item.number = value
                            item.digitCount = -digitCount  // a decade: 1990s, 90s
                            mayHoldDates = true
                        } else if digitCount <= 2, rest.first == UInt8(ascii: "."), DateTokens.dayFirstDottedDate(bytes) != nil {
                            startsDottedDate = true
                            mayHoldDates = true
                        }
                    } else if let word = facts?.word {
                        item.word = word
                        if case .article = word {} else if case .of = word {} else { mayHoldDates = true }
                    }
                }
                item.mayStartExpression = item.word != nil || item.number != nil || facts?.opener == true || startsDottedDate
                items.append(item)
            }
        }
        self.items = consume items
        self.mayHoldDates = mayHoldDates
    }

    /// `20.05.2025`, `3.6.2024`: a day, a month and a four-digit year joined by periods, the order
    /// most of Europe writes. Day first always: no one writes the month first between periods.
    static func dayFirstDottedDate<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> CalendarDay? {
        var fields = (0, 0, 0)
        var field = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard field < 2, digits > 0, digits <= 2 else { return nil }
                field += 1
                digits = 0
                continue
            }
            guard byte >= 48, byte <= 57 else { return nil }
            let digit = Int(byte - 48)
            switch field {
            case 0: fields.0 = fields.0 * 10 + digit
            case 1: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
            digits += 1
        }
        guard field == 2, digits == 4, (1800...2100).contains(fields.2) else { return nil }
        return CalendarDay(year: fields.2, month: fields.1, day: fields.0)
    }

    /// What the tagger knows of a lower-cased word, gathered into one table so each token costs one lookup, not four.
    struct WordFacts {
        var word: DateWord?
        var cue: Tense?
        var opener = false
    }

    static let facts: ByteTable<WordFacts> = {
        var table: [String: WordFacts] = [:]
        for (word, meaning) in DateVocabulary.words { table[word, default: WordFacts()].word = meaning }
        for word in irregularPastForms { table[word, default: WordFacts()].cue = .pastByVerbForm }
        for word in pastCues { table[word, default: WordFacts()].cue = .past }
        for word in violentPasts { table[word, default: WordFacts()].cue = .pastEvent }
        for word in futureCues { table[word, default: WordFacts()].cue = .future }  // a word in both counts as future
        for word in openers { table[word, default: WordFacts()].opener = true }
        return ByteTable(strings: table.sorted { $0.key < $1.key })
    }()

    var count: Int { items.count }

    /// The token at `index`, or past either end of the sentence a blank one that matches nothing,
    /// so a pattern that looks one word further ("at 11 p.m." closing a sentence) cannot trap.
    subscript(_ index: Int) -> Item { index >= 0 && index < items.count ? items[index] : DateTokens.beyond }

    private static let beyond = Item(range: 0..<0, kind: .punctuation, word: nil, number: nil, digitCount: 0,
                                     ordinalSuffix: false, capitalised: false, mayStartExpression: false, cue: nil)

    /// The tense nearest a token: the closest future cue (`will`, `scheduled`, `next` ...) or past cue
    /// (`was`, `had`, `ago`, a verb in -ed ...) within a few words before it or just after it; nil when
    /// there is none, and dates are then taken at their nearest occurrence to the DCT. A past form
    /// after `be` is a participle whose tense the words before it give ("will be paid Dec. 14"), and
    /// `said` or `told` date the saying, not what was said ("said it is calling the shares on Dec. 7"),
    /// so they count only as a verb's form does.
    func tense(near index: Int) -> Tense? {
        var best: (distance: Int, tense: Tense)? = nil
        var strongPast = false
        let low = max(0, index - 8)
        let high = min(count - 1, index + 4)
        guard low <= high else { return nil }
        // The first word after the date's own words and marks, within the window.
        var next = index + 1
        while next <= high, items[next].word != nil || items[next].number != nil || items[next].kind == .punctuation { next += 1 }
        if next > index + 1, next <= high {
            // "Hamas's October 7 attack", "the Feb. 24 invasion": a day that names an act of violence is past.
            if isLower(next, anyOf: "attack", "attacks", "massacre", "invasion", "assault", "raid", "bombing") { return .pastEvent }
            // "Between Oct 7, when Hamas-led fighters attacked Israel, and": a "when" clause after the day tells its tense.
            if isLower(next, "when"), items[next - 1].kind == .punctuation,
               let told = (next + 1..<min(count, next + 10)).lazy.compactMap({ self.items[$0].cue }).first
            {
                return told
            }
        }
        // Saying dates the saying, and only when nothing else tells the tense ("France will recognize a
        // Palestinian state in September, Macron said" is ahead).
        var saying: (distance: Int, tense: Tense)? = nil
        for position in low...high {
            guard let cue = items[position].cue else { continue }
            if cue != .future, isLower(position - 1, anyOf: "be", "being") { continue }  // "will be paid": a participle
            let distance = abs(position - index)
            if cue == .past, isLower(position, anyOf: "said", "told") {
                if saying == nil || distance < saying!.distance { saying = (distance, .pastByVerbForm) }
                continue
            }
            strongPast = strongPast || cue == .past || cue == .pastEvent
            if best == nil || distance < best!.distance { best = (distance, cue) }
        }
        // "after Hamas's raids into Israel on October 7": with no verb to tell the tense, a day an
        // act of violence was done on is past.
        if best == nil, saying == nil, index >= 2, isLower(index - 1, "on"),
           (max(0, index - 6)..<index - 1).contains(where: {
               isLower($0, anyOf: "attack", "attacks", "massacre", "invasion", "assault", "raid", "raids", "bombing", "incursion")
           })
        {
            return .pastEvent
        }
        let toldBySaying = best == nil
        best = best ?? saying
        // "by August", "until Tuesday": a deadline, unless a strong past says it has passed
        // ("had filed reports by Wednesday", "Until Thursday, they had not").
        if index > 0, !strongPast, isLower(index - 1, anyOf: "by", "until", "till") { return .deadline }
        // A verb's form yields to an adverb that says past outright ("a previously brokered truce in
        // November"), not to a form of `be` ("was extended to Nov. 16" is a deadline ahead).
        if best?.tense == .pastByVerbForm, (low...high).contains(where: { isLower($0, anyOf: "previously", "earlier", "formerly") }) {
            return .past
        }
        // Nor does "in" or "on" set a deadline: "condemned Russia in July", "signed the deal on June 3" tell
        // when it was done ("extended to Nov. 16", "delayed the vote to July" may be ahead).
        if best?.tense == .pastByVerbForm, !toldBySaying, index > 0, isLower(index - 1, anyOf: "in", "on") {
            return .past
        }
        return best?.tense
    }

    static let futureCues: Set<String> = ["will", "'ll", "shall", "scheduled", "expected", "expects", "plans", "planning", "planned",
                                          "upcoming", "due", "tomorrow", "next", "going", "intends"]
    static let pastCues: Set<String> = pastVerbCues.union(["been", "ago", "earlier", "previously", "last", "yesterday", "since"])
    /// The verbs among `pastCues`: forms of the past that are no present form nor a noun's.
    static let pastVerbCues: Set<String> = ["was", "were", "had", "did", "came", "went", "took", "made", "met", "began", "told",
                                            "gave", "held", "fell", "rose", "won", "lost", "left", "sent", "spent", "paid", "sold",
                                            "bought", "said"]
    /// Verbs of violence in the past: what they report has happened, so a year-less date with them
    /// is past even within `nearFutureDays` ("since Hamas attacked Israel on October 7", written in
    /// September, is last year's October 7). A date a past verb sets ahead is a deadline, and
    /// violence sets none.
    static let violentPasts: Set<String> = ["attacked", "killed", "fired", "launched", "bombed", "shelled", "invaded", "seized",
                                            "captured", "stormed", "raided", "kidnapped", "abducted", "assassinated", "clashed",
                                            "downed", "destroyed", "wounded", "died", "targeted", "ambushed", "massacred", "struck"]
    /// Verbs of news whose past tense is not in -ed and spelled like no present form or noun
    /// (`hit`, `cut`, `set`, `read`, `found` are left out): past by their form alone, as -ed verbs are.
    static let irregularPastForms: Set<String> = ["struck", "fought", "shot", "fled", "drove", "flew", "threw", "broke", "spoke", "stole",
                                                  "chose", "froze", "wrote", "ran", "saw", "knew", "grew", "drew", "withdrew", "overthrew",
                                                  "brought", "caught", "sought", "built", "kept", "meant", "became", "stood", "understood",
                                                  "hid", "sank", "swore", "tore", "woke", "shook", "swept", "dealt", "forbade", "overtook",
                                                  "undertook", "mistook", "arose", "bore", "slew", "sprang", "stuck", "swung"]
    /// A regular verb in the past tense (`attacked`, `launched`, `fired`): a lower-case word of five
    /// letters or more ending in `ed` that is not one of `notVerbs` (adjectives and nouns in -ed).
    /// Reports of what happened mostly use such verbs, which no word list can hold.
    static func isRegularPastTense(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard count >= 5, word[count - 1] == UInt8(ascii: "d"), word[count - 2] == UInt8(ascii: "e"),
              word.allSatisfy({ ChronicleExtraction.isLower($0) })
        else { return false }
        // Of the words in -eed only those in -reed and -teed are past (agreed, freed, guaranteed):
        // succeed, proceed, exceed, need, feed and speed are not.
        if word[count - 3] == UInt8(ascii: "e"), word[count - 4] != UInt8(ascii: "r"), word[count - 4] != UInt8(ascii: "t") {
            return false
        }
        return notVerbWords.value(for: UnsafeRawBufferPointer(word)) == nil
    }

    private static let notVerbWords = ByteTable<Bool>(strings: notVerbs.sorted().map { ($0, true) })

    static let notVerbs: Set<String> = ["united", "red", "need", "speed", "indeed", "seed", "feed", "hundred", "bed", "based", "related",
                                        "limited", "detailed", "advanced", "proposed", "expected", "scheduled", "planned", "armed",
                                        "supported", "backed", "led", "used", "concerned", "interested", "involved", "named", "called"]

    /// Whether "would" is the nearest word before `index` that speaks of time, within eight words
    /// and no mark: "said France would recognise Palestine in September" (September ahead).
    func wouldBefore(_ index: Int) -> Bool {
        var position = index - 1
        while position >= max(0, index - 8) {
            if items[position].kind == .punctuation || items[position].cue != nil { return false }
            if isLower(position, "would") { return true }
            position -= 1
        }
        return false
    }

    /// Whether the weekday at `index` opens its sentence ("On Wednesday, Lula will travel to
    /// Montevideo", "Wednesday (25), ...") and the clause after it is said with "will" or "shall":
    /// the modal that governs it stands after the comma.
    func opensFutureSentence(at index: Int) -> Bool {
        guard index == 0 || index == 1 && isLower(0, "on") else { return false }
        guard let comma = (index + 1..<min(count, index + 6)).first(where: { isLower($0, ",") }) else { return false }
        return (comma + 1..<min(count, comma + 5)).contains { isLower($0, anyOf: "will", "shall", "'ll") }
    }

    /// A word of `modals` (`will`, `would`, `until`, `to` as in "is to meet" ...) within five words
    /// before `index`; with `alone`, only one that makes what follows future by itself (not `to`).
    func hasModal(before index: Int, alone: Bool = false) -> Bool {
        if (max(0, index - 5)..<index).contains(where: { value($0, in: modals).map { !alone || $0 } ?? false }) { return true }
        // "Iran will hold talks with Britain on Friday", "said he would meet Putin in Alaska on Friday":
        // a modal further back (one that works alone), with the weekday's own "on" and no comma between,
        // still governs it.
        guard index > 0, isLower(index - 1, "on") else { return false }
        var position = index - 6
        while position >= max(0, index - 9) {
            if items[position].kind == .punctuation { return false }
            if value(position, in: modals) == true { return !(position + 1..<index).contains { items[$0].kind == .punctuation } }
            position -= 1
        }
        return false
    }

    func word(_ index: Int) -> DateWord? { index >= 0 && index < items.count ? items[index].word : nil }

    // Words are compared by their bytes, lowered as they are read: patterns ask about a few
    // tokens around each possible start, and a lower-cased String per token cost more than
    // all the asking (a tenth of the tagger's time, then a String comparison per question).

    /// The token's bytes where it has a spelling patterns can ask about: words, and marks of up to
    /// three bytes. Empty for longer marks and past either end of the sentence.
    func spelling(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0 && index < items.count, DateTokens.hasSpelling(items[index].kind, items[index].range.count) else { return [] }
        return text[items[index].range]
    }

    /// What `table` holds for the token's spelling in ASCII lower case; nil where it has none
    /// (`spelling`). The bytes are read where they lie, not through a slice of the text.
    @inline(__always)
    func value<Value>(_ index: Int, in table: ByteTable<Value>) -> Value? {
        guard index >= 0 && index < items.count, DateTokens.hasSpelling(items[index].kind, items[index].range.count) else { return nil }
        return table.value(lowercasing: items[index].range, in: text)
    }

    /// Whether the token, in ASCII lower case, is `word`. Inlined: patterns ask this a million
    /// times on a thousand news articles, and the length, known where they ask, settles most.
    @inline(__always)
    func isLower(_ index: Int, _ word: StaticString) -> Bool {
        guard index >= 0 && index < items.count else { return false }
        let range = items[index].range
        let count = word.utf8CodeUnitCount
        // Words are never empty, so a length that differs settles most questions at once.
        guard range.count == count, DateTokens.hasSpelling(items[index].kind, count) else { return false }
        return spells(range, word)
    }

    private func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
        text.withUnsafeBufferPointer { equalsLowered(UnsafeBufferPointer(rebasing: $0[range]), word) }
    }

    /// Whether the token, in ASCII lower case, is one of `words`.
    func isLower(_ index: Int, anyOf words: StaticString...) -> Bool {
        words.contains { isLower(index, $0) }
    }

    /// Whether the token, in ASCII lower case, ends with `suffix`.
    func lowerHasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        let bytes = spelling(index)
        return equalsLowered(bytes.suffix(suffix.utf8CodeUnitCount), suffix)
    }

    func isPunctuation(_ index: Int, _ mark: StaticString) -> Bool {
        index >= 0 && index < items.count && items[index].kind != .word && isLower(index, mark)
    }

    private static func hasSpelling(_ kind: Token.Kind, _ length: Int) -> Bool { kind == .word || length <= 3 }
}

// Word lists the functions above test against, built once rather than on every call.
/// Words that put a weekday after them in the future; `true` for those that do so alone (`would`),
/// `false` for `to`, which is also a preposition ("flew to Paris Tuesday").
private let modals = ByteTable<Bool>(strings: [
    ("will", true), ("'ll", true), ("shall", true), ("would", true), ("to", false), ("scheduled", true), ("next", true),
    ("until", true), ("might", true), ("planned", true), ("planning", true), ("plans", true), ("expected", true), ("due", true),
])
