/// Clauses and their kinds around a cue: passives and their patients, relative and "that" clauses,
/// what a verb of telling or a plan governs, verbs that carry on an earlier one, the speaker.
extension SentenceView {
    /// Whether word `word` has a form of the past: it ends in -ed or is an irregular past ("sold").
    func isPastForm(_ word: Int) -> Bool {
        self.word(word, endsWith: "ed") || self.word(word, isIn: SentenceWords.irregularPasts)
    }

    /// Whether a verb in the past follows word `word`, over auxiliaries and adverbs: "Israel
    /// responded", "Israel later struck".
    func pastVerbFollows(_ word: Int) -> Bool {
        let position = verbAfter(word)
        guard position < wordCount, mention(at: position) == nil, characterCount(position) > 4 || self.word(position, isIn: SentenceWords.participles) else { return false }
        return self.word(position, endsWith: "ed") || self.word(position, isIn: SentenceWords.participles)
    }

    /// The last word of the phrase an actor's mention opens when up to three words after it name its
    /// people or arms ("Israeli jets", "its air force", "Russian troops"); the mention's own end otherwise.
    func forcesEnd(of placed: Int) -> Int {
        var end = mentions[placed].end
        while end + 1 < wordCount, end - mentions[placed].end < 3, !commaAfter(end),
              word(end + 1, isIn: SentenceWords.groupNouns) || word(end + 1, isIn: SentenceWords.armedMeans)
        {
            end += 1
        }
        return end
    }

    /// Whether word `word` starts another phrase than the noun before it: a conjunction, a relative
    /// pronoun, a verb in the past or in -ing ("ruled out sending troops but pledged aid to").
    func startsAnotherPhrase(at word: Int) -> Bool {
        self.word(word, isIn: SentenceWords.clauseOpeners) || self.word(word, isIn: SentenceWords.relativePronouns) || self.word(word, is: "that")
            || characterCount(word) > 4 && (self.word(word, endsWith: "ed") || self.word(word, endsWith: "ing"))
            || self.word(word, isIn: SentenceWords.irregularPasts)
    }

    /// The noun of a measure that a participle at `word` qualifies, right before it or over a passive
    /// ("warrants targeting", "warrants be issued targeting"), or nil.
    func measure(before word: Int) -> Int? {
        var position = word - 1
        while position >= 0, word - position <= 3, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.measureNouns) { return position }
            guard self.word(position, is: "be") || self.word(position, is: "been") || self.word(position, endsWith: "ed") else { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether a verb of keeping from stands up to five words before the "from" at `from`, with no
    /// comma between: "stop Israel from", "prevented the Russian army from".
    func keptFrom(before from: Int) -> Bool { hasWord(of: SentenceWords.preventingVerbs, before: from, within: 5) }

    /// Whether a word of `table` stands up to `window` words before word `word`, with no comma between.
    func hasWord(of table: ByteTable<Bool>, before word: Int, within window: Int) -> Bool {
        var position = word - 1
        while position >= 0, word - position <= window, !commaAfter(position) {
            if self.word(position, isIn: table) { return true }
            position -= 1
        }
        return false
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
        self.word(word, isIn: SentenceWords.auxiliaries) || self.word(word, endsWith: "ly")
    }

    /// Whether the verb at `word` continues an earlier one: "... and has since alleged", "but warned".
    func continuesPreviousVerb(_ word: Int) -> Bool {
        let position = wordBefore(verbAt: word)
        return self.word(position, is: "and") || self.word(position, is: "but")
    }

    /// The word before the verb at `word`, past auxiliaries and adverbs ("and has since alleged",
    /// "which have been fighting"); -1 when none is left.
    func wordBefore(verbAt word: Int) -> Int {
        var position = word - 1
        while position >= 0, isAuxiliaryOrAdverb(position) { position -= 1 }
        return position
    }

    /// Whether a relative pronoun between `start` and `end` opens a clause about someone else ("five
    /// Iraqis who were questioned in connection with the bombing of ...").
    func hasRelativeClause(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { word($0, isIn: SentenceWords.relativePronouns) }
    }

    /// The last word of the clause that runs on after word `word`: before the next word that opens
    /// another clause ("after", "because", "while" ...), else the next word a comma follows, else the
    /// sentence's last.
    func clauseEnd(after word: Int) -> Int {
        var position = word
        while position < wordCount - 1, !commaAfter(position) {
            if self.word(position + 1, isIn: SentenceWords.clauseOpeners) { return position }
            position += 1
        }
        return position
    }

    /// Whether the word before `word` belongs to a noun phrase a participle at `word` may qualify: a
    /// determiner or an adjective, not a name ("the current armed conflict", not "Israel condemned").
    func opensNounPhrase(before word: Int) -> Bool {
        let previous = word - 1
        guard previous >= 0, mention(at: previous) == nil else { return false }
        return self.word(previous, isIn: SentenceWords.determiners) || self.word(previous, isIn: SentenceWords.nounPhraseAdjectives)
            || SentenceWords.adjectiveEndings.contains { self.word(previous, endsWith: $0) } && !self.word(previous, endsWith: "ed")
    }

    /// Whether "that" or a subordinator ("as", "while", "because") opens a clause with an actor of its
    /// own between `start` and `end` ("expressed confidence that E.U. leaders will agree on aid", "as
    /// China's tactics exert pressure on"); in "have said that the attacks are a show of support" the
    /// clause names no one, and the sayer stays the one who acts.
    func hasClauseOfItsOwn(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        // "Russia attacked Kyiv and Ukraine retaliated with drone strikes": "and", an actor and its verb in the past.
        if (start..<end).contains(where: { joiner in
            (word(joiner, is: "and") || word(joiner, is: "but")) && mentionStarting(at: joiner + 1).map {
                mentions[$0].end + 1 < end && (word(mentions[$0].end + 1, endsWith: "ed") && characterCount(mentions[$0].end + 1) > 4
                    || word(mentions[$0].end + 1, isIn: SentenceWords.irregularPasts))
            } ?? false
        }) {
            return true
        }
        // "Kyiv said the EU imposed new sanctions on Russia": a verb of saying or knowing, then an actor and
        // its verb, with no "that".
        if (start..<end).contains(where: { verb in
            word(verb, isIn: SentenceWords.reportingVerbs)
                && mentionStarting(at: verb + 1).map {
                let after = mentions[$0].end + 1
                return after < end && (isAuxiliaryOrAdverb(after) || isPastForm(after) && characterCount(after) > 4
                    || word(after, isIn: SentenceWords.irregularPasts))
            } ?? false
        }) {
            return true
        }
        // "as well as" joins actors; it opens no clause.
        guard let that = (start..<end).last(where: {
            word($0, is: "that") || word($0, isIn: SentenceWords.subordinators) && !word($0 + 1, is: "well") && !word($0 - 1, is: "well")
        }) else { return false }
        return (that + 1..<end).contains { mention(at: $0) != nil }
    }

    /// Whether the noun at `word` is what a verb of telling or knowing just before it is about, over
    /// up to two determiners and adjectives: "cited earlier attacks", "recalled the war".
    func followsVerbOfTelling(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, word - position <= 3, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.tellingVerbs) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the noun at `word` is what a verb of naming calls something, in its clause: "called it
    /// a violation of Qatar's sovereignty and an attack on Palestinian negotiators", "described it as
    /// an attack on". Who names it is not who did it.
    ///
    /// Only noun phrases stand between ("a violation of Qatar's sovereignty and an attack on"): an
    /// "and" not followed by an article, or an auxiliary, starts another clause ("called it a
    /// provocation and announced sanctions on").
    func followsNaming(_ word: Int) -> Bool {
        var position = word - 1
        while position > 0, word - position <= 14, !commaAfter(position) {
            if self.word(position, is: "it") || self.word(position, is: "them") {
                return self.word(position - 1, isIn: SentenceWords.namingVerbs)
            }
            if self.word(position, is: "and"), !self.word(position + 1, isIn: SentenceWords.articles) { return false }
            if self.word(position, isIn: SentenceWords.auxiliaries) || self.word(position, isIn: SentenceWords.formsOfBe) { return false }
            position -= 1
        }
        return false
    }

    /// Whether the word at `word` is a verb whose "to" sets about what follows: "decided to recall",
    /// "moved to break off", "began to shell", "voted to impose".
    func enacts(_ word: Int) -> Bool {
        var position = word
        while position >= 0, word - position < 2, self.word(position, endsWith: "ly") { position -= 1 }  // "moved quickly to"
        if self.word(position, isIn: SentenceWords.enactingVerbs) { return true }
        // "Slovenia has become the latest European nation to recognize a Palestinian state": the latest,
        // first or third one to do something has done it.
        var before = position
        while before >= 0, position - before < 3, !self.word(before, isIn: SentenceWords.rankingWords) {
            guard mention(at: before) != nil || isLowerCaseWord(before), !commaAfter(before) else { return false }
            before -= 1
        }
        // ("will become the first to recognize", "is set to be the first": not yet)
        guard before > 1, self.word(before, isIn: SentenceWords.rankingWords), self.word(before - 1, is: "the"),
              self.word(before - 2, isIn: SentenceWords.formsOfBe) || self.word(before - 2, isIn: SentenceWords.becomingVerbs)
        else { return false }
        return before < 3 || !(self.word(before - 3, isIn: SentenceWords.futureModals) || self.word(before - 3, is: "to"))
    }

    /// Whether the verb that ends at `end` names its agent after it: after "by" (`agent(after:)`), or
    /// as the one whose attack it happened in (`attackAgent(after:)`).
    func namesAgent(after end: Int) -> Bool { agent(after: end) != nil || attackAgent(after: end) != nil }

    /// The agent named after "by" after the verb that ends at `end`: "was attacked by Russia".
    func agent(after end: Int) -> Int? {
        var by = end + 1
        // "was sanctioned in February 2022 by the United States": over a date between.
        if !word(by, is: "by"), word(by, is: "in") || word(by, is: "on") {
            var position = by + 1
            while position < wordCount, position - by <= 3, mention(at: position) == nil, !commaAfter(position - 1), !word(position, is: "by"),
                  isQuantity(position) || !isLowerCaseWord(position) || word(position, isIn: SentenceWords.timeWords)
            {
                position += 1
            }
            if position > by + 1, !commaAfter(position - 1), word(position, is: "by") { by = position }
        }
        guard word(by, is: "by") else { return nil }
        // "backed by neighbouring Rwanda", "backed by the powerful Wagner group": over one word of description;
        // "attacked by more than 300 Ukrainian drones": over a count.
        var position = by + 1
        while position < wordCount, position - by <= 4, !commaAfter(position - 1), mention(at: position) == nil,
              isQuantity(position) || word(position, is: "more") || word(position, is: "than")
                || word(position, is: "of") && isQuantity(position - 1)
        {
            position += 1
        }
        // "were expelled by the government of President Nicolas Maduro": a part of an actor stands for it.
        let part = word(position, is: "the") ? position + 1 : position
        if mention(at: position) == nil, word(part, isIn: SentenceWords.partNouns), word(part + 1, is: "of"), !commaAfter(part) {
            position = part + 2
        }
        guard let agent = mentionStarting(at: position)
            ?? (word(position, isIn: SentenceView.objectIntroducers) && !isPreposition(position) ? mentionStarting(at: position + 1) : nil)
        else { return nil }
        // "supported by Myanmar's parallel National Unity Government": a state's body or group, over a word
        // that qualifies it, is the agent.
        let end = mentions[agent].end
        if possessiveAfter(end), let owned = mentionStarting(at: end + 1) ?? (isLowerCaseWord(end + 1) ? mentionStarting(at: end + 2) : nil),
           actor(of: owned) != actor(of: agent)
        {
            return owned
        }
        return agent
    }

    /// The actor named in the attack a participle ending at `end` happened in: "a Hezbollah
    /// commander killed in an Israeli strike", "were wounded during a Russian drone attack". Whether
    /// it made the attack or names where it was is the coder's to tell (`EventCoder.isAttacker`).
    func attackAgent(after end: Int) -> Int? {
        guard word(end + 1, is: "in") || word(end + 1, is: "during"), !commaAfter(end),
              word(end, endsWith: "ed") || word(end, endsWith: "en") || word(end, isIn: SentenceWords.participles),
              let agent = mentionStarting(at: end + 2)
        else { return nil }
        // The attack's noun, after up to two words of its weapon ("drone", "air"); in "killed in the
        // Kenya embassy bombing" the name says where, not who.
        var position = mentions[agent].end + 1
        while position < wordCount, position - mentions[agent].end <= 3, !commaAfter(position - 1) {
            if word(position, isIn: SentenceWords.attackNouns) { return agent }
            guard word(position, isIn: SentenceWords.weaponWords) else { return nil }
            position += 1
        }
        return nil
    }

    /// The proposal noun whose infinitive holds the cue at `word`: "decision" in "the Council's
    /// decision to start accession talks with", "plan" in "Hamas's plan to hold talks with" (up to
    /// three words between "to" and the cue).
    func proposalGoverning(_ word: Int) -> Int? {
        var position = word - 1
        while position > 0, word - position <= 4, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, is: "to") {
                if self.word(position - 1, isIn: SentenceWords.proposalNouns) { return position - 1 }
                // "Washington's decision, announced earlier this month, to lift": over an aside that a participle opens
                if commaAfter(position - 1), let opening = participleAside(endingAt: position - 1),
                   self.word(opening, isIn: SentenceWords.proposalNouns)
                {
                    return opening
                }
                // "an office set up to foster better ties with South Korea": what a thing is made for.
                if self.word(position - 1, isIn: SentenceWords.purposeParticiples) && !self.word(position - 2, isIn: SentenceWords.formsOfBe)
                    || self.word(position - 1, is: "up") && self.word(position - 2, is: "set")
                {
                    return position - 1
                }
                // "the decision by Niger, Mali and Burkina Faso to pull out": over its owners after "by".
                guard let last = mentionEnding(at: position - 1) else { return nil }
                let by = mentions[coordinated(before: last).first ?? last].start - 1
                guard by > 0, self.word(by, is: "by"), self.word(by - 1, isIn: SentenceWords.proposalNouns) else { return nil }
                return by - 1
            }
            position -= 1
        }
        return nil
    }

    /// The word before an aside between commas that ends at `end` and opens with a participle in
    /// "-ed" (", announced earlier this month,"), up to six words long and naming no actor (as
    /// `Coreference` reads the "its" after it); nil when there is none.
    private func participleAside(endingAt end: Int) -> Int? {
        var position = end
        while position >= 0, end - position <= 6 {
            if mention(at: position) != nil { return nil }
            if position < end, commaAfter(position) {
                let first = position + 1
                guard isLowerCaseWord(first), word(first, endsWith: "ed") else { return nil }
                return position
            }
            position -= 1
        }
        return nil
    }

    /// What a noun cue ending at `end`, with the actors after it, is said to be by a modal verb and a
    /// verb of onset after them: "war between Ethiopia and Eritrea could break out" has not happened
    /// ("could", "would", "might", "may"), "talks between Iran and the US will resume" are intended
    /// ("will"). What is said of a thing that is ("the war between Russia and Ukraine may last for
    /// years", "Hamas's attack on Israel would not go unpunished") leaves it as it is: only a verb of
    /// onset counts, and only for a noun without a possessor. With `actorsBefore` the actors stand
    /// before the noun ("a Trump-Putin summit will take place") and the modal may follow it at once.
    enum Modality { case possible, intended }
    func modalityAfterNounPhrase(start: Int, endingAt end: Int, onsets: PhraseSet, actorsBefore: Bool = false) -> Modality? {
        guard actorsBefore || possessor(before: start) == nil else { return nil }
        var position = end + 1
        var passedActor = actorsBefore
        while position < wordCount, position - end <= 12, !commaAfter(position - 1) {
            if let found = mention(at: position) {
                passedActor = true
                position = mentions[found].end + 1
            } else if word(position, isIn: SentenceWords.listWords) {
                position += 1
            } else {
                break
            }
        }
        guard passedActor, position + 1 < wordCount, !commaAfter(position - 1) else { return nil }
        // "Pakistan-Afghanistan talks to resume": a headline's "to" is its "will"; so is "are expected to"
        // ("talks between Armenia and Azerbaijan are expected to take place").
        if word(position, is: "to"), onsets.ends(at: position + 1, in: ids) { return .intended }
        if word(position, isIn: SentenceWords.formsOfBe), word(position + 1, isIn: SentenceWords.scheduledWords), word(position + 2, is: "to"),
           onsets.ends(at: position + 3, in: ids) || onsets.ends(at: position + 4, in: ids) && word(position + 3, is: "be")
        {
            return .intended
        }
        var verb = position + 1
        if word(verb, endsWith: "ly") || word(verb, is: "soon") || word(verb, is: "also") { verb += 1 }  // "will soon resume"
        // "will be held", but not "may be over" (`onsets` in the cue file)
        guard onsets.ends(at: verb, in: ids) || onsets.ends(at: verb + 1, in: ids) && word(verb, is: "be") else { return nil }
        if word(position, isIn: SentenceWords.possibilityModals) { return .possible }
        return word(position, is: "will") ? .intended : nil
    }

    /// Whether a verb of `verbs` governs the noun at `word` as its object, over only what may stand
    /// inside the noun's phrase (articles, possessives, counts, actors and words that qualify a noun):
    /// one that lifts a coercion ("lifted U.S. sanctions", `easing` in the cue file) or ends a tie
    /// ("to end the country's defence partnership with", `ending`). "approved sanctions", "cut aid
    /// and announced sanctions" are no easing.
    func governs(_ verbs: PhraseSet, noun word: Int) -> Bool { governingVerb(of: verbs, noun: word) != nil }

    /// Where the verb of `verbs` that governs the noun at `word` ends (see `governs`), or nil.
    func governingVerb(of verbs: PhraseSet, noun word: Int) -> Int? {
        var position = word - 1
        // (a word a hyphen joins to the one before adds no word between: "lift an 18-year-old arms embargo")
        var joined = 0
        while position >= 0, word - position <= 5 + joined, !commaAfter(position) {
            if hyphenBefore(position), joined < 4 { joined += 1 }
            // ("a cease-fire deal": a word a hyphen joins to the next is no verb)
            if verbs.ends(at: position, in: ids), !hyphenBefore(position + 1) { return position }
            // "lift most of its sanctions": a share of the noun stands for it
            if self.word(position, is: "of"), position > 0, self.word(position - 1, isIn: SentenceWords.shareWords) {
                position -= 2
                continue
            }
            // the noun right before the head names its kind: "an extradition treaty", "trade sanctions"
            let compound = position == word - 1 && isLowerCaseWord(position) && !isPreposition(position)
            guard compound || mention(at: position) != nil || possessiveAfter(position) || isNounPhraseWord(position) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the verb at `word` stands in its base form right after a comma, "and" or "or", with
    /// no subject of its own: the next item of a list of verbs ("to expel ..., deport ... and help").
    func isBareVerbInList(_ word: Int) -> Bool {
        guard word > 0, !self.word(word, endsWith: "s"), !self.word(word, endsWith: "ed"), !self.word(word, endsWith: "ing"),
              !self.word(word, isIn: SentenceWords.irregularPasts)  // "... and met Zelensky": a verb of its own
        else { return false }
        return commaAfter(word - 1) || self.word(word - 1, is: "and") || self.word(word - 1, is: "or")
    }

    /// Whether a passive of one of `verbs` follows the noun cue ending at `end` and its object, as
    /// the clause's verb: "tariffs imposed on Chinese imports would be cut", "sanctions on Syria
    /// were lifted". Up to eight words, not across a comma or a word that joins another clause.
    func isPassiveOf(_ verbs: PhraseSet, after end: Int) -> Bool { passiveOf(verbs, after: end) != nil }

    /// Where the form of "be" of such a passive stands, so that a modal before it can be asked
    /// ("sanctions on Russia would be lifted": not yet).
    func passiveOf(_ verbs: PhraseSet, after end: Int) -> Int? {
        var position = end + 1
        while position < wordCount, position - end <= 8 {
            if word(position, isIn: SentenceWords.formsOfBe) {
                var verb = position + 1
                if word(verb, is: "been") || word(verb, endsWith: "ly") { verb += 1 }
                // "are reducing exports" is no passive
                guard !word(verb, endsWith: "ing") else { return nil }
                return verbs.ends(at: verb, in: ids) || verbs.ends(at: verb + 1, in: ids) ? position : nil
            }
            // "must not be lifted", "should never be eased"
            if commaAfter(position) || word(position, isIn: SentenceView.clauseJoiners) || isNegationWord(position) {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// A word that may stand inside a noun phrase before its noun: an article, a possessive
    /// pronoun, a count, or a word that qualifies a noun by its form or by the list of them.
    private func isNounPhraseWord(_ index: Int) -> Bool {
        word(index, isIn: SentenceWords.determiners) || word(index, isIn: SentenceWords.possessivePronouns) || isModifierWord(index)
    }

    /// Whether papers are what a verb ending at `end` hands over: the head of its object, past
    /// whoever receives it, articles, counts and qualifiers ("handed over to Ukraine its
    /// memorandum", "handed over a list of children"; not "released three hostages under the terms").
    func handsOverPapers(after end: Int) -> Bool { handsOver(SentenceWords.documentNouns, after: end) }

    /// Whether word `index` says no: "not", "never", or a contraction in "n't".
    func isNegationWord(_ index: Int) -> Bool {
        word(index, is: "not") || word(index, is: "never") || word(index, endsWith: "n't")
    }

    /// Whether the mention `mention` stands right after "neither" or "nor" (over an article): "neither
    /// Moscow nor Tehran wants a clash", "attacked neither Hamas nor Hezbollah".
    func isDenied(_ mention: Int) -> Bool {
        var before = mentions[mention].start - 1
        if word(before, isIn: SentenceWords.determiners) { before -= 1 }
        return word(before, is: "neither") || word(before, is: "nor")
    }

    /// Whether the verb at `word` qualifies the firm, person, ship or "those" right before it, which
    /// does it and is no actor: "sanctioned companies accused of", "targeted logistics companies
    /// helping Ukraine", "intercepted a boat carrying aid to Gaza", "tariffs, including those
    /// targeting China" (not "missiles targeting", "troops clashing", "resolutions condemning", whose
    /// actor is the one who sent or wrote them).
    func qualifiesPrivateAgent(_ word: Int) -> Bool {
        let noun = word - 1
        guard noun >= 0, mention(at: noun) == nil, !pauseAfter(noun) else { return false }
        // ("Britain and other countries supplying weapons", "EU countries importing gas": named ones act.)
        if self.word(noun, is: "countries") || self.word(noun, is: "nations"), noun > 0,
           self.word(noun - 1, is: "other") || mention(at: noun - 1) != nil
        {
            return false
        }
        return self.word(noun, isIn: SentenceWords.privateAgents)
    }

    /// Whether the mention `placed` is a demonym on fighters of no state or on private people:
    /// "Pakistani militants", "a Jordanian gunman", "Kenyan protesters", "Nigerian human rights
    /// activists" (not "Israeli troops").
    func qualifiesPrivatePeople(_ placed: Int) -> Bool {
        guard form(of: placed) == .demonym else { return false }
        let next = mentions[placed].end + 1
        guard next < wordCount, !hyphenBefore(next) else { return false }
        // (over up to two words of their cause: "Nigerian human rights activists urged", not "Russian
        // troops killed civilians")
        for noun in next..<min(wordCount, next + 3) {
            if word(noun, isIn: SentenceWords.privatePeople) { return true }
            guard word(noun, isIn: SentenceWords.causeWords), !pauseAfter(noun) else { return false }
        }
        return false
    }

    /// The "by" right after the object `object` of a noun, or after the people or things a demonym
    /// object qualifies ("the expulsion of Argentine diplomats by Venezuela"), with no comma before it.
    func byAfterObject(_ object: Int) -> Int? {
        var position = mentions[object].end + 1
        if form(of: object) == .demonym {
            while position < wordCount, position - mentions[object].end <= 2, !commaAfter(position - 1), isLowerCaseWord(position),
                  !word(position, is: "by"), !isPastForm(position), mention(at: position) == nil
            {
                position += 1
            }
        }
        guard position < wordCount, word(position, is: "by"), !commaAfter(position - 1) else { return nil }
        return position
    }

    /// Whether "met with" ending at `end` meets a response, not people: its first noun, over an
    /// article, modifiers and one's name, is one of `SentenceWords.responseNouns` ("had met with a
    /// Chilean refusal", "met with stiff resistance from Russia").
    func meetsResponse(after end: Int) -> Bool {
        var position = end + 1
        while position < wordCount, position - end <= 4 {
            if let found = mention(at: position) {
                position = mentions[found].end + 1
                continue
            }
            // (not a group or a noun it qualifies: "met with the Russian opposition", "Taiwan's opposition leader")
            if word(position, isIn: SentenceWords.responseNouns) {
                let named = (end + 1..<position).contains { before in
                    self.word(before, is: "the") || mention(at: before).map { possessiveAfter(mentions[$0].end) } ?? false
                }
                return !named && (position + 1 >= wordCount || commaAfter(position) || !isLowerCaseWord(position + 1) || isPreposition(position + 1))
            }
            guard word(position, isIn: SentenceWords.determiners) || isModifierWord(position) || word(position, endsWith: "ly")
                    || word(position, isIn: SentenceWords.mannerWords)
            else { return false }
            position += 1
        }
        return false
    }

    /// Whether a name or a quotation follows the one a verb ending at `end` addresses, past their
    /// title and name: "called his Colombian counterpart Gustavo Petro a "terrorist"", "called
    /// the president "a dictator"" (not "called his counterpart on Tuesday").
    func givesName(after end: Int) -> Bool {
        var position = end + 1
        while position < wordCount, position - end <= 8 {
            if quoteBefore(position) || word(position, is: "a") || word(position, is: "an") { return position > end + 1 }
            guard mention(at: position) != nil || isCapitalised(position) || isNounPhraseWord(position)
                    || word(position, isIn: SentenceWords.determiners) || word(position, isIn: SentenceWords.possessivePronouns)
                    || word(position, isIn: SentenceWords.visitorNouns),
                  !commaAfter(position)
            else { return false }
            position += 1
        }
        return false
    }

    /// Whether those before a verb from `start` to `end` do it together to someone else: "will jointly
    /// fight drug traffickers", "fought armed groups along the border", "Egypt and Qatar jointly
    /// hosted talks" (an adverb of togetherness, or an armed group or outlaws as the object).
    func actsJointly(verbStart start: Int, end: Int) -> Bool {
        if start > 0, word(start - 1, is: "jointly") || word(start - 1, is: "together") { return true }
        if start > 1, word(start - 2, is: "jointly"), word(start - 1, endsWith: "ly") { return true }
        if word(end + 1, is: "jointly") || word(end + 1, is: "together") { return true }
        var position = end + 1
        while position < wordCount, position - end <= 4, mention(at: position) == nil {
            if word(position, isIn: SentenceWords.nonStateGroupNouns) || word(position, isIn: SentenceWords.outlawNouns) { return true }
            guard isNounPhraseWord(position) || word(position, endsWith: "ed") else { return false }
            position += 1
        }
        return false
    }

    /// Whether the wanted are what a verb ending at `end` hands over: "handed over 20 Islamic State
    /// suspects to France", "handed the fugitive over to".
    func handsOverWanted(after end: Int) -> Bool { handsOver(SentenceWords.wantedNouns, after: end) }

    private func handsOver(_ heads: ByteTable<Bool>, after end: Int) -> Bool {
        var position = end + 1
        while position < wordCount, position - end <= 8 {
            if word(position, isIn: heads) { return true }
            guard word(position, is: "to") || mention(at: position) != nil || isNounPhraseWord(position) else { return false }
            position += 1
        }
        return false
    }

    /// What a word just before a noun cue, or one word before it, says of it: `a potential deal`
    /// may never be, `the planned talks` are intended (over an actor that qualifies the noun: `a
    /// potential Israeli strike on Iran`).
    func qualifierBefore(noun: Int, possibility: PhraseSet, planned: PhraseSet) -> Modality? {
        var position = noun - 1
        var looked = 0
        while position >= 0, looked < 2 {
            if let found = mention(at: position) {
                position = mentions[found].start - 1
                continue
            }
            if possibility.ends(at: position, in: ids) { return .possible }
            if planned.ends(at: position, in: ids) { return .intended }
            if commaAfter(position) { return nil }
            // ("the risk of a Russian attack": an article counts for nothing)
            if !word(position, isIn: SentenceWords.articles) { looked += 1 }
            position -= 1
        }
        return nil
    }

    /// Whether the verb at `word` is a participle that qualifies the plain noun before it, with a
    /// place or time after it, no agent, and the clause's own verb later ("children detained in
    /// Israeli prisons were freed") or before ("was carrying soldiers captured in Russia's offensive"). Not after an actor's name ("Israel detained"), an auxiliary or
    /// a comma, nor with no verb to follow ("Iranian students protested in Tehran").
    func isReducedRelative(_ word: Int) -> Bool {
        guard word > 0, self.word(word, endsWith: "ed") || self.word(word, endsWith: "en"),
              self.word(word + 1, isIn: SentenceWords.settingPrepositions)
        else { return false }
        let noun = word - 1
        guard mention(at: noun) == nil, !commaAfter(noun), !self.word(noun, isIn: SentenceView.functionWords),
              !isAuxiliaryOrAdverb(noun), !self.word(noun, isIn: SentenceWords.formsOfBe)
        else { return false }
        // "to tap Russian central bank assets frozen in the EU": a noun after "of" is no subject.
        var before = noun - 1
        while before >= 0, noun - before <= 4, !commaAfter(before) {
            if self.word(before, is: "of") { return true }
            guard mention(at: before) != nil || isNounPhraseWord(before) || !self.word(before, isIn: SentenceView.functionWords)
                    && !isAuxiliaryOrAdverb(before) && !self.word(before, isIn: SentenceWords.formsOfBe)
            else { break }
            before -= 1
        }
        var position = word + 2
        while position < wordCount, position - word <= 12, !commaAfter(position - 1) {
            if self.word(position, isIn: SentenceWords.formsOfBe) || self.word(position, isIn: SentenceWords.modals)
                || self.word(position, is: "has") || self.word(position, is: "have") || self.word(position, is: "had")
            {
                return true
            }
            position += 1
        }
        // Or the clause's verb came before the noun: "the plane was carrying 65 Ukrainian soldiers
        // captured in Russia's offensive".
        position = noun - 1
        while position >= 0, noun - position <= 6, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.formsOfBe) || self.word(position, endsWith: "ing") && characterCount(position) > 4 {
                return mention(at: position) == nil
            }
            position -= 1
        }
        return false
    }

    /// Whether the "to" at `to` follows an agreement, over up to five words of when and where:
    /// "agreed (on Friday) to", "agreed at peace talks on Monday to", "an accord to", "a deal to".
    func agreesTo(_ to: Int) -> Bool {
        follows(to, overWhenAndWhere: { word($0, isIn: SentenceWords.agreeingVerbs) || word($0, isIn: SentenceWords.agreementNouns) })
    }

    /// Whether the "to" at `to` follows a promise, vow, threat, plan or offer over words of when and
    /// where that part them, which the intention phrases ("pledged to") do not reach: "pledged on
    /// Monday to send aid", "vowed last week to retaliate".
    func intendsTo(_ to: Int) -> Bool {
        follows(to, overWhenAndWhere: { word($0, isIn: SentenceWords.intendingVerbs) })
    }

    /// Whether a word `matches` within the five words before `to`, with no actor or comma between.
    private func follows(_ to: Int, overWhenAndWhere matches: (Int) -> Bool) -> Bool {
        var position = to - 1
        while position >= 0, to - position <= 6, mention(at: position) == nil, !commaAfter(position) {
            if matches(position) { return true }
            position -= 1
        }
        return false
    }

    /// Whether a verb of ending stands before the word at `word`, over an article or a possessive
    /// pronoun: "to end hostilities between", "stop the war with", "halting its attacks on".
    func followsEndingVerb(_ word: Int, endings: PhraseSet) -> Bool {
        var previous = word - 1
        if self.word(previous, isIn: SentenceWords.determiners) { previous -= 1 }
        return endings.ends(at: previous, in: ids)
    }

    /// Whether the word at `word` names something received that is no supply: an answer, a call, a visit.
    func isReceivedWord(_ word: Int) -> Bool { self.word(word, isIn: SentenceWords.receivedWords) }

    func hasComma(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { commaAfter($0) }
    }

    /// Whether the verb at `word` is passive: a past participle with a form of "be" just before it
    /// (adverbs allowed). "is withdrawing" is not passive; "was attacked", "were killed" are.
    func isPassive(start word: Int) -> Bool {
        guard self.word(word, endsWith: "ed") || self.word(word, endsWith: "en") || self.word(word, isIn: SentenceWords.participles) else { return false }
        var position = word - 1
        var skipped = 0
        while position >= 0, skipped < 3 {
            if self.word(position, isIn: SentenceWords.formsOfBe) { return true }
            if !self.word(position, endsWith: "ly"), !self.word(position, isIn: SentenceWords.passiveAdverbs) { return false }
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
        // "a stance also supported by President Biden": an adverb may stand between the noun and its participle.
        var before = word - 1
        if !isPassive, before > 0, self.word(before, is: "also") || self.word(before, endsWith: "ly"), !commaAfter(before - 1),
           !isAuxiliaryOrAdverb(before - 1), !self.word(before - 1, isIn: SentenceWords.formsOfBe),
           !self.word(before - 1, isIn: SentenceView.functionWords), mention(at: before - 1) == nil
        {
            before -= 1
        }
        if !isPassive, before >= 0, !self.word(word, endsWith: "ing"), !commaAfter(before), !isAuxiliaryOrAdverb(before) {
            // "Iraqi militias backed by Iran": the noun's modifier stands for it, unless the noun is an idea.
            let noun = before
            if let named = mentionEnding(at: noun) { return named }
            guard !self.word(noun, isIn: SentenceWords.proposalNouns), !self.word(noun, isIn: SentenceView.functionWords) else { return nil }
            return mentionEnding(at: noun - 1)
        }
        if isPassive, let pronoun = relativePronoun(before: word) {
            return mentionEnding(at: pronoun - 1)
        }
        // "the disputed Western Sahara, annexed by Morocco in 1975": a participle after a comma tells of
        // the name before it, and a name that is no actor's leaves no one acted on.
        if !isPassive, before >= 0, commaAfter(before), !self.word(word, endsWith: "ing"), mentionEnding(at: before) == nil,
           !isLowerCaseWord(before)
        {
            return nil
        }
        // "CENTCOM said the Tutor had been struck by a Houthi vessel": the one who says it was not struck.
        guard !followsRelativeAside(word), let patient = subject(before: word, excluding: []) ?? nearestMention(before: word, excluding: [])
        else { return nil }
        // "The strike on a hospital in Ukraine was condemned by the EU": the strike was, not its victim.
        if isAttackedInSubject(patient) { return nil }
        // ("UN experts have claimed that the rebels are supported by Rwandan troops": nor is the one who claims
        // what is done to a group; but in "Ukraine claimed that it was attacked by Russia", "Armenia claimed that
        // the village was shelled" the claimant is the one struck.)
        return (mentions[patient].end + 1..<word).contains(where: { position in
            self.word(position, isIn: SentenceWords.speechVerbs)
                || self.word(position, is: "that") && (self.word(position - 1, isIn: SentenceWords.reportingVerbs) || self.word(position - 1, endsWith: "ed"))
                    && (position + 1..<word).contains { self.word($0, isIn: SentenceWords.nonStateGroupNouns) }
        }) ? nil : patient
    }

    /// Whether the mention `placed` is what an attack named before it struck: after "on", "against"
    /// or "in" that follow a noun of attack or a struck site ("the attack on the Israeli embassy").
    private func isAttackedInSubject(_ placed: Int) -> Bool {
        var before = mentions[placed].start - 1
        while before >= 0, word(before, isIn: SentenceWords.articles) || word(before, isIn: SentenceWords.regionWordTable) { before -= 1 }
        guard word(before, is: "on") || word(before, is: "against") || word(before, is: "in") else { return false }
        return word(before - 1, isIn: SentenceWords.attackNouns) || word(before - 1, isIn: SentenceWords.struckSites)
    }

    /// The relative pronoun that opens the clause holding word `word`, within a dozen words and not
    /// across a comma: "who", "which", or "that" after anything but a verb of saying or knowing
    /// ("said that" opens a clause of its own, not one about the word before it).
    private func relativePronoun(before word: Int) -> Int? {
        var position = word - 1
        while position > 0, word - position <= 12, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.relativePronouns) { return position }
            if self.word(position, is: "that") {
                let before = position - 1
                let opensReport = self.word(before, isIn: SentenceWords.reportingVerbs) || self.word(before, endsWith: "ed") && mention(at: before) == nil
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
        return word(next, isIn: SentenceWords.proposalNouns) || word(next, isIn: SentenceWords.proposalModifiers) && word(next + 1, isIn: SentenceWords.proposalNouns)
            // "supported Ukraine's sovereignty and territorial integrity", "backs Israel's right to defend itself"
            || possessiveAfter(mentions[placed].end) && word(next, isIn: SentenceWords.claimedStanding)
    }

    /// Whether the placed mention names whose stand or deed is meant: before the noun ("Japan's
    /// remarks", "the Japanese statement") or after it and "by" or "of" ("the move by Japan").
    func isAuthorOfConduct(_ placed: Int) -> Bool {
        let start = mentions[placed].start
        let preposition = word(start - 1, is: "the") ? start - 2 : start - 1
        return word(mentions[placed].end + 1, isIn: SentenceWords.conductNouns)
            || (word(preposition, is: "by") || word(preposition, is: "of")) && word(preposition - 1, isIn: SentenceWords.conductNouns)
    }

    /// Whether the noun at `word` follows "of" (or `preposition`), over up to two words that qualify
    /// it, in the phrase of the verb that ended at `verbEnd` (no comma between): "accused Iran of
    /// deadly attacks on", "condemned Israel for attacks on".
    func followsOf(_ word: Int, after verbEnd: Int, preposition: StaticString = "of") -> Bool {
        var position = word - 1
        var crossed = 0  // words of a partitive crossed: "for a series of sabotage attacks"
        while position > verbEnd, word - position - crossed <= 3, !commaAfter(position) {
            if self.word(position, is: preposition) { return !hasComma(from: verbEnd, to: position) }
            if self.word(position, is: "of"), self.word(position - 1, isIn: SentenceWords.partitiveNouns) {
                position -= 2
                crossed += 2
                continue
            }
            guard isModifierWord(position) || self.word(position, isIn: SentenceWords.determiners)
                    || self.word(position, isIn: SentenceWords.attackKindWords)
            else { return false }
            position -= 1
        }
        return false
    }

    /// Whether an actor ends right before word `word` and a verb of saying (and "that") stands right
    /// before the actor: "Macron said France would", "announced that Russia would".
    func isReportedSubject(before word: Int) -> Bool {
        guard let subject = mentionEnding(at: word - 1) else { return false }
        var before = mentions[subject].start - 1
        if self.word(before, is: "that") { before -= 1 }
        // ("announced Friday that it would": a day between the verb and its "that")
        while before > 0, mentions[subject].start - before <= 4, self.word(before, isIn: SentenceWords.timeWords) { before -= 1 }
        return self.word(before, isIn: SentenceWords.speechVerbs) || self.word(before, is: "announced") || self.word(before, is: "confirmed")
    }

    /// Whether a verb of harm follows word `end`, over "has" or "have": "strikes killed", "attacks have
    /// wounded", "strikes destroyed".
    func harms(after end: Int) -> Bool {
        let next = word(end + 1, is: "has") || word(end + 1, is: "have") ? end + 2 : end + 1
        return word(next, isIn: SentenceWords.harmVerbs)
    }

    /// Whether an actor qualifies the noun at `noun`, right before it or before a word of its weapon:
    /// "Israeli strikes", "Russia's attacks", "Russian drone strikes" (not "an artillery strike").
    func isQualifiedByActor(_ noun: Int) -> Bool {
        if mentionEnding(at: noun - 1) != nil { return true }
        return (word(noun - 1, isIn: SentenceWords.weaponWords) || word(noun - 1, isIn: SentenceWords.attackKindWords))
            && mentionEnding(at: noun - 2) != nil
    }

    /// Whether a verb of promising stands up to eight words before the noun at `noun`, in its phrase
    /// (no comma, actor or joining word between): "pledged an additional 9 billion euros in military aid".
    func isPromised(noun: Int) -> Bool {
        var position = noun - 1
        while position >= 0, noun - position <= 8, !commaAfter(position), mention(at: position) == nil,
              !word(position, isIn: SentenceView.clauseJoiners)
        {
            if word(position, isIn: SentenceWords.promisingVerbs) { return true }
            position -= 1
        }
        return false
    }

    /// Whether "with" and a penalty follow the verb ending at `end` in its clause: "hit Russia with
    /// new sanctions", "targeted Russia's shadow fleet with sanctions" (up to six words between
    /// "with" and the penalty).
    func penalizesWith(after end: Int) -> Bool {
        var position = end + 1
        // (over a list of actors: "targeted people in Russia, Indonesia and China with visa restrictions")
        while position < wordCount, position - end <= 8, !commaAfter(position - 1) || mention(at: position - 1) != nil && mention(at: position) != nil {
            if word(position, is: "with") {
                // ("hit Australian barley with a 73.6 per cent anti-dumping duty": a rate may stand before it)
                return (position + 1..<min(wordCount, position + 8)).contains { word($0, isIn: SentenceWords.penalties) }
            }
            position += 1
        }
        return false
    }

    /// Where the projectiles of an actor stand that the verb ending at `end` destroys, counted or
    /// not: "destroyed 337 Ukrainian drones", "intercepted more than 20 Russian missiles".
    func projectilesDestroyed(after end: Int) -> Int? {
        var position = end + 1
        while position < wordCount, position - end <= 4, mention(at: position) == nil,
              isQuantity(position) || word(position, isIn: SentenceWords.articles) || word(position, is: "of")
        {
            position += 1
        }
        // (an owner named by its people: in "attacked Israel with missiles" Israel is the target)
        guard let owner = mentionStarting(at: position), form(of: owner) == .demonym else { return nil }
        let next = mentions[owner].end + 1
        let projectile = word(next, isIn: SentenceWords.projectiles) ? next
            : !isPreposition(next) && word(next + 1, isIn: SentenceWords.projectiles) ? next + 1 : nil
        // "struck Iranian missile launchers", "hit Russian drone factories": the projectile names the
        // site or the means struck, which is no projectile shot down.
        // Warplanes are struck on the ground as often as in the air ("struck 41 Russian warplanes at four air bases").
        guard let projectile, !word(projectile, is: "warplanes"),
              !word(projectile + 1, isIn: SentenceWords.struckSites), !word(projectile + 1, isIn: SentenceWords.launchingMeans)
        else { return nil }
        return projectile
    }

    /// The agreement noun after the mention `placed`, over a possessive and up to two words that
    /// qualify it: "Iran's 2015 nuclear deal", "the Qatar ceasefire agreement", or nil.
    func agreement(after placed: Int) -> Int? {
        agreement(from: mentions[placed].end + 1, within: 3)
    }

    /// The agreement noun from word `start` on, over up to `within - 1` articles and words that
    /// qualify it ("the 2015 nuclear deal"), or nil.
    func agreement(from start: Int, within: Int) -> Int? {
        var position = start
        while position < wordCount, position - start < within, !commaAfter(position - 1) {
            if word(position, isIn: SentenceWords.agreementNouns) { return position }
            guard mention(at: position) == nil,
                  isModifierWord(position) || word(position, isIn: SentenceWords.agreementModifiers) || word(position, isIn: SentenceWords.determiners)
            else { return nil }
            position += 1
        }
        return nil
    }

    /// Whether the noun at `word` gives a cause: after "over", "in response to" or "in retaliation
    /// for", over up to three articles and words that qualify it ("over the latest arms sales to").
    func followsCause(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, word - position <= 4, mention(at: position) == nil, !commaAfter(position) {
            // "an outspoken critic of military aid to Ukraine": what a critic opposes is no act of the critic's;
            // nor what someone is charged with ("on charges of attacks on").
            if self.word(position, is: "of"), self.word(position - 1, isIn: SentenceWords.opponentNouns) || self.word(position - 1, isIn: SentenceWords.chargeNouns) {
                return true
            }
            // "U.S. companies involved in arms sales to Taiwan": what those involved in it do.
            // (Not the subject's own: "Russia is deeply involved in attacks on Ukraine's grid".)
            if self.word(position, is: "in"), self.word(position - 1, isIn: SentenceWords.involvementWords),
               self.word(position - 2, isIn: SentenceWords.privateAgents)
            {
                return true
            }
            // "launched rockets to avenge the killing of one of its commanders": what is avenged was done to the avenger.
            if self.word(position, isIn: SentenceWords.avengingVerbs) { return true }
            // "over 1,000 air strikes on Syria" counts them
            if self.word(position, is: "over") { return !isQuantity(position + 1) }
            // "supports the decisions on the expulsion of the Russian diplomats", "a debate on sanctions against
            // Iran": what a decision or a debate is about is its topic, no act of the subject's (but "Russia's
            // decision on the expulsion", with its owner named, is the owner's).
            // ("announced a decision on sanctions against Iran": a decision the subject announces or makes is its own.)
            if self.word(position, is: "on") || self.word(position, is: "about") {
                guard position > 1, self.word(position - 1, isIn: SentenceWords.deliberationNouns), !possessiveAfter(position - 2),
                      !self.word(position - 2, isIn: SentenceWords.possessivePronouns)
                else { return false }
                let verb = self.word(position - 2, isIn: SentenceWords.articles) ? position - 3 : position - 2
                return !self.word(verb, isIn: SentenceWords.decidingVerbs)
            }
            if self.word(position, is: "to") || self.word(position, is: "for") {
                return self.word(position - 1, is: "response") || self.word(position - 1, is: "retaliation")
            }
            guard self.word(position, isIn: SentenceWords.determiners) || isModifierWord(position) else { return false }
            position -= 1
        }
        return false
    }

    /// The actor who says what the sentence reports, before word `word`: the subject of the first
    /// verb of saying before it ("Ukraine said Russia struck Kyiv, urging": Ukraine). None when what
    /// is reported is itself said ("Israel said Hamas issued a statement, rejecting the US proposal":
    /// Hamas rejects it). `objects` are no sayers ("accused Israel of the strike and said": Israel is
    /// the object of the verb before).
    func sayer(before word: Int, excluding objects: MentionSet = []) -> Int? {
        // ("issued a statement saying that Sudan is behind the attack": the statement's issuer says it)
        guard let said = (0..<word).first(where: { self.word($0, isIn: SentenceWords.speechVerbs) || self.word($0, is: "saying") }), said > 0,
              !(said + 1..<word).contains(where: { self.word($0, isIn: SentenceWords.speechActWords) })
        else { return nil }
        return subject(before: said, excluding: objects)
    }

    /// The noun of an apposition after the cue ending at `end` that calls what was said a claim:
    /// "claim" in "..., a claim Ukraine dismissed as lies", "charge" in "..., a charge Kyiv denied".
    func disputingApposition(after end: Int) -> Int? {
        var position = end + 1
        while position + 2 < wordCount {
            if commaAfter(position), word(position + 1, isIn: SentenceWords.articles), word(position + 2, isIn: SentenceWords.claimNouns) {
                return position + 2
            }
            position += 1
        }
        return nil
    }

    /// Whether "each other" or "one another" follows the verb ending at `end`: "accused each other of".
    func namesEachOther(after end: Int) -> Bool {
        word(end + 1, is: "each") && word(end + 2, is: "other") || word(end + 1, is: "one") && word(end + 2, is: "another")
    }

    /// Whether a thing arms pound heads the phrase after the actor ending at `end`, one or two words on
    /// ("blasted Hamas positions with rockets", "slammed Israeli army positions", "blasted Pakistan's
    /// terror camps"), ending it (a preposition of place, "with", a comma or the end follow), and the
    /// sentence goes on with no words of judging ("as illegal", "over", "for"): not "slammed Israel's
    /// positions on Gaza", "Guyana's oil facilities deal", "blasted Pakistan over terror camps".
    func poundsThing(after end: Int) -> Bool {
        guard let thing = (end + 1...end + 2).first(where: { word($0, isIn: SentenceWords.poundedThings) }),
              (end + 1..<thing).allSatisfy({ isLowerCaseWord($0) || mention(at: $0) != nil })
        else { return false }
        let next = thing + 1
        guard next >= wordCount || commaAfter(thing) || word(next, is: "with") || word(next, is: "and")
                || isPreposition(next) && !word(next, is: "on") && !word(next, is: "of") && !word(next, is: "for")
        else { return false }
        return !(next..<min(wordCount, next + 8)).contains(where: { word($0, is: "as") || word($0, is: "over") || word($0, is: "for") })
    }

    /// Whether the crossing at verb `verb` is made in arms by the placed mention `agent`: troops
    /// after it ("Turkish troops crossed into"), or the actor named for itself, not its people nor a
    /// person, named or a pronoun ("Turkey regularly crosses into"; not "Syrians crossed into Turkey",
    /// "whether he crossed into that country").
    func crossesInArms(verb: Int, agent: Int, target: Int) -> Bool {
        // ("Migrants from Belarus crossed into Poland", "Thousands fleeing Sudan crossed into Chad": the
        // state is where they come from; "soldiers crossed into India to seek refuge" flee.)
        let start = mentions[agent].start
        // (but "Troops from Rwanda crossed into Congo" are Rwanda's)
        let forcesFrom = word(start - 1, is: "from") && word(start - 2, isIn: SentenceWords.crossingForces)
        if isPrepositionalObject(agent) && !forcesFrom || word(start - 1, isIn: SentenceWords.leavingWords) { return false }
        // The errand told right after where they crossed, up to a comma: "crossed into India to seek
        // refuge", "into Poland for training", "and asked for asylum", "at the invitation of" (not "...,
        // forcing the royal family to flee", "where they killed a rebel leader who had fled").
        let after = mentions[target].end
        if !commaAfter(after), word(after + 1, isIn: SentenceWords.errandOpeners) {
            var position = after + 1
            while position < wordCount, position - after <= 6 {
                // ("for talks with Syrian officials"; not "after talks collapsed")
                if word(position, isIn: SentenceWords.peacefulCrossings) || word(position, is: "talks") && word(position - 1, is: "for") { return false }
                if commaAfter(position) { break }
                position += 1
            }
        }
        let end = mentions[agent].end
        var before = verb - 1
        while before > end, word(before, isIn: SentenceWords.crossingInterjections) { before -= 1 }
        if before == end { return forcesFrom || form(of: agent) != .demonym && person(of: agent) == nil }
        return before - end <= 2 && word(before, isIn: SentenceWords.crossingForces)
    }

    /// Whether "for comment" follows the actor ending at `end`, over up to two words of its people:
    /// "reached out to the Israeli military for comment".
    func asksForComment(after end: Int) -> Bool {
        (end + 1...end + 3).contains { word($0, is: "for") && (word($0 + 1, is: "comment") || word($0 + 1, is: "comments")) }
    }

    /// Whether the noun phrase ending at `end` (its target named) is foretold by the verb after it: "an
    /// attack on Armenia was very likely", "a deal with Iran is possible", "war with Russia would be
    /// inevitable". Up to eight words on, no comma; a form of "be" then adverbs in -ly or "very".
    func isForetold(after end: Int) -> Bool {
        var position = end + 1
        while position < wordCount, position - end <= 8, !commaAfter(position - 1) {
            if word(position, isIn: SentenceWords.formsOfBe) || word(position, is: "remains") || word(position, is: "seems") {
                var next = position + 1
                while next < wordCount, word(next, is: "very") || word(next, is: "quite") || word(next, is: "more") || word(next, is: "most")
                        || word(next, is: "be") || word(next, endsWith: "ly") && !word(next, isIn: SentenceWords.foretellingWords)
                {
                    next += 1
                }
                // (not "was likely carried out by", where the act is done and only its doer guessed, nor
                // "formal ties with Seoul are likely to bring loans", which foretells what they bring, nor
                // "aid to Syria was likely decisive"; "was expected, but its scale was surprising" looks back)
                guard word(next, isIn: SentenceWords.foretellingWords),
                      !(word(position, is: "was") || word(position, is: "were")) || !(word(next, is: "expected") || word(next, is: "feared"))
                else { return false }
                if word(next + 1, is: "to") { return word(next + 2, isIn: SentenceWords.happeningVerbs) }
                return next + 1 >= wordCount || commaAfter(next) || !isLowerCaseWord(next + 1) || isPreposition(next + 1)
                    || word(next + 1, isIn: SentenceWords.timeWords) || word(next + 1, isIn: SentenceWords.sentenceJoiners)
            }
            if startsAnotherPhrase(at: position) { return false }
            position += 1
        }
        return false
    }

    /// Whether a verb of firing ending at `end` in "into", "onto" or "toward" fires into open water or
    /// an empty zone, over an article and two modifiers: "fired missiles into the sea near Japan",
    /// "into waters off Taiwan", "into the buffer zone near South Korea".
    func firesIntoOpenWater(after end: Int) -> Bool {
        guard word(end, is: "into") || word(end, is: "onto") || word(end, is: "toward") || word(end, is: "towards") else { return false }
        var position = end + 1
        while position < wordCount, position - end <= 3, !commaAfter(position - 1) {
            if word(position, isIn: SentenceWords.openWaters) { return true }
            guard word(position, isIn: SentenceWords.articles) || isLowerCaseWord(position) && !isPreposition(position) else { return false }
            position += 1
        }
        return false
    }

    /// Whether a verb of receiving ending at `end` receives words, not goods, before its "from": "cannot
    /// accept the perfunctory responses from the Philippines", "received assurances from Washington".
    func receivesWords(after end: Int) -> Bool {
        var position = end + 1
        while position < wordCount, position - end <= 8, !commaAfter(position - 1), !word(position, is: "from") {
            if word(position, isIn: SentenceWords.wordsGiven) || word(position, isIn: SentenceWords.responseNouns) { return true }
            position += 1
        }
        return false
    }

    /// Whether an aid verb ending at `verb` gives `receiver` things: "supplied Russia", "provided
    /// weapons to Hamas", "sent Ukraine more shells". What is sent must be arms, aid, money or goods,
    /// and not what is fired ("sent troops to Belarus", "sent 500 drones to Ukraine" are no aid); what
    /// is provided, supplied or delivered before "to" must not be words ("provided direct commitments
    /// to Canada", "delivered a warning to").
    func givesThings(verb: Int, to receiver: Int) -> Bool {
        let sending = word(verb, isIn: SentenceWords.sendingVerbs)
        guard sending || word(verb, isIn: SentenceWords.givingVerbs) else { return true }
        let receiverStart = mentions[receiver].start
        // The receiver may stand before the verb ("Venezuelans whom the United States had sent").
        let upper = max(verb + 1, min(wordCount, mentions[receiver].end + 4))
        if sending {
            // What is fired is no gift: "Russia sent 500 drones to Ukraine overnight".
            let sent = (verb + 1..<upper)
            return sent.contains { word($0, isIn: SentenceWords.materielNouns) } && !sent.contains { word($0, isIn: SentenceWords.projectiles) }
        }
        // Nor after "to" right after the verb: the thing stands before it ("the F-16s provided to Kyiv").
        if receiverStart <= verb + 1 || receiverStart == verb + 2 && (word(verb + 1, isIn: SentenceWords.articles) || word(verb + 1, is: "to")) {
            return true
        }
        // Supplying and delivering give goods of every kind (wheat, imagery, electricity), but not words.
        return !(verb + 1..<min(receiverStart, upper)).contains { word($0, isIn: SentenceWords.wordsGiven) }
    }

    /// Whether the mention `placed` is a demonym before a noun of an armed group: "Lebanese terror
    /// group", "Iraqi militias" (the coder asks whether its actor is a state).
    func namesNonStateGroup(_ placed: Int) -> Bool {
        guard form(of: placed) == .demonym else { return false }
        let next = mentions[placed].end + 1
        return word(next, isIn: SentenceWords.nonStateGroupNouns) || word(next + 1, isIn: SentenceWords.nonStateGroupNouns)
    }

    /// Whether the verb at `word` is in its bare form: no -s, -ed or -ing, no irregular past.
    func isBareVerb(_ word: Int) -> Bool {
        !self.word(word, endsWith: "s") && !self.word(word, endsWith: "ed") && !self.word(word, endsWith: "ing")
            && !self.word(word, isIn: SentenceWords.irregularPasts)
    }

    /// Whether the noun at `word` is the attack someone was harmed in, over articles and words that
    /// qualify it: "were killed in the strike on the Syrian capital", "died in an attack on". Those harmed,
    /// the clause's subject, did not make it.
    func followsHarm(_ word: Int) -> Bool {
        var position = word - 1
        while position > 0, word - position <= 4, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, is: "in") || self.word(position, is: "during") { return self.word(position - 1, isIn: SentenceWords.harmVerbs) }
            guard self.word(position, isIn: SentenceWords.determiners) || isModifierWord(position) else { return false }
            position -= 1
        }
        return false
    }

    /// Whether the verb at `verb` stands in a clause reported after the mention `sayer` and its verb of
    /// saying, with a subject of its own that is no actor: "Israel said the activists attacked",
    /// "Israel said that protesters attacked". Its own people or arms are the sayer's ("Israel said
    /// its jets struck").
    func reportsOtherSubject(verbAt verb: Int, after sayer: Int) -> Bool {
        guard !self.word(verb, endsWith: "ing") else { return false }  // "Rubio said after meeting with Bukele"
        let before = wordBefore(verbAt: verb)
        // (Not after a preposition, where the cue is a noun or a gerund: "in protest at", "after visiting"; nor
        // after an attack of the sayer's own: "Egypt's military said the dawn strike hit Islamic State camps".)
        guard before > mentions[sayer].end, mention(at: before) == nil, isLowerCaseWord(before), !isPreposition(before),
              !self.word(before, isIn: SentenceWords.phraseOpeners),
              !self.word(before, isIn: SentenceWords.articles), !self.word(before, isIn: SentenceWords.groupNouns),
              !self.word(before, isIn: SentenceWords.armedMeans), !self.word(before, isIn: SentenceWords.pronounSubjects),
              !self.word(before, isIn: SentenceWords.attackNouns),
              let said = (mentions[sayer].end + 1..<before).first(where: { self.word($0, isIn: SentenceWords.speechVerbs) })
        else { return false }
        return !(said + 1..<before).contains { mention(at: $0) != nil }
    }

    /// Whether the noun at `word` is what something no actor carries, over words that qualify it:
    /// "ships taking humanitarian aid to Gaza", "trucks carrying aid to Sudan". Whoever the sentence
    /// is about did not send it.
    func followsCarrier(_ word: Int) -> Bool {
        var position = word - 1
        while position > 0, word - position <= 5, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.carryingVerbs) {
                return mention(at: position - 1) == nil && isLowerCaseWord(position - 1) && !self.word(position - 1, isIn: SentenceWords.formsOfBe)
            }
            // (over an amount: "ships taking tons of supplies to Gaza")
            guard isModifierWord(position) || self.word(position, isIn: SentenceWords.determiners) || self.word(position, is: "of")
                    || self.word(position, isIn: SentenceWords.amountNouns)
            else { return false }
            position -= 1
        }
        return false
    }

    /// Whether the noun at `word` dates something else, over articles and words that qualify it:
    /// after "since", "before" or "until" ("since the invasion of Ukraine"), or after the start or
    /// anniversary of it that such a word, "after" or "marking" leads ("Fico is the third EU leader to
    /// visit Moscow since the start of the full-scale invasion of Ukraine"; but "at the start of the
    /// meeting with"). Such a backdrop is no act of the sentence's subject.
    func followsTimeMarker(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, word - position <= 4, mention(at: position) == nil, !commaAfter(position) {
            if self.word(position, isIn: SentenceWords.timeMarkers) { return true }
            // "since the start of the invasion", but not "at the start of the meeting with".
            if self.word(position, is: "of") {
                guard self.word(position - 1, isIn: SentenceWords.timePoints) else { return false }
                let before = self.word(position - 2, isIn: SentenceWords.determiners) ? position - 3 : position - 2
                return self.word(before, isIn: SentenceWords.timePointMarkers)
            }
            guard self.word(position, isIn: SentenceWords.determiners) || isModifierWord(position) else { return false }
            position -= 1
        }
        return false
    }

    /// Whether the noun cue at `noun` is the backdrop a "since" leads: "exports have fallen since
    /// Russia's full-scale invasion of Ukraine", "since the Hamas attack on Israel". It happened
    /// before, at a time the phrase leaves unsaid unless a date in it says (`Extractor` keeps such a
    /// relation without an event when no date governs it, rather than date it by the report).
    func isBackdrop(noun: Int) -> Bool {
        var position = noun - 1
        while position >= 0, noun - position <= 6, !commaAfter(position) {
            if word(position, is: "since") { return true }
            if let found = mention(at: position) {
                position = mentions[found].start - 1
                continue
            }
            guard word(position, isIn: SentenceWords.determiners) || isModifierWord(position) else { return false }
            position -= 1
        }
        return false
    }

    /// Whether a relative pronoun is the subject of the verb at `word`, adverbs and auxiliaries
    /// between: "groups that stage attacks", "Hamas, which has fired".
    func followsRelativePronoun(_ word: Int) -> Bool {
        let position = wordBefore(verbAt: word)
        return self.word(position, is: "that") || self.word(position, isIn: SentenceWords.relativePronouns)
    }

    /// The actor a quotation or report is attributed to: the one next to `said`, `added`, `told` ...
    func speaker() -> Int? {
        for position in 0..<wordCount where word(position, isIn: SentenceWords.speechVerbs) {
            if let before = mention(at: position - 1) ?? mention(at: position - 2) { return before }
            // "..., the Russian foreign ministry said": over the body the actor speaks through.
            if position >= 3, isSpeakingBody(position - 1), isSpeakingBody(position - 2), let before = mention(at: position - 3) { return before }
            if let after = mention(at: position + 1) ?? mention(at: position + 2) { return after }
        }
        return nil
    }

    /// Whether word `index` names part of a body that speaks for an actor: "foreign ministry",
    /// "defence ministry", "state media", "military spokesman".
    private func isSpeakingBody(_ index: Int) -> Bool { isPeopleOrBody(index) || word(index, isIn: SentenceWords.bodyModifiers) }

    /// Words that end a noun phrase when looking back for a possessor.
    static let functionWords: ByteTable<Bool> = [
        "the", "a", "an", "and", "or", "of", "with", "to", "for", "in", "on", "by", "from", "that", "which", "who", "while",
        "as", "at", "but", "than", "into", "over", "after", "before", "is", "are", "was", "were", "has", "have", "had",
        "be", "been", "also", "not", "its", "their", "his", "her", "said", "says",
    ]

    /// Whether the participle at `word` follows reports that name no author: "reports alleging", "after
    /// reports surfaced alleging", "documents emerged accusing" (but "a UN report accusing Israel",
    /// "Amnesty's report alleging" are their authors').
    func followsReports(_ word: Int) -> Bool {
        guard word > 0, !commaAfter(word - 1) else { return false }
        let noun = self.word(word - 1, isIn: SentenceWords.surfacingVerbs) ? word - 2 : word - 1
        return noun >= 0 && self.word(noun, isIn: SentenceWords.unattributedReports) && mention(at: noun - 1) == nil
    }

    /// Whether the gerund at `word` is joined by "and" to a gerund after "of" that follows the
    /// accusing verb at `accusing`: "accusing it of supporting terrorist groups and backing Iran".
    func joinsGerundOfAccusation(_ word: Int, accusing: Int) -> Bool {
        guard word > 1, self.word(word - 1, is: "and") else { return false }
        var position = word - 2
        while position > accusing + 1, word - position <= 10, !commaAfter(position) {
            if self.word(position, endsWith: "ing"), self.word(position - 1, is: "of") { return true }
            position -= 1
        }
        return false
    }
}
