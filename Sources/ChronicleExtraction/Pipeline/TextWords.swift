/// Words of a document's clean text read where they lie, for the rules that look at a few words
/// around a date or a cue (`Extractor.governingTimex`, `AnchoredDate`): runs of ASCII letters,
/// compared in lower case (`equalsLowered`), with no string made.
enum TextWords {
    /// The word at or after `offset`, past spaces, ending at `limit` at the latest; empty at a mark.
    static func word(after offset: Int, in text: [UInt8], upTo limit: Int? = nil) -> Range<Int> {
        let limit = limit ?? text.count
        var start = offset
        while start < limit, text[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < limit, isLetter(text[end]) { end += 1 }
        return start..<end
    }

    /// The word that ends at `offset`, past spaces before it; empty after a mark.
    static func word(before offset: Int, in text: [UInt8]) -> Range<Int> {
        var end = offset
        while end > 0, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, isLetter(text[start - 1]) { start -= 1 }
        return start..<end
    }

    /// The words of `range`, each a run of letters.
    static func words(in range: Range<Int>, of text: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            while start < range.upperBound, !isLetter(text[start]) { start += 1 }
            var end = start
            while end < range.upperBound, isLetter(text[end]) { end += 1 }
            if end > start { words.append(start..<end) }
            start = end
        }
        return words
    }

    /// Whether the time expression at `range` qualifies the noun after it, as an adjective does: a
    /// determiner or a possessive before it and a word after it that is neither a preposition nor a
    /// conjunction nor a verb's helper ("the 2015 nuclear deal", "Hamas's October 7 attack"; not
    /// "in 2015", "the 2015 of", "on Monday").
    static func isAttributive(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        let before = word(before: range.lowerBound, in: text)
        guard !before.isEmpty else { return false }
        let determiner = attributiveDeterminers.contains { equalsLowered(text[before], $0) }
        // "Russia's 2014": the letter s after an apostrophe, straight or curly.
        let possessive = before.count == 1 && (text[before.lowerBound] | 0x20) == UInt8(ascii: "s") && before.lowerBound > 0
            && (text[before.lowerBound - 1] == UInt8(ascii: "'") || text[before.lowerBound - 1] == 0x99)
        guard determiner || possessive else { return false }
        let after = word(after: range.upperBound, in: text)
        return !after.isEmpty && after.lowerBound > range.upperBound && !notNouns.contains { equalsLowered(text[after], $0) }
    }

    private static let attributiveDeterminers: [StaticString] = ["the", "a", "an", "its", "their", "his", "her", "this", "our"]
    private static let notNouns: [StaticString] = [
        "of", "in", "on", "at", "to", "for", "and", "or", "but", "when", "as", "with", "by", "from", "after", "before", "that",
        "which", "is", "was", "were", "are", "has", "had", "have", "will", "would", "than", "until", "since",
    ]

    /// Where the opening concession of the sentence at `sentence` ends, at its comma: "Despite a
    /// truce in November, ...", "Although talks resumed on Monday, ...". Nil when the sentence opens
    /// otherwise or no comma closes the phrase within 40 words.
    static func openingConcessionEnd(of sentence: Range<Int>, in text: [UInt8]) -> Int? {
        let first = word(after: sentence.lowerBound, in: text, upTo: sentence.upperBound)
        guard !first.isEmpty, concessions.contains(where: { equalsLowered(text[first], $0) }) else { return nil }
        var index = first.upperBound
        var words = 0
        while index < sentence.upperBound, words < 40 {
            let byte = text[index]
            // "Despite 1,000 troops deployed in November,": a comma between digits is a number's
            let inNumber = index > 0 && index + 1 < sentence.upperBound && isDigit(text[index - 1]) && isDigit(text[index + 1])
            if byte == UInt8(ascii: ","), !inNumber { return index }
            if byte == UInt8(ascii: ";") { return nil }
            if byte == 0x20 { words += 1 }
            index += 1
        }
        return nil
    }

    /// Words that open a phrase whose date is its own: a concession, or a participle of founding
    /// ("Formed in the late 1970s, the PKK has been in conflict with Turkey").
    private static let concessions: [StaticString] = [
        "despite", "although", "though", "notwithstanding", "amid", "unlike", "formed", "founded", "created", "established", "born",
    ]

    /// Whether the time expression at `timex` stands in a relative clause that the cue at `cue` is
    /// outside of: one the cue comes before ("accused Israel's ally, the United States, whose forces
    /// struck on Monday", "attacks on Israel amid the war in the Gaza Strip that began with the Hamas
    /// attack on October 7"), or one set off by commas that the cue comes after ("Maduro, who returned
    /// to office in January, has rejected"), and so for a cue inside such a clause and a date after
    /// it. A relative clause opens with "who", "which", "whom" or "whose", or with "that" and a verb
    /// in the past; "which" and "that" after a noun of an event describe it, and its date is the
    /// event's ("the attack, which took place on Monday"). A clause telling who signed a treaty dates
    /// the treaty ("urged Australia to help under a security treaty both countries signed in 2017").
    static func isInRelativeClause(_ timex: Range<Int>, apartFrom cue: Int, sentence: Range<Int>, in text: [UInt8]) -> Bool {
        if cue < timex.lowerBound {
            // The clause must still be open at the date: in "Venezuelans whom the United States had sent to
            // El Salvador, the governments said Friday" the comma closed it. And a cue inside a relative
            // clause that closes before the date is not dated by it ("Putin, who met Trump in Alaska, said
            // on Friday").
            let between = words(in: cue..<timex.lowerBound, of: text)
            if closesAside(in: cue..<timex.lowerBound, of: text), opensRelativeClauseBefore(cue, sentence: sentence, in: text) { return true }
            // ("The Israeli attack on Iran, which took place on Monday": a noun cue's own clause, a few words on)
            let nounCue = !between.isEmpty && eventNouns.contains { equalsLowered(text[between[0]], $0) }
            return between.indices.contains { index in
                (opensRelativeClause(at: index, of: between, in: text) && !describesEvent(between[index], in: text)
                    || opensClauseOfSigning(at: index, of: between, in: text))
                    && !(nounCue && index <= 5) && !closesAside(in: between[index].upperBound..<timex.lowerBound, of: text)
            }
        }
        // The cue after the date in a relative clause a comma opens between them and nothing closes
        // ("clinched last month with Poland, which has been seeking arms since Russia invaded Ukraine").
        if cue >= timex.upperBound {
            let between = words(in: timex.upperBound..<cue, of: text)
            if let opener = between.indices.last(where: { opensRelativeClause(at: $0, of: between, in: text) }),
               !describesEvent(between[opener], in: text), !closesAside(in: between[opener].upperBound..<cue, of: text),
               let mark = text[timex.upperBound..<between[opener].lowerBound].lastIndex(where: { $0 != 0x20 }),
               text[mark] == UInt8(ascii: ",")
            {
                return true
            }
        }
        // The cue after the date: a relative clause opened after a comma or dash before the date, closed
        // by one between the date and the cue.
        guard cue >= timex.upperBound, closesAside(in: timex.upperBound..<cue, of: text) else { return false }
        let before = words(in: sentence.lowerBound..<timex.lowerBound, of: text)
        guard let opener = before.indices.last(where: { opensRelativeClause(at: $0, of: before, in: text) }) else { return false }
        let opening = before[opener].lowerBound
        // (a comma or a dash before it: "Iran – which Israel attacked in June – rejected")
        guard opening > sentence.lowerBound, let mark = text[sentence.lowerBound..<opening].lastIndex(where: { $0 != 0x20 }) else { return false }
        let pause = text[mark] == UInt8(ascii: ",") || mark >= 2 && text[mark - 2] == 0xE2 && text[mark - 1] == 0x80 && (text[mark] == 0x93 || text[mark] == 0x94)
        return pause && !closesAside(in: opening..<timex.lowerBound, of: text)
    }

    /// Whether "which" or "that" at `opener` follows a noun of an event, over a comma: "the strikes,
    /// which occurred on May 7", "an operation that began early on Friday". Such a clause dates the
    /// event; after any other noun ("Finland, which joined NATO in April 2023") it dates its own.
    private static func describesEvent(_ opener: Range<Int>, in text: [UInt8]) -> Bool {
        guard equalsLowered(text[opener], "which") || equalsLowered(text[opener], "that") else { return false }
        let noun = word(before: opener.lowerBound - (opener.lowerBound > 1 && text[opener.lowerBound - 2] == UInt8(ascii: ",") ? 2 : 0), in: text)
        return !noun.isEmpty && eventNouns.contains { equalsLowered(text[noun], $0) }
    }

    private static let eventNouns: [StaticString] = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "operation", "operations", "offensive",
        "assault", "bombing", "bombings", "barrage", "meeting", "meetings", "talks", "visit", "summit", "call", "incursion",
        "invasion", "campaign", "exchange", "swap", "clashes", "fighting", "ceasefire", "truce", "deal", "agreement", "launch",
        "shelling", "blast", "explosion", "ambush", "massacre", "protest", "protests", "vote", "election",
    ]

    /// Whether a relative clause opened after a comma holds the offset `cue`, its opener after the
    /// last comma before the cue: "Putin, who met Trump in Alaska, said".
    private static func opensRelativeClauseBefore(_ cue: Int, sentence: Range<Int>, in text: [UInt8]) -> Bool {
        guard let comma = text[sentence.lowerBound..<cue].lastIndex(of: UInt8(ascii: ",")) else { return false }
        let opener = word(after: comma + 1, in: text, upTo: cue)
        return !opener.isEmpty && relativePronouns.contains { equalsLowered(text[opener], $0) }
    }

    /// Whether a comma, a semicolon or a dash (en or em) stands in `range` of `text`.
    private static func closesAside(in range: Range<Int>, of text: [UInt8]) -> Bool {
        range.contains { index in
            let byte = text[index]
            return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
                || byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0x93 || text[index + 2] == 0x94)
        }
    }

    /// Whether `words[index]` opens a relative clause: "who", "which", "whom", "whose", or "that"
    /// right before a verb in the past ("the war that began", "the attack that killed").
    private static func opensRelativeClause(at index: Int, of words: [Range<Int>], in text: [UInt8]) -> Bool {
        let word = text[words[index]]
        if relativePronouns.contains(where: { equalsLowered(word, $0) }) { return true }
        guard equalsLowered(word, "that"), index + 1 < words.count else { return false }
        let next = text[words[index + 1]]
        return next.count > 3 && equalsLowered(next[(next.endIndex - 2)...], "ed") || pastVerbs.contains { equalsLowered(next, $0) }
    }

    /// Whether `words[index]` opens a clause after a treaty's noun that tells who made it, with "that"
    /// or none: "a security treaty (that) both countries signed in 2017", "the deal the two sides
    /// reached in 2015". Its date is the treaty's, not that of a cue before it.
    private static func opensClauseOfSigning(at index: Int, of words: [Range<Int>], in text: [UInt8]) -> Bool {
        guard index > 0, documentNouns.contains(where: { equalsLowered(text[words[index - 1]], $0) }) else { return false }
        let first = text[words[index]]
        guard let initial = first.first,
              equalsLowered(first, "that") || clauseSubjectOpeners.contains(where: { equalsLowered(first, $0) }) || isUpper(initial)
        else { return false }
        return words[(index + 1)..<min(words.count, index + 4)].contains { verb in signingVerbs.contains { equalsLowered(text[verb], $0) } }
    }

    private static let documentNouns: [StaticString] = [
        "treaty", "treaties", "pact", "accord", "accords", "agreement", "agreements", "deal", "deals", "memorandum", "declaration",
        "resolution", "charter", "convention", "protocol",
    ]
    private static let clauseSubjectOpeners: [StaticString] = ["both", "the", "their", "its", "his", "her", "they", "he", "she", "it", "we"]
    private static let signingVerbs: [StaticString] = [
        "signed", "agreed", "reached", "struck", "brokered", "concluded", "negotiated", "adopted", "approved", "ratified", "inked",
    ]

    private static let relativePronouns: [StaticString] = ["who", "which", "whom", "whose"]
    private static let pastVerbs: [StaticString] = ["began", "broke", "struck", "took", "left", "saw", "came", "led", "brought"]

    /// Whether a comma or a semicolon, which part clauses, stands in `range` of `text`.
    static func hasClauseMark(in range: Range<Int>, of text: [UInt8]) -> Bool {
        text[range].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
    }

    /// The word that parts two clauses, where no comma does, in the words `between` a date and a cue:
    /// "that" ("said on Monday that Russia had attacked"), or a joiner ("and", "after", "while" ...)
    /// with a verb in the past on the date's side of it ("struck Iran on Friday and Iran fired missiles
    /// at Israel", "struck Iran and Iran fired missiles on Saturday"), so that the date is another
    /// verb's; nil when none does. A date opening the sentence has no verb before it and stays its
    /// list's ("On Friday Russia and Ukraine exchanged").
    static func separatingWord(_ between: Range<Int>, dateFirst: Bool, sentence: Range<Int>, in text: [UInt8]) -> Range<Int>? {
        let words = words(in: between, of: text)
        if let that = words.first(where: { equalsLowered(text[$0], "that") }) { return that }
        let isJoiner = { (word: Range<Int>) in clauseJoiners.contains { equalsLowered(text[word], $0) } }
        if dateFirst {
            guard let joiner = words.lastIndex(where: isJoiner) else { return nil }
            let parts = words[..<joiner].contains { isPastVerb($0, in: text) }
                || TextWords.words(in: sentence.lowerBound..<between.lowerBound, of: text).contains { isPastVerb($0, in: text) }
            return parts ? words[joiner] : nil
        }
        // The verb must be the joined clause's, before a comma ends it ("lift sanctions after a civil
        // war, the bloc's chief said Tuesday" joins no clause).
        guard let joiner = words.firstIndex(where: isJoiner) else { return nil }
        let clauseEnd = text[words[joiner].upperBound..<between.upperBound].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }
            ?? between.upperBound
        return words[(joiner + 1)...].contains { $0.upperBound <= clauseEnd && isPastVerb($0, in: text) } ? words[joiner] : nil
    }

    /// Whether the clause a joiner at `word` opens happened at another time than the other:
    /// "Russia attacked Kyiv on Tuesday after Ukraine attacked Russian airfields". Not after a
    /// duration, which anchors one date on the other ("two days after Hamas fired", `AnchoredDate`).
    static func opensAnotherTime(_ word: Range<Int>, in text: [UInt8]) -> Bool {
        guard timeShiftingJoiners.contains(where: { equalsLowered(text[word], $0) }) else { return false }
        let before = TextWords.word(before: word.lowerBound, in: text)
        return !durationWords.contains { equalsLowered(text[before], $0) }
    }

    private static let durationWords: [StaticString] = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "shortly", "soon", "just",
        "moments", "right", "later", "earlier", "long",
    ]

    private static let timeShiftingJoiners: [StaticString] = ["after", "before", "because", "until"]

    /// Whether the text `between` a cue and a date after it ends in an appositive, a comma and "a" or
    /// "an" with a noun that is no span of time: ", a Georgian national shot dead in a Berlin park"
    /// before "in August" describes someone, and its date is theirs (not ", a day after", nor a
    /// source's words: ", a senior official said on Monday").
    static func endsInAppositive(_ between: Range<Int>, in text: [UInt8]) -> Bool {
        guard let comma = text[between].lastIndex(of: UInt8(ascii: ",")) else { return false }
        let article = word(after: comma + 1, in: text, upTo: between.upperBound)
        // (", including a businessman arrested in 2015": a list's example is an appositive too)
        if equalsLowered(text[article], "including") { return true }
        guard equalsLowered(text[article], "a") || equalsLowered(text[article], "an") else { return false }
        let noun = word(after: article.upperBound, in: text, upTo: between.upperBound)
        guard !noun.isEmpty, !durationWords.contains(where: { equalsLowered(text[noun], $0) }),
              !equalsLowered(text[noun], "few"), !equalsLowered(text[noun], "couple")
        else { return false }
        return !words(in: noun.upperBound..<between.upperBound, of: text).contains { word in
            sayingVerbs.contains { equalsLowered(text[word], $0) }
        }
    }

    private static let sayingVerbs: [StaticString] = [
        "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "added", "adds", "stated",
        "confirmed", "confirms", "wrote", "writes", "claimed", "claims", "noted", "notes",
    ]

    /// Whether `between` a date and a cue after it is a "when" clause, after a comma or not, with no
    /// other mark: ", when Hamas-led fighters " in "Between Oct 7, when Hamas-led fighters attacked
    /// Israel", " when Chinese troops " in "since October 1975 when Chinese troops ambushed".
    static func opensWhenClause(_ between: Range<Int>, in text: [UInt8]) -> Bool {
        var start = between.lowerBound
        while start < between.upperBound, text[start] == UInt8(ascii: " ") { start += 1 }
        if start < between.upperBound, text[start] == UInt8(ascii: ",") { start += 1 }
        let next = word(after: start, in: text, upTo: between.upperBound)
        return equalsLowered(text[next], "when") && !hasClauseMark(in: next.upperBound..<between.upperBound, of: text)
    }

    /// Whether `range` names what a cue before it answers: "in response to", "in retaliation for"
    /// ("announced tariffs on Canadian imports in response to restrictions imposed by Ottawa last year").
    static func answersCause(in range: Range<Int>, of text: [UInt8]) -> Bool {
        words(in: range, of: text).contains { equalsLowered(text[$0], "response") || equalsLowered(text[$0], "retaliation") }
    }

    /// Words that join a clause to another: "and", "but", and those that open a clause of their own
    /// ("tariffs on Canadian imports after Canada imposed duties in October": October is Canada's).
    private static let clauseJoiners: [StaticString] = [
        "and", "but", "after", "before", "when", "while", "whereas", "because", "as", "although", "though", "until",
    ]

    /// Whether the word at `word` is a verb in the past: a regular form in -ed or a common irregular one.
    static func isPastVerb(_ word: Range<Int>, in text: [UInt8]) -> Bool {
        if irregularPasts.value(lowercasing: word, in: text) != nil { return true }
        return text.withUnsafeBufferPointer { DateTokens.isRegularPastTense(UnsafeBufferPointer(rebasing: $0[word])) }
    }

    private static let irregularPasts = ByteTable<Bool>(strings: DateTokens.irregularPastForms.union(DateTokens.pastVerbCues)
        .union(["hit"]).sorted().map { ($0, true) })

    /// Whether `word` (lower case) stands as a whole word, in any case, in `range` of `text`.
    static func contains(_ word: StaticString, in range: Range<Int>, of text: [UInt8]) -> Bool {
        words(in: range, of: text).contains { equalsLowered(text[$0], word) }
    }

    /// Whether `range` holds a "since" whose clause runs on to the end of the range: "since" with no
    /// comma or semicolon after it ("the first strike since the group began its attacks in November"),
    /// not one an aside has closed ("agreed to restore relations, severed since 1961, in December 2014").
    static func holdsOpenSince(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        guard let since = words(in: range, of: text).last(where: { equalsLowered(text[$0], "since") }) else { return false }
        return !hasClauseMark(in: since.upperBound..<range.upperBound, of: text)
    }

    /// Whether `range` holds "before", "after", "while" or "upon" followed by a word in -ing
    /// ("before arriving", "after meeting").
    static func hasGerundClause(in range: Range<Int>, of text: [UInt8]) -> Bool {
        let words = words(in: range, of: text)
        return words.indices.dropLast().contains { index in
            let opener = text[words[index]], next = words[index + 1]
            guard equalsLowered(opener, "before") || equalsLowered(opener, "after") || equalsLowered(opener, "while")
                    || equalsLowered(opener, "upon")
            else { return false }
            // The next word, past spaces only, as "before arriving", not "before, arriving".
            guard word(after: words[index].upperBound, in: text, upTo: range.upperBound) == next else { return false }
            return next.count > 4 && equalsLowered(text[(next.upperBound - 3)..<next.upperBound], "ing")
        }
    }
}
