import ChronicleModel

/// A relation read from one sentence: who did what to whom, with the cue and any hedge.
public struct CodedRelation: Hashable, Sendable {
    public var sentence: Int
    public var source: ActorID
    public var target: ActorID
    public var kind: RelationKind
    /// A lasting relation (ties, alliances, patronage) rather than a dated happening.
    public var standing: Bool
    /// The cue words, for explanations.
    public var cue: String
    /// Where the cue stands in the document's clean text, to find the date that governs it.
    public var cueOffset: Int
    public var claim: Claim?
    /// The person who acted or spoke for the source, when named.
    public var person: String?
    /// A happening told as the backdrop "since" leads ("since Russia's invasion of Ukraine"): before
    /// the report, and dated only by a date of its own.
    public var backdrop = false
}

/// Codes the relations of a sentence from its actor mentions and the cue lexicon.
///
/// Source and target come from where words stand, not from every pair of actors: a verb takes the
/// nearest actor before it that is not already the object of an earlier cue (so coordinated verbs
/// share their subject) and the nearest actor after it; a passive (`was supported by Iran`) swaps
/// them; a noun takes its possessor (`Russia's alliance with Iran`, `its war in Ukraine`, `Hamas
/// attack on Israel`); `between X and Y` takes both; conjunctions add actors (`ties with both Hamas
/// and Israel`). A negation just before the cue (`fell short of condemning`) drops it; a hedge in the
/// sentence (`alleged`, `reportedly`, `suggests`) keeps it as a claim, with who claims it.
public struct EventCoder: Sendable {
    let index: CueIndex
    /// The lexicon's actors by kind, for the few readings that turn on it: a state named in the
    /// attack someone was killed in says where ("killed in a Pakistan attack"), a group's name says
    /// who ("in a Hamas attack"); an armed group backed is armed and paid, a state backed endorsed.
    let kinds: [ActorID: ActorKind]

    public init(cues: CueLexicon, kinds: [ActorID: ActorKind] = [:]) {
        index = CueIndex(cues)
        self.kinds = kinds
    }

    public func relations(in document: AnalyzedDocument) -> [CodedRelation] {
        let bySentence = Dictionary(grouping: document.mentions, by: \.sentence)
        var result: [CodedRelation] = []
        var view = SentenceView()
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            guard let mentions = bySentence[sentenceIndex], isCoded(sentence, mentions: mentions) else { continue }
            let tokens = Tokenizer.tokens(document.ingested.text, sentence.range)
            relations(inSentence: sentenceIndex, tokens: tokens, text: document.ingested.text, mentions: mentions, view: &view, into: &result)
        }
        return result
    }

    /// Whether a sentence with these mentions can hold a relation: FAQ answers restate the article
    /// and headlines restate its lead (neither counts again), and a relation needs two actors or
    /// an adjectival one ("Israeli strikes on Gaza").
    func isCoded(_ sentence: Sentence, mentions: [ActorMention]) -> Bool {
        !sentence.role.isRestatement && sentence.role != .heading
            && (mentions.count >= 2 || mentions.contains(where: { $0.form == .modifier }))
    }

    /// The relations of one sentence, given its tokens and its mentions, appended to `coded` (a
    /// document's relations: a sentence needs no list of its own). The sentence is read into
    /// `view`, whose lists a document's sentences share.
    func relations(inSentence sentenceIndex: Int, tokens: [Token], text: [UInt8], mentions: [ActorMention],
                   view: inout SentenceView, into coded: inout [CodedRelation])
    {
        view.read(text: text, tokens: tokens, mentions: mentions, vocabulary: index.vocabulary)
        code(view, sentence: sentenceIndex, into: &coded)
    }

    /// A relation already coded in the sentence, so a second cue for it does not repeat it.
    struct CodedPair: Hashable {
        var source: ActorID
        var target: ActorID
        var kind: RelationKind
    }

    /// The relations already coded in a sentence: those of `coded` from `first` on, where each pair
    /// is appended once it is new. A sentence codes a handful: looking through them in order costs
    /// less than hashing two actor ids with SipHash for each, and needs no list of its own. Past a
    /// few dozen (a sentence that lists many actors on both sides) a set takes over, so no sentence
    /// is quadratic.
    struct CodedPairs {
        let first: Int
        private var set: Set<CodedPair> = []

        init(first: Int) { self.first = first }

        /// Whether `pair` is new among the sentence's relations in `coded`; from the set's start on,
        /// a new pair is also added to it (the caller then appends its relation to `coded`).
        mutating func insert(_ pair: CodedPair, coded: [CodedRelation]) -> Bool {
            if set.isEmpty, coded.count - first < 32 {
                return !coded[first...].contains { $0.source == pair.source && $0.target == pair.target && $0.kind == pair.kind }
            }
            if set.isEmpty {
                for relation in coded[first...] { set.insert(CodedPair(source: relation.source, target: relation.target, kind: relation.kind)) }
            }
            return set.insert(pair).inserted
        }
    }

    /// What coding a sentence has settled so far, which later cues in it depend on.
    struct State {
        /// Mentions already used as targets.
        var objects = MentionSet()
        /// Mentions that act from inside a noun phrase ("support from Iran").
        var suppliers = MentionSet()
        var lastVerbEnd: Int? = nil
        var lastNounEnd: Int? = nil
        /// Whether the verb that ended at `lastVerbEnd` linked actors.
        var lastVerbCoded = false
        var lastVerbSources: [Int] = []
        /// Whether that verb was an infinitive ("the Czech Republic's decision to expel"), whose subject
        /// no verb in the past after "and" goes on with.
        var lastVerbInfinitive = false
        /// What the verb that ended at `lastVerbEnd` does: after an appeal or a demand, a noun is
        /// what is asked for ("calling for Israel's withdrawal from Lebanon" is no withdrawal).
        var lastVerbAsks = false
        /// The last word of the clause a stated intention governs: "is due to visit Paris on Monday
        /// for talks with Macron" intends the talks too.
        var intendedThrough = -1
        /// The last word of the clause of a verb a modal makes unreal: "Iraq could start hostilities
        /// with Israel either through a direct attack or by attacking Jordan" attacks no one.
        var unrealThrough = -1
        /// The agent that splits the noun cue being coded ("airstrikes by Israel on Lebanon").
        var splitAgent: Int? = nil
        /// The actor in the slot of the frame cue being coded ("held Washington responsible").
        var frameObject: Int? = nil
        /// The last verb of accusing that named its accuser: the accuser's actor and the verb's word.
        var accusation: (accuser: ActorID, verb: String)? = nil
        /// Whether the cue being coded is what the accused were accused of ("accused Ukraine of attacking").
        var alleged = false
        /// Whether a verb after "to" has been passed over as not done ("urged Syria to expel ..."):
        /// bare verbs listed after it are in the same infinitive.
        var infinitivePassed = false
        /// The last word of the last appeal or demand's verb ("urged"), whose "to" may open a list of
        /// what it asks ("urged Russia to halt attacks and withdraw from Ukraine").
        var appealEnd: Int? = nil
        /// Those the last appeal or demand asked, whose acts its infinitive names ("called on Israel to end
        /// the blockade of Gaza": the blockade is Israel's).
        var appealed: [Int] = []
        /// Whether the verb that ended at `lastVerbEnd` rejects or blocks what follows it.
        var lastVerbBlocks = false
        /// Whether the verb that ended at `lastVerbEnd` condemns or protests what was done.
        var lastVerbReacts = false
        /// The ones the last verb of accusing or condemning named: "accused the U.S. and Britain of
        /// attacks on Yemen" makes them the attackers, as "condemned Israel for attacks on Lebanon" does.
        var accused: [Int] = []
        /// Where the last verb of accusing starts, while it is the last verb: when it names no actor,
        /// what the accused did has none either, not its subject's ("He accused external powers of
        /// attacking Venezuela"; but in "firms they accuse of supplying Russia" the firms did it).
        var accusingVerb: Int? = nil

        /// Whether the noun at `word` is what the last verb blamed its objects for: after its "of"
        /// ("accused Iran of attacks"), or after "for" when it condemned them ("condemned Israel for attacks").
        func blamesFor(_ word: Int, after verbEnd: Int, in view: SentenceView) -> Bool {
            !accused.isEmpty && (view.followsOf(word, after: verbEnd)
                || (lastVerbReacts || accusingVerb != nil) && view.followsOf(word, after: verbEnd, preposition: "for"))
        }
    }

    /// The sentence's relations, appended to `coded`; those already there (earlier sentences') are left as they are.
    func code(_ view: SentenceView, sentence: Int, into coded: inout [CodedRelation]) {
        // "Will Russia attack NATO?", "Is China preparing to invade Taiwan?": a question tells of nothing done.
        guard !view.isQuestion else { return }
        var seen = CodedPairs(first: coded.count)
        var state = State()
        let hedge = hedge(in: view)
        // Where the sentence's first denial may end: most sentences have none, and no cue before it is denied.
        let firstDenial = index.denials.firstPossibleEnd(in: view.ids)
        var position = 0
        while position < view.wordCount {
            // After a hyphen a participle cue wins over a verb spelled alike ("Iran-backed"); only after
            // two actors a hyphen joins does a pair's noun name a relation ("Russia-Ukraine talks").
            // (A capital makes the noun a name's: "the Belgrade-Pristina Dialogue".)
            let hyphened = view.hyphenBefore(position) ? index.participleCue(view.ids[position])
                : position >= 2 ? index.pairCue(view.ids[position]).flatMap {
                    view.isLowerCaseWord(position) && view.hyphenatedPair(before: position) != nil ? $0 : nil
                } : nil
            // "airstrikes by Israel on Lebanon": a noun cue split by its agent.
            // (Only a word that starts a cue can start a split one: most words are turned away at once.)
            let split = hyphened == nil && index.startsCue(view.ids[position]) && index.agentsBy(after: position, in: view) != nil
                ? index.splitMatch(in: view, at: position) : nil
            state.splitAgent = split?.agent
            state.frameObject = nil
            state.alleged = false
            guard view.mention(at: position) == nil,
                  var (end, matched) = hyphened.map({ (position, $0) }) ?? split.map({ ($0.end, $0.cue) })
                    ?? wordCue(at: position, in: view, state: &state)
            else {
                position += 1
                continue
            }
            // "have agreed to a ceasefire with immediate effect": a cue that ends in a preposition
            // with no actor after it is the shorter cue it holds, if there is one. What is struck in
            // a country is an actor after it ("Israel's attack on a site in Iran").
            if end > position, view.isPreposition(end),
               view.object(after: end, thingBefore: index.lexicon.cues[matched].kind == .assault ? "in" : nil) == nil,
               let shorter = index.longestMatch(in: view, from: position, endingBefore: end)
            {
                (end, matched) = shorter
                state.splitAgent = nil
            }
            var cueIndex = matched
            // A cue's words stand in one phrase: "block Iraqi trade, with Britain ... lending support" is no "trade with".
            guard !view.hasComma(from: position, to: end) else {
                position += 1
                continue
            }
            // "a joint call for Israel and Hamas to return": a verb that reads as a noun is the noun
            // spelled alike, where the lexicon has one (the trie holds the first cue of a phrase).
            if index.lexicon.cues[cueIndex].form == .verb, let twin = index.nounTwin(of: cueIndex), view.readsAsNoun(position) {
                cueIndex = twin
            }
            defer { position = end + 1 }
            let cue = index.lexicon.cues[cueIndex]
            // "did not attack", "without mentioning the release of"; but not across a comma ("alleged,
            // without evidence, that Belarus supplied Russia") or a word that opens a clause ("talks
            // ended without agreement as Russia shelled Ukraine").
            if let negation = index.negations.nearestEnd(before: position, within: 4, in: view.ids), !view.hasComma(from: negation, to: position),
               !(negation + 1..<position).contains(where: { view.word($0, isIn: SentenceView.clauseJoiners) })
            {
                continue
            }
            if firstDenial < position, let denial = index.denials.nearestEnd(before: position, within: 12, in: view.ids),
               !view.hasComma(from: denial, to: position)
            {
                continue
            }
            // "postponed talks with Iran", "Blinken's visit to China was postponed": what was put off has not happened.
            if !cue.standing, isDeferred(view, start: position, end: end) { continue }
            // "China abstained on a UN resolution condemning Russia", "Hungary blocked an EU statement
            // condemning Israel": what a text that was refused says, no one has said.
            // ("opposed a resolution condemning Israel": nor does a text one opposes.)
            if cue.form == .verb, view.word(position, endsWith: "ing"), view.word(position - 1, isIn: SentenceWords.textNouns),
               qualifies(position - 1, by: index.refusing, in: view) || view.opposesText(position - 1)
            {
                continue
            }
            // "after reports surfaced alleging that Australian spies ...": what reports say, no actor has said.
            if cue.form == .verb, view.word(position, endsWith: "ing"), EventCoder.isSaying(cue.kind),
               view.followsReports(position)
            {
                continue
            }
            // "tried to introduce reinforcements and expel the Rwandan units", "could attack and seize": the
            // next verb of a list an attempt or a modal opens is as unreal. (Not after "would", most often an
            // intention reported, "vowed it would retaliate and strike Israel", nor the month "In May".)
            if cue.form == .verb, view.word(position - 1, is: "and"), view.isBareVerbInList(position),
               let unreal = index.irrealis.nearestEnd(before: position - 1, within: 8, in: view.ids), !view.hasComma(from: unreal, to: position),
               !view.word(unreal, is: "would"), view.isLowerCaseWord(unreal)
            {
                continue
            }
            // ("would like to meet Kim" intends it: an intention right before the cue outweighs "would";
            // so does one that ends with the "would": "said it would impose tariffs on China")
            // (`nearestEnd` counts the words it looks at, `phrase(before:within:)` those between: three is two between)
            // ("In May Russia attacked": the month is no modal.) A "would" right after an actor that a
            // verb of saying reports is an intention too: "Macron said France would recognise Palestine".
            var reportedIntent = false
            // (Only after "would": "may agree to supply Russia with ammunition" is a guess, not an intention.)
            // (A tie a verb would make is unreal too: "could improve ties with Israel".)
            if !cue.standing || cue.form == .verb, let unreal = index.irrealis.nearestEnd(before: position, within: 3, in: view.ids),
               !(index.intentions.ends(at: position - 1, in: view.ids) && view.word(unreal, is: "would")), !index.intentions.ends(at: unreal, in: view.ids),
               !(view.word(unreal, is: "may") && !view.isLowerCaseWord(unreal))
            {
                guard view.word(unreal, is: "would"), view.isReportedSubject(before: unreal) else {
                    state.unrealThrough = view.clauseEnd(after: end)
                    continue
                }
                reportedIntent = true
            }
            // (a means the unreal verb would use is as unreal: "could retaliate by attacking Jordan")
            if !cue.standing, cue.form == .verb, position <= state.unrealThrough, view.word(position, endsWith: "ing"),
               view.word(position - 1, is: "by")
            {
                continue
            }
            // "will strike", "vowed to attack", "plans to meet": an intention, coded as CAMEO codes one.
            var intended = false
            var tieAgreed = false
            // "Mexico will respond to the United States' tariffs": a possessor's noun is no part of the intention.
            let intendedInClause = cue.form == .noun && position <= state.intendedThrough && view.possessor(before: position) == nil
            // "to end hostilities between Syria and Israel": the war to be ended is no intended one.
            // ("to end the 16-month long conflict between Ukraine and Russia": over the noun's qualifiers too)
            let ended = (cue.kind == .fight || cue.kind == .assault) && (view.followsEndingVerb(position, endings: index.ending)
                || cue.form == .noun && view.governingVerb(of: index.ending, noun: position) != nil)
            // "will strike", and for a noun a light verb between: "is expected to make a visit to Haiti".
            // (A tie vowed is intended too: "vowed to improve ties with both Riyadh and Cairo".)
            if !cue.standing || cue.form == .verb, !ended, cue.form == .verb || cue.form == .noun || cue.form == .pair || cue.form == .frame || cue.form == .receiving || intendedInClause,
               intendedInClause || reportedIntent || index.intentions.phrase(before: position, within: cue.form == .noun || cue.form == .pair ? 3 : 2, in: view.ids) != nil
                // "pledged an additional 9 billion euros in military aid to Ukraine": aid promised is intended
                || cue.form == .noun && cue.kind == .aid && view.isPromised(noun: position)
                // "agreed at peace talks on Monday to exchange more prisoners", "a deal to exchange prisoners"
                || cue.form == .verb && position > 0 && view.word(position - 1, is: "to") && view.agreesTo(position - 1)
                // "pledged on Monday to send aid to Lebanon"
                || cue.form == .verb && position > 0 && view.word(position - 1, is: "to") && view.intendsTo(position - 1)
                // "promised to end the war and restore ties with Russia": a verb joined by "and" to an intended one
                || cue.form == .verb && view.word(position - 1, is: "and") && view.isBareVerbInList(position)
                    && intention(beforeJoinedVerb: position, in: view) != nil
            {
                if !intendedInClause { state.intendedThrough = view.clauseEnd(after: end) }
                guard EventCoder.intention(of: cue.kind) != nil else {
                    // Words intended are not coded, but what follows them is still their object
                    // ("will respond to an Iraqi attack on Jordan" reports no attack).
                    if cue.form == .verb {
                        state.lastVerbEnd = end
                        state.lastVerbCoded = false
                        state.lastVerbAsks = cue.kind == .appeal || cue.kind == .demand
                        state.lastVerbBlocks = cue.kind == .reject && view.word(position, isIn: SentenceWords.blockingVerbs)
                        state.lastVerbReacts = false
                    }
                    continue
                }
                intended = true
                // "Iran and Saudi Arabia agreed to restore diplomatic ties", "signed an accord to establish
                // diplomatic ties": an agreement to make a tie is the tie made (CAMEO 05), not a promise of it.
                tieAgreed = cue.kind == .diplomaticCooperation && cue.form == .verb && agreedTo(position, in: view)
            }
            // "will continue until Israel pulls out of Gaza", "once Russia withdraws": a verb in the present
            // after "until" or "once" and its subject tells of what has not happened yet.
            if cue.form == .verb, let subject = view.mentionEnding(at: position - 1),
               view.word(view.mentions[subject].start - 1, is: "until") || view.word(view.mentions[subject].start - 1, is: "once"),
               view.word(position, endsWith: "s"), !view.word(position, endsWith: "ss")
            {
                continue
            }
            // "Finance Minister Bezalel Smotrich", "Defense Secretary": a capitalised verb before another
            // capitalised word that names no actor is part of a title or a name.
            if cue.form == .verb, !view.isLowerCaseWord(position), position + 1 < view.wordCount, !view.isLowerCaseWord(position + 1),
               view.mention(at: position + 1) == nil
            {
                continue
            }
            // "discussions surrounding the FDLR activities": after a noun of talk, "surrounding" is about, not around.
            if view.word(position, is: "surrounding"), view.word(position - 1, isIn: SentenceWords.topicNouns) { continue }
            // "involving host countries": a host nation is where something is held, no visit.
            if cue.kind == .consult, view.word(position, is: "host"), view.word(position + 1, isIn: SentenceWords.hostedPlaces) { continue }
            // "how to deal with Iran", "weapons used to deal with Rafah": after "to" a deal is a verb of handling.
            if cue.form == .noun, view.word(position, is: "deal"), view.word(position - 1, is: "to") { continue }
            // A noun of attack that harms acts as its verb would: "Israeli strikes killed 15 people in Lebanon".
            if cue.form == .verb, view.readsAsNoun(position), !(cue.kind == .assault && view.harms(after: end) && view.isQualifiedByActor(position)) { continue }
            // "a notice targeting 20 alleged Taiwanese military hackers": a participle after a count or an
            // article qualifies what follows it, no one alleges.
            if cue.form == .verb, position > 0, view.word(position, isIn: SentenceWords.hedgingParticiples), !view.pauseAfter(position - 1),
               view.isQuantity(position - 1) || view.word(position - 1, isIn: SentenceWords.determiners)
            {
                continue
            }
            // "imposed a tax on all imports from": after an article or "all", a verb of receiving is a noun
            // ("a tariff on barley imports from Australia": so where any verb would read as one).
            if cue.form == .receiving, view.word(position - 1, isIn: SentenceWords.determiners) || view.word(position - 1, is: "all")
                || view.readsAsNoun(position)
            {
                continue
            }
            // "coup-hit Niger", "war-torn": a verb joined to the word before by a hyphen is an adjective,
            // unless that word is a prefix ("re-imposed", "counter-attacked").
            if cue.form == .verb, view.hyphenBefore(position),
               !view.word(position - 1, isIn: SentenceWords.verbPrefixes) || view.word(position, endsWith: "ing")  // "pre-meeting talks"
            {
                continue
            }
            // "Palestinian children detained in Israeli prisons were freed": a participle right after a
            // noun, with a place or time and no agent after it, qualifies that noun; no one named did it.
            if cue.form == .verb, end == position, view.isReducedRelative(position) { continue }
            // "Russia said armed Ukrainian saboteurs crossed": a past participle right after a verb of
            // saying has no subject of its own; it qualifies what follows.
            if cue.form == .verb, end == position, position > 0, view.word(position - 1, isIn: SentenceWords.speechVerbs),
               view.word(position, endsWith: "ed")
            {
                continue
            }
            // "Egypt evacuated injured Palestinians", "Turkey treated wounded Syrian rebels": so has one
            // right after another verb in the past, before the object it qualifies (not "had injured").
            if cue.form == .verb, end == position, position > 0, view.word(position, endsWith: "ed"), view.isPastForm(position - 1),
               view.characterCount(position - 1) > 4, view.mention(at: position - 1) == nil, !view.commaAfter(position - 1),
               view.isLowerCaseWord(position - 1),  // ("Saudi Crown Prince Mohammed visited Egypt": a name is no verb)
               !view.hyphenBefore(position - 1), !view.word(position - 1, isIn: SentenceWords.auxiliaries),
               !view.isPreposition(position + 1), !view.word(position + 1, isIn: SentenceWords.determiners)
            {
                continue
            }
            // "urged him to normalise relations with Israel": a tie yet to be made is no tie. But "agreed
            // (on Friday) to restore ties", "an accord to establish ties", "are expected to restore ties"
            // speak of it as made or intended.
            if cue.form == .verb, cue.standing, !intended, position > 0, view.word(position - 1, is: "to"), !view.enacts(position - 2),
               view.word(position, isIn: SentenceWords.tieMakingVerbs), !view.agreesTo(position - 1),
               index.intentions.phrase(before: position, within: 0, in: view.ids) == nil
            {
                continue
            }
            // "the current armed conflict between": a participle right before a noun cue, inside a noun
            // phrase, qualifies it ("Israel condemned attacks on Syria" keeps its verb).
            if cue.form == .verb, end == position, view.word(position, endsWith: "ed"), view.opensNounPhrase(before: position),
               let (_, next) = index.longestMatch(in: view, from: end + 1),
               index.lexicon.cues[next].form == .noun || index.nounTwin(of: next) != nil
            {
                continue
            }
            // "refunds on previously sold tickets to Japan": a participle after an adverb that follows a
            // preposition or an article qualifies the noun after it.
            if cue.form == .verb, position > 1, view.isPastForm(position),
               view.word(position - 1, endsWith: "ly"), view.isPreposition(position - 2) || view.word(position - 2, isIn: SentenceWords.articles)
            {
                continue
            }
            // "the delivery of 1,800 MK-84 bombs", "2,000-pound bombs", "Israel bought bombs from": a verb's
            // -s form after a count, a hyphened modifier or a verb in the past is a plural noun.
            if cue.form == .verb, end == position, position > 0, view.word(position, endsWith: "s"), !view.word(position, endsWith: "ss"),
               view.isQuantity(position - 1) || view.hyphenBefore(position - 1) || view.isPastForm(position - 1)
                || view.word(position - 1, is: "of")  // "tons of supplies": no verb follows "of"
            {
                continue
            }
            // "airstrikes against the Kurdistan Workers' Party (PKK) targets in northern Iraq": an -s form right
            // after an actor a preposition governs is that actor's plural noun (the PKK's targets), no verb.
            if cue.form == .verb, end == position, position > 0, view.word(position, endsWith: "s"), !view.word(position, endsWith: "ss"),
               let last = view.mentionEnding(at: position - 1),
               // (over the name an abbreviation in brackets repeats: "the Kurdistan Workers' Party (PKK) targets")
               case let owner = view.mentionEnding(at: view.mentions[last].start - 1) ?? last,
               (max(0, view.mentions[owner].start - 3)..<view.mentions[owner].start).contains(where: { view.isPreposition($0) })
            {
                continue
            }
            // "supplied artillery shells to Russia": a plural right after a verb, with no subject between, is its object.
            if cue.form == .verb, state.lastVerbCoded, let verbEnd = state.lastVerbEnd, position > verbEnd, position - verbEnd <= 3,
               view.word(position, endsWith: "s"),
               !(verbEnd + 1..<position).contains(where: { view.mention(at: $0) != nil || view.word($0, isIn: SentenceView.clauseJoiners) })
            {
                continue
            }
            // "Kyiv was encouraged by Trump's comments": pleased, not asked.
            if cue.kind == .appeal, cue.form == .verb, view.word(end + 1, is: "by"), view.word(position, endsWith: "encouraged") { continue }
            // "fly back to Cuba", "pushed back against": the adverb, not the verb of support.
            // So is "back" after a verb it completes: "decided to bring back the ambassador to Niger".
            if cue.form == .verb, position == end, view.word(position, is: "back"),
               view.word(position + 1, isIn: SentenceView.directionWords) || view.word(position - 1, isIn: SentenceWords.backParticleVerbs)
            {
                continue
            }
            // "Indian and Chinese troops nearly came to blows", "The United States nearly attacked Cuba": what
            // almost happened did not (but "has almost destroyed", "nearly captured the town", "nearly
            // encircled" tell of work largely done).
            if cue.form == .verb, position > 1, view.word(position - 1, is: "nearly") || view.word(position - 1, is: "almost"),
               !view.word(position - 2, isIn: SentenceWords.perfectAuxiliaries), !view.word(position, isIn: SentenceWords.gradualConquests)
            {
                continue
            }
            // "called on Russia to expel": what an appeal asks for has not happened.
            // But "has decided to recall", "moved to break off", "began to shell": what is set about is done.
            // What a decision is to do is done, as what one decides to do ("Russia's decision to withdraw
            // from the OSCE", "the decision by Niger, Mali and Burkina Faso to pull out of ECOWAS").
            let decided = position > 1 && view.word(position - 1, is: "to")
                && view.proposalGoverning(position).map { view.word($0, isIn: SentenceWords.decisionNouns) } ?? false
            // (so is a frame: "urged Kenya to close the Libyan embassy")
            if cue.form == .verb || cue.form == .frame, !cue.standing, !intended, !decided, position > 0, view.word(position - 1, is: "to"),
               !view.enacts(position - 2)
            {
                state.infinitivePassed = true
                continue
            }
            // "urged Israel to stop attacking Iran", "to refrain from shelling": a gerund after an
            // infinitive's verb is in that infinitive, which the actor before "to" is asked to do.
            if cue.form == .verb, !cue.standing, !intended, position > 2, view.word(position, endsWith: "ing"),
               case let aspect = view.word(position - 1, is: "from") ? position - 2 : position - 1,
               view.word(aspect, isIn: SentenceWords.aspectVerbs), view.word(aspect - 1, is: "to"), !view.enacts(aspect - 2)
            {
                state.infinitivePassed = true
                continue
            }
            // "urged the world to stop Israel from attacking Iran", "prevented Russia from shelling": what
            // someone is kept from doing is not done.
            if cue.form == .verb, position > 2, view.word(position, endsWith: "ing"), view.word(position - 1, is: "from"),
               view.keptFrom(before: position - 1)
            {
                continue
            }
            // "demanded that Emirati forces withdraw from Yemen": a bare verb in what an appeal or demand
            // asks for, after its "that" or right after the one asked ("demanded Syria sever its ties with
            // Iran"), is asked, not done.
            if cue.form == .verb || cue.form == .frame, let asked = state.appealEnd, asked < position,
               view.word(asked + 1, is: "that") || state.appealed.contains(where: { view.mentions[$0].end + 1 == position }),
               !view.hasComma(from: asked, to: position), view.isBareVerb(position)
            {
                continue
            }
            // "urged the Syrian leader to expel foreign fighters, deport Palestinian militants and help
            // the United States", "urged Russia to halt its attacks and withdraw from Ukraine": a bare
            // verb listed after such an infinitive, or after an appeal's "to", is in it.
            if cue.form == .verb,
               state.infinitivePassed || state.appealEnd.map({ ($0 + 1..<position).contains { view.word($0, is: "to") } }) ?? false,
               view.isBareVerbInList(position)
            {
                continue
            }
            // A noun right after a coded verb is that verb's object ("provided weapons to Hamas"), not a relation of
            // its own, unless the verb sours it ("suspended aid to Ukraine" is aid reduced). After a
            // preposition of setting it is a phrase of its own ("struck Gaza in its war against Hamas";
            // but "condemned Iran for attacks on Israel" gives the verb's reason), and so
            // with a possessor of its own ("condemned Russia's attack on Ukraine": Russia attacked), or
            // after a verb that condemns what was done, with an actor that qualifies it ("condemned
            // Israeli strikes on Gaza", "opposes the US arms sales to Taiwan").
            // What the accused are accused of, or condemned for, is theirs to code ("accused Israel of
            // attacks on Iran", "condemned Israel for attacks on Lebanon").
            // (what is asked may stand further on: "demands a permanent ceasefire and Israel's withdrawal from Gaza";
            // but what it asks to end goes on: "called for collective action to end fighting between")
            // A verb that named no one leaves the parties named after "between" to the noun: "Oman hosted
            // talks between Iran and the US" (but talks asked for are not held, whoever asks: "The statement
            // called for dialogue between Syria and Turkey"). What is discussed is a topic, coded as its
            // own: "the talks discussed an Iraqi withdrawal from Kuwait".
            if cue.form == .noun, let verbEnd = state.lastVerbEnd, state.lastVerbCoded || state.lastVerbAsks || cue.words.last != "between",
               !view.word(verbEnd, isIn: SentenceWords.tellingVerbs),
               position - verbEnd <= 4 || state.lastVerbAsks && position - verbEnd <= 8 && !view.hasComma(from: verbEnd, to: position)
                && !view.governs(index.ending, noun: position)
                && !(verbEnd + 1..<position).contains(where: { view.word($0, is: "end") && view.word($0 + 1, is: "to") }),
               !state.blamesFor(position, after: verbEnd, in: view),
               !(verbEnd + 1..<position).contains(where: { view.word($0, isIn: SentenceWords.framingPrepositions) }),
               state.lastVerbAsks || state.lastVerbBlocks
                || !(view.possessor(before: position).map {
                    view.mentions[$0].start > verbEnd
                        && (view.possessiveAfter(view.mentions[$0].end) || state.lastVerbReacts && !view.word(view.mentions[$0].start - 1, is: "any"))
                } ?? false),
               !(EventCoder.sours(cue.kind) && (qualifies(position, by: index.worsening, in: view) || qualifies(position, by: index.refusing, in: view))),
               // ("The UN suspended sanctions against Libya": a coercion the verb eases is coded as eased, below.)
               !(cue.kind == .coerce && !state.lastVerbCoded && view.governs(index.easing, noun: position))
            {
                continue
            }
            // "urged Israel to reach a deal with Hamas": a noun in what an appeal asks is asked, not had;
            // but what it asks to end is going on ("called for collective action to end fighting between").
            let ender = cue.form == .noun ? view.governingVerb(of: index.ending, noun: position) : nil
            let endsWhatGoesOn = ender != nil
            let asked = cue.form == .noun && state.appealEnd.map { asked in
                asked < position && position - asked <= 8 && !view.hasComma(from: asked, to: position)
                    && (asked + 1..<position).contains(where: { to in
                        // an infinitive's "to", not "an end to Russia's invasion"
                        view.word(to, is: "to") && view.mention(at: to + 1) == nil && !view.word(to + 1, isIn: SentenceWords.articles)
                            && view.isBareVerb(to + 1)
                    })
            } ?? false
            if asked, !endsWhatGoesOn { continue }
            // Nor is a cue right after a noun cue, with no actor between: "an embargo on trade with Iraq" is no trade.
            // But a comma ends the noun's phrase: "condemned the attack, accusing Russia of".
            if let nounEnd = state.lastNounEnd, position - nounEnd <= 2, !(nounEnd + 1..<position).contains(where: { view.mention(at: $0) != nil }),
               !view.hasComma(from: nounEnd, to: position)
            {
                continue
            }
            // "cannot accept the perfunctory responses from the Philippines": words received are no aid.
            if cue.form == .receiving, view.receivesWords(after: end) { continue }
            var kind = cue.kind
            // "Putin received Witkoff at the Kremlin": a visitor received is a visit hosted (CAMEO 043).
            if cue.form == .receiving, view.guest(after: end) != nil, EventCoder.receivesVisitors(cue) { kind = .consult }
            // "actions targeting America", "arrest warrants targeting Netanyahu": a measure aims, it does not strike.
            if kind == .assault, cue.form == .verb, view.word(position, endsWith: "ing"), let measure = view.measure(before: position),
               !view.word(measure - 1, isIn: SentenceWords.weaponWords)
            {
                continue
            }
            // "hit India with 50% tariffs", "targeted Russia's shadow fleet with sanctions": a penalty coerces.
            if kind == .assault, cue.form == .verb, view.penalizesWith(after: end) { kind = .coerce }
            // "its air defences destroyed 337 Ukrainian drones", "intercepted more than 20 Russian missiles":
            // what was shot down tells of its owner's attack on the one who downed it. One drone may have
            // come to watch, not to strike: downing it is fighting ("shot down an Algerian drone").
            // Intercepting or downing anything else ("intercepted a flotilla", "crack down on") is no act of force here.
            var downed = false
            if kind == .assault || kind == .fight, cue.form == .verb, let projectile = view.projectilesDestroyed(after: end) {
                if view.word(projectile, is: "drone") { kind = .fight } else { (kind, downed) = (.assault, true) }
            } else if cue.form == .verb, view.word(position, isIn: SentenceWords.interceptingVerbs) {
                continue
            }
            // "Milei called his Colombian counterpart Gustavo Petro a "terrorist"": a name given is no telephone call.
            // ("condemning Rwanda and Uganda for what it calls their aggression", "what North Korea has called": nor is what one calls something.)
            if kind == .consult, cue.form == .verb, view.word(position, isIn: SentenceWords.callingVerbs),
               view.givesName(after: end) || (max(0, position - 4)..<position).contains(where: { view.word($0, is: "what") })
            {
                continue
            }
            // "its efforts had met with a Chilean refusal", "met with stiff resistance from Russia": a response met is no meeting.
            if cue.form == .verb, view.word(end, is: "with"), view.word(position, isIn: SentenceWords.meetingForms),
               view.meetsResponse(after: end)
            {
                continue
            }
            // "fired missiles into the sea near Japan": fire into open water near one is a show of force (CAMEO 15), no strike.
            if kind == .assault, cue.form == .verb, view.firesIntoOpenWater(after: end) { kind = .militaryPosture }
            // "a diplomatic offensive against Islamabad", "a trade war with China": no force is used.
            if kind == .assault || kind == .fight, index.figurative.ends(at: position - 1, in: view.ids) { continue }
            // "in response to its war", "in reaction to": because of, not a statement about.
            if kind == .statement, cue.form == .noun, view.word(position - 1, is: "in") { continue }
            // "lifted U.S. sanctions against Israelis": coercion eased is a concession (CAMEO 081).
            let easedBy = kind == .coerce && cue.form == .noun ? view.passiveOf(index.easing, after: end) : nil
            if kind == .coerce, cue.form == .noun, view.governs(index.easing, noun: position) || easedBy != nil {
                // ("calls for the removal of Chinese tariffs": a lifting asked for has not happened)
                if state.lastVerbAsks, let verbEnd = state.lastVerbEnd, position - verbEnd <= 8, !view.hasComma(from: verbEnd, to: position) { continue }
                kind = .yield
                // "sanctions on Russia would be lifted if a deal is reached", "will be eased": an easing to come,
                // or offered on a condition, is intended (CAMEO 034); "Trump said tariffs would be cut" reports a decision.
                if let be = easedBy, view.word(be - 1, isIn: SentenceWords.futureModals),
                   !view.word(be - 1, is: "would") || (be..<view.wordCount).contains(where: { view.word($0, is: "if") || view.word($0, is: "unless") })
                {
                    intended = true
                }
            }
            // "Russia paused attacks on Ukrainian energy infrastructure", "halted strikes on": an attack
            // stopped is a de-escalation (CAMEO 087), a yielding.
            // Only an attack that was stopped: "negotiation to end Russia's invasion of Ukraine" is still waged.
            if kind == .assault, let ender, !asked, !view.word(ender - 1, is: "to") { kind = .yield }
            // "handed over its memorandum": papers handed over are no yielding.
            if kind == .yield, cue.form == .verb, view.handsOverPapers(after: end) { continue }
            // "Kenya handed over the suspects to Uganda": the wanted handed over are judicial cooperation
            // (CAMEO 063), as an extradition is; hostages and prisoners handed over are a yielding.
            if kind == .yield, cue.form == .verb, view.handsOverWanted(after: end) { kind = .materialCooperation }
            // Where a refusal of a cooperative cue ends, if one stands before it: "ruled out talks with".
            let refusal = EventCoder.sours(kind) ? qualifyingEnd(position, by: index.refusing, in: view) : nil
            // "Nicaragua ruled out the severance of relations with Taiwan": any other act refused is not done.
            // (but "rejected Britain's expulsion of 23 Russian diplomats", "the expulsion of its diplomats by Britain" happened)
            if !EventCoder.sours(kind), cue.form == .noun, !intended, qualifies(position, by: index.refusing, in: view),
               view.possessor(before: position) == nil,
               !(end + 1..<min(view.wordCount, end + 8)).contains(where: { view.word($0, is: "by") && view.mention(at: $0 + 1) != nil })
            {
                continue
            }
            // "a potential deal with Russia" may never be; "the planned talks with Iran" are intended, and
            // so is a tie one wants ("he wanted good relations with Russia").
            // "the possible US financing of the withdrawal": a gerund read as a noun (an article before it)
            // and qualified as possible is no act either ("was drawn into fighting Houthi forces" is).
            if cue.form == .verb, !intended, view.word(position, endsWith: "ing"),
               (max(0, position - 4)..<position).contains(where: { view.word($0, isIn: SentenceWords.articles) }),
               view.qualifierBefore(noun: position, possibility: index.possibility, planned: index.planned) == .possible
            {
                continue
            }
            // "Pashinyan said a fresh Azerbaijani attack on Armenia was very likely": an act foretold has not happened.
            if cue.form == .noun || cue.form == .pair, !intended, view.isForetold(after: end) { continue }
            if cue.form == .noun || cue.form == .pair, !intended,
               let qualifier = view.qualifierBefore(noun: position, possibility: index.possibility, planned: index.planned),
               // ("ruled out any bilateral talks": a refusal of any is a refusal, coded below)
               qualifier == .intended || refusal == nil
            {
                guard qualifier == .intended, EventCoder.intention(of: kind) != nil else { continue }
                intended = true
            }
            // "to end the country's defence partnership with France": a tie ended is a tie reduced, and
            // so is a deal or a treaty ("was ending an extradition treaty with the United States"); a
            // visit ended is over, and support one is told to cease goes on.
            if cue.standing || cue.form == .noun && kind == .materialCooperation, EventCoder.sours(kind),
               let ending = view.governingVerb(of: index.ending, noun: position)
            {
                // ("called on the EU to suspend the trade deal with Israel": an ending asked for has not happened)
                if EventCoder.isAskedFor(position, state: state, in: view) { continue }
                kind = .reduceRelations
                // ("had threatened to completely break commercial relations with Honduras": a threat to reduce them)
                if !intended, index.intentions.phrase(before: ending, within: 2, in: view.ids) != nil { intended = true }
            } else if EventCoder.sours(kind), isWorsened(view, start: position, end: end, ties: kind != .aid, verb: cue.form == .verb) {
                // ("China demanded a halt to arms sales to Taiwan", "urged Washington to halt arms sales to",
                // "called for an embargo on arms sales to Israel": asked for, not done)
                if EventCoder.isAskedFor(position, state: state, in: view) || EventCoder.followsAppeal(position, state: state, in: view) { continue }
                // ("unless the Soviet Union cuts off aid to Kabul": a souring verb hedged hedges its object)
                if let souring = qualifyingEnd(position, by: index.worsening, in: view),
                   let negation = index.negations.nearestEnd(before: souring, within: 5, in: view.ids), !view.hasComma(from: negation, to: souring),
                   !(negation + 1..<souring).contains(where: { view.word($0, isIn: SentenceView.clauseJoiners) })
                {
                    continue
                }
                kind = .reduceRelations
            } else if let refusal {
                // "ruled out talks with Washington", "rejected direct talks with the United States".
                // But a refusal whose verb has coded its own object is that verb's alone: in "Hungary
                // vetoed EU aid to Ukraine" Hungary rejects the EU, and the EU refuses Ukraine nothing.
                if state.lastVerbCoded, state.lastVerbEnd == refusal { continue }
                // "does not rule out military cooperation with the DPRK", "has never rejected talks
                // with": a refusal denied refuses nothing, nor does it say the cue happened.
                // ("cannot rule out" too; not "Not long ago Tehran rejected talks", whose "not" is no verb's)
                if (max(0, refusal - 4)..<refusal).contains(where: { negation in
                    (view.isNegationWord(negation) || view.word(negation, is: "cannot")) && !view.hasComma(from: negation, to: refusal)
                        && !(negation + 1..<refusal).contains(where: { view.word($0, isIn: SentenceView.clauseJoiners) || view.mention(at: $0) != nil })
                }) {
                    continue
                }
                kind = .reject
            } else if index.isToneless[cueIndex], index.warming.phrase(before: position, within: 3, in: view.ids) == nil {
                // "its relationship with the United States" says nothing of how it goes; "close relations with" does.
                continue
            }
            // "Russia's offer to resume talks with Ukraine": what a plan or offer is to do is intended.
            if !intended, !cue.standing, !ended, !decided, view.proposalGoverning(position) != nil {
                guard let intention = EventCoder.intention(of: kind) else { continue }
                intended = true
                kind = intention
            }
            // "war between Ethiopia and Eritrea could break out", "talks between Iran and the US will resume".
            // (A pair's actors stand before its noun: "a Trump-Putin summit will take place".)
            if cue.form == .noun || cue.form == .pair, !cue.standing, !intended,
               let modality = view.modalityAfterNounPhrase(start: position, endingAt: end, onsets: index.onsets, actorsBefore: cue.form == .pair)
            {
                guard modality == .intended, EventCoder.intention(of: kind) != nil else { continue }
                intended = true
            }
            if intended, !tieAgreed, let intention = EventCoder.intention(of: kind) { kind = intention }
            var found = pairs(for: cue, start: position, end: end, intended: intended, refused: refusal != nil, in: view, state: &state)
            if downed { found = found?.map { ($0.1, $0.0) } }
            // "Armenia and Azerbaijan traded accusations": each accused the other, as "accused each other" says.
            if cue.symmetric, cue.kind == .accuse, let pairs = found { found = pairs + pairs.map { ($0.1, $0.0) } }
            if cue.form == .noun { state.lastNounEnd = end }
            // "sent tanks to Ukraine", "sent Ukraine more shells": sending is aid only with arms, aid,
            // money or goods sent; troops, envoys and letters are not. Nor is what else is given before
            // "to" ("provided direct commitments to Canada"), while "supplied Russia" gives it things.
            // (The target may stand before the verb: "Venezuelans whom the United States had sent to a prison".)
            if cue.kind == .aid, cue.form == .verb, end == position, let first = found?.first, !view.givesThings(verb: end, to: first.1) {
                continue
            }
            // "expelled a Philippine vessel from the shoal", "expelled thousands of Afghan refugees": ships and
            // people driven out are coerced, no diplomatic tie is cut (CAMEO 17, not 16).
            // (and so is a people: "Israel's expulsion of Palestinians from Gaza")
            // ("ordered Palestinians out of northern Gaza": so is a people a frame sends away; a partner's troops
            // ordered out are a tie cut, "Mali ordered French troops out".)
            if kind == .reduceRelations, cue.form == .verb || cue.form == .noun || cue.form == .frame,
               cue.form == .frame || view.word(position, isIn: SentenceWords.expellingWords), let first = found?.first,
               kinds[view.actor(of: first.1)] == .population
                || view.word(view.mentions[first.1].end + 1, isIn: SentenceWords.expelledNonDiplomats)
                    && !(cue.form == .frame && view.word(view.mentions[first.1].end + 1, isIn: SentenceWords.stationedForces))
            {
                kind = .coerce
            }
            // "SADC will meet on the Zimbabwe crisis": a meeting's topic named for a country is no one met.
            if cue.kind == .consult, let first = found?.first, found?.count == 1, view.namesTopic(first.1) { continue }
            // "The World Food Programme halted food deliveries to Gaza": relief an agency stops coerces no one
            // (a state that stops it does: "Israel halted aid deliveries to Gaza").
            if kind == .coerce, cue.form == .verb, let first = found?.first, SentenceWords.reliefAgencies.contains(view.actor(of: first.0).rawValue),
               (position + 1..<end + 1).contains(where: { view.word($0, isIn: SentenceWords.flowNouns) && view.word($0 - 1, isIn: SentenceWords.reliefGoods) })
            {
                continue
            }
            // "supported the Malaysian proposal for a ceasefire": an endorsement, not aid (CAMEO 051).
            // ("declared its support for the Estonian proposal" too)
            if kind == .aid, cue.form == .verb || cue.form == .noun, let first = found?.first, view.qualifiesProposal(first.1) { kind = .diplomaticCooperation }
            // "M23 rebels backed by neighbouring Rwanda", "accused of backing the RSF": an armed group
            // backed is armed and paid (CAMEO 07), as "Iran-backed" says; a state or a plan backed is
            // endorsed (CAMEO 051): "Russia backed Hamas's plan".
            if kind == .diplomaticCooperation, cue.form == .verb, view.word(position, isIn: SentenceWords.backingVerbs),
               let first = found?.first, kinds[view.actor(of: first.1)] == .armedGroup,
               !view.qualifiesProposal(first.1), !view.possessiveAfter(view.mentions[first.1].end)
            {
                kind = .aid
            }
            // "Trump withdrew from Iran's 2015 nuclear deal": leaving an agreement reduces relations with the
            // one it was made with (CAMEO 16); leaving a country yields ground.
            // "pulled out of the nuclear deal with Iran": the party is the one after "with" (or the first one after
            // "between"), the deal no actor of its own.
            if kind == .yield, cue.form == .verb, isLeaving(cueIndex), found?.isEmpty ?? true,
               let agreement = view.agreement(from: end + 1, within: 4),
               view.word(agreement + 1, is: "with") || view.word(agreement + 1, is: "between"),
               let party = view.mentionStarting(at: agreement + 2),
               let subject = view.subject(before: position, excluding: state.objects), !view.sameActor(subject, party)
            {
                kind = .reduceRelations
                found = [(subject, party)]
            } else if kind == .yield, cue.form == .verb, isLeaving(cueIndex), let first = found?.first, let agreement = view.agreement(after: first.1) {
                kind = .reduceRelations
                // "withdrew from the Qatar-brokered agreement with Hamas": the party is the one after "with".
                if view.word(agreement + 1, is: "with"), let party = view.mentionStarting(at: agreement + 2) {
                    found = found?.map { ($0.0, party) }
                } else if !view.possessiveAfter(view.mentions[first.1].end) {
                    continue
                }
            }
            // "fired missiles over Saudi Arabia at Israel": the state flown over is no one shown force.
            if kind == .militaryPosture, cue.form == .verb, cue.words.last == "over", let first = found?.first,
               (view.mentions[first.1].end + 1..<min(view.wordCount, view.mentions[first.1].end + 6)).contains(where: {
                   view.word($0, is: "at") || view.word($0, is: "toward") || view.word($0, is: "towards")
               })
            {
                continue
            }
            // "drove Iraq's forces out of Kuwait", "pushed the PLO out of southern Lebanon": a state's forces or
            // a group driven out are fought; a state pushed out of a club or a ranking, or a delegation driven
            // from the airport, are not.
            if kind == .fight, cue.form == .frame, view.word(position, isIn: SentenceWords.drivingOutVerbs), let first = found?.first,
               kinds[view.actor(of: first.1)] == .state || kinds[view.actor(of: first.1)] == .internationalOrganization,
               !(1...2).contains(where: { view.word(view.mentions[first.1].end + $0, isIn: SentenceWords.stationedForces) })
            {
                continue
            }
            // "Poland joined NATO": only an organisation is joined ("Britain joined the United States in
            // condemning" acts alongside it).
            if kind == .diplomaticCooperation, cue.form == .verb, view.word(position, isIn: SentenceWords.joiningVerbs),
               let first = found?.first, kinds[view.actor(of: first.1)] != .internationalOrganization
            {
                continue
            }
            // "Hungary sank an EU plan", "hit the U.S. proposal": a plan struck is no one attacked; one
            // attacked in words is scolded ("East Germany attacked the Hungarian decision", "attacked the
            // remarks of Japan", "attacked the move by Japan").
            if kind == .assault, cue.form == .verb, let first = found?.first,
               view.qualifiesProposal(first.1) || view.word(position, isIn: SentenceWords.attackingVerbs) && view.isAuthorOfConduct(first.1)
            {
                guard view.word(position, isIn: SentenceWords.attackingVerbs) else { continue }
                kind = .disapprove
            }
            // "reached out to the Israeli military for comment": a reporter's question, no talks.
            if kind == .consult, let first = found?.first, view.asksForComment(after: view.mentions[first.1].end) { continue }
            // "Putin arrived in Vietnam": a journey is a visit when a person makes it (not "refugees arrived in
            // Poland"), and one in -ing only right after its traveller ("... and Iraq, before arriving in Turkey"
            // was no journey of those met before).
            if kind == .consult, cue.form == .verb, view.word(position, isIn: SentenceWords.journeyVerbs), let first = found?.first,
               view.person(of: first.0) == nil || view.word(position, endsWith: "ing") && view.mentions[first.0].end != position - 1
            {
                continue
            }
            if kind == .disapprove, cue.form == .verb, view.word(position, isIn: SentenceWords.poundingVerbs) {
                // "the U.S. Embassy blasts in Kenya": a noun of the same spelling, before its preposition.
                if view.isPreposition(position + 1) { continue }
                // "Israeli jets slammed Hamas positions": a scolding word for what arms do or sites take is a strike.
                if let first = found?.first,
                   view.word(position - 1, isIn: SentenceWords.armedMeans) || view.poundsThing(after: view.mentions[first.1].end)
                    // ("The Israeli air force blasted Gaza overnight"; not "slammed Syria's decision")
                    || view.word(position - 1, is: "force") && view.word(position - 2, is: "air") && !view.possessiveAfter(view.mentions[first.1].end)
                {
                    kind = .assault
                }
            }
            // "Turkish troops crossed into northern Iraq": a crossing is an incursion only in arms.
            if kind == .assault, cue.form == .verb, view.word(position, isIn: SentenceWords.crossingVerbs), let first = found?.first,
               !view.crossesInArms(verb: position, agent: first.0, target: first.1)
            {
                continue
            }
            // "accused Benin of hosting French troops": troops or bases hosted are no visit (nor "hosts French
            // and U.S. military bases": over the names joined and a word of their kind).
            if kind == .consult, cue.form == .verb, view.word(position, isIn: SentenceWords.hostingVerbs), let first = found?.first,
               let hosted = (view.mentions[first.1].end + 1..<min(view.wordCount, view.mentions[first.1].end + 6)).first(where: {
                   view.mention(at: $0) == nil && !view.word($0, is: "and") && !view.word($0, isIn: SentenceWords.presenceModifiers)
               }),
               view.word(hosted, isIn: SentenceWords.presenceNouns)
            {
                continue
            }
            let agentNamed = cue.form == .verb && view.namesAgent(after: end)
            // A passive without its agent ("were shot down with help from the U.S.") has no object for a noun to be.
            // (A frame is a verb's phrase too: "pushed Serbia to align with its sanctions" asks what follows.)
            if cue.form == .verb || cue.form == .frame, !view.isPassive(start: position) || found?.isEmpty == false {
                state.lastVerbEnd = end
                state.lastVerbCoded = found?.isEmpty == false
                state.lastVerbAsks = kind == .appeal || kind == .demand
                if state.lastVerbAsks { (state.appealEnd, state.appealed) = (end, found?.map(\.1) ?? []) }
                // "Slovakia blocked the EU's sanctions package against Russia": what is blocked is not done;
                // "opposes the US arms sales to Taiwan": what is opposed or condemned is.
                state.lastVerbBlocks = kind == .reject && view.word(position, isIn: SentenceWords.blockingVerbs)
                // ("Hezbollah applauded the Iranian strike on Israel": what is praised happened too)
                state.lastVerbReacts = kind == .disapprove || kind == .protest || kind == .reject && !state.lastVerbBlocks
                    || kind == .diplomaticCooperation && view.word(position, isIn: SentenceWords.praisingVerbs)
                // "Ukraine was attacked by Russia and then struck Moscow": after a passive the clause's
                // subject, the one it was done to, carries on.
                if let found, !found.isEmpty {
                    state.lastVerbSources = distinctSorted(found.map { agentNamed ? $0.1 : $0.0 })
                    state.lastVerbInfinitive = cue.form == .verb && position > 0 && view.word(position - 1, is: "to")
                }
                // (What an accusation alleges keeps it for the next act it joins: "accused Qatar of supporting
                // terrorist groups and backing Iran".)
                let alleging = state.accusingVerb.map { verb in
                    view.word(position, endsWith: "ing") && (view.word(position - 1, is: "of") || view.joinsGerundOfAccusation(position, accusing: verb))
                } ?? false
                if !alleging {
                    // ("Syria has been accused by Israel of sponsoring Hamas attacks": in the passive, the one
                    // the clause is about is accused, as in the active.)
                    state.accused = kind == .accuse || kind == .disapprove && !agentNamed ? distinctSorted(found?.map(\.1) ?? []) : []
                    state.accusingVerb = kind == .accuse ? position : nil
                }
                if kind == .accuse, let first = found?.first { state.accusation = (view.actor(of: first.0), view.text(of: position)) }
            }
            guard let pairs = found, !pairs.isEmpty else { continue }
            let backdrop = cue.form == .noun && !cue.standing && view.isBackdrop(noun: position)
            for (source, target) in pairs {
                guard !view.sameActor(source, target) else { continue }
                // "neither Moscow nor Tehran wants a direct clash with the U.S.": those named after "neither" or "nor" do not.
                if view.isDenied(source) || view.isDenied(target) { continue }
                // "Iran-backed Hezbollah fired rockets": what a participle qualifies may still act.
                // Nor is what was done to ("militias backed by Iran attacked"), which may act next.
                // Nor are those who did something together ("Thai and Cambodian troops clashed, with both
                // sides blaming each other"): a target before its verb is one of its subjects.
                if cue.form != .participle, !agentNamed, !(cue.symmetric && view.mentions[target].end < position) { state.objects.insert(target) }
                let (sourceActor, targetActor) = (view.actor(of: source), view.actor(of: target))
                let kind = leavesOrganization(kind, cue: cueIndex, target: targetActor) ?? kind
                let key = CodedPair(source: sourceActor, target: targetActor, kind: kind)
                guard seen.insert(key, coded: coded) else { continue }
                // A hedge covers what follows it: "condemned the attack and has since alleged that ..." hedges only the allegation.
                var claim: Claim? = nil
                if let (word, claimant, hedgeStart) = hedge, hedgeStart <= end {
                    claim = Claim(claimant: claimant, cue: word)
                } else if state.alleged, let (accuser, verb) = state.accusation {
                    // "accused Ukraine of attacking a nuclear plant": what the accused did is the accuser's claim.
                    claim = Claim(claimant: accuser, cue: verb)
                } else if !EventCoder.isSaying(kind), let disputed = view.disputingApposition(after: end) {
                    // "Moscow said Kyiv had attacked Putin's residence, a claim Ukraine dismissed": said, and disputed.
                    claim = Claim(claimant: view.sayer(before: position).map { view.actor(of: $0) }, cue: view.text(of: disputed))
                }
                coded.append(CodedRelation(
                    sentence: sentence, source: sourceActor, target: targetActor, kind: kind,
                    // "Iran-backed Hezbollah fired rockets on Tuesday": the backing a participle names is a lasting
                    // tie, not a happening of the day the sentence tells. (A tie only wanted is no lasting one.)
                    standing: cue.standing && (!intended || tieAgreed) || cue.form == .participle, cue: index.cueText(cueIndex),
                    cueOffset: view.ranges[position].lowerBound, claim: claim,
                    person: view.person(of: source), backdrop: backdrop))
            }
        }
    }

    /// The cue that starts at word `position`: the longest of the cue trie's match and a frame's
    /// (a frame spans its object, so "accepted Trump's invitation" is the frame, not the verb of
    /// receiving "accept"); a frame's object goes to `state`.
    @inline(__always)
    private func wordCue(at position: Int, in view: SentenceView, state: inout State) -> (end: Int, cue: Int)? {
        let match = index.startsCue(view.ids[position]) ? index.longestMatch(in: view, from: position) : nil
        guard let frame = index.frameMatch(in: view, at: position), frame.end > match?.end ?? -1 else { return match }
        state.frameObject = frame.object
        return (frame.end, frame.cue)
    }

    /// The (source, target) mention pairs a cue links.
    /// `intended` says the cue is intended, not done ("offered to host talks between"); `refused`, that
    /// a refusal stands before it ("rejected talks with").
    private func pairs(for cue: CueLexicon.Cue, start: Int, end: Int, intended: Bool, refused: Bool, in view: SentenceView,
                       state: inout State) -> [(Int, Int)]? {
        switch cue.form {
        case .participle:
            // Iran-backed Hamas
            // Only over words of a group ("Iran-backed Shiite militia Kataib Hezbollah"), never past a
            // preposition ("Iranian-backed militias in Iraq") or a verb: in "Iranian-backed militias attacked
            // US forces" and "an Egyptian-backed proposal urges Israel" no one backs the other.
            // Nor a state's demonym before a group's noun: "the Iran-backed Lebanese terror group" is no state.
            guard view.hyphenBefore(start), let source = view.mentionEnding(at: start - 1),
                  let target = view.nextMention(after: end, within: 3),
                  !(view.namesNonStateGroup(target) && kinds[view.actor(of: target)] == .state),
                  (end + 1..<view.mentions[target].start).allSatisfy({ view.word($0, isIn: SentenceWords.groupWords) })
            else { return nil }
            return [(source, target)]
        case .frame:
            // "Iran held the US responsible", "Erdogan called Netanyahu a butcher": the subject to the actor inside.
            // What the accused are accused of is theirs: "Estonia accused Russia of violating its airspace".
            guard let object = state.frameObject else { return nil }
            if view.word(start, endsWith: "ing"), view.word(start - 1, is: "of"), let accused = state.accused.first {
                // ("its airspace" there is the accuser's, whoever the nearest actor is)
                var target = object
                if view.sameActor(accused, object), view.word(view.mentions[object].start, is: "its") || view.word(view.mentions[object].start, is: "their"),
                   let verb = state.accusingVerb, let accuser = view.subject(before: verb, excluding: MentionSet())
                {
                    target = accuser
                }
                if !view.sameActor(accused, target) {
                    state.alleged = state.accusingVerb != nil
                    state.objects.insert(object)
                    return [(accused, target)]
                }
            }
            guard let source = view.subject(before: start, excluding: state.objects) ?? view.speaker(), !view.sameActor(source, object)
            else { return nil }
            state.objects.insert(object)
            return EventCoder.crossed(jointSubjects(before: source, in: view, state: state), source, object, [])
        case .pair:
            // "Russia-Ukraine talks were held in Istanbul": the first with the second.
            return view.hyphenatedPair(before: start).map { [($0.first, $0.second)] }
        case .receiving:
            // "countries buying weapons from Russia": a participle after a plural no actor names is theirs.
            if view.word(start, endsWith: "ing"), view.qualifiesPrivateAgent(start) { return nil }
            if EventCoder.receivesVisitors(cue), let guest = view.guest(after: end) {
                return (view.subject(before: start, excluding: state.objects) ?? view.speaker()).map { [($0, guest)] }
            }
            // "Ukraine received F-16 jets from Denmark and the Netherlands": each supplier to the subject.
            // What is received may be a cue of its own ("received a call from Biden"), which codes it.
            var from = end + 1
            while from < view.wordCount, from - end <= 8, !view.word(from, is: "from") {
                if view.commaAfter(from) || view.mention(at: from) != nil || index.longestMatch(in: view, from: from) != nil { return nil }
                // "received a positive response from Saudi Arabia": words and visits received are no supplies
                if view.isReceivedWord(from) { return nil }
                from += 1
            }
            guard from < view.wordCount, view.word(from, is: "from"), let supplier = view.object(after: from),
                  let recipient = view.subject(before: start, excluding: state.objects) ?? view.speaker()
            else { return nil }
            state.suppliers.insert(supplier)
            return ([supplier] + coordinatedObjects(after: supplier, in: view)).map { ($0, recipient) }
        case .inverse:
            // Russia's dependence on Iran (for drones): Iran supplies Russia.
            guard let supplier = view.object(after: end) else { return nil }
            state.suppliers.insert(supplier)
            let recipient = view.possessor(before: start) ?? view.subject(before: start, excluding: state.objects)
                ?? view.nextMention(afterComma: view.mentions[supplier].end)
            return recipient.map { [(supplier, $0)] }
        case .noun:
            let last = cue.words.last
            if let agent = state.splitAgent {
                // ("air attacks by Mali on civilian targets in Burkina Faso": what is struck in a place is the place's)
                guard let target = view.object(after: end, skipping: view.actor(of: agent), thingBefore: cue.kind == .assault ? "in" : nil)
                else { return nil }
                return EventCoder.crossed([], agent, target, coordinatedObjects(after: target, in: view))
                    + view.coordinated(after: agent).flatMap { other in
                        EventCoder.crossed([], other, target, coordinatedObjects(after: target, in: view))
                    }
            }
            if last == "between" || last == "among" {
                // "rejected the memorandum between Somaliland and Ethiopia": whoever refuses a tie between
                // two others is neither of them, and the tie is theirs whatever the refuser says.
                guard !refused, let first = view.object(after: end) else { return nil }
                // "between Sudan's army and the paramilitary Rapid Support Forces": the first party's phrase may run on.
                guard var second = view.coordinated(after: first).first ?? view.secondParty(after: first) else { return nil }
                // "talks between Pakistan and the Soviet-backed Kabul government": the one backed, not its backer.
                if view.isBacker(second), let backed = view.mentionStarting(at: view.mentions[second].end + 2) { second = backed }
                // "between Israel and Lebanese militant group Hezbollah": the group, not its people; "between
                // Israel and Lebanon's Hezbollah militia": the group, not its state.
                var other = view.form(of: second) == .demonym ? view.namedGroup(after: second) ?? second : second
                if other == second, view.possessiveAfter(view.mentions[second].end),
                   let owned = view.mentionStarting(at: view.mentions[second].end + 1), kinds[view.actor(of: owned)] == .armedGroup
                {
                    other = owned
                }
                // "Brazil offered to host talks between Venezuela and Guyana", "Kenya proposed talks between
                // Ethiopia and Eritrea": talks a third party offers commit the parties to nothing; the offer is
                // the third party's, to each of them.
                if intended, let offerer = view.subject(before: start, excluding: state.objects),
                   view.mentions[offerer].end < start, !view.sameActor(offerer, first), !view.sameActor(offerer, other),
                   !view.hasComma(from: view.mentions[offerer].end, to: start),
                   (view.mentions[offerer].end + 1..<start).contains(where: { view.word($0, isIn: SentenceWords.offeringVerbs) })
                {
                    return [(offerer, first), (offerer, other)]
                }
                // "the security pact between Australia, the US and the UK": among each two of a longer list,
                // which ends at its "and" ("talks between Israel and Hamas, and Egypt said": Egypt is no party).
                var parties = view.coordinated(after: first)
                if let closing = parties.indices.first(where: { index in
                    let before = index == 0 ? first : parties[index - 1]
                    return (view.mentions[before].end + 1..<view.mentions[parties[index]].start).contains {
                        view.word($0, is: "and") || view.word($0, is: "or")
                    }
                }) {
                    parties.removeSubrange((closing + 1)...)
                }
                if parties.count >= 2, other == parties[0] {
                    let each = EventCoder.amongEachOther([first] + parties)
                    // (A list longer than any coded whole keeps its first two.)
                    if !each.isEmpty { return each }
                }
                return [(first, other)]
            }
            // a telephone call from Netanyahu (to Moscow); pressure from the Israeli leadership; but a
            // withdrawal from Kuwait is the possessor's ("an Iraqi withdrawal from Kuwait"). The same
            // after any noun cue: in "driven by demands from Trump" Trump demands.
            // ("tariffs on imports from Brazil": what comes from there is the goods, and Brazil is the target)
            let fromAfter = last == "from" && !view.word(end - 1, isIn: SentenceWords.tradedGoods) || view.word(end + 1, is: "from")
            // (What is withdrawn from is the target: "the withdrawal of diplomatic personnel from Venezuela".)
            // ("the visit of Xi to Riyadh": a visit's "of" names the visitor, as "by" does.)
            // (Not "Kenya's hosting of the RSF", whose "of" is the one hosted.)
            let visitor = last == "of" && cue.kind == .consult && (cue.words[0] == "visit" || cue.words[0] == "trip")
            if fromAfter && cue.kind != .yield && cue.kind != .reduceRelations || last == "by" || visitor || view.word(end + 1, is: "by") {
                guard var source = view.object(after: last == "from" || last == "by" || visitor ? end : end + 1) else { return nil }
                // ("the visit of Chinese tourists to Japan": a people travelling pays no visit; its envoys do.)
                if visitor, view.form(of: source) == .demonym, view.person(of: source) == nil,
                   !(1...2).contains(where: { view.word(view.mentions[source].end + $0, isIn: SentenceWords.visitorNouns) })
                {
                    return nil
                }
                // "criticism from Israel's long-standing ally, the United States": a possessor is not the
                // source; the one named beside what it possesses is, or no one.
                if view.possessiveAfter(view.mentions[source].end) {
                    guard let named = view.appositive(after: view.mentions[source].end) else { return nil }
                    source = named
                }
                state.suppliers.insert(source)
                // Those named beside the source act with it ("assistance from the World Bank and the IMF").
                let sources = [source] + coordinatedObjects(after: source, in: view)
                // "The agreement was signed by Uzbek President Mirziyoyev and Kyrgyz President Atambayev": an
                // agreement named before it, its signers bound to each other (one signer binds no one named).
                if cue.symmetric, last == "by" {
                    guard sources.count >= 2, (0..<start).contains(where: { view.word($0, isIn: SentenceWords.agreementNouns) }) else { return nil }
                    return EventCoder.amongEachOther(sources)
                }
                // Failing one before the noun, the next actor other than the sources: in "pressure from the EU
                // and the United States, who expressed concerns about its impact" no source presses another;
                // nor one that is another noun's source ("condemnation from the AU and alarm from Nigeria").
                let target = view.possessor(before: start) ?? view.subject(before: start, excluding: state.objects)
                    ?? view.nextMention(after: view.mentions[sources.last!].end, within: 12, skipping: sources.map { view.actor(of: $0) })
                        .flatMap { view.word(view.mentions[$0].start - 1, is: "from") || view.word(view.mentions[$0].start - 1, is: "by") ? nil : $0 }
                return target.map { target in sources.map { ($0, target) } }
            }
            // "the war in Ukraine" names where it is fought, not who wages it: only its possessor does
            // ("Russia's war in Ukraine"), never the sentence's subject ("Trump wants to end the war in Ukraine").
            if last == "in", cue.kind == .fight { return possessorActs(owner: start, after: end, in: view) }
            // "opposed the Council's decision to start accession talks with Ukraine": a noun in what a
            // decision, plan or bid is to do is its possessor's, or no one's.
            if let proposal = view.proposalGoverning(start) { return possessorActs(owner: proposal, after: end, in: view) }
            // "a visit to Australia by the top U.S. commander", "strikes on Gaza by Israel": the one after
            // "by" past the noun's object made it.
            // ("the expulsion of Argentine diplomats by Venezuela's government": over the people of a demonym)
            if let object = view.object(after: end), let by = view.byAfterObject(object),
               let agent = view.agent(after: by - 1) ?? view.object(after: by),
               !view.sameActor(agent, object)
            {
                state.suppliers.insert(agent)
                return [(agent, object)] + coordinatedObjects(after: object, in: view).map { (agent, $0) }
            }
            // A noun takes its possessor; failing that, the sentence's first actor (its subject, most often)
            // when nothing separates them (a comma, a relative pronoun, a "that" clause with an actor of its
            // own) and that actor has no other part yet; failing that, the actor an aside around it
            // describes ("Qatar, long a patron of Hamas,"); failing that, the nearest actor before it in its
            // clause ("..., and Israel responded with airstrikes on Lebanon"); failing that, whoever the
            // sentence quotes. What a verb of telling or knowing is about ("It cited earlier attacks
            // against Chinese in Japan") is no act of its subject: only a possessor wages it.
            // "South Africa called on Israel to end the blockade of Gaza": a noun in what an appeal asks, with no
            // possessor of its own, is the one asked's, not the appealer's. (A possessive "its" there is read as
            // the sentence subject's by coreference: "called on the EU to suspend its trade deal" is left so.)
            if view.possessor(before: start) == nil, EventCoder.isAskedFor(start, state: state, in: view), let asked = state.appealed.first,
               let target = view.object(after: end, skipping: view.actor(of: asked)), !view.sameActor(asked, target)
            {
                return [(asked, target)]
            }
            // (Not one in an opening phrase a comma closes: "But since Petro succeeded him in August, Colombia's
            // first-ever left-wing president has moved to mend relations with Venezuela".)
            // ("imposed diplomatic, trade and financial sanctions on": the commas of its modifiers part no clause.)
            let subject = view.mentions.indices.first(where: { !view.inOpeningPhrase($0, before: start) }).flatMap { first in
                view.mentions[first].end < start && !state.objects.contains(first) && !state.suppliers.contains(first)
                    && !view.isBacker(first)
                    && !view.isPrepositionalObject(first)
                    && !view.hasComma(from: view.asideEnd(after: first).map { $0 + 1 } ?? view.mentions[first].end, to: view.modifierListStart(before: start))
                    && !view.hasRelativeClause(from: view.mentions[first].end, to: start)
                    && !view.hasClauseOfItsOwn(from: view.mentions[first].end, to: start) ? first : nil
            }
            // "accused the U.S. and Britain of attacks on Yemen": the accused made them.
            if let verbEnd = state.lastVerbEnd, state.blamesFor(start, after: verbEnd, in: view),
               let target = view.object(after: end, skipping: view.actor(of: state.accused[0]))
            {
                // (what the accused are accused of is the accuser's claim, as for a verb)
                state.alleged = state.accusingVerb != nil
                return state.accused.map { ($0, target) }
            }
            // "sanctioned US defense firms over arms sales to Taiwan": a cause is no act of the subject's.
            // "four of its members were killed in the strike on the Syrian capital": nor is what the
            // subject suffered; "visit Moscow since the start of the invasion of Ukraine": nor what dates something else,
            // nor what the subject condemns ("condemned the latest wave of attacks on Lebanon").
            // (But talks or aid refused are the refuser's refusal: "Iran rejected talks with the United States".)
            let reactedTo = !refused && state.lastVerbReacts && state.lastVerbEnd.map {
                $0 < start && !view.hasComma(from: $0, to: start) && !view.hasClauseOfItsOwn(from: $0, to: start)
            } ?? false
            // (But those harmed in a clash took part in it: "20 Indian soldiers were killed in a clash with Chinese troops".)
            let carried = view.followsCarrier(start)
            let toldOf = view.followsVerbOfTelling(start) || view.followsNaming(start) || view.followsCause(start) || reactedTo
                || view.followsTimeMarker(start) || !cue.symmetric && view.followsHarm(start) || carried
            // Whoever reports an attack no one is named for did not make it: "A drone attack on the only
            // hospital in El Fasher has killed 70, WHO chief Tedros said".
            guard let source = (carried ? nil : view.possessor(before: start))
                    ?? (toldOf ? nil : subject ?? view.asideHead(around: start, end)
                        ?? view.nearestInClause(before: start, excluding: state.objects) ?? (cue.kind == .assault ? nil : view.speaker()))
            else {
                // No one named wages it, but its object is still no subject for the next cue: in "plunged his
                // country into a war against Iran and then into a war against the U.S." Iran fought no one.
                if let object = view.object(after: end) { state.objects.insert(object) }
                return nil
            }
            // "strikes on military targets in Iran": what is struck in a country strikes that country.
            guard var target = view.object(after: end, skipping: view.actor(of: source), thingBefore: cue.kind == .assault || cue.kind == .massViolence ? "in" : nil,
                                           authorsAreObjects: cue.kind == .reject || cue.kind == .disapprove) else { return nil }
            // "airstrikes in Somalia against ISIS": where they fell is no one struck when "against" names who is.
            if cue.kind == .assault, cue.words.last == "in" || cue.words.last == "inside",
               view.word(view.mentions[target].end + 1, is: "against"),
               let struck = view.object(after: view.mentions[target].end + 1, skipping: view.actor(of: source))
            {
                target = struck
            }
            // "the remaining trade sanctions China imposed": an actor right after the noun with a verb in the
            // past after it is the subject of a clause that qualifies the noun, not its object.
            // (Not after a preposition: "an Israeli strike on Damascus killed" names its object.)
            if view.mentions[target].start == end + 1, !view.isPreposition(end), view.isPastForm(view.mentions[target].end + 1),
               !view.commaAfter(view.mentions[target].end), !view.hyphenBefore(view.mentions[target].end + 1)
            {
                return nil
            }
            // Those listed with a subject or a modifier share its act ("Qatar, Egypt and the United States
            // issued a joint call for", "Israeli and U.S. attacks on"); a possessor speaks for itself alone.
            // ("Rwanda's aggression against Burundi and its support for the M23": "its" is one owner, not a list's last.)
            let ownerStart = view.mentions[source].start
            let possessive = view.possessor(before: start) == source
                && (view.possessiveAfter(view.mentions[source].end) || view.word(ownerStart, is: "its") || view.word(ownerStart, is: "their"))
            // (A source after the noun, the one who says so, has no list before it: in "began his first visit to
            // Morocco, Algeria and Mauritania, UN spokesman Dujarric said" the visited are no speakers.)
            var companions = possessive || view.mentions[source].start > start ? [] : jointSubjects(before: source, in: view, state: state)
            // "Russia and China announced sanctions on Ukraine": a subject named first has its list after it.
            if !possessive, source == subject {
                companions += view.coordinated(after: source).filter { view.mentions[$0].end < start }
            }
            return EventCoder.crossed(companions, source, target, coordinatedObjects(after: target, in: view))
        case .verb:
            // "if the Taliban and Afghan governments met their commitments": what is met is no one (but "met
            // his Chinese counterpart", "met their counterparts" are meetings).
            if cue.kind == .consult, cue.words.count == 1, ["meet", "meets", "met", "meeting"].contains(cue.words[0]),
               view.word(end + 1, isIn: SentenceWords.possessivePronouns) || view.word(end + 1, is: "their") || view.word(end + 1, is: "its"),
               view.mention(at: end + 2) == nil, !view.word(end + 2, isIn: SentenceWords.visitorNouns),
               !view.word(end + 2, is: "counterparts")
            {
                return []
            }
            // "175 Venezuelan migrants deported from the United States": a participle right after the people
            // it tells of, with its doer after "from", qualifies them; it is the doer's act on their state
            // (and on no one the sentence's subject is: "Honduras received migrants deported from the US").
            if cue.kind == .coerce, start == end, start > 0, view.word(start, endsWith: "ed"), view.word(end + 1, is: "from"),
               view.mention(at: start - 1).map({ view.form(of: $0) == .demonym }) ?? (view.isLowerCaseWord(start - 1) && view.word(start - 1, endsWith: "s"))
            {
                guard let doer = view.object(after: end) else { return [] }
                let people = view.mentionEnding(at: start - 1) ?? view.mentionEnding(at: start - 2).flatMap { view.form(of: $0) == .demonym ? $0 : nil }
                state.suppliers.insert(doer)
                return people.map { [(doer, $0)] } ?? []
            }
            // "known to be supported by Iran", "years of bombing by a Saudi-led coalition": the agent follows "by".
            if let agent = view.agent(after: end) ?? view.attackAgent(after: end).flatMap({ isAttacker($0, in: view) ? $0 : nil }) {
                // "surrounded by EU Commission head Ursula von der Leyen": people around someone are no show of force.
                if cue.kind == .militaryPosture, view.person(of: agent) != nil { return nil }
                // The patient is the clause's subject, not the object of a preposition in its phrase:
                // "the U.S.'s demand for extradition from Afghanistan was refused by the Taliban".
                guard let patient = view.passivePatient(ofVerbAt: start) else { return nil }
                return ([agent] + view.coordinated(after: agent)).map { ($0, patient) }
            }
            // "Indonesia's ambassador to Australia was recalled", "the Iranian ambassador to Greece was
            // summoned": what is done to an envoy with no one named for it is done by its sender when the
            // envoy is called home (a cue in the passive, "was recalled"), else by the state that hosts it.
            let calledHome = cue.kind == .reduceRelations && view.word(start, isIn: SentenceWords.formsOfBe)
            if view.isPassive(start: calledHome ? start + 1 : start) {
                let envoy = calledHome ? view.subject(before: start, excluding: state.objects) : view.passivePatient(ofVerbAt: start)
                // (Only what a host does to an envoy: summoned, expelled, detained; not "was assassinated".)
                // ("Somalia's envoys were being recalled from Nairobi": the post told after the verb)
                if let envoy, calledHome || cue.kind == .disapprove || cue.kind == .reduceRelations || cue.kind == .coerce,
                   let post = view.envoyPost(of: envoy)
                    ?? (calledHome && view.word(end + 1, is: "from") && view.word(view.mentions[envoy].end + 1, isIn: SentenceWords.postedEnvoys)
                        ? view.object(after: end + 1, skipping: view.actor(of: envoy)) : nil)
                {
                    return calledHome ? [(envoy, post)] : [(post, envoy)]
                }
                if calledHome { return nil }
            }
            // "Filip said five Russian diplomats were declared persona non grata", "Hamacek said 18 Russian
            // diplomats would be expelled from the country": envoys sent home in a passive no one is named
            // for are sent home by the one who says so, else by the state they leave.
            if cue.kind == .reduceRelations, view.isPassive(start: start), let patient = view.passivePatient(ofVerbAt: start) {
                let from = view.word(end + 1, is: "from") ? view.object(after: end + 1) : nil
                guard let expeller = [view.sayer(before: view.mentions[patient].start), from].compactMap({ $0 })
                        .first(where: { !view.sameActor($0, patient) })
                else { return nil }
                return [(expeller, patient)]
            }
            // A passive without its agent ("five fighters were killed") names no one who acted.
            if view.isPassive(start: start) { return nil }
            // "Russia said Ukraine was behind the attack": the one who says so accuses the subject; a
            // writer's own "was behind" accuses no one, nor does one who doubts it ("had not yet seen
            // evidence that Iran directed or was behind this attack").
            if cue.kind == .accuse, cue.words.count == 2, cue.words[1] == "behind" {
                guard !view.word(end + 1, isIn: SentenceWords.notBlamed), !(0..<start).contains(where: { view.word($0, isIn: SentenceWords.doubtWords) }),
                      let accused = view.subject(before: start, excluding: state.objects),
                      let accuser = view.sayer(before: view.mentions[accused].start, excluding: state.objects) ?? (view.speaks(after: view.mentions[accused].end) ? nil : view.speaker()),
                      !view.sameActor(accuser, accused)
                else { return nil }
                return [(accuser, accused)]
            }
            // "backed Hamas's plan to hold talks with Egypt": what a plan is to do is its possessor's.
            if let proposal = view.proposalGoverning(start) { return possessorActs(owner: proposal, after: end, in: view) }
            let source: Int
            if let helped = view.helped(before: start) {
                // "Iran is helping Russia fight Ukraine": the one helped fights.
                source = helped
            } else if let comma = view.openingPhraseEnd(), start <= comma {
                // "After touring the Tanzanian capital and meeting Kenyan police, the FBI chief said": the
                // opening phrase's subject is the sentence's, after the comma, never an actor inside it.
                guard let found = view.nextMention(after: comma, within: 3) else {
                    if let object = view.object(after: end) { state.objects.insert(object) }
                    return nil
                }
                source = found
            } else if view.word(start, endsWith: "ing"), start > 0,
                      view.word(start - 1, is: "of") || view.word(start - 1, is: "for") || view.word(start - 1, is: "by") && !state.accused.isEmpty
                        // "accusing it of supporting terrorist groups and backing Iran": the second act is alleged too
                        || state.accusingVerb.map({ view.joinsGerundOfAccusation(start, accusing: $0) }) == true,
               let actor = state.accused.first ?? view.nearestMention(before: start, excluding: [])
            {
                let alleged = !view.word(start - 1, is: "for") && !view.word(start - 1, is: "by")
                let accuserItself = state.accusingVerb.map { verb in
                    view.mentions[actor].end < verb && view.wordBefore(verbAt: verb) == view.mentions[actor].end
                } ?? false
                // ("wanted on charges of killing two French citizens": no one named is charged.)
                if state.accused.isEmpty, start > 1, view.word(start - 2, isIn: SentenceWords.chargeNouns) {
                    if let object = view.object(after: end) { state.objects.insert(object) }
                    return nil
                }
                // ("sanctioned companies accused of helping Iran": the companies are accused, and they are no actor;
                // nor is "its northern neighbour" in "Costa Rica, which is accusing its northern neighbour of threatening")
                if state.accused.isEmpty, let accusing = state.accusingVerb, alleged,
                   accuserItself || view.isBacker(actor) || view.qualifiesPrivateAgent(accusing)
                    || view.mentions[actor].end < accusing && start - 1 > accusing + 1
                {
                    if let object = view.object(after: end) { state.objects.insert(object) }
                    return nil
                }
                // "accuses Tehran of supplying Moscow", "accused India, which imports most of its crude
                // oil, of funding Moscow's war": the accused supplies. But what one is punished "for" is
                // not done by the subject of the verb before it (in "The US imposed sanctions on a
                // China-based network for supporting Iran's efforts" the network supports them, and no
                // actor is named for it).
                // ("was convicted in the US for providing material support to Lashkar-e-Taiba": a place does nothing.)
                if state.accused.isEmpty, view.word(start - 1, is: "for"),
                   view.isPlaceNamed(actor) || state.lastVerbEnd.map({ view.mentions[actor].end < $0 }) ?? false
                {
                    if let object = view.object(after: end) { state.objects.insert(object) }
                    return nil
                }
                state.alleged = alleged && state.accusingVerb != nil
                source = actor
            } else if view.word(start, endsWith: "ing"), start > 0, view.commaAfter(start - 1), EventCoder.isSaying(cue.kind),
                      let sayer = view.sayer(before: start)
            {
                // "Ukraine said Russia struck Kyiv overnight, urging the US to impose sanctions": what one
                // says, urges or accuses after a comma is the sayer's, not the reported subject's.
                source = sayer
            } else if view.word(start, endsWith: "ing"), start > 0, view.commaAfter(start - 1), EventCoder.isSaying(cue.kind),
                      state.lastVerbAsks || state.lastVerbReacts, let previous = state.lastVerbSources.last
            {
                // "Mali has called for the Security Council to withdraw the mission, denouncing its failure": what
                // one says after a comma goes on from its appeal or condemnation, not from the one it appealed to.
                source = previous
            } else if view.word(start, endsWith: "ing"), start > 0, view.word(start - 1, isIn: SentenceWords.gerundOpeners),
                      let previous = state.lastVerbSources.last
            {
                // "Moscow was sanctioned by the United States and the EU after invading Ukraine", "met
                // Abbas before flying to Amman": a gerund after "after" or "before" is the clause's subject's act.
                source = previous
            } else if view.word(start, endsWith: "ing"), view.qualifiesPrivateAgent(start) {
                // "targeted Western logistics companies helping Ukraine": the companies help, and are no actor.
                if let object = view.object(after: end) { state.objects.insert(object) }
                return nil
            } else if view.continuesPreviousVerb(start), let previous = state.lastVerbSources.last,
                      !EventCoder.hasNewSubject(before: start, in: view, state: state),
                      !(state.lastVerbInfinitive && view.isPastForm(start))
            {
                // "condemned the attack and has since alleged": the same subject (not in "recalled its ambassador
                // after the socialist-run country closed two crossings and deported", whose clause has its own;
                // nor in "came out in solidarity with the Czech Republic's decision to expel Russian diplomats
                // and accused Moscow", where the infinitive's subject is not the clause's).
                source = previous
            } else if view.word(start, endsWith: "ing"), start > 0, view.commaAfter(start - 1), EventCoder.isSaying(cue.kind),
                      let previous = state.lastVerbSources.last,
                      view.subject(before: start, excluding: state.objects).map({ view.isPrepositionalObject($0) || view.followsIndefiniteArticle($0) }) ?? false
            {
                // "severed ties with Qatar and moved to isolate the nation that is home to a major US military
                // base, accusing it of": what one says after a comma is the last verb's subject's, not that of
                // a name inside a phrase or one that only qualifies a noun.
                source = previous
            } else if let found = view.subject(before: start, excluding: state.objects)
                        ?? (view.followsRelativePronoun(start) ? nil : view.speaker())
            {
                // "groups that stage attacks, ..., it says": the relative clause's subject is the noun before
                // it, no actor; only a verb with no subject at all is the speaker's.
                // "Israel said the activists attacked its commandos": nor is a reported clause with a subject of
                // its own the sayer's act.
                if view.reportsOtherSubject(verbAt: start, after: found) {
                    if let object = view.object(after: end) { state.objects.insert(object) }
                    return nil
                }
                source = found
            } else {
                // "The Foreign Office has summoned Rwanda's top diplomat in the UK": what is done to an envoy
                // by no one named is done by the state that hosts it (as in the passive above).
                // (not "summoned Iraq's ambassador to Syria back to Baghdad", its sender's recall)
                let object = view.object(after: end)
                if cue.kind == .disapprove || cue.kind == .reduceRelations || cue.kind == .coerce,
                   let envoy = object, let post = view.envoyPost(of: envoy),
                   !view.word(view.mentions[post].end + 1, is: "back"), !view.word(view.mentions[post].end + 1, is: "home")
                {
                    return [(post, envoy)]
                }
                // No one named does it ("It hosted a Hamas delegation", the pronoun unresolved), but its
                // object is still no subject for a cue later on ("..., drawing a protest from Israel").
                if let object { state.objects.insert(object) }
                return nil
            }
            // "Pakistani militants attacked Indian troops", "a Jordanian gunman killed two soldiers": a people's
            // name on fighters of no state, or on a crowd or a person, is not its state acting; but a crowd's
            // protest is its people's, as CAMEO codes one ("Iranian students protested at the British embassy").
            // (A group's own name is no state's: "Houthi rebels attacked" is the Houthis.)
            if cue.kind != .protest, view.qualifiesPrivatePeople(source), kinds[view.actor(of: source)] == .state {
                if let object = view.object(after: end) { state.objects.insert(object) }
                return nil
            }
            // "warned about Libya coming to the brink", "warned of Israel's plans": what one warns about is
            // a topic, not the one warned (one warned against acting is: "warned against an Israeli
            // attack"), unless the warning names whom it is against: "warned of new fronts opening against Israel".
            if cue.kind == .threaten, cue.words.count == 1, cue.words[0].utf8.starts(with: "warn".utf8),
               view.word(end + 1, is: "about") || view.word(end + 1, is: "of")
            {
                guard let against = (end + 2..<min(view.wordCount, end + 10)).first(where: { view.word($0, is: "against") }),
                      !view.hasComma(from: end, to: against), let target = view.object(after: against)
                else { return [] }
                return EventCoder.crossed(jointSubjects(before: source, in: view, state: state), source, target, [])
            }
            // "discussed air defence with Macron": the partner follows "with", and what is discussed is no
            // one ("discussed Ukraine with Putin"); with none, those who discussed it did so together.
            if cue.kind == .consult, cue.words.count == 1, cue.words[0].utf8.starts(with: "discuss".utf8) {
                if let partner = view.partner(after: end) {
                    return EventCoder.crossed(jointSubjects(before: source, in: view, state: state), source, partner,
                                              coordinatedObjects(after: partner, in: view, ofVerb: true))
                }
                return EventCoder.amongEachOther(jointSubjects(before: source, in: view, state: state) + [source])
            }
            // "India and Pakistan accused each other of violating the ceasefire": each did it to the other
            // (a long list is a summit's, as with `amongEachOther`).
            if view.namesEachOther(after: end) {
                let sources = jointSubjects(before: source, in: view, state: state) + [source]
                guard sources.count <= EventCoder.largestJointSubject else { return [] }
                return sources.flatMap { one in sources.compactMap { other in view.sameActor(one, other) ? nil : (one, other) } }
            }
            if let target = view.object(after: end, skipping: view.actor(of: source), allowingThat: cue.kind == .accuse || cue.kind == .demand && view.word(end + 1, is: "that"),
                                        thingBefore: thingBefore(cue, verb: start, in: view),
                                        placesAreWhere: cue.kind == .consult && cue.words.last != "visit" && cue.words.last != "in"
                                            || EventCoder.happensSomewhere(cue.kind)
                                            // ("Hezbollah fought in Syria", "at the start of fighting in Ethiopia's Tigray
                                            // region": where they fight, on either side; "fight Hamas in Gaza" still names one)
                                            || cue.kind == .fight && cue.words.count == 1
                                            // ("signed the deal in neighbouring Ethiopia": where it was signed)
                                            || cue.kind == .materialCooperation && cue.words[0].utf8.starts(with: "sign".utf8),
                                        receiverOverDemonym: cue.kind == .aid || cue.kind == .materialCooperation
                                            || cue.kind == .yield && view.handsOverWanted(after: end),
                                        authorsAreObjects: cue.kind == .reject || cue.kind == .disapprove)
                ?? (view.mentions[source].end < start ? view.relativeObject(of: source) : nil)
            {
                return EventCoder.crossed(jointSubjects(before: source, in: view, state: state), source, target,
                                          coordinatedObjects(after: target, in: view, ofVerb: true))
            } else if cue.kind == .appeal || cue.kind == .demand {
                // "called for collective action to end fighting between Israel and Hamas": the appeal is to the parties.
                return EventCoder.crossed(jointSubjects(before: source, in: view, state: state), source, nil, view.parties(after: end))
            } else if cue.symmetric {
                // "Putin and Xi met in Moscow": a relation that holds both ways, between those who share the verb;
                // not when they do it together to someone else ("Colombia and Venezuela will jointly fight armed groups").
                if view.actsJointly(verbStart: start, end: end) { return [] }
                // "The UN and France struck, but the rebels used a lull in fighting": a clause of its own, whose
                // subject no actor names, does not share the list's verb.
                if view.mentions[source].end < start, (view.mentions[source].end + 1..<start).contains(where: { joiner in
                    view.word(joiner, isIn: SentenceWords.contrastJoiners) && view.commaAfter(joiner - 1) && view.word(joiner + 1, isIn: SentenceWords.articles)
                }) {
                    return []
                }

                return EventCoder.amongEachOther(jointSubjects(before: source, in: view, state: state) + [source])
            }
            return []
        }
    }

    /// Whether the verb at `start` has a subject of its own named after the last coded verb: a clause
    /// that an uncoded verb opened between them.
    static func hasNewSubject(before start: Int, in view: SentenceView, state: State) -> Bool {
        guard let lastVerb = state.lastVerbEnd, let subject = view.subject(before: start, excluding: state.objects) else { return false }
        return view.mentions[subject].start > lastVerb
    }

    /// Whether the cue at `word` stands in the phrase an appeal's verb governs, a few words after it
    /// with no actor or comma between: "called for an embargo on arms sales to", "demanded a halt to".
    static func followsAppeal(_ word: Int, state: State, in view: SentenceView) -> Bool {
        guard let appeal = state.appealEnd, word > appeal, word - appeal <= 6, !view.hasComma(from: appeal, to: word) else { return false }
        // ("called for restraint and suspended aid to Egypt": a verb of its own after "and" is done)
        return !(appeal + 1..<word).contains(where: { view.mention(at: $0) != nil || view.word($0, isIn: SentenceView.clauseJoiners) })
    }

    /// Whether the noun at `word` is the object of what the last appeal or demand asks, its "to" and
    /// verb at most four words before it, no comma since the appeal: "called on Israel to end the
    /// blockade of Gaza" (not "urged the UNGA to pass the resolution regarding the war on Gaza").
    static func isAskedFor(_ word: Int, state: State, in view: SentenceView) -> Bool {
        guard let appeal = state.appealEnd, word > appeal, word - appeal <= 10, !view.hasComma(from: appeal, to: word),
              let to = (max(appeal + 1, word - 4)..<word).last(where: { view.word($0, is: "to") })
        else { return false }
        return !(to + 1..<word).contains(where: { view.mention(at: $0) != nil })
    }

    /// A withdrawal from an organisation ("Mali, Burkina Faso and Niger announced their withdrawal
    /// from ECOWAS", "the US withdrew from the WHO") reduces relations (CAMEO 16); from a country, it
    /// stays a yielding of ground (CAMEO 08). One intended ("Russia will withdraw from the OSCE") is
    /// then a threat to reduce relations, as CAMEO codes one (13), not an intent to cooperate. The
    /// kind a relation of `kind` has when it leaves an organisation, or nil when it does not.
    private func leavesOrganization(_ kind: RelationKind, cue: Int, target: ActorID) -> RelationKind? {
        guard kind == .yield || kind == .intentToCooperate, isLeaving(cue), kinds[target] == .internationalOrganization else { return nil }
        return kind == .yield ? .reduceRelations : .threaten
    }

    /// Whether cue `cue` leaves something: "withdraw from", "pull out of".
    private func isLeaving(_ cue: Int) -> Bool {
        index.cueText(cue).utf8.starts(with: "withdr".utf8) || index.cueText(cue).utf8.starts(with: "pull".utf8)
    }

    /// Whether the actor named before the noun of an attack (`SentenceView.attackAgent`) made it: a
    /// demonym or an abbreviation does ("an Israeli strike", "a U.S. strike"), a group's name does ("a
    /// Hamas attack"); a state's name or its capital says where ("a Pakistan attack", "a Damascus strike").
    private func isAttacker(_ mention: Int, in view: SentenceView) -> Bool {
        switch view.form(of: mention) {
        case .demonym, .alias, .modifier: return true
        case .name: return kinds[view.actor(of: mention)] != .state
        default: return false
        }
    }

    /// The word after which a verb cue may name its target when a thing stands first: the one who
    /// receives after "to" ("supplied drones to Russia", "handed over the hostages to Egypt"), the
    /// one blamed after "on" ("blamed the attack on Serbia"). Verbs that take the receiver as their
    /// object have none: in "the SDF and armed factions loyal to Ankara" no one armed Ankara.
    private func thingBefore(_ cue: CueLexicon.Cue, verb: Int, in view: SentenceView) -> StaticString? {
        switch cue.kind {
        case .materialCooperation: return "to"
        case .aid: return view.word(verb, isIn: SentenceWords.givingVerbs) ? "to" : nil
        // ("released 32 prisoners of war to Armenia": captives freed into a state's hands; not "released a
        // statement to", nor "released three hostages to the Red Cross", which only carries them)
        case .yield:
            if cue.words.last == "over" { return "to" }
            guard view.word(verb, isIn: SentenceWords.releasingVerbs), verb + 2 < view.wordCount,
                  let to = (verb + 2..<min(view.wordCount, verb + 8)).first(where: { view.word($0, is: "to") }),
                  (verb + 1..<to).contains(where: { view.word($0, isIn: SentenceWords.captiveNouns) }),
                  let receiver = view.mentionStarting(at: to + 1),
                  kinds[view.actor(of: receiver)] == .state
            else { return nil }
            return "to"
        case .accuse: return view.word(verb, isIn: SentenceWords.blamingVerbs) ? "on" : nil
        // "threatened new sanctions on Moscow", "threatened nuclear retaliation against the United States"
        case .threaten: return "on"
        // "suspend exports of the fuel to Israel", "banned imports of grain from Ukraine": the goods, then
        // the one who would have had them or sent them.
        // ("imposed sanctions on several senior officials and armed forces officers in Myanmar": those
        // sanctioned in a state stand for it.)
        // ("imposed tariffs on barley from Australia": duties fall on goods from their maker.)
        case .coerce:
            guard let last = cue.words.last else { return nil }
            if cue.words.contains(where: { $0.utf8.starts(with: "sanction".utf8) }) { return "in" }
            if cue.words.contains(where: { SentenceWords.dutyNouns.contains($0) }) { return "from" }
            return last == "exports" || last == "shipments" || last == "deliveries" || last == "supplies" ? "to" : last == "imports" ? "from" : nil
        // "India struck nine sites in Pakistan", "Israeli warplanes bombed a port in Yemen": what is struck
        // in a country strikes that country, when the verb follows its actor (not "when an air strike hit
        // his car in Lebanon", "equipment destroyed in Kuwait").
        // ("The RSF massacred civilians in El Fasher": so for mass violence)
        case .assault, .massViolence:
            let before = view.wordBefore(verbAt: verb)
            guard before >= 0 else { return nil }
            let follows = view.mention(at: before) != nil || view.word(before, isIn: SentenceWords.groupNouns)
                || view.word(before, isIn: SentenceWords.armedMeans) || view.word(before, isIn: SentenceWords.timeWords)
            return follows ? "in" : nil
        default: return nil
        }
    }

    /// The possessor of the noun at `owner` acting on the actor after `end`, or nil without both:
    /// "Russia's war in Ukraine", "the Council's decision to start accession talks with Ukraine".
    private func possessorActs(owner: Int, after end: Int, in view: SentenceView) -> [(Int, Int)]? {
        if let source = view.possessor(before: owner) {
            guard let target = view.object(after: end, skipping: view.actor(of: source)) else { return nil }
            return [(source, target)]
        }
        // "the decision by Niger, Mali and Burkina Faso to pull out of ECOWAS": each owner named after "by".
        guard view.word(owner + 1, is: "by"), let first = view.mentionStarting(at: owner + 2),
              let target = view.object(after: end, skipping: view.actor(of: first))
        else { return nil }
        return ([first] + view.coordinated(after: first)).map { ($0, target) }
    }

    /// The actors joined to `target` by a conjunction or a comma, up to one that a verb follows (a
    /// verb cue, or a verb in the past): in "fired rockets at Israel, and Israel launched strikes on
    /// Lebanon" the second Israel is the subject of a clause of its own, not a second target.
    private func coordinatedObjects(after target: Int, in view: SentenceView, ofVerb: Bool = false) -> [Int] {
        var joined = view.coordinated(after: target)
        func followsComma(_ offset: Int) -> Bool {
            let start = view.mentions[joined[offset]].start
            return start >= 1 && view.commaAfter(start - 1) || start >= 2 && view.commaAfter(start - 2)
        }
        // Where a run of actors joined by "and" or "or" that opened after a comma begins: "struck Gaza,
        // and Chile and Colombia recalled" has Chile open the clause whose verb follows Colombia.
        func runAfterComma(endingAt offset: Int) -> Int? {
            var first = offset
            while !followsComma(first), first > 0,
                  view.word(view.mentions[joined[first]].start - 1, is: "and") || view.word(view.mentions[joined[first]].start - 1, is: "or")
            {
                first -= 1
            }
            return followsComma(first) ? first : nil
        }
        // A past verb cuts the list only after a comma ("at Israel, and Israel responded"): in
        // "alliances with Iran and North Korea have complicated" the verb is the whole phrase's. A
        // verb's objects make no such phrase: "attacked Kyiv and Ukraine retaliated" needs no comma.
        let clause = joined.indices.lazy.compactMap { offset -> Int? in
            let mention = view.mentions[joined[offset]]
            let afterComma = runAfterComma(endingAt: offset) != nil
            // "from southern Lebanon, and Hezbollah will move": a modal after the first actor joined
            // starts a clause too (after a longer list, "on Russia, Belarus, and Iran will", it is the list's).
            // Its arms or people may stand between ("at Israel, and Israeli jets struck"), and then any verb
            // in the past starts the clause ("attacked western Ukraine and Polish jets were scrambled"), but
            // not a participle in -ing ("Russian forces and North Korean troops fighting in Kursk").
            let end = view.forcesEnd(of: joined[offset])
            let forces = end > mention.end
            if forces, view.word(view.verbAfter(end), endsWith: "ing") { return nil }
            let pastVerb = view.pastVerbFollows(end) || forces && view.word(view.verbAfter(end), isIn: SentenceWords.irregularPasts)
            // (right after the actor: in "the facilities the U.S. raided in Sudan and Afghanistan had played"
            // the verb after the auxiliary is the facilities')
            let starts = (afterComma || forces || ofVerb && view.verbAfter(end) == end + 1) && pastVerb || afterComma && offset == 0 && view.word(end + 1, isIn: SentenceWords.modals)
                || startsVerbCue(after: end, in: view)
            return starts ? runAfterComma(endingAt: offset) ?? offset : nil
        }.first
        if let subject = clause {
            joined.removeSubrange(subject...)
        }
        return joined
    }

    /// Whether a verb cue follows word `word`, over auxiliaries and adverbs ("Israel later launched").
    private func startsVerbCue(after word: Int, in view: SentenceView) -> Bool {
        let position = view.verbAfter(word)
        guard position < view.wordCount, let (_, cue) = index.longestMatch(in: view, from: position) else { return false }
        return index.lexicon.cues[cue].form == .verb
    }

    /// What an intention to do `kind` is: force threatened (`threaten`), cooperation promised
    /// (`intent_to_cooperate`); nil for words, which a statement of intent does not make happen.
    /// Whether a relation of `kind` has a place after "in" rather than a target: "released in the United
    /// Arab Emirates", "arrested in Russia", "helped in Gaza" (but "struck in Lebanon" names who was struck).
    static func happensSomewhere(_ kind: RelationKind) -> Bool {
        kind == .yield || kind == .coerce || kind == .aid
    }

    /// Whether a relation of `kind` is done by speaking: appeals, demands, accusations, criticism, threats.
    static func isSaying(_ kind: RelationKind) -> Bool {
        switch kind {
        case .appeal, .demand, .accuse, .disapprove, .threaten, .reject, .protest, .statement: true
        default: false
        }
    }

    static func intention(of kind: RelationKind) -> RelationKind? {
        switch kind.quadClass {
        case .materialConflict: .threaten
        case .verbalCooperation, .materialCooperation: kind == .intentToCooperate || kind == .statement || kind == .appeal ? nil : .intentToCooperate
        case .verbalConflict: kind == .threaten ? .threaten : nil
        }
    }

    /// Each actor of a joint subject with each one after it ("Russia, China and Iran met": Russia
    /// with China and Iran, China with Iran), once, as "talks between X and Y" codes X with Y. A
    /// longer list is a summit ("leaders of twenty nations met"), not so many bilateral relations:
    /// it codes none, which also keeps a sentence's pairs from growing with the square of its actors.
    private static func amongEachOther(_ actors: [Int]) -> [(Int, Int)] {
        guard actors.count >= 2, actors.count <= largestJointSubject else { return [] }
        var pairs: [(Int, Int)] = []
        for (offset, first) in actors.enumerated() {
            for second in actors[(offset + 1)...] { pairs.append((first, second)) }
        }
        return pairs
    }

    /// Whether `cue` is "receive", whose object may be a visitor ("received Witkoff"); one accepted
    /// ("accept a Taliban ambassador") is recognised, not visited.
    private static func receivesVisitors(_ cue: CueLexicon.Cue) -> Bool {
        cue.words.count == 1 && cue.words[0].utf8.starts(with: "receiv".utf8)
    }

    /// The most actors a symmetric cue relates among themselves.
    static let largestJointSubject = 4

    /// Actors listed before subject `source` that share its verb. The list stops at an earlier cue's
    /// object: in "Hezbollah attacked Syria, and Israeli jets struck Lebanon" Syria struck no one.
    private func jointSubjects(before source: Int, in view: SentenceView, state: State) -> [Int] {
        // ("In the capital, Mogadishu, Kenya's president condemned": a place in the opening phrase lists no one.)
        let listed = view.coordinated(before: source).filter { !view.inOpeningPhrase($0, before: view.mentions[source].start) }
        guard let object = listed.lastIndex(where: { state.objects.contains($0) }) else { return listed }
        return Array(listed[(object + 1)...])
    }

    /// Every source with every target, in order: the sources are `sourcesBefore` then `source`, the
    /// targets `firstTarget` (when there is one) then `moreTargets`. Written into one list made at its
    /// size; joining the lists and mapping them made four for a relation between two actors.
    private static func crossed(_ sourcesBefore: [Int], _ source: Int, _ firstTarget: Int?, _ moreTargets: [Int]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity((sourcesBefore.count + 1) * (moreTargets.count + (firstTarget == nil ? 0 : 1)))
        func link(_ source: Int) {
            if let firstTarget { pairs.append((source, firstTarget)) }
            for target in moreTargets { pairs.append((source, target)) }
        }
        for other in sourcesBefore { link(other) }
        link(source)
        return pairs
    }

    /// Whether a relation of `kind` reduced is coded as reduced relations: ties, talks, aid and trade.
    static func sours(_ kind: RelationKind) -> Bool {
        kind == .diplomaticCooperation || kind == .consult || kind == .aid || kind == .materialCooperation
    }

    /// Whether words around a cooperative cue say the relation got worse: before it ("complicated its
    /// relations with", "suspended aid to"), or for ties, talks and deals after it ("its ties with Israel
    /// have frayed", "a minerals deal between the U.S. and Ukraine ... crumbled"; "support from Iran,
    /// its ties with others have frayed" reduces no support), not in a clause of time or cause after
    /// them ("agreed to hold talks after relations soured" are talks).
    private func isWorsened(_ view: SentenceView, start: Int, end: Int, ties: Bool, verb: Bool) -> Bool {
        // (a verb's cue in the past is no object: in "halted exports and signed a deal with" the souring is
        // another verb's; "cut off ... supplies of raw materials to" is a noun's)
        if qualifies(start, by: index.worsening, in: view) || stopsAtOnce(start, in: view) || reducesAtOnce(start, in: view)
            || !(verb && view.startsAnotherPhrase(at: start)) && soursLongerObject(start, in: view)
        {
            return true
        }
        let limit = min(view.wordCount, end + 12)
        guard ties, index.worsened.occurs(in: min(limit, end + 1)..<limit, of: view.ids) else { return false }
        // (In a predicate only: "Talks between Russia and Ukraine held after the invasion collapsed" did.)
        guard let subordinate = (end + 1..<limit).first(where: { view.word($0, isIn: SentenceWords.timeOrCauseOpeners) }),
              (0..<start).contains(where: { view.isLowerCaseWord($0) && !view.word($0, isIn: SentenceWords.determiners) && !view.isModifierWord($0) })
        else { return true }
        return index.worsened.occurs(in: min(subordinate, end + 1)..<subordinate, of: view.ids)
    }

    /// Whether a word of souring governs the cue at `start` over an object longer than `qualifies`
    /// reads: a list of goods ("cut off all oil and most natural gas and other supplies to"), one's
    /// share in it ("suspended its participation in the New START treaty with"), or the one taken out
    /// of it ("pulled the United States out of a nuclear deal with"). Up to ten words back, no comma,
    /// no actor named, no verb or preposition between (but "and" after goods, "in" after a share).
    private func soursLongerObject(_ start: Int, in view: SentenceView) -> Bool {
        var position = start - 1
        while position >= 0, start - position <= 10, !view.commaAfter(position) {
            if index.worsening.ends(at: position, in: view.ids) { return true }
            if view.word(position, is: "of"), position >= 2, view.word(position - 1, is: "out") {
                return view.hasWord(of: SentenceWords.pullingVerbs, before: position - 1, within: 6)
            }
            // (a possessive pronoun is read as its actor's mention: "suspended its participation in")
            if view.mention(at: position) != nil, !view.isLowerCaseWord(position) { return false }
            if view.word(position, is: "in"), position > 0, view.word(position - 1, isIn: SentenceWords.shareNouns) {
                position -= 2
                continue
            }
            if view.word(position, is: "and") || view.word(position, is: "or") {
                guard position > 0, view.word(position - 1, isIn: SentenceWords.materielNouns) || view.word(position - 1, isIn: SentenceWords.flowNouns)
                else { return false }
            } else if view.isPreposition(position) || view.startsAnotherPhrase(at: position) || view.word(position, isIn: SentenceWords.auxiliaries) {
                return false
            }
            position -= 1
        }
        return false
    }

    /// Whether a form of "stop" governs the cue at `start` at once, over an article, a possessive or
    /// one plain word: "stopping food aid to", "stopped its talks with" (not "non-stop negotiations",
    /// nor an act it stops, which is said by its own cue: "stop supplying drones to", "stop blocking aid to").
    private func stopsAtOnce(_ start: Int, in view: SentenceView) -> Bool {
        !view.word(start, endsWith: "ing")
            && governsAtOnce(start, forms: SentenceWords.stopForms, within: 2, in: view) { !view.word($0, endsWith: "ing") }
    }

    /// Whether a form of "reduce" governs the cue at `start`, over its determiner and modifiers only:
    /// "reduced its military aid to Ukraine", "would reduce cooperation with the U.S." (not "reduce
    /// barriers to trade with", "reduce its reliance on aid from", which ease or cut something else).
    private func reducesAtOnce(_ start: Int, in view: SentenceView) -> Bool {
        governsAtOnce(start, forms: SentenceWords.reduceForms, within: 3, in: view) {
            view.word($0, isIn: SentenceWords.determiners) || view.isModifierWord($0)
        }
    }

    /// Whether the first word of `forms` up to `window` words before the cue at `start`, not joined
    /// by a hyphen, governs it: every word between is a lower-case word, no preposition, with no
    /// comma after it, that `between` accepts.
    private func governsAtOnce(_ start: Int, forms: ByteTable<Bool>, within window: Int, in view: SentenceView,
                               between: (Int) -> Bool) -> Bool
    {
        for verb in max(0, start - window)..<start where view.word(verb, isIn: forms) && !view.hyphenBefore(verb) {
            return (verb + 1..<start).allSatisfy {
                view.isLowerCaseWord($0) && !view.isPreposition($0) && !view.commaAfter($0) && between($0)
            }
        }
        return false
    }

    /// Whether the verb at `verb` is what was agreed: "agreed on Friday to restore", "an accord to establish".
    private func agreedTo(_ verb: Int, in view: SentenceView) -> Bool {
        if let phrase = index.intentions.phrase(before: verb, within: 2, in: view.ids), phrase.hasPrefix("agree") { return true }
        // "agreed to re-establish and restore their diplomatic ties": a verb joined by "and" to the one agreed
        if view.word(verb - 1, is: "and"), let intention = intention(beforeJoinedVerb: verb, within: 6, in: view),
           let phrase = index.intentions.phrase(before: intention + 1, within: 0, in: view.ids), phrase.hasPrefix("agree")
        {
            return true
        }
        return verb > 0 && view.word(verb - 1, is: "to") && view.agreesTo(verb - 1)
    }

    /// Where the intention ends that stands before the verb at `verb`, which "and" joins to the verb
    /// before it, in one clause: within `within` words, no comma between; nil for none.
    private func intention(beforeJoinedVerb verb: Int, within: Int = 8, in view: SentenceView) -> Int? {
        guard let intention = index.intentions.nearestEnd(before: verb - 1, within: within, in: view.ids),
              !view.hasComma(from: intention, to: verb)
        else { return nil }
        return intention
    }

    /// Whether words before a cue put it off ("postponed talks with"; not "long-delayed military aid",
    /// which is at last given), or a passive after it in its clause does ("the visit to China was
    /// postponed", "talks with Iran have been pushed back"; not "accusing China of delaying a deal").
    private func isDeferred(_ view: SentenceView, start: Int, end: Int) -> Bool {
        if let before = qualifyingEnd(start, by: index.deferred, in: view), !view.hyphenBefore(before) { return true }
        // To the clause's end ("met Xi after a visit that had been postponed" is held), over "and"
        // inside the noun phrase ("talks between Iran and the US were postponed").
        var position = end + 1
        while position < view.wordCount, position - end <= 8 {
            if view.word(position, isIn: SentenceWords.clauseOpeners) && !view.word(position, is: "and")
                || view.word(position, isIn: SentenceWords.boundaries)
            {
                return false
            }
            if index.deferred.ends(at: position, in: view.ids), (position - 3..<position).contains(where: { view.word($0, isIn: SentenceWords.formsOfBe) }) {
                return true
            }
            if view.commaAfter(position) { return false }
            position += 1
        }
        return false
    }

    /// Whether a phrase of `list` ends with at most three words before the cue at `cue`, only its
    /// noun's qualifiers between ("ruled out any bilateral talks with", "paused military aid to"),
    /// not across a comma, a conjunction, a relative pronoun or another verb ("ruled out sending
    /// troops but pledged aid", "rejected Russia's offer and held talks with").
    private func qualifies(_ cue: Int, by list: PhraseSet, in view: SentenceView) -> Bool {
        qualifyingEnd(cue, by: list, in: view) != nil
    }

    /// Where that phrase ends, so that what stands there can be asked.
    private func qualifyingEnd(_ cue: Int, by list: PhraseSet, in view: SentenceView) -> Int? {
        guard let end = list.nearestEnd(before: cue, within: 4, in: view.ids),
              !view.hasComma(from: end, to: cue), !(end + 1..<cue).contains(where: { view.startsAnotherPhrase(at: $0) })
        else { return nil }
        return end
    }

    /// The first hedge of the sentence and who voices it: the actor before a verb of claiming
    /// ("Medvedev alleged"), the actor after "according to"; an adverb ("reportedly") names no one.
    private func hedge(in view: SentenceView) -> (String, ActorID?, Int)? {
        // Read through locals: every word of every coded sentence is asked.
        let hedges = index.hedges, ids = view.ids
        for position in 0..<view.wordCount where hedges.mayEnd(with: ids[position]) {
            guard let phrase = hedges.phrase(before: position + 1, within: 0, in: ids) else { continue }
            // A phrase's words are joined by single spaces (`PhraseSet`): counted as bytes, not split into strings.
            let phraseStart = position - phrase.utf8.reduce(0) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
            var claimant: ActorID? = nil
            if claimingVerbs.contains(phrase) {
                claimant = view.nearestMention(before: phraseStart, excluding: [], within: 3).map { view.actor(of: $0) }
            } else if phrase == "according to" {
                claimant = view.nextMention(after: position, within: 3).map { view.actor(of: $0) }
            }
            return (phrase, claimant, phraseStart)
        }
        return nil
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}

// Word lists the functions above test against, built once rather than on every call.
private let claimingVerbs: ByteTable<Bool> = ["alleged", "claimed", "claims", "claim", "suggests", "suggested"]
