/// A trie over the lower-case words of every cue phrase: each word of text costs one look-up,
/// however many cues there are.
///
/// Every word the cue lexicon knows (cues and the phrase lists alike) gets an id; `SentenceView`
/// looks each word of a sentence up once, and matching then compares ids, never strings.
///
/// A class, though it never changes: as a struct of some three hundred bytes it was copied onto
/// the stack at every word of every coded sentence, to be lent to `longestMatch`.
final class CueIndex: Sendable {
    let lexicon: CueLexicon
    /// Word -> id, for every word of every cue and phrase.
    let vocabulary: ByteTable<Int32>
    private let edges: TrieEdges
    /// The trie's first level by word id (-1: no cue starts with the word), read at every word of
    /// every coded sentence without hashing.
    private let rootChildren: [Int32]
    /// Per trie node, the cue that ends there, or -1.
    private let nodeCues: [Int32]
    /// Each cue's words as one phrase, as relations cite it ("call for"), made once, not per relation.
    private let cueTexts: [String]
    /// One-word participle cues by word id: after a hyphen ("Iran-backed") they win over a verb
    /// cue spelled alike ("backed" of "back"), which the trie holds for that word.
    private let participleCues: [Int32: Int]
    /// One-word cues of form `.pair` by word id, asked only after two actors a hyphen joins.
    private let pairCues: [Int32: Int]
    /// Cues of form `.frame` by the word id of their first word, each with its words' ids
    /// (`slotID` for the object's place).
    private let frameCues: [Int32: [(cue: Int, words: [Int32])]]
    private static let slotID: Int32 = -2
    /// Per word id, 1 when a pair cue is that word, 2 when a frame starts with it.
    private let hasPairOrFrame: [UInt8]
    /// Verb cues (by index) spelled like a noun cue, with that noun cue: where the verb reads as a
    /// noun ("a call for", "the talks with") the noun is meant.
    private let nounTwins: [Int: Int]
    let negations: PhraseSet
    let denials: PhraseSet
    let irrealis: PhraseSet
    let intentions: PhraseSet
    let worsening: PhraseSet
    let refusing: PhraseSet
    let worsened: PhraseSet
    let warming: PhraseSet
    let easing: PhraseSet
    let ending: PhraseSet
    let possibility: PhraseSet
    let planned: PhraseSet
    let figurative: PhraseSet
    let onsets: PhraseSet
    let deferred: PhraseSet
    let hedges: PhraseSet
    /// Per cue (by index), whether it is toneless (`CueLexicon.toneless`).
    let isToneless: [Bool]

    init(_ lexicon: CueLexicon) {
        self.lexicon = lexicon
        let lists = [lexicon.negations, lexicon.denials, lexicon.irrealis, lexicon.intentions, lexicon.worsening, lexicon.worsened,
                     lexicon.warming, lexicon.hedges, lexicon.easing, lexicon.ending, lexicon.possibility, lexicon.planned,
                     lexicon.figurative, lexicon.onsets, lexicon.refusing, lexicon.deferred]
        // Ids in the order words first appear: a set of them sorted, and a dictionary of that,
        // hashed every word of the cue lexicon three times with SipHash at every start.
        var words = ByteTableBuilder<Int32>(expectedCount: 2 * lexicon.cues.count)
        func number(_ word: String) {
            var word = word
            _ = word.withUTF8 { words.index(of: UnsafeRawBufferPointer($0), addingIfAbsent: { Int32($0) }) }
        }
        for cue in lexicon.cues { cue.words.forEach(number) }
        for list in lists {
            for phrase in list { phrase.forEach(number) }
        }
        CueIndex.skippableWords.forEach(number)
        CueIndex.volleyNouns.forEach(number)
        CueIndex.articles.forEach(number)
        let ids = ByteTable(words)
        vocabulary = ids
        var skippable = [UInt8](repeating: 0, count: ids.count)
        for word in CueIndex.skippableWords { skippable[Int(ids[word]!)] = 1 }
        for word in CueIndex.quantityWords { skippable[Int(ids[word]!)] = 2 }
        for word in CueIndex.goingWords { skippable[Int(ids[word]!)] = 3 }
        self.skippable = skippable
        upID = ids["up"]!
        toID = ids["to"]!
        ofID = ids["of"]!
        var volleys = [Bool](repeating: false, count: ids.count)
        for word in CueIndex.volleyNouns { volleys[Int(ids[word]!)] = true }
        self.volleys = volleys
        var weapons = [Bool](repeating: false, count: ids.count)
        for word in CueIndex.weaponNouns { if let id = ids[word] { weapons[Int(id)] = true } }
        self.weapons = weapons
        var flows = [Bool](repeating: false, count: ids.count)
        for word in CueIndex.flowNouns { if let id = ids[word] { flows[Int(id)] = true } }
        self.flows = flows
        let canonicalArticle = ids[CueIndex.articles[0]]!
        let otherArticles = (ids["an"]!, ids["the"]!)
        (articleA, articleAn, articleThe) = (canonicalArticle, otherArticles.0, otherArticles.1)
        byID = ids["by"]!
        negations = PhraseSet(lexicon.negations, ids: ids)
        denials = PhraseSet(lexicon.denials, ids: ids)
        irrealis = PhraseSet(lexicon.irrealis, ids: ids)
        intentions = PhraseSet(lexicon.intentions, ids: ids)
        worsening = PhraseSet(lexicon.worsening, ids: ids)
        refusing = PhraseSet(lexicon.refusing, ids: ids)
        worsened = PhraseSet(lexicon.worsened, ids: ids)
        warming = PhraseSet(lexicon.warming, ids: ids)
        easing = PhraseSet(lexicon.easing, ids: ids)
        ending = PhraseSet(lexicon.ending, ids: ids)
        possibility = PhraseSet(lexicon.possibility, ids: ids)
        planned = PhraseSet(lexicon.planned, ids: ids)
        figurative = PhraseSet(lexicon.figurative, ids: ids)
        onsets = PhraseSet(lexicon.onsets, ids: ids)
        deferred = PhraseSet(lexicon.deferred, ids: ids)
        // A handful of phrases: compared with each cue's words, where a set of word lists hashed them all.
        isToneless = lexicon.cues.map { cue in lexicon.toneless.contains { $0 == cue.words } }
        hedges = PhraseSet(lexicon.hedges, ids: ids)
        var edges = TrieEdgesBuilder(expectedCount: 2 * lexicon.cues.count)
        var nodeCues: [Int32] = [-1]
        var participleCues: [Int32: Int] = [:]
        var nounTwins: [Int: Int] = [:]
        var pairCues: [Int32: Int] = [:]
        var frameCues: [Int32: [(cue: Int, words: [Int32])]] = [:]
        for (index, cue) in lexicon.cues.enumerated() {
            // A frame holds its object inside ("hold * responsible"): `frameMatch` reads it word by word.
            if cue.form == .frame {
                let words = cue.words.map { $0 == CueLexicon.objectSlot ? CueIndex.slotID : ids[$0]! }
                frameCues[words[0], default: []].append((index, words))
                continue
            }
            // A pair's noun ("talks") means nothing without its hyphened actors before it, so it
            // stays out of the trie, where it would shadow nothing but match everywhere.
            if cue.form == .pair {
                if cue.words.count == 1, let id = ids[cue.words[0]], pairCues[id] == nil { pairCues[id] = index }
                continue
            }
            var node: Int32 = 0
            var lastID: Int32 = -1
            for word in cue.words {
                lastID = ids[word]!
                if lastID == otherArticles.0 || lastID == otherArticles.1 { lastID = canonicalArticle }
                let (child, added) = edges.child(node, lastID, orAdd: Int32(nodeCues.count))
                if added { nodeCues.append(-1) }
                node = child
            }
            // The first entry for a phrase wins, so the bundled file cannot be silently redefined;
            // a noun spelled like a verb that came first is that verb's twin (`nounTwin(of:)`).
            let owner = nodeCues[Int(node)]
            if owner < 0 {
                nodeCues[Int(node)] = Int32(index)
            } else if cue.form == .noun, lexicon.cues[Int(owner)].form == .verb, nounTwins[Int(owner)] == nil {
                nounTwins[Int(owner)] = index
            }
            if cue.form == .participle, cue.words.count == 1, participleCues[lastID] == nil { participleCues[lastID] = index }
        }
        var rootChildren = [Int32](repeating: -1, count: ids.count)
        edges.forEachEdge { node, word, child in
            if node == 0 { rootChildren[Int(word)] = child }
        }
        self.rootChildren = rootChildren
        self.edges = TrieEdges(edges)
        self.nodeCues = nodeCues
        self.participleCues = participleCues
        self.pairCues = pairCues
        self.frameCues = frameCues
        // Asked at most words of every coded sentence: an array answers the common "no" without hashing.
        var hasPairOrFrame = [UInt8](repeating: 0, count: ids.count)
        for id in pairCues.keys { hasPairOrFrame[Int(id)] |= 1 }
        for id in frameCues.keys { hasPairOrFrame[Int(id)] |= 2 }
        self.hasPairOrFrame = hasPairOrFrame
        // (what is withdrawn from is the target, not a source: "the withdrawal of its troops from Kherson")
        sourceAfter = lexicon.cues.map { $0.form != .verb && $0.words.last == "from" && $0.kind != .yield && $0.kind != .reduceRelations }
        self.nounTwins = nounTwins
        cueTexts = lexicon.cues.map { PhraseSet.text(of: $0.words) }
    }

    /// The noun cue spelled as verb cue `cue` ("call for", "trade with", "talks with"), if any.
    func nounTwin(of cue: Int) -> Int? { nounTwins.isEmpty ? nil : nounTwins[cue] }

    /// Words of when, how and how many that may stand inside a verb's phrase, between its verb and
    /// the rest: "met on Tuesday with", "reached out via phone to", "exchanged 1,000 prisoners"
    /// (`numberWord` stands for every word that starts with a digit, `SentenceView.read`).
    static let skippableWords = [
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "overnight", "morning", "afternoon", "evening", "night", "late", "early", "earlier", "later", "by", "via", "phone",
        "telephone", "separately", "directly", "privately", "briefly", "again", "also", "first", "last", "week", numberWord,
        // "banned all imports from Lebanon"
        "all",
        // "shut its entire border with", "agreed to restore their diplomatic ties" (a cue that holds a
        // possessive, "close its border with", reads it as its own word first)
        "entire", "their", "its", "official", "formal",
        "more", "than", "about", "nearly", "some", "hundreds", "dozens", "scores", "thousands", "of",
        // what kind of talks or arms: "held direct talks", "fired ballistic missiles at", "held peace talks"
        "direct", "indirect", "bilateral", "ballistic", "cruise", "hypersonic", "guided", "peace", "nuclear", "fresh", "further",
        // "signed historic pacts", "signed landmark agreements"
        "historic", "landmark",
        // how many arms: "fired barrages of missiles at", "launched seven missiles and 472 drones at"
        "barrage", "barrages", "salvo", "salvos", "volley", "volleys", "swarm", "swarms", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "several", "dozen",
        // "fighting broke out in April 2023 between", "met this month with"
        "in", "this", "month", "year", "weekend", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
        // "fired rockets and mortars at", "launched Shahed drones at" (`weaponNouns`)
        "and", "rockets", "missiles", "drones", "mortars", "shells", "bombs", "artillery",
        // how much: "tariffs of up to 25 percent on" (`quantityWords`)
        "up", "percent", "per", "cent",
        // who goes: "pulled its last troops out of", "withdrew its forces from" (`goingWords`)
        "troops", "forces", "soldiers", "personnel",
        // how long: "held six hours of talks with", "held two rounds of talks with"
        "hours", "days", "rounds",
    ]

    /// Words of a quantity that do not count toward the words a cue's phrase may skip, so that "tariffs
    /// of up to 25 percent on" skips as much as "tariffs of 25% on"; "to" counts among them after "up".
    static let quantityWords = ["up", "percent", "per", "cent"]

    /// Words of who goes: past one of them a noun's phrase does not go on to the "from" of its source
    /// ("withdrew its forces from" and "the deployment of troops to" do, but "training troops from
    /// Ukraine" is no training from Ukraine).
    static let goingWords = ["troops", "forces", "soldiers", "personnel"]
    /// Per cue, whether it is a noun's whose source follows its last word, "from" ("support from"; not
    /// "withdrawal from", whose "from" names what is left).
    private let sourceAfter: [Bool]

    /// Weapons a name may stand before inside a verb's phrase: "launched Shahed drones at", "fired
    /// Kinzhal missiles into" (a capitalised word no cue knows, right before one of these, is skipped).
    static let weaponNouns = ["rockets", "missiles", "drones", "mortars", "shells", "bombs", "rocket", "missile", "drone"]

    /// The vocabulary's word for any word that starts with a digit ("1,000", "200"): no word of text
    /// is spelled so, as the tokenizer never puts "#" in a word.
    static let numberWord = "#"

    /// Per word id, 1 when the word is one of `skippableWords`, 2 when it is also one of
    /// `quantityWords`, 3 when one of `goingWords`.
    private let skippable: [UInt8]
    private let upID: Int32, toID: Int32, ofID: Int32
    /// Nouns of arms fired together, or of a share, which with their article and "of" stand for what
    /// they hold inside a verb's phrase: "fired a volley of rockets into" reads as "fired rockets
    /// into", "withdraw the last of its troops from" as "withdraw its troops from".
    static let volleyNouns = ["barrage", "barrages", "volley", "volleys", "salvo", "salvos", "wave", "waves", "swarm", "swarms", "hail",
                              "last", "rest", "bulk", "remainder", "remnants",
                              // and of a count told by a noun: "signed a series of agreements with", "fired a number of missiles at"
                              "series", "number", "string", "spate", "flurry", "raft", "host", "set", "couple", "pair", "handful",
                              // and of forces told by their unit: "withdrew a division of troops from Mongolia"
                              "division", "divisions", "brigade", "brigades", "battalion", "battalions", "regiment", "regiments",
                              "contingent", "detachment"]
    /// Per word id, whether the word is one of `volleyNouns`.
    private let volleys: [Bool]
    /// Per word id, whether the word is one of `weaponNouns`.
    private let weapons: [Bool]

    /// Flows of goods, which one plain word naming the goods may stand before inside a cue's phrase:
    /// "halted gas deliveries to", "suspended grain exports to" (cues "halt deliveries", "suspend exports").
    static let flowNouns = ["exports", "imports", "shipments", "deliveries", "supplies", "sales"]
    /// Per word id, whether the word is one of `flowNouns`.
    private let flows: [Bool]

    /// The articles, which stand for one another in a cue ("signed the agreement" is "sign an
    /// agreement"), and after which a cue's noun may follow its modifiers ("agreed to a full and
    /// immediate ceasefire", "signed the long-awaited US-brokered peace agreement").
    static let articles = ["a", "an", "the"]  // the first stands for all three in the trie
    private let articleA: Int32, articleAn: Int32, articleThe: Int32
    /// "by", which may split a noun cue from the rest of it (`splitMatch`).
    let byID: Int32
    @inline(__always)
    private func isArticle(_ id: Int32) -> Bool { id == articleA || id == articleAn || id == articleThe }
    /// How many modifiers may stand between an article and the rest of a cue.
    static let modifierGap = 5

    /// The trie node after `node` for word `id`; the trie holds every article as the first.
    @inline(__always)
    private func child(_ node: Int32, _ id: Int32) -> Int32? {
        let word = isArticle(id) ? articleA : id
        guard node == 0 else { return edges.child(node, word) }
        let child = rootChildren[Int(word)]
        return child < 0 ? nil : child
    }

    /// Whether a cue starts with the word whose id is `id` (-1 for a word no cue uses).
    @inline(__always)
    func startsCue(_ id: Int32) -> Bool { id >= 0 && child(0, id) != nil }

    /// Whether the word at `position`, one no cue knows, is a weapon's name: capitalised, no actor's,
    /// right before a noun of `weaponNouns` ("Shahed drones").
    private func namesWeapon(at position: Int, in view: SentenceView, words: UnsafeBufferPointer<Int32>) -> Bool {
        guard position + 1 < words.count, words[position + 1] >= 0, weapons[Int(words[position + 1])] else { return false }
        return !view.isLowerCaseWord(position) && view.mention(at: position) == nil
    }

    /// The participle cue spelled as word id `word` ("backed"), if any.
    func participleCue(_ word: Int32) -> Int? { word >= 0 ? participleCues[word] : nil }

    /// The frame whose words stand at `start` around an actor ("held Washington fully responsible",
    /// "declared Mexico's ambassador persona non grata"): its last word, the cue, and the actor in its
    /// slot. Before the actor, at most an article; after it, up to two words of the people it sends
    /// (`SentenceWords.visitorNouns`), of its body ("held the Sudanese government responsible",
    /// `SentenceWords.groupNouns`), its parts, arms and carriers ("denying its airlines access"), its
    /// envoys ("ordered the French ambassador out", `SentenceWords.postedEnvoys`) or adverbs in -ly
    /// may stand before the frame goes on; after its possessive, what it did ("called Iraq's order
    /// unacceptable").
    @inline(__always)
    func frameMatch(in view: SentenceView, at start: Int) -> (end: Int, cue: Int, object: Int)? {
        // Asked at most words: the answer is almost always no, given here without a call.
        guard view.ids[start] >= 0, hasPairOrFrame[Int(view.ids[start])] & 2 != 0 else { return nil }
        return frameMatch(startingWith: view.ids[start], in: view, at: start)
    }

    private func frameMatch(startingWith word: Int32, in view: SentenceView, at start: Int) -> (end: Int, cue: Int, object: Int)? {
        guard let candidates = frameCues[word] else { return nil }
        for (cue, words) in candidates {
            var position = start + 1
            var slot = 1
            while slot < words.count, words[slot] != CueIndex.slotID {
                guard position < view.wordCount, sameWord(view.ids[position], words[slot]) else { break }
                position += 1
                slot += 1
            }
            guard slot < words.count, words[slot] == CueIndex.slotID, position < view.wordCount, !view.commaAfter(position - 1) else { continue }
            // (an article first is read past: `mentionStarting`)
            guard let object = view.mentionStarting(at: position) else { continue }
            position = view.mentions[object].end + 1
            // ("called Iraq's order unacceptable", "called Israel's strike a provocation": what the actor did, after its possessive)
            // (or its people's name: "described the Russian incursion as an act of aggression", "called the Israeli
            // bombing a violation"; "called the Syrian strikes an act of aggression by the West" is read so too)
            let possessed = view.possessiveAfter(view.mentions[object].end)
            let doer = possessed || view.form(of: object) == .demonym
            // (not the frame's own next word: "closed the Libyan embassy" ends "close * embassy")
            let next = slot + 1 < words.count ? words[slot + 1] : -1
            // ("ordered Iranian diplomats and embassy staff to leave": the people of a list of its parts)
            while position < view.wordCount, position - view.mentions[object].end <= 2
                    || position - view.mentions[object].end <= 4 && view.word(position, isIn: SentenceWords.partNouns),
                  view.ids[position] != next || next < 0,
                  doer && (view.word(position, isIn: SentenceWords.conductNouns) || view.word(position, isIn: SentenceWords.attackNouns)
                           || view.word(position, is: "incursion") || view.word(position, is: "invasion"))
                  || possessed && view.word(position, is: "order")
                  || view.word(position, isIn: SentenceWords.visitorNouns) || view.word(position, isIn: SentenceWords.groupNouns)
                  || view.word(position, isIn: SentenceWords.partNouns) || view.word(position, isIn: SentenceWords.armedMeans)
                  || view.word(position, isIn: SentenceWords.carriers) || view.word(position, isIn: SentenceWords.postedEnvoys)
                  || view.word(position, endsWith: "ly")
                  || view.word(position, is: "and") && position > view.mentions[object].end + 1 && view.word(position + 1, isIn: SentenceWords.partNouns)
            {
                position += 1
            }
            // "declared Mexico's ambassador to Lima persona non grata": past the post the envoy holds.
            if position > view.mentions[object].end + 1, view.word(position, is: "to") || view.word(position, is: "in"),
               let post = view.mentionStarting(at: position + 1)
            {
                position = view.mentions[post].end + 1
            }
            slot += 1
            while slot < words.count, position < view.wordCount, !view.commaAfter(position - 1), sameWord(view.ids[position], words[slot]) {
                position += 1
                slot += 1
            }
            if slot == words.count { return (position - 1, cue, object) }
        }
        return nil
    }

    /// Whether the word whose id is `id` is the word whose id is `word`, any article standing for any other.
    private func sameWord(_ id: Int32, _ word: Int32) -> Bool {
        id >= 0 && (id == word || isArticle(id) && isArticle(word))
    }

    /// The pair cue spelled as word id `word` ("talks" in "Russia-Ukraine talks"), if any.
    @inline(__always)
    func pairCue(_ word: Int32) -> Int? { word >= 0 && hasPairOrFrame[Int(word)] & 1 != 0 ? pairCues[word] : nil }

    /// The longest cue starting at word `start` of a sentence's words that ends before word
    /// `limit`: its last word, and the cue's place in `lexicon.cues`. Asked at every word of a
    /// coded sentence, where most words start no cue, so it hands back two integers, not the cue.
    func longestMatch(in view: SentenceView, from start: Int, endingBefore limit: Int = .max) -> (end: Int, cue: Int)? {
        // Most words start no cue: told by the trie's first level alone.
        guard start < view.wordCount, startsCue(view.ids[start]) else { return nil }
        return view.ids.withUnsafeBufferPointer { longestMatch(in: view, words: $0, from: start, endingBefore: limit) }
    }

    private func longestMatch(in view: SentenceView, words: UnsafeBufferPointer<Int32>, from start: Int, endingBefore limit: Int) -> (end: Int, cue: Int)? {
        var node: Int32 = 0
        var best: (end: Int, cue: Int)? = nil
        var position = start
        var skipped = 0
        // Set after an article: how many modifiers have been passed since.
        var gap: Int? = nil
        // A modifier that is also a cue's next word ("trade" of "sign a trade deal") is tried as the
        // cue's first; if that leads nowhere, once more as a modifier ("signed a landmark trade
        // agreement"): where to go on from then. So is a word that may be skipped inside a verb's
        // phrase ("withdrew its forces from", where "its" leads on to "withdraw its ambassador from").
        var retry: (position: Int, node: Int32, gap: Int?, skipped: Int, passedGoer: Bool)? = nil
        // Whether one of `goingWords` has been skipped: after it, a noun's cue may not end in the "from"
        // that names its source ("training troops from Ukraine"), while "deployment of troops to" goes on.
        var passedGoer = false
        var retried = false
        while true {
            while position < words.count, position < limit {
                let word = words[position]
                if node != 0, gap == nil, position + 2 < words.count, position + 2 < limit, isArticle(word), words[position + 1] >= 0,
                   volleys[Int(words[position + 1])], words[position + 2] == ofID
                {
                    position += 3
                    continue
                }
                guard word >= 0, let next = child(node, word) else {
                    // "agreed to a full and immediate ceasefire": after an article, the modifiers of its noun.
                    if let passed = gap, passed < CueIndex.modifierGap, view.isNounModifier(position) {
                        gap = passed + 1
                        position += 1
                        continue
                    }
                    // "recalled the U.S. ambassador from": an actor's name may qualify it too, when the cue goes on after it.
                    if let passed = gap, passed < CueIndex.modifierGap, let found = view.mention(at: position) {
                        let after = view.mentions[found].end + 1
                        if after < words.count, after < limit, words[after] >= 0, child(node, words[after]) != nil {
                            gap = passed + 1
                            position = after
                            continue
                        }
                    }
                    // "halted gas deliveries to": one plain word naming the goods before a flow of them.
                    if node != 0, gap == nil, position + 1 < words.count, position + 1 < limit, words[position + 1] >= 0,
                       flows[Int(words[position + 1])], child(node, words[position + 1]) != nil, view.isLowerCaseWord(position),
                       !view.word(position, isIn: SentenceView.functionWords)
                    {
                        position += 1
                        continue
                    }
                    // "met on Tuesday with": past the verb, up to three words of when or how may stand
                    // before the rest of its phrase.
                    // ("up" only before "to": "called up troops on the border" asks nothing of anyone.)
                    let upTo = word == toID && position > 0 && words[position - 1] == upID
                    guard node != 0, gap == nil, skipped < 3,
                          word >= 0 ? skippable[Int(word)] != 0 || upTo : namesWeapon(at: position, in: view, words: words),
                          word != upID || position + 1 < words.count && words[position + 1] == toID,
                          best.map({ lexicon.cues[$0.cue].form == .verb }) ?? true
                    else { break }
                    if !upTo, word < 0 || skippable[Int(word)] != 2 { skipped += 1 }
                    if word >= 0, skippable[Int(word)] == 3 { passedGoer = true }
                    position += 1
                    continue
                }
                if !retried, retry == nil {
                    if let passed = gap, passed < CueIndex.modifierGap, view.isNounModifier(position) {
                        retry = (position + 1, node, passed + 1, skipped, passedGoer)
                    } else if node != 0, gap == nil, skipped < 3, skippable[Int(word)] != 0, best.map({ lexicon.cues[$0.cue].form == .verb }) ?? true {
                        retry = (position + 1, node, nil, skippable[Int(word)] == 2 ? skipped : skipped + 1,
                                 passedGoer || skippable[Int(word)] == 3)
                    }
                }
                node = next
                // up to three words may be skipped between each two of a cue's words: "launched more
                // than 300 drones and missiles at"
                skipped = 0
                gap = isArticle(word) ? 0 : nil
                let cue = nodeCues[Int(next)]
                if cue >= 0, !passedGoer || lexicon.cues[Int(cue)].form == .verb || !sourceAfter[Int(cue)] { best = (position, Int(cue)) }
                position += 1
            }
            guard !retried, let again = retry, best.map({ $0.end < again.position }) ?? true else { return best }
            (position, node, gap, skipped, passedGoer) = (again.position, again.node, again.gap, again.skipped, again.passedGoer)
            retried = true
        }
    }

    /// A noun cue split by its agent: "airstrikes by Israel on Lebanon", "criticism by Russia of
    /// Israel" (the agent may be a short list: "strikes by the US and Britain on Yemen"), also after
    /// a participle of doing ("airstrikes carried out by the coalition against the Houthis"). Its
    /// last word (the preposition after the agent), the cue, and the agent's first mention.
    func splitMatch(in view: SentenceView, at position: Int) -> (end: Int, cue: Int, agent: Int)? {
        let ids = view.ids
        guard let by = agentsBy(after: position, in: view), by + 2 < view.wordCount, ids[position] >= 0,
              let node = child(0, ids[position])
        else { return nil }
        // "by the US": `mentionStarting` passes over an article.
        guard let agent = view.mentionStarting(at: by + 1) else { return nil }
        var after = view.mentions[agent].end + 1
        // "by Pakistani aircraft on", "by Israeli forces on": the arms or body a people's name stands before.
        if after < view.wordCount, view.word(after, isIn: SentenceWords.armedMeans) || view.word(after, isIn: SentenceWords.groupNouns) {
            after += 1
        }
        // "by the US and Britain on": up to two more actors joined by "and"
        var joined = 0
        while joined < 2, view.word(after, is: "and"), let next = view.mentionStarting(at: after + 1) {
            after = view.mentions[next].end + 1
            joined += 1
        }
        guard after < view.wordCount, ids[after] >= 0, let next = child(node, ids[after]) else { return nil }
        let cue = nodeCues[Int(next)]
        guard cue >= 0, lexicon.cues[Int(cue)].form == .noun else { return nil }
        return (after, Int(cue), agent)
    }

    /// The "by" that names the agent of the noun at `noun`: right after it, or after a participle
    /// of doing ("carried out by", "conducted by", "launched by").
    func agentsBy(after noun: Int, in view: SentenceView) -> Int? {
        var by = noun + 1
        guard by < view.wordCount else { return nil }
        // Most words are followed by neither: one comparison of word ids settles "by".
        if view.ids[by] == byID { return !view.commaAfter(noun) ? by : nil }
        if view.word(by, is: "carried"), view.word(by + 1, is: "out") {
            by += 2
        } else if view.word(by, isIn: SentenceWords.conductParticiples) {
            by += 1
        }
        return by < view.wordCount && view.ids[by] == byID && !view.commaAfter(by - 1) ? by : nil
    }

    /// The words of cue `index` as one phrase, as relations cite it.
    func cueText(_ index: Int) -> String { cueTexts[index] }
}

/// Word phrases (`fell short of`, `according to`) found by their last word: one array read per word
/// of the window searched, however many phrases there are.
struct PhraseSet: Sendable {
    /// Each phrase as word ids, and as text.
    private let phrases: [[Int32]]
    private let texts: [String]
    /// Per word id, the phrases that end with that word, in list order.
    private let byLastWord: [[Int32]]
    /// Per word id, whether a phrase ends with that word: one read per word for a caller that
    /// walks a whole sentence (`EventCoder.hedge`), where most words end none.
    private let endsAPhrase: [Bool]

    init(_ phrases: [[String]], ids: ByteTable<Int32>) {
        self.phrases = phrases.map { $0.map { ids[$0]! } }
        texts = phrases.map(PhraseSet.text)
        var byLastWord = [[Int32]](repeating: [], count: ids.count)
        for (index, phrase) in self.phrases.enumerated() {
            if let last = phrase.last { byLastWord[Int(last)].append(Int32(index)) }
        }
        self.byLastWord = byLastWord
        endsAPhrase = byLastWord.map { !$0.isEmpty }
    }

    /// A phrase's words joined by spaces, as relations cite it: a one-word phrase is its word
    /// (most cues), where `joined(separator:)` made a new string of every phrase.
    static func text(of words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        var text = ""
        text.reserveCapacity(words.reduce(words.count - 1) { $0 + $1.utf8.count })
        for (position, word) in words.enumerated() {
            if position > 0 { text += " " }
            text += word
        }
        return text
    }

    /// Whether some phrase ends with the word whose id is `word` (-1 for a word no cue uses).
    @inline(__always)
    func mayEnd(with word: Int32) -> Bool {
        word >= 0 && endsAPhrase[Int(word)]
    }

    /// The first of `words` that may end a phrase, or `words.count`: one read per word.
    func firstPossibleEnd(in words: [Int32]) -> Int {
        endsAPhrase.withUnsafeBufferPointer { ends in
            words.withUnsafeBufferPointer { words in
                for (position, word) in words.enumerated() where word >= 0 && ends[Int(word)] { return position }
                return words.count
            }
        }
    }

    /// The phrase that ends before `index` with at most `window` words between it and `index`
    /// (the first in list order when several do).
    func phrase(before index: Int, within window: Int, in words: [Int32]) -> String? {
        first(endingIn: max(0, index - window - 1)..<index, startingFrom: 0, in: words)
    }

    /// Where the nearest phrase ending among the `window` words before `index` ends, if one does.
    func nearestEnd(before index: Int, within window: Int, in words: [Int32]) -> Int? {
        var last = min(index, words.count) - 1
        while last >= max(0, index - window) {
            if words[last] >= 0, endsAPhrase[Int(words[last])], first(endingIn: last..<(last + 1), startingFrom: 0, in: words) != nil { return last }
            last -= 1
        }
        return nil
    }

    /// Whether a phrase ends at word `index` ("lifted", "roll back").
    func ends(at index: Int, in words: [Int32]) -> Bool {
        index >= 0 && index < words.count && mayEnd(with: words[index]) && phrase(before: index + 1, within: 0, in: words) != nil
    }

    /// Whether a phrase lies wholly inside `words[range]`.
    func occurs(in range: Range<Int>, of words: [Int32]) -> Bool {
        first(endingIn: range, startingFrom: range.lowerBound, in: words) != nil
    }

    /// The first phrase, in list order, whose last word lies in `ends` and whose first word is at or after `lowerBound`.
    private func first(endingIn ends: Range<Int>, startingFrom lowerBound: Int, in words: [Int32]) -> String? {
        var best = Int32.max
        for last in ends.clamped(to: 0..<words.count) where words[last] >= 0 {
            for candidate in byLastWord[Int(words[last])] where candidate < best {
                let phrase = phrases[Int(candidate)]
                let start = last - phrase.count + 1
                if start >= lowerBound, words[start...last].elementsEqual(phrase) { best = candidate }
            }
        }
        return best == .max ? nil : texts[Int(best)]
    }
}
