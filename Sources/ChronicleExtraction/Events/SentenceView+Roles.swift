import ChronicleModel

/// Who stands where around a cue: the subject before a verb, the object after it, asides and
/// relative clauses, possessors, lists and the parties of "between".
extension SentenceView {
    /// Whether the mention starting at word `start` opens a clause: "that Ukraine", "that the U.S.".
    func opensClause(at start: Int) -> Bool {
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
        // "supplied weapons to Houthis fighting the Saudi-led coalition": the Houthis fight.
        if let doer = participleDoer(of: word, excluding: excluding) { return doer }
        // "The Houthis, who control Yemen's capital Sanaa, said they had fired": "they" after a verb of
        // saying is the sayer, not the last actor named in the clause about it.
        // ("said they would continue attacking Israel": over a verb of aspect too)
        var pronoun = wordBefore(verbAt: word)
        if pronoun > 0, self.word(pronoun, isIn: SentenceWords.aspectVerbs) { pronoun = wordBefore(verbAt: pronoun) }
        if pronoun > 0, self.word(pronoun, is: "they"), mention(at: pronoun) == nil {
            let said = self.word(pronoun - 1, is: "that") ? pronoun - 2 : pronoun - 1
            if said > 0, self.word(said, isIn: SentenceWords.speechVerbs), let sayer = subject(before: said, excluding: excluding) {
                return sayer
            }
            // "Chavez and Uribe acknowledged that Castro played a role and they thanked": a "they" no one
            // was found for, after "and", is the list that opens the sentence (its last, whom the joint
            // subjects before it join).
            // (Only where the actor nearest before it is one person, whom "they" cannot be: "Israel and the US
            // said Hezbollah fighters crossed the border and they attacked" keeps Hezbollah.)
            if self.word(pronoun - 1, is: "and"), let nearest = nearestMention(before: pronoun, excluding: MentionSet()), person(of: nearest) != nil,
               let first = (0..<min(3, pronoun)).lazy.compactMap({ self.mentionStarting(at: $0) }).first,
               !isPrepositionalObject(first), let last = coordinated(after: first).last, mentions[last].end < pronoun - 1, nearest != last
            {
                return last
            }
        }
        // "The airport, which has handled UN flights, was bombed": a relative clause between commas
        // describes a noun that is no actor, and that noun is the subject; "Poland – which borders
        // Ukraine – condemned", "Turkey – a NATO member – bought": an aside between dashes describes
        // the actor before it.
        if let open = asideOpening(before: word) { return mentionEnding(at: open) }
        var position = word - 1
        var fallback: Int? = nil
        while position >= 0, word - position <= 40 {
            if let found = mention(at: position) {
                let start = mentions[found].start
                if opensClause(at: start) { return found }
                // "Iranian-backed militias attacked": the backer is no one's subject ("Yemen's Saudi-backed
                // government accused": the possessor before it may be).
                // ("Canada became the first G7 nation to recognise", "the third EU leader to visit": a name after a
                // word of rank qualifies the noun, it is no subject)
                // ("backed the decision to expel Russian diplomats and accused Moscow": nor is the object of an infinitive.)
                if isBacker(found) || start > 0 && self.word(start - 1, isIn: SentenceWords.rankingWords)
                    || start > 1 && self.word(start - 2, is: "to") && isLowerCaseWord(start - 1) && !isPreposition(start - 1)
                        && !self.word(start - 1, isIn: SentenceView.functionWords)
                {
                    position = start - 1
                    continue
                }
                if !excluding.contains(found) {
                    // ("In the capital, Mogadishu, one of the leaders called": a name in the opening phrase is none.)
                    if !isPrepositionalObject(found) {
                        if inOpeningPhrase(found, before: word) {
                            position = start - 1
                            continue
                        }
                        return ownerOfQualifiedPost(found) ?? found
                    }
                    // "a price cap on Russia's oil and aggressively targets": what a preposition's
                    // possessor owns is that preposition's object, never the verb's subject (but
                    // "the secretary of Iran's Council, met", "a delegation from Iran's parliament visited").
                    // ("Since the break with Honduras, only 13 countries recognise Taiwan": nor is one in a
                    // phrase that opens the sentence and a comma closes.)
                    if !possessiveAfter(mentions[found].end) || self.word(mentions[found].start - 1, isIn: SentenceWords.belongingPrepositions),
                       !inOpeningPhrase(found, before: word)
                    {
                        fallback = fallback ?? found
                    }
                }
                position = start - 1
                continue
            }
            if self.word(position, isIn: SentenceWords.boundaries) { return fallback }
            position -= 1
        }
        return fallback
    }

    /// Who does what a participle of force right after the object of giving or backing says, as a
    /// reduced relative clause: "supplied weapons to Houthis fighting the Saudi-led coalition",
    /// "armed Houthi rebels attacking ships" (the Houthis); `.some(nil)` for armed people no actor
    /// names ("sent drones to militias attacking US-led forces": neither Russia nor anyone named);
    /// nil when `word` is no such participle, for the subject to be looked for as usual. Not after
    /// verbs of meeting or travel ("met with Wang Yi accusing": the one who met accuses), nor a
    /// result ("struck Taliban militants killing eight civilians": the strike kills).
    func participleDoer(of word: Int, excluding: MentionSet) -> Int?? {
        guard word > 1, self.word(word, isIn: SentenceWords.forceParticiples), !commaAfter(word - 1) else { return nil }
        // Over up to two words of armed people after the name: "Houthi rebels", "Hamas gunmen".
        var before = word - 1
        while before >= 0, word - before <= 2, mention(at: before) == nil, self.word(before, isIn: SentenceWords.armedPeople) {
            before -= 1
        }
        let found = mentionEnding(at: before)
        if let found {
            guard excluding.contains(found), !possessiveAfter(before), !isPlaceNamed(found) else { return nil }
        } else if before == word - 1 {
            return nil
        }
        // The object's phrase back to the verb of giving or backing, in one clause.
        var position = found.map { mentions[$0].start - 1 } ?? before
        while position >= 0, before - position <= 6, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.givingVerbs) || self.word(position, isIn: SentenceWords.armingVerbs) {
                return .some(found)
            }
            guard mention(at: position) == nil, isLowerCaseWord(position) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the mention `mention` lies in a phrase that opens the sentence with a preposition and
    /// that a comma closes before `word`: "Since the break with Honduras," "After talks with Iran,".
    func inOpeningPhrase(_ mention: Int, before word: Int) -> Bool {
        // (after a joining word: "But since Petro succeeded him in August, Colombia's president ...")
        let opener = self.word(0, isIn: SentenceWords.sentenceJoiners) ? 1 : 0
        guard self.word(opener, isIn: SentenceWords.phraseOpeners), mentions[mention].start > opener, mentions[mention].end < word,
              let close = (opener..<word).first(where: commaAfter)
        else { return false }
        // A name alone between that comma and the next, after a noun of place, is the phrase's: "In the
        // capital, Mogadishu, officials" (but "In solidarity, Mali, Niger and Burkina Faso recalled" lists).
        if self.word(close, isIn: SentenceWords.placeNouns), let named = self.mention(at: close + 1), mentions[named].end < word,
           commaAfter(mentions[named].end)
        {
            return mentions[mention].end <= mentions[named].end
        }
        return mentions[mention].end <= close
    }

    /// The actor that an aside or a relative clause just before the verb at `word` describes, which
    /// is the verb's subject (adverbs and auxiliaries may stand between):
    /// - an aside between commas: in "Russia, backed by Iran, attacked Ukraine" Russia attacked, not
    ///   Iran. An aside opens with a participle, an adverb, a relative pronoun or the first word of a
    ///   noun phrase ("Israel, a close ally of the United States, struck"), or ends with a verb of
    ///   saying ("Israel, officials said, struck"); one that is an actor alone is a list ("Russia, the
    ///   United States, and China");
    /// - a relative pronoun: "Hamas, which attacked", "the Houthis, who have since threatened",
    ///   also over a sayer: "Pyongyang, which Seoul said sank".
    func describedActor(before word: Int) -> Int? {
        var before = word - 1
        // The word before the verb is tested first for what ends an aside or opens a relative
        // clause, which costs no look-up; only an auxiliary or an adverb sends the search further.
        while before > 0 {
            if commaAfter(before) {
                return commaBefore(before).flatMap { asideHead(opening: $0, closing: before) }
            }
            if self.word(before, is: "which") || self.word(before, is: "who") {
                // "an Israeli strike on a consulate in Damascus, Syria, which killed": a place is not what kills.
                if let named = mentionEnding(at: before - 1) { return isPlaceNamed(named) ? nil : named }
                // "angry statements from Russia's defense minister, who denounced Georgia": whom the
                // people named act for; "the American cruiser Vincennes, which was battling": whose arms.
                return self.word(before, is: "who") ? actorOfPeople(endingAt: before - 1) : actorOfArms(endingAt: before - 1)
            }
            // "Pyongyang, which Seoul said sank one of its warships": a sayer inside the relative
            // clause leaves its verb to the actor the pronoun stands for.
            if self.word(before, isIn: SentenceWords.relativeSayings), let sayer = mentionEnding(at: before - 1) {
                // (over a list of sayers: "Hamas, which the EU and the US say attacked Israel")
                var pronoun = mentions[coordinated(before: sayer).first ?? sayer].start - 1
                if self.word(pronoun, is: "the") { pronoun -= 1 }
                guard self.word(pronoun, is: "which") || self.word(pronoun, is: "who"), let named = mentionEnding(at: pronoun - 1),
                      !isPlaceNamed(named)
                else { return nil }
                return named
            }
            guard mention(at: before) == nil, isAuxiliaryOrAdverb(before) else { return nil }
            before -= 1
        }
        return nil
    }

    /// The actor whose people the words ending at `end` name: up to three lower-case words after its
    /// possessive or its people's name, the last of them a post or a body ("Russia's defense
    /// minister", "the Russian foreign ministry spokesman"); nil for any other noun ("Israel's enemies").
    func actorOfPeople(endingAt end: Int) -> Int? {
        guard end > 0, word(end, isIn: SentenceWords.visitorNouns) || word(end, isIn: SentenceWords.sourceNouns) else { return nil }
        return owner(ofNounAt: end)
    }

    /// The actor whose arms the words ending at `end` name, as `actorOfPeople` does its people: "the
    /// American cruiser Vincennes" (a vessel's own name after its noun), "Israeli warplanes".
    func actorOfArms(endingAt end: Int) -> Int? {
        let noun = end > 0 && isCapitalised(end) && mention(at: end) == nil ? end - 1 : end
        guard noun > 0, word(noun, isIn: SentenceWords.armedMeans) || word(noun, isIn: SentenceWords.warCraft) else { return nil }
        return owner(ofNounAt: noun)
    }

    /// The actor named by a possessive or a people's name up to three lower-case words before the noun at `end`.
    private func owner(ofNounAt end: Int) -> Int? {
        var position = end
        while position >= 0, end - position <= 3 {
            if let found = mention(at: position) {
                guard position < end, mentions[found].end == position, possessiveAfter(position) || form(of: found) == .demonym else { return nil }
                return found
            }
            guard isLowerCaseWord(position), position == end || !pauseAfter(position) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the verb at `word` follows, over auxiliaries and adverbs, a relative clause set off by
    /// commas or dashes, or any aside set off by dashes: "The airport, which has handled UN flights,
    /// was", "Turkey – a NATO member – bought". The last word before the aside opens, or nil.
    func asideOpening(before word: Int) -> Int? {
        var before = word - 1
        while before > 0, !pauseAfter(before), mention(at: before) == nil,
              isAuxiliaryOrAdverb(before) || self.word(before, isIn: SentenceWords.formsOfBe) { before -= 1 }
        guard before > 0, pauseAfter(before) else { return nil }
        var open = before - 1
        while open >= 0, before - open <= SentenceView.longestAside, !pauseAfter(open) { open -= 1 }
        guard open >= 0, pauseAfter(open) else { return nil }
        let dashes = !commaAfter(open) && !commaAfter(before)
        return dashes || self.word(open + 1, isIn: SentenceWords.relativePronouns) ? open : nil
    }

    /// Whether the verb at `word` follows a relative aside whose noun is no actor ("The airport, which
    /// has handled UN flights, was bombed").
    func followsRelativeAside(_ word: Int) -> Bool {
        asideOpening(before: word).map { mentionEnding(at: $0) == nil } ?? false
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
        // ("Fidan, speaking alongside his Iranian counterpart, condemned": a participle in -ing opens one too.)
        let opens = opener.map { possessiveAfter(mentions[$0].end) }
            ?? (self.word(first, endsWith: "ed") || self.word(first, endsWith: "ly") || self.word(first, endsWith: "ing"))
        guard opens || self.word(close, isIn: SentenceWords.speechVerbs) || self.word(first, isIn: SentenceWords.asideOpeners) || self.word(first, isIn: SentenceWords.participles)
        else { return nil }
        // "Russia, along with China, vetoed": a list of those who act, not an aside (`coordinated(before:)`).
        if joiningPhraseLength(at: first) > 0 { return nil }
        let lone = opener ?? (self.word(first, isIn: SentenceWords.articles) ? mention(at: first + 1) : nil)
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

    /// The last word of an aside that opens right after the mention `placed` and describes it
    /// ("Germany, the largest EU economy,"), or that names the holder of its post ("North Korea's
    /// young leader, Kim Jong Un,"); nil for none.
    func asideEnd(after placed: Int) -> Int? {
        let open = mentions[placed].end
        if open < wordCount, possessiveAfter(open) {
            var post = open + 1
            while post < wordCount, post - open <= 3, !commaAfter(post), isLowerCaseWord(post) { post += 1 }
            guard post < wordCount, commaAfter(post), word(post, isIn: SentenceWords.visitorNouns), let named = mentionStarting(at: post + 1),
                  person(of: named) != nil, sameActor(named, placed), commaAfter(mentions[named].end)
            else { return nil }
            return mentions[named].end
        }
        guard open < wordCount, commaAfter(open) else { return nil }
        var close = open + 1
        while close < wordCount, close - open <= SentenceView.longestAside, !commaAfter(close) { close += 1 }
        guard close < wordCount, commaAfter(close), asideHead(opening: open, closing: close) == placed else { return nil }
        return close
    }

    /// Words an aside may run to; a longer stretch between commas is more likely two clauses.
    static let longestAside = 24

    /// The nearest actor before `word` in its clause (no comma or relative pronoun between), other than those in
    /// `excluding` and the objects of prepositions: the subject of the verb a noun cue follows
    /// ("..., and Israel responded with airstrikes on Lebanon").
    func nearestInClause(before word: Int, excluding: MentionSet, within window: Int = 12) -> Int? {
        var position = word - 1
        while position >= 0, word - position <= window, !commaAfter(position), !self.word(position, isIn: SentenceWords.relativePronouns) {
            if let found = mention(at: position) {
                // ("said at the G20 summit in Rio, Brazil that the attack on Bryansk": a place is no one who acts)
                if !excluding.contains(found), !isPrepositionalObject(found), !isBacker(found), !isPlaceNamed(found) { return found }
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
        // The participle comes first: "While Israel was fighting Hamas," has a subject of its own.
        guard wordCount > 2, word(0, isIn: SentenceWords.participleOpeners), mention(at: 0) == nil,
              word(1, endsWith: "ing"), characterCount(1) > 4
        else { return nil }
        var position = 1
        while position < wordCount, position <= SentenceView.longestAside {
            if commaAfter(position) { return position }
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

    func isPreposition(_ index: Int) -> Bool { word(index, isIn: SentenceWords.prepositions) }

    /// Whether the mention `placed` names a place after a preposition of place, alone or beside
    /// another name of its actor: "in Damascus", "in Damascus, Syria" (but "trouble with Iran, which").
    func isPlaceNamed(_ placed: Int) -> Bool {
        let start = mentions[placed].start
        if followsPlacePreposition(start) { return true }
        guard start > 1, commaAfter(start - 1) else { return false }
        // The name before the comma may be a place no mention holds ("in Damascus, Syria": a capital named as a place).
        guard let before = mentionEnding(at: start - 1) else { return word(start - 2, isIn: SentenceWords.placePrepositions) }
        return actor(of: before) == actor(of: placed) && followsPlacePreposition(mentions[before].start)
    }

    /// Whether a preposition of place stands before word `start`, over "the" and a word of region: "in (southern) Lebanon".
    private func followsPlacePreposition(_ start: Int) -> Bool {
        let before = introducer(of: start)
        // ("fired rockets at Israel, which struck Lebanon": "at" names a target)
        return word(before, is: "in") || word(before, is: "near") || word(before, is: "inside")
    }

    /// The word that introduces a name starting at word `start`, over a word of region and "the"
    /// before it ("from southern Lebanon", "in the Gulf"); -1 at the sentence's start.
    private func introducer(of start: Int) -> Int {
        var before = start - 1
        if before >= 0, word(before, isIn: SentenceWords.regionWordTable) { before -= 1 }
        // "demonstrated in the capital Ouagadougou": the place named after its noun
        if before > 0, word(before, isIn: SentenceView.namedPlaceNouns), mention(at: before - 1) == nil { before -= 1 }
        if before >= 0, word(before, is: "the") { before -= 1 }
        return before
    }

    /// Nouns of a place its name follows: "the capital Ouagadougou", "the port city Hodeidah".
    static let namedPlaceNouns: ByteTable<Bool> = ["capital", "city", "town", "port", "village"]

    /// Whether the mention `placed` backs what follows it, which acts for itself: "Iranian-backed
    /// militias attacked", or wrote it: "the UN-brokered deal collapsed". One that leads it acts
    /// through it: "the Saudi-led coalition struck".
    func isBacker(_ placed: Int) -> Bool {
        let next = mentions[placed].end + 1
        return next < wordCount && hyphenBefore(next) && !word(next, is: "led")
            && (word(next, isIn: SentenceWords.backingParticiples) || word(next, isIn: SentenceWords.authoringParticiples))
    }

    /// Whether the "led" at `led` qualifies forces, right after it or past one word, that no name
    /// follows: "US-led forces", "the Saudi-led Arab coalition" (not "Qatari-led mediation").
    func leadsForces(after led: Int) -> Bool {
        for head in led + 1...led + 2 where head < wordCount {
            if mention(at: head) != nil { return false }
            if word(head, isIn: SentenceWords.ledForceNouns) { return true }
            if pauseAfter(head) { return false }
        }
        return false
    }

    /// Whether the mention `placed` names a topic: after "on", "about" or "over" (and "the"), before a
    /// noun of an affair ("on the Zimbabwe crisis", "about the Iran issue").
    func namesTopic(_ placed: Int) -> Bool {
        var before = mentions[placed].start - 1
        if before > 0, word(before, is: "the") { before -= 1 }
        guard before >= 0, word(before, is: "on") || word(before, is: "about") || word(before, is: "over") else { return false }
        return word(mentions[placed].end + 1, isIn: SentenceWords.affairNouns)
    }

    /// Whether a verb of opposing stands before the text noun at `noun`, over at most three words of
    /// its phrase and no comma: "opposed a draft resolution", "criticised the statement"; not across
    /// the "in" of the opposer's own text ("condemned Israel in a statement accusing it").
    func opposesText(_ noun: Int) -> Bool {
        var position = noun - 1
        while position >= 0, noun - position <= 4, !commaAfter(position) {
            if word(position, isIn: SentenceWords.opposingVerbs) { return true }
            if word(position, is: "in") || word(position, is: "with") || word(position, is: "through") { return false }
            position -= 1
        }
        return false
    }

    /// Whether the word at `preposition` is the "in" of those who govern from a capital, whose name
    /// follows: "the new authorities in Damascus", "officials in Kyiv" (an actor, not a place); but
    /// "U.S. officials in Kyiv" are American, and Kyiv is where they are.
    func isSeatOfGovernment(after preposition: Int) -> Bool {
        word(preposition, is: "in") && word(preposition - 1, isIn: SentenceWords.governingBodies) && mention(at: preposition - 2) == nil
    }

    /// Whether word `index` may qualify a noun that follows it, between an article and a cue's
    /// noun: a word joined by a hyphen (`US-brokered`, `long-awaited`), a number (`a 25% tariff`),
    /// an adjective by its ending (`immediate`, `comprehensive`, `ballistic`) or a common modifier
    /// (`full`, `peace`, `trade`), and `and`/`or` between two of them. Never a word before a comma,
    /// nor an actor's name unless a hyphen joins it to the next word (`the US-brokered deal`).
    func isNounModifier(_ index: Int) -> Bool {
        guard index >= 0, index + 1 < wordCount, !commaAfter(index) else { return false }
        if mention(at: index) != nil { return hyphenBefore(index + 1) }
        if word(index, is: "and") || word(index, is: "or") {
            return index > 0 && mention(at: index + 1) == nil && isModifierWord(index + 1)
        }
        // "signed a landmark new "Pukpuk" defence treaty": a name no lexicon knows qualifies the noun.
        return isModifierWord(index) || isCapitalised(index)
    }

    /// Where a list of modifiers joined by commas and a last "and" or "or" that qualifies the noun at
    /// `noun` starts ("imposed diplomatic, trade and financial sanctions on"): its commas part no
    /// clauses. `noun` when no such list stands right before it.
    func modifierListStart(before noun: Int) -> Int {
        var position = noun - 1
        var joined = false, commas = false
        while position >= 0, noun - position <= 8 {
            if !joined {
                // the item after the "and", up to the noun: a modifier or any plain word ("economic,
                // financial and visa sanctions")
                if word(position, is: "and") || word(position, is: "or") {
                    guard position < noun - 1 else { return noun }
                    joined = true
                } else if !isModifierWord(position) && !(isLowerCaseWord(position) && !self.word(position, isIn: SentenceView.functionWords))
                    || mention(at: position) != nil || commaAfter(position)
                {
                    return noun
                }
            } else {
                // the items before it, each followed by a comma but the last
                guard isModifierWord(position), mention(at: position) == nil, !hyphenBefore(position) else { break }
                if commaAfter(position) { commas = true } else if word(position + 1, is: "and") || word(position + 1, is: "or") {
                    // the item right before the "and"
                } else {
                    break
                }
            }
            position -= 1
        }
        return joined && commas ? position + 1 : noun
    }

    /// A word that qualifies a noun by its form (a hyphen, a number, an adjective's ending) or by the
    /// list of common modifiers.
    func isModifierWord(_ index: Int) -> Bool {
        if hyphenBefore(index) || index + 1 < wordCount && hyphenBefore(index + 1) { return true }
        if isQuantity(index) || word(index, isIn: SentenceWords.nounModifiers) { return true }
        return SentenceWords.modifierEndings.contains { word(index, endsWith: $0) }
    }

    func isPrepositionalObject(_ placed: Int) -> Bool {
        // "near Yemen's Hodeidah port": a place its state's possessive names stands where the state does.
        let start = mentions[placed].start
        if start > 0, possessiveAfter(start - 1), let owner = mentionEnding(at: start - 1), actor(of: owner) == actor(of: placed) {
            return isPrepositionalObject(owner)
        }
        let before = introducer(of: mentions[placed].start)
        guard before >= 0 else { return false }
        if isSeatOfGovernment(after: before) { return false }
        // "The Cabinet of Ministers of the Netherlands has approved": a body of an actor stands for it.
        if word(before, is: "of"), before > 0,
           word(before - 1, isIn: SentenceWords.partNouns) || word(before - 1, isIn: SentenceWords.governingBodies)
            || word(before - 1, isIn: SentenceWords.cabinetNouns)
        {
            return false
        }
        // "Russia, along with China, vetoed": a list, whose second actor shares the verb.
        if word(before, is: "with"), before > 0, joiningPhraseLength(at: before - 1) == 2 { return false }
        // "militias in Iraq and Syria": listed after a preposition's object, an object too; but a person
        // named there starts a phrase of their own ("Lula of Brazil and Donald Trump of the United States met").
        // But an actor's arms or people with a verb of their own start a clause ("fired rockets at
        // Israel and Israeli jets struck Lebanon").
        if word(before, is: "and") || word(before, is: "or"), before > 0, person(of: placed) == nil,
           let previous = mentionEnding(at: before - 1), !commaAfter(before - 1)
        {
            let end = forcesEnd(of: placed)
            if end > mentions[placed].end, pastVerbFollows(end) { return false }
            return isPrepositionalObject(previous)
        }
        return word(before, isIn: SentenceWords.prepositions)
    }

    /// Whether a verb cue at `word` reads as a noun here: "seeks supplies", "the attack", "its support";
    /// or as an adjective: a past participle after a preposition ("Americans in occupied Kuwait").
    func readsAsNoun(_ word: Int) -> Bool {
        // (A cue in the passive starts with its "be": "Indonesia's ambassador to Australia was recalled".)
        guard word > 0, !self.word(word, isIn: SentenceWords.formsOfBe) else { return false }
        let previous = word - 1
        let plural = self.word(word, endsWith: "s")
        // A plural that is no verb in -ss ("Ukrainian officials press").
        let countedPlural = plural && !self.word(word, endsWith: "ss")
        // "Iran's talks with", "Russia's attacks on": what follows a possessive is a noun (a gerund
        // may still be a verb: "Iran's arming the Houthis", where 's is "is"; but not before a
        // preposition: "Kenya's hosting of the RSF", "Russia's meeting with Azerbaijan").
        if possessiveAfter(previous), !self.word(word, endsWith: "ing") || isPreposition(word + 1) && !self.word(word + 1, isIn: SentenceWords.particles) {
            return true
        }
        // "Iranian funds", "Israeli strikes": a plural after a demonym is what the demonym qualifies.
        // Not after a plural demonym ("Egyptians express").
        if countedPlural, let before = mention(at: previous), sentenceMentions[mentions[before].mention].form == .demonym,
           !commaAfter(previous), !self.word(previous, endsWith: "s")
        {
            return true
        }
        if countedPlural, self.word(previous, isIn: SentenceWords.attackKindWords) { return true }
        // "transporting sanctioned Russian oil": a participle between a verb in -ing and a people's
        // name qualifies what follows ("having attacked Israeli forces" is a verb; "on Saturday evening
        // launched" follows no verb).
        if self.word(word, endsWith: "ed"), self.word(previous, endsWith: "ing"), characterCount(previous) > 5, !commaAfter(previous),
           !self.word(previous, is: "having"), !self.word(previous, is: "during"), !self.word(previous, isIn: SentenceWords.timeWords),
           let next = mentionStarting(at: word + 1), sentenceMentions[mentions[next].mention].form == .demonym
        {
            return true
        }
        // "rejected US demands", "in response to the US demands": a plural after an actor that is itself
        // the object of a verb in the past or of a preposition is that actor's noun, not its verb.
        if countedPlural, let before = mention(at: previous), mentions[before].end == previous, !commaAfter(previous) {
            var opener = mentions[before].start - 1
            if opener >= 0, self.word(opener, is: "the") { opener -= 1 }
            if opener >= 0, !commaAfter(opener),
               self.word(opener, isIn: SentenceWords.prepositions) || self.word(opener, isIn: SentenceWords.irregularPasts)
                || characterCount(opener) > 4 && self.word(opener, endsWith: "ed")
            {
                return true
            }
        }
        // "a new package of financing for military aid": a gerund after a noun of what holds it and
        // "of" names a thing (but "a campaign of bombing Ukraine's grid", "a history of supporting
        // Israel", "years of bombing by a Saudi-led coalition", with its agent, are acts).
        if word > 1, self.word(previous, is: "of"), self.word(word - 2, isIn: SentenceWords.containerNouns), self.word(word, endsWith: "ing"),
           !self.word(word + 1, is: "by")
        {
            return true
        }
        // "the remaining trade sanctions China imposed": a plural with an actor and a verb in the past after
        // it is the noun that actor's clause qualifies (a verb in -s takes no second verb so).
        if countedPlural, let next = mentionStarting(at: word + 1), !commaAfter(mentions[next].end), isPastForm(mentions[next].end + 1),
           !hyphenBefore(mentions[next].end + 1), mention(at: mentions[next].end + 1) == nil
        {
            return true
        }
        // "tariffs on barley imports from Australia", "a ban on arms sales to Iran": a plural between a
        // preposition's plain word and another preposition is a noun (a verb in -s follows its subject,
        // not a preposition's object). But "Hungary at times sides with Russia", "China in turn calls for":
        // a preposition's phrase that is an adverb leaves the verb a verb.
        if countedPlural, word > 1, isPreposition(word + 1), self.word(word - 2, isIn: SentenceWords.prepositions), !self.word(word - 2, is: "to"),
           isLowerCaseWord(previous), mention(at: previous) == nil, !self.word(previous, isIn: SentenceView.functionWords), !commaAfter(previous),
           !self.word(previous, isIn: SentenceWords.adverbialNouns)
        {
            return true
        }
        // "under attack from Russian drones", "under fire": after "under", a noun.
        if self.word(previous, is: "under") { return true }
        // "all imports", "all attacks", "halts all fighting": a plural or a gerund right after "all".
        if self.word(previous, is: "all"), countedPlural || self.word(word, endsWith: "ing"), !commaAfter(previous) { return true }
        // "against invading Russian forces": a participle in -ing between "against" and an actor's
        // forces qualifies them (as an adjective does; it is no verb either way). After "of", "into"
        // or "toward" it is a gerund: "accused Ukraine of attacking Russian forces", "drawn into
        // fighting Houthi forces".
        if self.word(previous, is: "against"), self.word(word, endsWith: "ing"),
           let named = mentionStarting(at: word + 1), self.word(mentions[named].end + 1, isIn: SentenceWords.groupNouns)
        {
            return true
        }
        // "a loan using frozen Russian assets": a participle that is no past tense, with no auxiliary
        // or form of "be" before it, qualifies what follows.
        if self.word(word, isIn: SentenceWords.participlesOnly), !self.word(word + 1, is: "by"), !isAuxiliaryOrAdverb(previous),
           !self.word(previous, isIn: SentenceWords.formsOfBe),
           !self.word(previous, is: "has"), !self.word(previous, is: "have"), !self.word(previous, is: "had")
        {
            return true
        }
        // "$6 billion frozen Iranian funds": after a number, a participle qualifies what is counted;
        // so after a numeral or an article: "four armed Chinese coastguard vessels", "the armed forces".
        if self.word(previous, isIn: SentenceWords.numberNouns) { return true }
        // ("Chad and Sudan both condemned", "the two sides both accused": "both" after the subject floats
        // off it, and the verb is the subject's.)
        if self.word(word, endsWith: "ed"), self.word(previous, isIn: SentenceWords.numerals) && !floatsOffSubject(previous)
            || self.word(previous, isIn: SentenceWords.articles)
        {
            return true
        }
        if self.word(word, endsWith: "ed"), self.word(previous, isIn: SentenceWords.prepositions), !self.word(previous, is: "to") { return true }
        // "and newly trained Palestinian police": an adverb and a participle after a function word qualify a noun.
        if self.word(word, endsWith: "ed"), self.word(previous, endsWith: "ly"), word > 1,
           self.word(word - 2, isIn: SentenceView.functionWords), !isAuxiliaryOrAdverb(word - 2), !self.word(word - 2, isIn: SentenceWords.formsOfBe)
        {
            return true
        }
        // "while host Indonesia expressed": a title before a name, not a verb with its object
        if self.word(word, is: "host"), mention(at: word + 1) != nil, mention(at: previous) == nil, !isAuxiliaryOrAdverb(previous),
           !self.word(previous, is: "to"), !self.word(previous, isIn: SentenceWords.formsOfBe)
        {
            return true
        }
        // "cited earlier attacks": what a verb of telling names is a thing
        if plural, followsVerbOfTelling(word) { return true }
        // "defensive strikes", "military supplies": an adjective before a plural makes it a noun.
        if plural, SentenceWords.adjectiveEndings.contains(where: { self.word(previous, endsWith: $0) }), mention(at: previous) == nil {
            return true
        }
        // "a fierce attack", but "the government attacked": a verb in the past after a noun is that noun's
        // act; and "condemned the move, accusing Russia": after a comma, a participle of its own.
        // ("issued a statement condemning Britain": a participle after a text says what the text says, and
        // the text's author says it.)
        if word > 1, self.word(word - 2, isIn: SentenceWords.determiners), mention(at: previous) == nil, !self.word(word, endsWith: "ed"),
           !commaAfter(previous), !(self.word(word, endsWith: "ing") && self.word(previous, isIn: SentenceWords.textNouns))
        {
            return true
        }
        // "Russia proposed direct talks with Ukraine", "offered fresh talks": a plural after a plain word
        // after a verb in the past is that word's noun, the verb's object (a plural noun takes no verb in -s).
        // (Not after a verb's particle: "has carried out strikes in Lebanon" is the verb's own noun.)
        if countedPlural, word > 1, isPastForm(word - 2), mention(at: previous) == nil, mention(at: word - 2) == nil,
           isLowerCaseWord(previous), !self.word(previous, isIn: SentenceView.functionWords), !isAuxiliaryOrAdverb(previous),
           !self.word(previous, isIn: SentenceWords.particles), !commaAfter(previous), !commaAfter(word - 2)
        {
            return true
        }
        // "two terrorist bomb attacks": a number before a plural counts things.
        if plural, (max(0, word - 3)..<word).contains(where: { self.word($0, isIn: SentenceWords.numerals) }) { return true }
        return self.word(previous, isIn: SentenceWords.nounContext) && plural || self.word(previous, isIn: SentenceWords.determiners)
            || self.word(previous, isIn: SentenceWords.possessivePronouns)
    }

    /// Whether "both" at `word` stands after the subject it counts ("Chad and Sudan both condemned",
    /// "the two sides both accused"), not before a noun ("evacuated both wounded soldiers").
    func floatsOffSubject(_ word: Int) -> Bool {
        guard word > 0, self.word(word, is: "both"), !commaAfter(word - 1) else { return false }
        if mentionEnding(at: word - 1) != nil { return true }
        return isLowerCaseWord(word - 1) && self.word(word - 1, endsWith: "s") && !self.word(word - 1, endsWith: "ss")
            && !self.word(word - 1, isIn: SentenceView.functionWords)
    }

    /// The first mention starting after `word` within `window` words, other than one of `actor`.
    func nextMention(after word: Int, within window: Int, skipping actor: ActorID? = nil) -> Int? {
        nextMention(after: word, within: window) { $0 != actor }
    }

    /// The first mention starting after `word` within `window` words, other than one of `actors`.
    func nextMention(after word: Int, within window: Int, skipping actors: [ActorID]) -> Int? {
        nextMention(after: word, within: window) { !actors.contains($0) }
    }

    /// The first mention starting after `word` within `window` words whose actor `accepts` takes.
    private func nextMention(after word: Int, within window: Int, accepting accepts: (ActorID) -> Bool) -> Int? {
        var position = word + 1
        while position < wordCount, position - word <= window {
            if let found = mention(at: position), accepts(sentenceMentions[mentions[found].mention].actor) { return found }
            position += 1
        }
        return nil
    }

    /// The object of a cue ending at `word`: an actor reached over nothing but articles, prepositions
    /// and adverbs ("condemned the strikes" has no actor object; "condemned Hamas", "launched strikes on
    /// Israel" as a cue, "accused Washington" do). `that` is crossed only where `allowingThat`.
    /// With `thingBefore`, a thing may stand first, then that word and the actor: "provided
    /// Western-supplied weapons to Hamas", "blamed the attack on Serbia".
    /// With `receiverOverDemonym`, a people's name qualifying the thing is passed over for the one
    /// who receives it: "supplied Iranian drones to Russia", "extradited a Rwandan suspect to Rwanda".
    /// With `authorsAreObjects`, the author of a text or a measure is what a refusal or a disapproval
    /// is aimed at ("vetoed a US-drafted resolution", "rejected US-imposed sanctions"); for any other
    /// cue, and for the broker of a deal between others ("condemned the UN-brokered truce"), it only
    /// qualifies the noun.
    func object(after word: Int, skipping actor: ActorID? = nil, allowingThat: Bool = false, thingBefore: StaticString? = nil,
                placesAreWhere: Bool = false, receiverOverDemonym: Bool = false, authorsAreObjects: Bool = false) -> Int? {
        // "With Kuwait now annexed, Iraq has": a comma right after the cue ends its phrase.
        if word >= 0, word < wordCount, commaAfter(word), !allowingThat { return nil }
        var position = word + 1
        // "condemned in the strongest terms the decision by": a phrase of manner right after the cue is crossed whole.
        let manner = mannerPhraseLength(at: position) ?? 0
        position += manner
        // "imposed sanctions on Monday on the state-owned oil company": a day told between the cue's last
        // word and its object, with that word again.
        if manner == 0, position + 1 < wordCount, word >= 0, ids[position + 1] >= 0, ids[position + 1] == ids[word],
           self.word(position, isIn: SentenceWords.timeWords)
        {
            position += 2
        }
        // "attacks on the U.S. embassies in Kenya", coded for the U.S.: the thing is the actor's own.
        var passedOwn = false
        // Where a place's possessive leads the next name: "fought in Ethiopia's Tigray region".
        var ownedPlace = -1
        while position < wordCount, position - word - manner <= 6 {
            if let found = mention(at: position) {
                let end = mentions[found].end
                // "struck Iranian-backed militias": the backer is not what was struck; what it backs may be
                // (nor is the broker of a deal one left: "suspended its part in a UN-brokered deal")
                // ("airstrikes against the al-Qaida-linked al-Shabab": nor is any actor a hyphen ties to the next).
                // But the leader of what is led stands for it: "an attack on US-led forces in Iraq".
                if end + 1 < wordCount, hyphenBefore(end + 1),
                   self.word(end + 1, isIn: SentenceWords.backingParticiples) && !(self.word(end + 1, is: "led") && leadsForces(after: end + 1))
                    || self.word(end + 1, isIn: SentenceWords.authoringParticiples)
                        && !(authorsAreObjects && self.word(end + 1, isIn: SentenceWords.proposingParticiples))
                    || mentionStarting(at: end + 2) != nil
                {
                    position = end + 2
                    continue
                }
                // "agreed to meet again in Venezuela": where a meeting is held is no one met
                let introducer = position > 1 && self.word(position - 1, is: "the") ? position - 2 : position - 1
                let place = placesAreWhere && (self.word(introducer, isIn: SentenceWords.placePrepositions) || position == ownedPlace)
                if place, possessiveAfter(end) { ownedPlace = end + 1 }
                // "a deal with Somalia's breakaway region of Somaliland": the region is no part of the state.
                if possessiveAfter(end), self.word(end + 1, is: "breakaway") {
                    position = end + 2
                    continue
                }
                // "in support of Palestinian militants Hamas", "Israel's war against Palestinian militant group
                // Hamas": a people's name before its group's is that group's.
                if !place, sentenceMentions[mentions[found].mention].form == .demonym, let named = namedGroup(after: found) { return named }
                // (and so is a group's: "handed over 20 Islamic State suspects to France")
                if receiverOverDemonym, !place, let marker = thingBefore, end + 1 < wordCount, !self.word(end + 1, is: marker),
                   let receiver = receiver(ofThingFrom: end + 1, marker: marker, skipping: actor, crossingDemonyms: true)
                {
                    return receiver
                }
                // "imploring India's neighbors not to": those an actor is tied to are others, not it; so are
                // the rebels it faces and the proxies it arms ("funding Colombia's Marxist rebels").
                if possessiveAfter(end), self.word(end + 1, isIn: tiedActorNouns) || namesArmedOthers(after: end) {
                    position = end + 2
                    continue
                }
                // "struck Lebanon's Hezbollah", "met Sudan's RSF leader": the group named after a state's
                // possessive is the one acted on.
                // ("accusing Colombia's U.S.-allied government": not a backer in the phrase, unless it backs a name).
                if !place, possessiveAfter(end), var owned = mentionStarting(at: end + 1) {
                    if isBacker(owned), let backed = mentionStarting(at: mentions[owned].end + 2) { owned = backed }
                    if !isBacker(owned), sentenceMentions[mentions[owned].mention].actor != actor { return owned }
                }
                if !place, sentenceMentions[mentions[found].mention].actor != actor { return found }
                // (its own possessive only qualifies the thing: "delivered its first military aid to Somalia";
                // but what is struck in a place is the possessor's: "the strike on Iran's embassy compound in Damascus").
                passedOwn = passedOwn || !place && (!possessiveAfter(end) || SentenceView.isIn(thingBefore))
                    && !self.word(position, is: "its") && !self.word(position, is: "their")
                position = end + 1
                continue
            }
            let crossable = self.word(position, isIn: SentenceView.objectIntroducers)
                // "appealed to its neighbors and Russia": those tied to it, unnamed, and the one named next
                || self.word(position, is: "and") && position > word + 1 && self.word(position - 1, isIn: SentenceView.unnamedPartners)
                // "against the outlawed Kurdistan Workers' Party": a participle after an article qualifies the name
                || position > word + 1 && self.word(position - 1, isIn: SentenceWords.articles) && self.word(position, endsWith: "ed")
                // "accusing the new Ukrainian government", "the former Soviet republic": so does a word of time or standing
                || position > word + 1 && self.word(position - 1, isIn: SentenceWords.articles) && self.word(position, isIn: SentenceWords.nameQualifiers)
                || self.word(position, endsWith: "ly") && characterCount(position) > 4
                || isQuantity(position)
                // "expelled a number of German diplomats", "struck a series of Hezbollah targets": a count told by a noun
                || position > word + 1 && self.word(position - 1, isIn: SentenceWords.articles)
                    && self.word(position, isIn: SentenceWords.partitiveNouns) && self.word(position + 1, is: "of")
                || allowingThat && self.word(position, is: "that")
                // "criticized the position of the United States": what an actor holds or does stands for it.
                // "captured the headquarters of the Sudanese armed forces": a part of an actor stands for it too.
                || (self.word(position, isIn: SentenceWords.conductNouns) || self.word(position, isIn: SentenceWords.partNouns)) && self.word(position + 1, is: "of")
                // "attacked alleged guerrilla facilities of the African National Congress": an actor's site stands
                // for it (a place, not its people: "hosted the people of Syria" hosts no state).
                || self.word(position, isIn: SentenceWords.struckSites) && !self.word(position, isIn: SentenceWords.peopleStruck)
                    && self.word(position + 1, is: "of")
                || isLowerCaseWord(position) && !isPreposition(position) && self.word(position + 1, isIn: SentenceWords.struckSites)
                    && !self.word(position + 1, isIn: SentenceWords.peopleStruck) && self.word(position + 2, is: "of")
                // "killed several militants with al-Shabab", "talks with a delegation from Somaliland": fighters
                // and envoys of an actor, named after them.
                || self.word(position, isIn: SentenceWords.fighterNouns) && (self.word(position + 1, is: "with") || self.word(position + 1, is: "from"))
                || self.word(position, isIn: SentenceWords.visitorNouns) && self.word(position + 1, is: "from")
                // ("expelled employees from the Colombian embassy"; not "employees from Russia's Gazprom")
                || self.word(position, isIn: SentenceWords.missionStaff) && self.word(position + 1, is: "from") && namesOwnerOfStaff(from: position + 2)
                // "struck the port city of Hodeidah", "captured the town of Pokrovsk": the place named after a place noun.
                || self.word(position, isIn: SentenceWords.placeNouns)
                    && (self.word(position + 1, is: "of") || self.word(position + 1, isIn: SentenceWords.placeNouns) && self.word(position + 2, is: "of"))
                // "struck the capital Kyiv", "shelled the port city Odesa": the place its noun names.
                || self.word(position, isIn: SentenceView.namedPlaceNouns) && !commaAfter(position)
                    && (mention(at: position + 1) != nil || self.word(position + 1, isIn: SentenceView.namedPlaceNouns))
                // "warned conservative President Alvaro Uribe": a word that qualifies a person named after it,
                // right after the cue or an article (in "refused to restore President Manuel Zelaya" a verb stands there).
                || (position == word + 1 || self.word(position - 1, isIn: SentenceWords.articles)) && qualifiesPersonNamed(after: position)
            // "closed its border with strife-torn neighbour Kyrgyzstan", "its tiny neighbour Lesotho", "arch-rival
            // Pakistan": words that qualify what an actor is to another, before the other's name.
            if !crossable, let tie = tieNoun(qualifiedFrom: position, cue: word) {
                position = tie + 1
                continue
            }
            // "condemned the decision by the United States", "the move by Japan": the one who did it.
            if !crossable, self.word(position + 1, is: "by"), self.word(position, isIn: SentenceWords.conductNouns), !commaAfter(position) {
                position += 2
                continue
            }
            // Only an aside between commas is crossed: "charged the inspectors with verifying that Iraq" accuses no one of Iraq's acts.
            if !crossable, allowingThat, let that = (position..<min(wordCount, position + 8)).first(where: { self.word($0, is: "that") }),
               hasComma(from: word, to: that)
            {
                // "alleged, without evidence, that Belarus ...": the claim's subject after an aside
                return object(after: that, skipping: actor)
            }
            if !crossable {
                guard let marker = thingBefore, !passedOwn else { return nil }
                return receiver(ofThingFrom: position, marker: marker, skipping: actor, crossingDemonyms: receiverOverDemonym)
            }
            if commaAfter(position), !allowingThat { return nil }
            position += 1
        }
        return nil
    }

    /// Whether the word at `position` is a lower-case word that qualifies the person named after it,
    /// over the capitalised words of a title ("conservative President Alvaro Uribe", "embattled
    /// Prime Minister Nawaz Sharif").
    private func qualifiesPersonNamed(after position: Int) -> Bool {
        guard !pauseAfter(position), isLowerCaseWord(position) else { return false }
        var next = position + 1
        while next < wordCount, next - position <= 3, mention(at: next) == nil, isCapitalised(next), !pauseAfter(next) { next += 1 }
        guard next < wordCount, let named = mention(at: next), mentions[named].start == next, person(of: named) != nil else { return false }
        return !self.word(position, isIn: SentenceView.functionWords) && !isAuxiliaryOrAdverb(position)
    }

    /// The noun of what an actor is to the one named after it, when one to three words from `position`
    /// qualify it, lower-case or capitalised but naming no actor ("strife-torn neighbour Kyrgyzstan",
    /// "its small southern neighbour Georgia", "arch-rival Pakistan", "its tiny Gulf neighbour Qatar"). Only right after the cue, an article, a possessive or a
    /// preposition other than "to", where no verb stands ("a deal to help ally Jordan" helps Jordan).
    private func tieNoun(qualifiedFrom position: Int, cue: Int) -> Int? {
        guard position == cue + 1 || self.word(position - 1, isIn: SentenceWords.determiners)
            || self.word(position - 1, isIn: SentenceWords.possessivePronouns)
            || isPreposition(position - 1) && !self.word(position - 1, is: "to")
        else { return nil }
        var next = position
        while next < wordCount, next - position < 3, isLowerCaseWord(next) || isCapitalised(next) && mention(at: next) == nil, !pauseAfter(next),
              !self.word(next, isIn: SentenceView.namedTieNouns),
              !self.word(next, isIn: SentenceView.functionWords), !isAuxiliaryOrAdverb(next)
        {
            next += 1
        }
        guard next > position, next + 1 < wordCount, self.word(next, isIn: SentenceView.namedTieNouns), !pauseAfter(next),
              mentionStarting(at: next + 1) != nil
        else { return nil }
        return next
    }

    /// Whether the staff said before `position` are an actor's own: the actor named alone ("diplomats from
    /// Bulgaria and Lithuania", "an official from Hamas") or its mission ("employees from the Colombian
    /// embassy"); not a body it qualifies ("employees from Russia's Gazprom", "from the Japanese firm").
    private func namesOwnerOfStaff(from position: Int) -> Bool {
        guard let found = mentionStarting(at: position) else { return false }
        let next = mentions[found].end + 1
        if self.word(next, isIn: SentenceWords.diplomaticMissions) || self.word(next + 1, isIn: SentenceWords.diplomaticMissions) && isLowerCaseWord(next) {
            return true
        }
        return !possessiveAfter(mentions[found].end) && (next >= wordCount || !isLowerCaseWord(next) || self.word(next, isIn: SentenceView.functionWords))
    }

    /// What one actor is to another, said before the other's name: "neighbour Kyrgyzstan", "rival India".
    static let namedTieNouns: ByteTable<Bool> = [
        "neighbour", "neighbor", "neighbours", "neighbors", "ally", "allies", "partner", "partners", "rival", "rivals",
        "adversary", "adversaries", "foe", "foes", "enemy", "enemies",
    ]

    /// The actor after `marker` when a thing runs from `position` up to it: "to" and the one who
    /// receives what is given. An armed group is no thing of the place it is in ("struck
    /// Iranian-backed militias in Iraq"), nor does the thing run into another clause. With
    /// `crossingDemonyms` a people's name may qualify the thing ("the former Venezuelan general").
    private func receiver(ofThingFrom position: Int, marker: StaticString, skipping actor: ActorID?, crossingDemonyms: Bool = false) -> Int? {
        var ahead = position
        // ("threatened new sanctions on Moscow", "threatened retaliation against Israel": "against" serves as "on")
        // ("killed three people near Kharkiv", "airstrikes across Gaza": around a place as in it)
        func isMarker(_ index: Int) -> Bool {
            self.word(index, is: marker) || self.word(index, is: "against") && SentenceView.isOn(marker)
                || SentenceView.isIn(marker) && self.word(index, isIn: SentenceWords.aroundPlaces)
        }
        while ahead < wordCount, ahead - position < 6, !isMarker(ahead), !commaAfter(ahead) {
            if let found = mention(at: ahead) {
                guard crossingDemonyms, form(of: found) == .demonym else { break }
                ahead = mentions[found].end + 1
                continue
            }
            // (but "F-16 fighters", "Su-35 fighters" are jets: a model's name stands before them)
            if self.word(ahead, isIn: SentenceWords.nonStateGroupNouns), !(ahead > position && hyphenBefore(ahead - 1)) { return nil }
            // "sending troops but pledged aid to Ukraine", "the US strikes did not target any locations inside Iran"
            if self.word(ahead, is: "but") || self.word(ahead, isIn: SentenceWords.relativePronouns) || isNegationWord(ahead) { return nil }
            ahead += 1
        }
        guard ahead < wordCount, isMarker(ahead) else { return nil }
        return object(after: ahead, skipping: actor)
    }

    /// Whether `marker` is "in", the word after which what is struck names where it stands.
    private static func isIn(_ marker: StaticString?) -> Bool { isTwoLetters(marker, "i", "n") }
    /// Whether `marker` is "on", for which "against" serves too.
    private static func isOn(_ marker: StaticString?) -> Bool { isTwoLetters(marker, "o", "n") }

    private static func isTwoLetters(_ marker: StaticString?, _ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        guard let marker, marker.utf8CodeUnitCount == 2 else { return false }
        return marker.utf8Start[0] == UInt8(ascii: first) && marker.utf8Start[1] == UInt8(ascii: second)
    }

    /// Whether the words after an actor's possessive at `end` name armed groups that are not it: its
    /// rebels, separatists or proxies, with at most one word before them ("Colombia's Marxist rebels",
    /// "Iran's regional proxies"). Not its own fighters ("Hamas's fighters", "Israel's forces").
    func namesArmedOthers(after end: Int) -> Bool {
        if word(end + 1, isIn: SentenceWords.armedOthers) { return true }
        return end + 2 < wordCount && mention(at: end + 1) == nil && !commaAfter(end + 1) && !hyphenBefore(end + 2)
            && word(end + 2, isIn: SentenceWords.armedOthers)
    }

    /// Whether the mention `placed` follows "a" or "an", with at most one lower-case word between: a
    /// name that only qualifies the noun after it ("a US official", "home to a major US military base").
    /// (`Coreference.qualifiesIndefiniteNoun` asks the same of a sentence's tokens, before any view.)
    func followsIndefiniteArticle(_ placed: Int) -> Bool {
        let start = mentions[placed].start
        if word(start - 1, isIn: SentenceWords.indefiniteArticles) { return true }
        return start > 1 && isLowerCaseWord(start - 1) && !word(start - 1, isIn: SentenceView.functionWords)
            && word(start - 2, isIn: SentenceWords.indefiniteArticles)
    }

    /// The actor whose possessive stands right before `placed` when `placed` only qualifies the envoy
    /// after it: North Korea in "North Korea's UN envoy", Russia in "Russia's EU ambassador" (but in
    /// "Sudan's RSF leader" the leader is the RSF's).
    func ownerOfQualifiedPost(_ placed: Int) -> Int? {
        let start = mentions[placed].start
        guard start > 0, possessiveAfter(start - 1), let owner = mentionEnding(at: start - 1), !sameActor(owner, placed),
              word(mentions[placed].end + 1, isIn: SentenceWords.postedEnvoys)
        else { return nil }
        return owner
    }

    /// Where the envoy that the actor `sender` sends is posted: Australia in "Indonesia's ambassador to
    /// Australia", Greece in "the Iranian ambassador in Greece" (two words may qualify the envoy: "Iran's
    /// top envoy to", "Rwanda's top diplomat in the UK"). Nil when no envoy follows the actor or no post follows the envoy.
    func envoyPost(of sender: Int) -> Int? {
        let end = mentions[sender].end
        guard possessiveAfter(end) || form(of: sender) == .demonym else { return nil }
        var envoy = end + 1
        while envoy <= end + 2, !word(envoy, isIn: SentenceWords.postedEnvoys), mention(at: envoy) == nil,
              isLowerCaseWord(envoy) || word(envoy + 1, isIn: SentenceWords.postedEnvoys)  // ("Charge d'Affaires")
        {
            envoy += 1
        }
        guard word(envoy, isIn: SentenceWords.postedEnvoys), word(envoy + 1, is: "to") || word(envoy + 1, is: "in"),
              let post = mentionStarting(at: envoy + 2),
              !sameActor(post, sender)
        else { return nil }
        return post
    }

    /// The group named right after a demonym's group words: Hamas in "Palestinian militant group Hamas",
    /// "Palestinian militants Hamas". Or the one named right after the demonym itself, when words of an
    /// armed group follow it ("Yemeni Houthi rebels") or nothing of a noun does ("struck Lebanese
    /// Hezbollah."); not "Israeli Gaza strikes" nor "Israeli American hostages". Nil when no name follows.
    func namedGroup(after demonym: Int) -> Int? {
        var position = mentions[demonym].end + 1
        let first = position
        if position < wordCount, !commaAfter(position - 1), !hyphenBefore(position), let named = mention(at: position),
           mentions[named].start == position, !sameActor(named, demonym),
           word(mentions[named].end + 1, isIn: SentenceWords.nonStateGroupNouns)
            || form(of: named) != .demonym && (mentions[named].end + 1 >= wordCount || !isLowerCaseWord(mentions[named].end + 1))
        {
            return named
        }
        while position < wordCount, position - first < 3, !commaAfter(position - 1),
              word(position, isIn: SentenceWords.groupNouns) || word(position, isIn: SentenceWords.nonStateGroupNouns)
        {
            position += 1
        }
        guard position > first, position < wordCount, !commaAfter(position - 1), let named = mentionStarting(at: position),
              mentions[named].start == position
        else { return nil }
        return named
    }

    /// How many words a phrase of manner at `position` spans: "in the strongest terms", "in the
    /// strongest possible terms", "in no uncertain terms", or what the cue calls its object said before
    /// it ("condemned as unacceptable Syria's downing of a Turkish jet"); nil for none.
    func mannerPhraseLength(at position: Int) -> Int? {
        if self.word(position, is: "as") {
            var end = position + 1
            while end < wordCount, end - position <= 2, isLowerCaseWord(end), !self.word(end, isIn: SentenceView.functionWords), !pauseAfter(end) {
                end += 1
            }
            guard end > position + 1, end < wordCount, mentionStarting(at: end) != nil || self.word(end, isIn: SentenceWords.articles) else { return nil }
            return end - position
        }
        guard self.word(position, is: "in") else { return nil }
        var end = position + 1
        while end < wordCount, end - position <= 4, !commaAfter(end) {
            if self.word(end, is: "terms") { return end - position + 1 }
            guard self.word(end, isIn: SentenceWords.mannerWords) else { return nil }
            end += 1
        }
        return nil
    }

    /// Whether a verb of saying follows word `end`, over up to two words of an actor's people: "U.S.
    /// officials said", "Israel says".
    func speaks(after end: Int) -> Bool {
        var next = end + 1
        // ("..., South Korean intelligence said")
        while next < wordCount, next - end <= 2, isPeopleOrBody(next) { next += 1 }
        return word(next, isIn: SentenceWords.speechVerbs)
    }

    /// Whether word `index` names an actor's people or a body it speaks through: "officials",
    /// "forces", "intelligence", "ministry".
    func isPeopleOrBody(_ index: Int) -> Bool {
        word(index, isIn: SentenceWords.groupNouns) || word(index, isIn: SentenceWords.sourceNouns)
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
    static let directionWords: ByteTable<Bool> = ["to", "from", "against", "home", "into", "in", "on", "off", "down", "away", "out", "up", "at"]

    /// Others an actor is tied to, named by what they are to it: "its neighbors and Russia".
    static let unnamedPartners: ByteTable<Bool> = [
        "countries", "nations", "neighbours", "neighbors", "allies", "partners",
    ]
    static let objectIntroducers = ByteTable<Bool>(words: [
        "the", "a", "an", "both", "all", "its", "their", "his", "her", "fellow", "neighbouring", "neighboring", "rival",
        // a hedge on the one acted on hedges what it is, not the act: "arrested two suspected Russian spies"
        "suspected", "alleged", "purported",
        // what an actor is to another, named before it: "urged neighbouring countries Pakistan and Iran", "its ally Russia"
        "countries", "country", "nations", "neighbours", "neighbors", "neighbour", "neighbor", "ally", "allies", "partner",
        "partners", "rivals", "adversary", "adversaries", "foe", "foes", "enemy", "enemies",
        "with", "to", "on", "against", "at", "for", "from", "in", "into", "over", "upon", "toward", "towards", "about", "of",
        "also", "again", "further", "once", "twice", "even", "still",
        // a state's standing before its name: "recognized newly independent Montenegro"
        "independent",
        // what is new or heavy about an actor's act: "condemned the new US tariffs", "fresh Israeli strikes"
        "new", "fresh", "latest", "recent", "renewed", "additional", "massive", "deadly", "heavy", "repeated", "continued",
        "ongoing", "sweeping", "punitive", "unprovoked", "brutal", "retaliatory", "reciprocal",
        // when, between a verb and its object: "met on Tuesday with Putin", "held talks today with"
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "overnight", "morning", "afternoon", "evening", "night", "later", "earlier",
        // a title before a name: "talks with President Recep Tayyip Erdogan"
        "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "chancellor", "king", "queen", "emir",
        "crown", "prince", "sheikh", "leader", "envoy", "ambassador", "counterpart", "supreme", "vice", "deputy",
        // what an armed group is called before its name: "fighting with the paramilitary Rapid Support Forces"
        "paramilitary", "militant", "rebel", "islamist", "jihadist", "separatist", "insurgent", "terrorist", "extremist",
        "powerful", "group", "movement", "militia",
        // rank before a group's members: "strikes targeting senior Hamas leaders", "killed a top Hezbollah commander"
        "senior", "top", "prominent", "elite",
    ] + regionWords)

    /// Words that start a new clause or join a second verb, after which a verb has a subject of its own.
    static let clauseJoiners: ByteTable<Bool> = ["and", "but", "or", "that", "which", "who", "while", "as", "then"]

    /// Where in a country: "fired rockets at northern Israel", "withdraw from southern Lebanon".
    static let regionWords: [String] = [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "occupied", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
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
                if possessiveAfter(position) || pronoun { return found }
                // "Israeli strikes", "the U.S. military aid"; but in "Hungary rejected calls" the word
                // between is the actor's verb.
                // ("the strike on Kyiv drew condemnation": nor one of the past).
                if skipped == 0 || skipped == 1 && !isPastForm(position + 1) {
                    return found
                }
                return nil
            }
            // "Hamas' Oct. 7, 2023, attack": the commas of a date between a possessor and its noun.
            if self.word(position, isIn: SentenceView.functionWords) || commaAfter(position) && !isQuantity(position) { return nil }
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
            var next = mentions[current].end + 1
            // "both the Hamas militant group and Israel": up to two words naming the actor's people or
            // body, unless what follows the next actor is its own verb ("Hamas fighters and Hezbollah responded")
            var skippedGroupNouns = false
            if !commaAfter(mentions[current].end), word(next, isIn: SentenceWords.groupNouns) {
                let after = word(next + 1, isIn: SentenceWords.groupNouns) && !commaAfter(next) ? next + 2 : next + 1
                if !commaAfter(after - 1), word(after, is: "and") || word(after, is: "or") {
                    next = after
                    skippedGroupNouns = true
                }
            }
            guard next < wordCount else { break }
            // "along with" and "together with" after an object name a companion of the subject
            // ("Britain imposed sanctions on Russia along with the EU"): only "as well as" joins there.
            let phrase = joiningPhraseLength(at: next) == 3 ? 3 : 0
            let conjunction = phrase > 0 || word(next, is: "and") || word(next, is: "or")
            let joiner = conjunction || commaAfter(mentions[current].end)
            let start = phrase > 0 ? next + phrase : conjunction ? next + 1 : next
            guard joiner, let found = mentionStarting(at: start)
                ?? mentionStarting(at: start + 1).flatMap({ word(start, is: "both") || word(start, is: "the") || isCounterpart($0, after: start) ? $0 : nil })
            else { break }
            // "its war against Ukraine," EU chief Josep Borrell said": a quotation mark ends the list.
            if quoteBefore(next) || quoteBefore(mentions[found].start) { break }
            // "Israel's alliance with the U.S. and Russia's alliance with Iran": a possessive starts a new phrase;
            // so does a name joined to the next word ("Russia's invasion of Ukraine and the Israel-Hamas war").
            if possessiveAfter(mentions[found].end) || mentions[found].end + 1 < wordCount && hyphenBefore(mentions[found].end + 1) { break }
            // "Iran is arming the Houthis, U.S. officials said": after a comma, the ones who say it; and
            // "fighting militants from al Shabaab, an al Qaeda affiliate": after a comma and "a", what the last one is.
            if !conjunction, speaks(after: mentions[found].end) || word(start, isIn: SentenceWords.indefiniteArticles) { break }
            if skippedGroupNouns {
                // "Hamas militants and Hezbollah fighters responded": past the next actor's own group words too
                var end = mentions[found].end
                while end + 1 < wordCount, end - mentions[found].end < 2, word(end + 1, isIn: SentenceWords.groupNouns) { end += 1 }
                if pastVerbFollows(end) { break }
            }
            result.append(found)
            current = found
        }
        return result
    }

    /// Whether `found` names someone's counterpart after the possessive at `possessive`: "Japarov and his
    /// Tajik counterpart Emomali Rahmon met", "Blinken and his Israeli counterpart" (not "Netanyahu and
    /// his defence minister").
    private func isCounterpart(_ found: Int, after possessive: Int) -> Bool {
        guard word(possessive, is: "his") || word(possessive, is: "her") || word(possessive, is: "their") else { return false }
        return (mentions[found].start...min(wordCount - 1, mentions[found].end + 1)).contains { word($0, is: "counterpart") || word($0, is: "counterparts") }
    }

    /// How many words a phrase that joins two actors as a conjunction does spans at `position`: 3
    /// for "as well as", 2 for "along with" and "together with", else 0.
    func joiningPhraseLength(at position: Int) -> Int {
        if word(position, is: "as") { return word(position + 1, is: "well") && word(position + 2, is: "as") ? 3 : 0 }
        return (word(position, is: "along") || word(position, is: "together")) && word(position + 1, is: "with") ? 2 : 0
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

    /// The partner named after "with" in the clause after a verb of discussing that ends at `verb`:
    /// Macron in "discussed air defence and trade with Macron"; nil past a comma or another clause.
    func partner(after verb: Int) -> Int? {
        var position = verb + 1
        while position < wordCount, position - verb <= 10 {
            if word(position, is: "with") { return object(after: position) }
            if commaAfter(position) || word(position, isIn: SentenceView.clauseJoiners) && !word(position, is: "and") { return nil }
            position += 1
        }
        return nil
    }

    /// The visitor a verb of receiving that ends at `verb` names as its object, right after it (an
    /// article between): a person ("Putin received Witkoff"), or an actor's delegation or official
    /// ("received a Hamas delegation", "received the Iranian foreign minister"). Nil for things
    /// received ("received Iranian drones").
    func guest(after verb: Int) -> Int? {
        let first = word(verb + 1, isIn: SentenceWords.articles) ? verb + 2 : verb + 1
        guard !commaAfter(verb), first < wordCount, let found = mentionStarting(at: first) else { return nil }
        if person(of: found) != nil { return found }
        let next = mentions[found].end + 1
        let noun = word(next, isIn: SentenceWords.visitorNouns) ? next : next + 1
        return word(noun, isIn: SentenceWords.visitorNouns) && !commaAfter(mentions[found].end) ? found : nil
    }

    /// The two actors a hyphen joins before the noun at `noun`, with up to two words of its kind
    /// between ("Russia-Ukraine talks", "the US-Iran nuclear talks"), first and second; nil when the
    /// words before it are anything else or the two are one actor ("Russia-Russia" names no pair).
    func hyphenatedPair(before noun: Int) -> (first: Int, second: Int)? {
        var last = noun - 1
        while last >= 1, noun - last <= 3, mention(at: last) == nil {
            guard !commaAfter(last), !hyphenBefore(last), !isPreposition(last), !word(last, is: "and"), !word(last, is: "or"),
                  !word(last, isIn: SentenceWords.determiners) else { return nil }
            last -= 1
        }
        guard last >= 1, let second = mentionEnding(at: last), mentions[second].start >= 1, hyphenBefore(mentions[second].start),
              let first = mentionEnding(at: mentions[second].start - 1), !sameActor(first, second)
        else { return nil }
        return (first, second)
    }

    /// The actor helped to do what the bare verb at `verb` says: Russia in "China is helping Russia
    /// wage war against Ukraine", "Belarus helped Russia to attack Ukraine". The helper does not do it.
    func helped(before verb: Int) -> Int? {
        let end = word(verb - 1, is: "to") ? verb - 2 : verb - 1
        guard end > 0, let found = mentionEnding(at: end), word(mentions[found].start - 1, isIn: SentenceWords.helpingVerbs),
              !word(verb, endsWith: "ed"), !word(verb, endsWith: "s")
        else { return nil }
        return found
    }

    /// Actors listed before `mention`: `Russia and China vetoed`, `the U.S., France and Britain condemned`.
    func coordinated(before placed: Int) -> [Int] {
        // "denied Honduran claims that ... penetrated Honduras, and he lashed out at": a pronoun after
        // "and" opens a clause of its own; no one is listed with it.
        if word(mentions[placed].start, isIn: SentenceWords.pronounSubjects) { return [] }
        var result: [Int] = []
        var current = placed
        var start = mentions[placed].start
        var conjoined = false
        // A list may open the sentence: "Russia, Iran and China" has Russia at word 0.
        while start >= 1 {
            // "Iran and the US": the article belongs to the name the lexicon lists without it; "Putin and
            // his Chinese counterpart": so does the possessive of a counterpart.
            if start >= 2, word(start - 1, is: "the") || isCounterpart(current, after: start - 1) { start -= 1 }
            let joined: Int?
            if start >= 2, word(start - 1, is: "and") || word(start - 1, is: "or") {
                // ("M23 rebels and the Congolese army clashed": over the group noun of the one before)
                // ("The Japanese foreign minister and her South Korean counterpart met": over the post of the one before)
                joined = mentionEnding(at: start - 2) ?? (start >= 3 && (word(start - 2, isIn: SentenceWords.groupNouns)
                    || word(start - 2, isIn: SentenceWords.nonStateGroupNouns)) ? mentionEnding(at: start - 3) : nil)
                    ?? actorOfPeople(endingAt: start - 2)
                conjoined = true
            } else if case let phrase = start > 3 && joiningPhraseLength(at: start - 3) == 3 ? 3
                        : start > 2 && joiningPhraseLength(at: start - 2) == 2 ? 2 : 0, phrase > 0
            {
                // "The United States as well as Britain announced", "Russia, along with China, vetoed".
                joined = mentionEnding(at: start - phrase - 1)
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
            current = found
            start = mentions[found].start
        }
        return result
    }
}
