import ChronicleModel

/// An actor named in a sentence, in clean-text coordinates.
public struct ActorMention: Hashable, Sendable {
    public var sentence: Int
    /// Byte range in the document's clean text.
    public var range: Range<Int>
    public var actor: ActorID
    public var form: MentionForm
    /// The person named, when the words name someone who speaks for the actor.
    public var person: String?
}

/// Finds every mention of an actor in a document: longest match over the lexicon's token trie,
/// then titles folded into the person they introduce, then light coreference.
public struct ActorRecognizer: Sendable {
    public let index: LexiconIndex

    public init(index: LexiconIndex) {
        self.index = index
    }

    public func mentions(in document: AnalyzedDocument) -> [ActorMention] {
        var all: [ActorMention] = []
        var previous: [ActorMention] = []
        var names = DocumentNames()
        var storage: [ActorMention] = []
        let day = document.document.published
        let text = document.ingested.text
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let found = mentions(inSentence: sentenceIndex, tokens: Tokenizer.tokens(text, sentence.range), text: text, day: day,
                                 previous: previous, names: &names, reusing: &storage)
            all += found
            previous = found
        }
        return all
    }

    /// The mentions in one sentence, given its tokens and the mentions of the sentence before
    /// (which pronouns and "the group" may point back to). `names` holds the abbreviations and people
    /// the document has defined so far, and learns the sentence's. The lexicon's names are found into `storage`,
    /// emptied first: a caller that hands in a list nothing else holds any more (the mentions of the
    /// sentence before last) keeps its room instead of making a list per sentence. The result may
    /// share `storage`'s elements.
    func mentions(inSentence sentenceIndex: Int, tokens: [Token], text: [UInt8], day: CalendarDay?, previous: [ActorMention],
                  names: inout DocumentNames, reusing storage: inout [ActorMention]) -> [ActorMention]
    {
        storage.removeAll(keepingCapacity: true)
        lexiconMentions(tokens, text, sentence: sentenceIndex, day: day, into: &storage)
        names.learnAbbreviations(from: storage, tokens: tokens, text: text)
        names.learnPeople(introducedBy: &storage, tokens: tokens, text: text)
        names.addMentions(to: &storage, sentence: sentenceIndex, tokens: tokens, text: text)
        let found = foldTitles(storage, tokens, text)
        return Coreference.resolve(found, tokens: tokens, text: text, sentence: sentenceIndex, previous: previous, lexicon: index.lexicon)
    }

    /// Mentions of names from the lexicon, longest first, left to right, appended to `mentions`.
    func lexiconMentions(_ tokens: [Token], _ text: [UInt8], sentence: Int, day: CalendarDay?, into mentions: inout [ActorMention]) {
        var position = 0
        while position < tokens.count {
            // Most words start no name, and are turned away here without a call.
            let word = tokens[position].range
            let capitalsID = position == 0 ? dropCapitalsID(tokens, text) : nil
            guard tokens[position].kind == .word,
                  capitalsID != nil || text.withUnsafeBufferPointer({ index.mayStartName(UnsafeBufferPointer(rebasing: $0[word])) }),
                  let (end, target, node) = longestMatch(tokens, text, from: position, firstID: capitalsID)
            else {
                // (A capital first, asked here: most words are lower case, and a call for each cost 1% of a run.)
                if isUpper(text[word.lowerBound]), let (end, person) = titledPerson(tokens, text, at: position, day: day) {
                    // The mention spans the whole title: "Foreign Minister Katz", "Prime Minister Abe".
                    var start = position
                    while start > 0, tokens[start - 1].kind == .word, isUpper(text[tokens[start - 1].range.lowerBound]),
                          TitleWords.all.value(lowercasing: tokens[start - 1].range, in: text) != nil
                    {
                        start -= 1
                    }
                    if mentions.isEmpty { mentions.reserveCapacity(4) }
                    mentions.append(ActorMention(sentence: sentence, range: tokens[start].range.lowerBound..<tokens[end].range.upperBound,
                                                 actor: person.actor, form: .person, person: person.name))
                    position = end + 1
                    continue
                }
                position += 1
                continue
            }
            // "the West German government", "the West African bloc": a name that takes its article from a
            // longer one starting right after it ("West German", "West African") leaves the words to that one.
            if end > position, equalsLowered(text[word], "the"), let (longer, _, _) = longestMatch(tokens, text, from: position + 1), longer > end {
                position += 1
                continue
            }
            let range = tokens[position].range.lowerBound..<tokens[end].range.upperBound
            switch target {
            case .notActor:
                break
            case .person(let personIndex):
                let person = index.lexicon.people[personIndex]
                if let role = person.role(on: day) {
                    if mentions.isEmpty { mentions.reserveCapacity(4) }
                    mentions.append(ActorMention(sentence: sentence, range: range, actor: role.actor, form: .person, person: person.name))
                }
            case .actor(let id, var form):
                let hyphenated = isHyphenated(tokens, start: position, end: end)
                // "Jordan Peterson", "Israel Katz"; but a demonym is no one's name ("Five Israelis", "Two Jordanian soldiers").
                if index.targetIsAmbiguous(at: node), !hyphenated, form != .demonym, looksLikePartOfAPersonName(tokens, text, start: position, end: end) {
                    position += 1
                    continue
                }
                if hyphenated { form = .modifier }
                // "US$1.5 million", "HK$": a currency sign right after the name makes it money, not an actor.
                if range.upperBound < text.count, text[range.upperBound] == UInt8(ascii: "$") {
                    position = end + 1
                    continue
                }
                // "an official of Indian descent", "Britons of Pakistani origin": a people's name told as
                // ancestry names no actor.
                // (not a post: "Israeli Heritage Minister Amichai Eliyahu")
                if form == .demonym, end + 1 < tokens.count, tokens[end + 1].kind == .word, !isUpper(text[tokens[end + 1].range.lowerBound]),
                   ActorRecognizer.ancestryWords.value(lowercasing: tokens[end + 1].range, in: text) != nil
                {
                    position = end + 1
                    continue
                }
                // "Russia's Security Council", "Iran's Security Council": a state's own council is not the UN's.
                if position >= 2, tokens[position - 1].kind == .possessive, id == ActorRecognizer.unSecurityCouncil,
                   !ActorRecognizer.namesUN(text[tokens[position - 2].range])
                {
                    position = end + 1
                    continue
                }
                // Room for a few at the first: growing from one to two to four allocated three times.
                if mentions.isEmpty { mentions.reserveCapacity(4) }
                mentions.append(ActorMention(sentence: sentence, range: range, actor: id, form: form, person: nil))
            }
            position = end + 1
        }
    }

    /// A post and a surname alone, "President Clinton", "Foreign Minister Lavrov" (the post's last
    /// word at `position`): the one person of the lexicon whose name ends with that surname and who
    /// holds a post of that name on `day`. Its last token and the person and actor, or nil (no day,
    /// no such person, two of them, or a name the lexicon knows starting at the surname).
    private func titledPerson(_ tokens: [Token], _ text: [UInt8], at position: Int, day: CalendarDay?) -> (Int, (name: String, actor: ActorID))? {
        // Capitals first: most words of text are turned away before any look-up.
        guard let day, position + 1 < tokens.count, tokens[position].kind == .word, isUpper(text[tokens[position].range.lowerBound]),
              tokens[position + 1].kind == .word, isUpper(text[tokens[position + 1].range.lowerBound])
        else { return nil }
        // A surname alone: not the given name of a full name ("President Joe Biden").
        if position + 2 < tokens.count, tokens[position + 2].kind == .word, isUpper(text[tokens[position + 2].range.lowerBound]) { return nil }
        guard TitleWords.all.value(lowercasing: tokens[position].range, in: text) == true else { return nil }
        let candidates = text.withUnsafeBufferPointer { index.people(withSurname: UnsafeBufferPointer(rebasing: $0[tokens[position + 1].range])) }
        guard !candidates.isEmpty, longestMatch(tokens, text, from: position + 1) == nil else { return nil }
        let post = String(decoding: text[tokens[position].range], as: UTF8.self).lowercased()
        var found: (name: String, actor: ActorID)? = nil
        for candidate in candidates {
            let person = index.lexicon.people[Int(candidate)]
            guard let role = person.roles.last(where: { $0.isHeld(on: day) }),
                  role.title.lowercased().split(separator: " ").contains(where: { $0 == post })
            else { continue }
            guard found == nil else { return nil }
            found = (person.name, role.actor)
        }
        return found.map { (position + 1, $0) }
    }

    static let unSecurityCouncil = ActorID("UNSC")
    static let ancestryWords: ByteTable<Bool> = ["descent", "origin", "origins", "extraction", "ancestry", "heritage", "parentage"]

    private static func namesUN(_ word: ArraySlice<UInt8>) -> Bool {
        word.elementsEqual("UN".utf8) || word.elementsEqual("U.N.".utf8) || word.elementsEqual("Nations".utf8)
    }

    /// The last token of the longest name starting at `start`, what it names, and its trie node.
    func longestMatch(_ tokens: [Token], _ text: [UInt8], from start: Int, firstID: Int32? = nil) -> (Int, LexiconIndex.Target, node: Int32)? {
        var node: Int32 = 0
        var best: (Int, LexiconIndex.Target, node: Int32)? = nil
        var position = start
        // Through a buffer: a slice of the text per token retained and released its storage.
        text.withUnsafeBufferPointer { text in
            while position < tokens.count {
                let id = (position == start ? firstID : nil) ?? index.tokenID(UnsafeBufferPointer(rebasing: text[tokens[position].range]))
                guard let next = id.flatMap({ index.child(node, $0) }) else {
                    // "Eduard A. Shevardnadze": a middle initial inside a name is read past, when the name goes on after it.
                    if node != 0, let after = ActorRecognizer.initialEnd(tokens, text, at: position), after + 1 < tokens.count,
                       let id = index.tokenID(UnsafeBufferPointer(rebasing: text[tokens[after + 1].range])), index.child(node, id) != nil
                    {
                        position = after + 1
                        continue
                    }
                    break
                }
                node = next
                if let target = index.target(at: node) { best = (position, target, node) }
                position += 1
            }
        }
        return best
    }

    /// The last token of a middle initial at `position`, `A.` as one token or `A` and `.`, or nil.
    static func initialEnd(_ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        let range = tokens[position].range
        guard tokens[position].kind == .word, isUpper(text[range.lowerBound]) else { return nil }
        if range.count == 2, text[range.lowerBound + 1] == UInt8(ascii: ".") { return position }
        guard range.count == 1, position + 1 < tokens.count, tokens[position + 1].kind == .punctuation,
              tokens[position + 1].range.lowerBound == range.upperBound, text[tokens[position + 1].range.lowerBound] == UInt8(ascii: ".")
        else { return nil }
        return position + 1
    }

    /// The vocabulary id of a sentence's first word set in capitals as a paragraph's opening often is
    /// ("ISRAEL and Jordan ended 46 years of hostility"), read as the name it spells: three letters
    /// or more, all capitals, before a lower-case word (a dateline's place is no part of the sentence).
    private func dropCapitalsID(_ tokens: [Token], _ text: [UInt8]) -> Int32? {
        guard tokens.count > 1, tokens[0].kind == .word, tokens[0].range.count >= 3, tokens[1].kind == .word,
              case let next = text[tokens[1].range.lowerBound], next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z"),
              text[tokens[0].range].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else { return nil }
        var titled = Array(text[tokens[0].range])
        for offset in 1..<titled.count { titled[offset] |= 0x20 }
        return titled.withUnsafeBufferPointer { index.tokenID($0) }
    }

    /// `Iran-backed`, `pro-Kremlin`, `Russian-made`: the name is joined by a hyphen to a word.
    private func isHyphenated(_ tokens: [Token], start: Int, end: Int) -> Bool {
        let before = start >= 2 && tokens[start - 1].kind == .hyphen && tokens[start - 2].kind == .word
            && tokens[start - 1].range.lowerBound == tokens[start - 2].range.upperBound
            && tokens[start].range.lowerBound == tokens[start - 1].range.upperBound
        let after = end + 2 < tokens.count && tokens[end + 1].kind == .hyphen && tokens[end + 2].kind == .word
            && tokens[end + 1].range.lowerBound == tokens[end].range.upperBound
            && tokens[end + 2].range.lowerBound == tokens[end + 1].range.upperBound
        return before || after
    }

    /// `Jordan Peterson`, `Michael Jordan`: a name that is also a given name, next to another capitalised name.
    private func looksLikePartOfAPersonName(_ tokens: [Token], _ text: [UInt8], start: Int, end: Int) -> Bool {
        func isCapitalisedName(_ position: Int) -> Bool {
            guard position >= 0, position < tokens.count, tokens[position].kind == .word else { return false }
            let token = tokens[position]
            guard isUpper(text[token.range.lowerBound]) else { return false }
            let word = String(decoding: text[token.range], as: UTF8.self).lowercased()
            if TitleWords.all.contains(word) || Coreference.sentenceStarters.contains(word) { return false }
            return longestMatch(tokens, text, from: position) == nil
        }
        return isCapitalisedName(end + 1) || (start > 0 && isCapitalisedName(start - 1))
    }

    /// `Kremlin spokesperson Dmitry Peskov`, `Former Russian president Dmitry Medvedev`,
    /// `Russia's Foreign Minister Sergei Lavrov`: one person mention, not two mentions.
    func foldTitles(_ mentions: [ActorMention], _ tokens: [Token], _ text: [UInt8]) -> [ActorMention] {
        guard mentions.count >= 2 else { return mentions }
        // Most sentences fold nothing: the list is copied only from the first fold on.
        var result: [ActorMention]? = nil
        var index = 0
        // Fields are read where they lie: a copy of each mention retained its strings.
        while index < mentions.count {
            if index + 1 < mentions.count, mentions[index].form != .person, mentions[index].form != .coreference,
               mentions[index + 1].form == .person, mentions[index + 1].actor == mentions[index].actor,
               onlyTitlesBetween(mentions[index].range.upperBound, mentions[index + 1].range.lowerBound, tokens, text)
            {
                if result == nil {
                    result = []
                    result!.reserveCapacity(mentions.count)
                    result!.append(contentsOf: mentions[..<index])
                }
                var merged = mentions[index + 1]
                merged.range = mentions[index].range.lowerBound..<mentions[index + 1].range.upperBound
                result!.append(merged)
                index += 2
                continue
            }
            if result != nil { result!.append(mentions[index]) }
            index += 1
        }
        return result ?? mentions
    }

    private func onlyTitlesBetween(_ start: Int, _ end: Int, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        // From the first token at or after `start`, up to `end`.
        var count = 0
        for token in tokens[tokens.partitionIndex { $0.range.lowerBound >= start }...] {
            guard token.range.upperBound <= end else { break }
            count += 1
            if count > 6 { return false }
            switch token.kind {
            case .possessive, .hyphen: continue
            case .punctuation:
                if text[token.range] != [UInt8(ascii: ".")][...] { return false }
            case .word:
                let word = String(decoding: text[token.range], as: UTF8.self).lowercased()
                if !TitleWords.all.contains(word) { return false }
            }
        }
        return true
    }
}

/// Words of titles that stand between an actor and a person's name, each `true` when it names a
/// post ("president", "spokesman") rather than only qualifying one ("former", "the", "of").
enum TitleWords {
    static let posts = [
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "prince", "sheikh", "leader", "chief",
        "head", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "representative", "general",
        "gen", "commander", "speaker", "chairman", "chair", "director", "diplomat", "adviser", "advisor", "ayatollah",
        "colonel", "col", "admiral", "adm",
    ]
    static let qualifiers = [
        "vice", "prime", "ministry", "foreign", "defense", "defence", "interior", "finance", "press", "deputy", "former",
        "ex", "special", "supreme", "crown", "senior", "official", "army", "military", "security", "council", "top",
        "national", "political", "bureau", "member", "of", "the", "state", "intelligence", "staff", "joint", "chiefs",
        "lt", "rear", "mr", "mrs", "ms", "dr", "and", "for", "affairs", "house", "un", "u.n.", "permanent", "delegation",
        "external", "armed", "forces", "first", "mission", "to", "israeli", "acting", "outgoing", "incoming", "newly",
        "elected", "opposition", "counterpart", "office",
    ]
    static let all = ByteTable<Bool>(strings: posts.map { ($0, true) } + qualifiers.map { ($0, false) })
}
