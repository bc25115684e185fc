import ChronicleModel

/// Light coreference: `the country`, `the group`, `the militant group`, `the Palestinian movement`,
/// `its`, `their` point back to the most recent fitting actor in the same or the previous sentence.
enum Coreference {
    static let groupAdjectives: ByteTable<Bool> = [
        "militant", "islamist", "palestinian", "lebanese", "yemeni", "armed", "shiite", "shia", "sunni", "jihadist",
        "terrorist", "extremist", "rebel", "radical", "iran-backed", "political",
    ]
    static let groupNouns: ByteTable<Bool> = ["group", "movement", "militia", "organization", "organisation", "faction"]
    static let countryNouns: ByteTable<Bool> = ["country", "nation"]
    /// Function words that open a sentence capitalised and never belong to a person's name: "Both
    /// Israel and Egypt", "Neither Jordan nor".
    static let sentenceStarters: ByteTable<Bool> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "when", "while", "both", "neither", "either", "nor", "or",
        "if", "for", "with", "by", "from", "to", "since", "before", "despite", "unlike", "like", "meanwhile", "yet", "so", "then",
        "although", "though", "once", "under", "during", "amid", "following", "until", "did", "does", "do", "will", "can", "is",
        "are", "was", "were", "has", "have", "had", "why", "how", "what", "where", "that", "this", "these", "those", "not",
        "only", "even", "also", "all", "each", "every", "many", "some", "most", "no", "between", "against", "over", "among",
        "without", "within", "instead", "whether", "because", "would", "could", "should", "may", "might", "must",
    ]

    /// The words that open a phrase pointing back. All are ASCII, and no other word lowers to one
    /// of them, so a word's bytes lowered as ASCII decide, without building a string per word.
    enum Opener { case its, their, it, the, that, person }
    /// Verbs of accusing and blaming, whose "it" before "of" or "for" is the one accused.
    static let accusingVerbs = ByteTable<Bool>(words: ["accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming"])
    static let openerWords: [(String, Opener)] = [
        ("its", .its), ("their", .their), ("it", .it), ("the", .the), ("that", .that), ("he", .person), ("she", .person),
    ]
    private static let openers: ByteTable<Opener> = ByteTable(strings: openerWords)

    /// False for a word that is no opener by its length and first letter: the openers are two,
    /// three or five bytes long and start with i, t, h or s, or four long and spelled t, h, ?, t
    /// ("that") (a test holds this to `openerWords`). Every
    /// word of every sentence is asked, and most are turned away here, before the table's own
    /// test. Written as constants: the same test read from a `FirstByteLengths` of the openers
    /// cost 16 more instructions a word.
    @inline(__always)
    static func mayOpen(_ range: Range<Int>, in text: [UInt8]) -> Bool {
        let lengths: UInt = 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5
        guard range.count <= 5, lengths & (1 << UInt(range.count)) != 0 else { return false }
        let first = text[range.lowerBound] | 0x20
        // ("that" alone of four letters: t, h and t again, so that "this", "they", "then" are turned away here)
        if range.count == 4 {
            return first == UInt8(ascii: "t") && text[range.lowerBound + 1] | 0x20 == UInt8(ascii: "h")
                && text[range.lowerBound + 3] | 0x20 == UInt8(ascii: "t")
        }
        return first == UInt8(ascii: "i") || first == UInt8(ascii: "t") || first == UInt8(ascii: "h") || first == UInt8(ascii: "s")
    }

    static func resolve(
        _ mentions: [ActorMention], tokens: [Token], text: [UInt8], sentence: Int, previous: [ActorMention], lexicon: Lexicon
    ) -> [ActorMention] {
        var result = mentions
        var position = 0
        let openers = Coreference.openers  // fetched once, not through its lazy global's check per token
        while position < tokens.count {
            let token = tokens[position]
            guard token.kind == .word, mayOpen(token.range, in: text), let opener = openers.value(lowercasing: token.range, in: text),
                  !result.contains(where: { $0.range.overlaps(token.range) })
            else { position += 1; continue }
            var phraseEnd: Int? = nil
            var subjectPronoun = false
            var accusedPronoun = false
            // For "the <description> country", how many words describe it ("the tiny South Pacific island
            // nation": four); 0 for any other phrase.
            var describingWords = 0
            var fits: ((ActorKind) -> Bool)? = nil
            switch opener {
            case .its, .their:
                // "accusing its northern neighbour of", "its allies": another actor, whom the owner does not name.
                if Coreference.namesRelation(after: position, tokens: tokens, text: text) { position += 1; continue }
                phraseEnd = position
                fits = opener == .its ? { $0 != .population && $0 != .region } : { [.population, .armedGroup, .movement, .party, .region].contains($0) }
            case .it:
                // As the one who speaks ("it said", "it added"), or who acts: "as it called on Beijing",
                // "it has accused Israel" (a verb in the past after it, over an auxiliary or an adverb).
                if position + 1 < tokens.count, speechVerbs.value(lowercasing: tokens[position + 1].range, in: text) != nil {
                    phraseEnd = position
                    fits = { $0 != .population && $0 != .region }
                } else if Coreference.actsAfter(position, tokens: tokens, text: text)
                            || position + 1 < tokens.count && intendingWords.value(lowercasing: tokens[position + 1].range, in: text) != nil
                            && Coreference.sayer(before: position, in: result, tokens: tokens, text: text) != nil
                {
                    // or who a sayer says will act: "The US announced that it would impose tariffs" (but in "The
                    // country said it was false" "it" is the claim).
                    phraseEnd = position
                    subjectPronoun = true
                    fits = { $0 != .population && $0 != .region }
                } else if position > 0, position + 1 < tokens.count, accusingVerbs.value(lowercasing: tokens[position - 1].range, in: text) != nil,
                          equalsLowered(text[tokens[position + 1].range], "of") || equalsLowered(text[tokens[position + 1].range], "for")
                {
                    // "cut ties with the UAE, accusing it of arming the RSF": the one accused, named before.
                    phraseEnd = position
                    accusedPronoun = true
                    fits = { $0 != .population && $0 != .region }
                }
            case .that:
                // "ordered a total embargo of U.S. trade with that country": the state last named, as for
                // "the country" (the demonstrative alone, "that", opens nothing).
                guard position + 1 < tokens.count, tokens[position + 1].kind == .word,
                      countryNouns.contains(lowercasing: text[tokens[position + 1].range])
                else { position += 1; continue }
                phraseEnd = position + 1
                fits = { $0 == .state }
            case .person:
                // "Nebenzia spoke. He accused Washington": the first person named before it in this sentence,
                // else in the one before (a subject pronoun carries on the subject, not the last name); but
                // right after a person's verb of saying, that person ("In a letter to President Rafsanjani,
                // Saddam said he will release").
                let sayer = Coreference.sayer(before: position, in: result, tokens: tokens, text: text).flatMap { $0.person != nil ? $0 : nil }
                let person = sayer ?? result.first { $0.person != nil && $0.range.upperBound <= token.range.lowerBound }
                    ?? previous.first { $0.person != nil }
                if let person {
                    result.append(ActorMention(sentence: sentence, range: token.range, actor: person.actor, form: .coreference, person: person.person))
                }
                position += 1
                continue
            case .the:
                var next = position + 1
                if next < tokens.count {
                    let adjective = text[tokens[next].range]
                    let isIran = equalsLowered(adjective, "iran")
                    if isIran || groupAdjectives.contains(lowercasing: adjective) {
                        if isIran, next + 2 < tokens.count, tokens[next + 1].kind == .hyphen { next += 2 }
                        next += 1
                    }
                }
                guard next < tokens.count else { break }
                let noun = text[tokens[next].range]
                if groupNouns.contains(lowercasing: noun) {
                    phraseEnd = next
                    fits = { $0 == .armedGroup || $0 == .movement || $0 == .party }
                } else if countryNouns.contains(lowercasing: noun), next == position + 1 {
                    phraseEnd = next
                    fits = { $0 == .state }
                } else if let (end, words) = Coreference.describedCountry(after: position, tokens: tokens, text: text),
                          !result.contains(where: { $0.range.overlaps(token.range.lowerBound..<tokens[end].range.upperBound) })
                {
                    // "the Nordic country", "the war-torn nation": a state described, the nearest one that
                    // fits (chosen below).
                    phraseEnd = end
                    describingWords = words
                    fits = { $0 == .state }
                }
            }
            guard let end = phraseEnd, let fits else { position += 1; continue }
            let range = token.range.lowerBound..<tokens[end].range.upperBound
            // The antecedent: for "its"/"their", the first fitting actor of the sentence (its subject, most
            // often); otherwise the most recent fitting one before the phrase; failing both, the first
            // fitting actor of the previous sentence. Adjectival mentions ("Israeli-Palestinian") never are.
            // Nor is a place named for a people ("crimes against humanity in Gaza, and Chile and Colombia
            // recalled their ambassadors"): "their" points to those who act.
            let fitting = { (mention: ActorMention) in
                mention.form != .modifier && !(opener == .their && mention.form == .metonym)
                    && (lexicon.actors[mention.actor].map { fits($0.kind) } ?? false)
            }
            // ("U.S. trade with that country", "Carter froze that nation's assets": a demonstrative points away
            // from the actor named two or three words before it, in its own phrase)
            let near = opener == .that ? Coreference.actorJustBefore(position, in: result, tokens: tokens, text: text) : nil
            let before = result.filter { $0.range.upperBound <= range.lowerBound && $0.actor != near && fitting($0) }
                .sorted { $0.range.lowerBound < $1.range.lowerBound }
            let pronoun = opener != .the && opener != .that
            // A possessive right after its owner ("hostages Hamas took during its attack") is the owner's;
            // otherwise a pronoun points to the sentence's subject, its first actor.
            // After "over" or "for" a possessive gives a cause, which is the nearest actor's even inside a
            // phrase ("sanctions on Russia over its invasion of Ukraine"); after "after" or "following" it
            // may be either's ("suspended cooperation with the IAEA following its war with Israel").
            var antecedent: ActorMention? = nil
            var reached = false
            if describingWords > 0 {
                // "accusing the European country", "the South Asian nation retaliated": the nearest state, but
                // not one that acts on the phrase ("Pakistan accused India of attacking the Muslim-majority
                // country") nor one it acts on ("for which the Nordic country accuses Moscow").
                // Nor a people's name whose noun goes to it ("Chinese security deployments to the crisis-hit
                // Pacific island nation": the country named before is).
                let acted = Coreference.nextActor(after: end, in: mentions, tokens: tokens)
                reached = position > 0 && directionWords.value(lowercasing: tokens[position - 1].range, in: text) != nil
                // "The predominantly Moslem nation of Bangladesh", "the neighboring nation of Tajikistan": the one named after "of".
                if end + 2 < tokens.count, equalsLowered(text[tokens[end + 1].range], "of"),
                   let named = mentions.first(where: { $0.range.lowerBound == tokens[end + 2].range.lowerBound }), fitting(named)
                {
                    antecedent = named
                } else {
                    antecedent = before.last { candidate in
                    candidate.actor != acted && !Coreference.actsOn(candidate, before: position, tokens: tokens, text: text)
                        && !(reached && candidate.form == .demonym)
                    }
                }
            } else if opener == .it, let sayer = Coreference.sayer(before: position, in: before, tokens: tokens, text: text) {
                // "with Israel's military saying it had targeted members of Hezbollah": the one saying it.
                antecedent = sayer
            } else if accusedPronoun {
                // the last actor named before it other than the accuser, the sentence's subject (a name
                // that only qualifies a noun after "a" is none: "home to a major US military base, accusing it")
                antecedent = before.last { $0.actor != before.first?.actor && !Coreference.qualifiesIndefiniteNoun($0, tokens: tokens, text: text) }
            } else if subjectPronoun {
                // A pronoun subject stands for the sentence's subject ("The United States said China's
                // actions were unwarranted as it called on Beijing"), else the previous sentence's.
                antecedent = before.first
            } else if opener == .its, position > 0, clauseJoiners.value(lowercasing: tokens[position - 1].range, in: text) != nil,
                      position + 2 < tokens.count,
                      Coreference.actsAfter(position + 1, tokens: tokens, text: text) || Coreference.actsAfter(position + 2, tokens: tokens, text: text),
                      let subject = before.first
            {
                // "Iran attacked Israel with missiles and its proxies attacked US bases", "The US said the
                // Houthis attacked a US warship, and its jets then struck Yemen": opening a clause (a verb in
                // the past follows its noun; in "threatened Saudi Arabia and its vast oil reserves" none
                // does), "its" is the sentence's subject, its first actor. After "X said Y did ..." it is
                // most often X who goes on, though not always ("The EU said Russia attacked Ukraine, and its
                // drones struck Moldova"): without meaning, the first actor is the better guess.
                antecedent = subject
            } else if opener == .its, position > 0, equalsLowered(text[tokens[position - 1].range], "and"),
                      let owner = before.first(where: { Coreference.ownsNoun($0, tokens: tokens) }),
                      !text[owner.range.upperBound..<range.lowerBound].contains(UInt8(ascii: ","))
            {
                // "Rwanda's persistent aggression against the DRC and its support for the M23": a second
                // noun joined to a possessed one has the same owner.
                antecedent = owner
            } else if opener == .its, let last = before.last, Coreference.isStruck(position, by: last, tokens: tokens, text: text),
                      let other = before.first(where: { $0.actor != last.actor && !isPrepositionalObject($0, tokens: tokens, text: text) })
                        ?? before.last(where: { $0.actor != last.actor })
                        ?? previous.first(where: { fitting($0) && $0.actor != last.actor })
            {
                // "Iran said Israel attacked its nuclear sites", "accused Israel of attacks on its
                // territory": what an actor strikes is another's, the sentence's subject if it has one
                // ("Iran launched attacks on US bases in Qatar in retaliation for American airstrikes on
                // its nuclear facilities"), else the one nearest before it.
                antecedent = other
            } else if opener == .its, let last = before.last, case let verb = Coreference.verbBeforeShare(of: position, tokens: tokens, text: text),
                      verb >= 2, equalsLowered(text[tokens[verb - 1].range], "to"),
                      Coreference.ownsDecision(last, before: verb - 1, tokens: tokens, text: text)
            {
                // "concerned by Russia's decision to suspend its participation": the owner of the decision
                // whose infinitive "its" follows, past an aside and a share ("Washington's decision, announced
                // this month, to lift most of its sanctions"); not "China's drills around its territory", nor
                // "China's exercises to encircle its shores", where it is the island.
                antecedent = last
            } else if pronoun, let last = before.last, range.lowerBound - last.range.upperBound < 40,
               !text[last.range.upperBound..<range.lowerBound].contains(UInt8(ascii: ","))
                || Coreference.describes(last, upTo: position, tokens: tokens, text: text),
               !isPrepositionalObject(Coreference.named(last, in: before, text: text), tokens: tokens, text: text)
                || position > 0 && causePrepositions.value(lowercasing: tokens[position - 1].range, in: text) != nil
                || Coreference.namesOwnWar(position, helped: last, tokens: tokens, text: text)
                || Coreference.isPossessor(last, before: position, tokens: tokens) && Coreference.ownsWar(position, tokens: tokens, text: text)
            {
                antecedent = last
            } else {
                antecedent = pronoun ? before.first : before.last
            }
            // A country described at length ("The landlocked West African nation") is most often one the
            // sentence before acted on, not its subject: it is resolved within its own sentence only.
            let describedAtLength = describingWords > 2
            let fallback = describedAtLength ? nil : previous.first(where: { fitting($0) && !(reached && $0.form == .demonym) })
            if let antecedent = antecedent ?? fallback {
                result.append(ActorMention(sentence: sentence, range: range, actor: antecedent.actor, form: .coreference, person: nil))
                // A lexicon name inside the phrase ("the Palestinian movement") is the phrase's, not a new actor.
                result.removeAll { $0.form != .coreference && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }
            }
            position = end + 1
        }
        // Most sentences have no such phrase, and their mentions come in order: no sorted copy then.
        // (Checked by index: zipping the list with itself copied every mention twice, retaining its strings.)
        if result.indices.dropFirst().allSatisfy({ !(result[$0].range.lowerBound < result[$0 - 1].range.lowerBound) }) { return result }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a relation ("neighbour", "ally", "rival") follows the possessive at `position`, over up to
    /// two lower-case words: "its northern neighbour", "their closest allies" name another actor.
    static func namesRelation(after position: Int, tokens: [Token], text: [UInt8]) -> Bool {
        var next = position + 1
        while next < tokens.count, next - position <= 3, tokens[next].kind == .word || tokens[next].kind == .hyphen {
            let word = tokens[next].range
            if tokens[next].kind == .word {
                if tiedActorNouns.value(lowercasing: word, in: text) != nil { return true }
                if isUpper(text[word.lowerBound]) { return false }
            }
            next += 1
        }
        return false
    }

    /// Whether a verb in the past follows the word at `position`, over up to two auxiliaries and
    /// adverbs: "it called", "it has accused", "it also struck". Verbs of seeming do not count.
    static func actsAfter(_ position: Int, tokens: [Token], text: [UInt8]) -> Bool {
        var next = position + 1
        while next < tokens.count, next - position <= 3 {
            guard tokens[next].kind == .word else { return false }
            let range = tokens[next].range
            if auxiliaries.value(lowercasing: range, in: text) != nil || range.count > 4 && text[range.upperBound - 1] == UInt8(ascii: "y")
                && text[range.upperBound - 2] == UInt8(ascii: "l")
            {
                next += 1
                continue
            }
            if pastActs.value(lowercasing: range, in: text) != nil { return true }
            let word = text[range]
            guard word.count >= 5, word.last == UInt8(ascii: "d"), word[word.index(before: word.endIndex) - 1] == UInt8(ascii: "e"),
                  word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            else { return false }
            return notActs.value(lowercasing: range, in: text) == nil
        }
        return false
    }

    /// "in its war with", "in their fight against", "in response to its ongoing war on": the war's
    /// owner is the one helped, even inside a prepositional phrase ("Cuba's support for Russia in its
    /// conflict with Ukraine", "supplied drones to Russia for use in its war"), or the one answered
    /// ("sanctions against Russia in response to its war on Ukraine"); whoever helps or answers wages
    /// no war there. Those struck or asked are not helped: in "airstrikes on Lebanon in its war
    /// against Hezbollah" and "help from Iran in its war" the war is the subject's.
    static func namesOwnWar(_ position: Int, helped: ActorMention, tokens: [Token], text: [UInt8]) -> Bool {
        guard position > 0 else { return false }
        let before = text[tokens[position - 1].range]
        let answering = position > 1 && equalsLowered(before, "to") && answerNouns.value(lowercasing: tokens[position - 2].range, in: text) != nil
        guard equalsLowered(before, "in") || answering else { return false }
        if !answering {
            // The word before the helped actor, over "the": "support for (the) Russia", "drones to Russia".
            guard var index = tokens.lastIndex(where: { $0.range.upperBound <= helped.range.lowerBound }) else { return false }
            if equalsLowered(text[tokens[index].range], "the"), index > 0 { index -= 1 }
            guard helpedMarkers.value(lowercasing: tokens[index].range, in: text) != nil else { return false }
        }
        return ownsWar(position, tokens: tokens, text: text)
    }

    /// Whether a war follows the possessive at `position`, over up to two words that qualify it:
    /// "its war", "its ongoing war", "its full-scale invasion".
    static func ownsWar(_ position: Int, tokens: [Token], text: [UInt8]) -> Bool {
        var next = position + 1
        while next < tokens.count, next - position <= 4 {
            if tokens[next].kind == .word, warNouns.value(lowercasing: tokens[next].range, in: text) != nil { return true }
            guard tokens[next].kind == .word && phraseWords.value(lowercasing: tokens[next].range, in: text) == nil
                    || tokens[next].kind == .hyphen
            else { return false }
            next += 1
        }
        return false
    }

    /// Whether the possessive at `position` is what `striker`, a few words before, strikes: after a
    /// verb of attack ("Israel attacked its", "Russia has repeatedly hit its", "shot down its") or a
    /// noun of attack and its preposition ("attacks on its", "fired rockets at its"). What one
    /// strikes of one's own is one's own: "attacked its own people".
    static func isStruck(_ position: Int, by striker: ActorMention, tokens: [Token], text: [UInt8]) -> Bool {
        guard position > 1, position + 1 < tokens.count, tokens[position - 1].kind == .word,
              ownRelations.value(lowercasing: tokens[position + 1].range, in: text) == nil
        else { return false }
        var verb = position - 1
        if strikingVerbs.value(lowercasing: tokens[verb].range, in: text) == nil {
            let particle = tokens[verb].range
            verb -= 1
            // A noun quoted before its particle: "launched a \"direct invasion\" of its territory".
            if verb > 0, Tokenizer.isQuotationMark(tokens[verb], in: text) { verb -= 1 }
            guard tokens[verb].kind == .word else { return false }
            if equalsLowered(text[particle], "down") {
                guard downingVerbs.value(lowercasing: tokens[verb].range, in: text) != nil else { return false }
            } else if equalsLowered(text[particle], "of") {
                guard violationNouns.value(lowercasing: tokens[verb].range, in: text) != nil else { return false }
            } else {
                guard attackPrepositions.value(lowercasing: particle, in: text) != nil,
                      attackNouns.value(lowercasing: tokens[verb].range, in: text) != nil
                else { return false }
            }
        }
        // The striker names the verb's subject or the noun's agent, at most three words before it:
        // "Israel attacked", "Israel has repeatedly attacked", "Israel of attacks", "Israel's strikes".
        // Or through a relative clause about it: "Hezbollah, which has fired rockets at its towns".
        var between = 0
        var index = verb - 1
        while index >= 0, tokens[index].range.lowerBound >= striker.range.upperBound {
            let comma = isComma(index, tokens: tokens, text: text)
                && index + 1 < verb && relativePronouns.value(lowercasing: tokens[index + 1].range, in: text) != nil
            if Tokenizer.isQuotationMark(tokens[index], in: text) {
                index -= 1
                continue
            }
            guard tokens[index].kind == .word || tokens[index].kind == .possessive || comma else { return false }
            between += 1
            index -= 1
        }
        return between <= 4 && index >= 0 && tokens[index].range.upperBound == striker.range.upperBound
    }

    /// The last token of "the <description> country" starting at the "the" at `position`, and how many
    /// words describe it: one to four, hyphens between them allowed ("the Nordic country", "the
    /// war-torn nation", "the Gulf kingdom", "the tiny South Pacific island nation"), or nil. Words that count or compare ("the other
    /// country", "the same nation") make no description.
    static func describedCountry(after position: Int, tokens: [Token], text: [UInt8]) -> (end: Int, words: Int)? {
        // Every "the" of the text comes here: the noun is looked for first, by its length and first
        // letter ("nation", "country", "kingdom"), before any word is looked up.
        var noun = -1
        var index = position + 2
        let last = min(position + 6, tokens.count - 1)
        while index <= last {
            let range = tokens[index].range
            if range.count == 6 || range.count == 7 {
                let first = text[range.lowerBound] | 0x20
                if first == UInt8(ascii: "n") || first == UInt8(ascii: "c") || first == UInt8(ascii: "k"), tokens[index].kind == .word,
                   describedCountryNouns.value(lowercasing: range, in: text) != nil
                {
                    noun = index
                    break
                }
            }
            index += 1
        }
        // ("the 15-nation Southern African Development Community": a name after the noun makes it a modifier)
        guard noun > 0, noun + 1 >= tokens.count || tokens[noun + 1].kind != .word || !isUpper(text[tokens[noun + 1].range.lowerBound])
        else { return nil }
        var words = 0
        for index in position + 1..<noun where tokens[index].kind != .hyphen {
            guard tokens[index].kind == .word, words < 4, notDescriptions.value(lowercasing: tokens[index].range, in: text) == nil else { return nil }
            words += 1
        }
        return words > 0 ? (noun, words) : nil
    }

    /// The actor of the first mention within three tokens after token `end`.
    static func nextActor(after end: Int, in mentions: [ActorMention], tokens: [Token]) -> ActorID? {
        guard end + 1 < tokens.count else { return nil }
        let limit = tokens[min(tokens.count - 1, end + 3)].range.upperBound
        return mentions.first { $0.range.lowerBound >= tokens[end].range.upperBound && $0.range.upperBound <= limit }?.actor
    }

    /// Whether `mention` is the subject of a verb right before the phrase at `position` ("India of
    /// attacking the country", "Eritrea of preparing to attack the country"): at most three words
    /// between them, one of them in -ing or -ed or a verb of attack.
    static func actsOn(_ mention: ActorMention, before position: Int, tokens: [Token], text: [UInt8]) -> Bool {
        var index = position - 1
        var words = 0
        while index >= 0, tokens[index].range.lowerBound >= mention.range.upperBound {
            guard tokens[index].kind == .word, words < 4 else { return false }
            let word = text[tokens[index].range]
            if word.count > 4 && (equalsLowered(word[(word.endIndex - 3)...], "ing") || equalsLowered(word[(word.endIndex - 2)...], "ed"))
                || strikingVerbs.value(lowercasing: tokens[index].range, in: text) != nil
            {
                return true
            }
            words += 1
            index -= 1
        }
        return false
    }

    /// Whether a relative clause about `mention` holds the word at `position`, after a preposition:
    /// "India, which imports most of its crude oil" (no other comma between). After a verb "its" is
    /// what the clause acts on, as often another's ("Ukraine thanked Poland, which has supplied its army").
    static func describes(_ mention: ActorMention, upTo position: Int, tokens: [Token], text: [UInt8]) -> Bool {
        guard position > 0, prepositions.value(lowercasing: tokens[position - 1].range, in: text) != nil,
              case let comma = tokens.partitionIndex(where: { $0.range.lowerBound >= mention.range.upperBound }), comma + 1 < position,
              isComma(comma, tokens: tokens, text: text),
              relativePronouns.value(lowercasing: tokens[comma + 1].range, in: text) != nil
        else { return false }
        return !(comma + 2..<position).contains { isComma($0, tokens: tokens, text: text) }
    }

    /// The full name an abbreviation in brackets stands beside: for "the International Atomic Energy
    /// Agency (IAEA)" the name, whose place in the sentence the abbreviation shares.
    private static func named(_ mention: ActorMention, in before: [ActorMention], text: [UInt8]) -> ActorMention {
        var start = mention.range.lowerBound
        while start > 0, text[start - 1] == UInt8(ascii: " ") { start -= 1 }
        guard start > 0, text[start - 1] == UInt8(ascii: "("),
              let name = before.last(where: { $0.range.upperBound < start - 1 && $0.actor == mention.actor }),
              text[name.range.upperBound..<(start - 1)].allSatisfy({ $0 == UInt8(ascii: " ") })
        else { return mention }
        return name
    }

    /// The actor who says "it" did something, right before the verb of saying before the pronoun
    /// at `position`, over a possessive and up to two words of its people: "Israel's military
    /// saying it", "Moscow said it".
    /// A "that" may stand between, and an auxiliary before the verb: "Rwanda has announced that it".
    static func sayer(before position: Int, in mentions: [ActorMention], tokens: [Token], text: [UInt8]) -> ActorMention? {
        var verb = position - 1
        if verb > 1, tokens[verb].kind == .word, equalsLowered(text[tokens[verb].range], "that") {
            verb -= 1
            // "announced Friday that it would", "said on Monday that it": a day told between the verb and its "that".
            let thatAt = verb + 1
            while verb > 1, thatAt - verb <= 3, tokens[verb].kind == .word,
                  SentenceWords.timeWords.value(lowercasing: tokens[verb].range, in: text) != nil
                    || thatAt - verb > 1 && dayLeaders.value(lowercasing: tokens[verb].range, in: text) != nil
            {
                verb -= 1
            }
        }
        guard verb > 0, tokens[verb].kind == .word, sayingVerbs.value(lowercasing: tokens[verb].range, in: text) != nil else { return nil }
        var index = verb - 1
        while index >= 0, verb - 1 - index <= 3 {
            let token = tokens[index]
            if let named = mentions.last(where: { $0.range.upperBound == token.range.upperBound }) { return named }
            guard token.kind == .possessive
                || token.kind == .word && (peopleWords.value(lowercasing: token.range, in: text) != nil || auxiliaries.value(lowercasing: token.range, in: text) != nil)
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// The actor of a mention ending two or three tokens before `position`, with no comma, "and" or
    /// "or" between and not a preposition alone: "U.S." in "U.S. trade with that", "Carter" in "Carter
    /// froze that" (not "Libya" in "toward Libya over that nation's").
    static func actorJustBefore(_ position: Int, in mentions: [ActorMention], tokens: [Token], text: [UInt8]) -> ActorID? {
        for back in 2...3 where position >= back {
            let end = tokens[position - back].range.upperBound
            guard let named = mentions.last(where: { $0.range.upperBound == end }) else { continue }
            let between = tokens[(position - back + 1)..<position]
            if between.contains(where: { $0.kind != .word || equalsLowered(text[$0.range], "and") || equalsLowered(text[$0.range], "or") }) { return nil }
            // ("hostility toward Libya over that nation's construction": a preposition alone leads back to it)
            if back == 2, case let word = tokens[position - 1].range, prepositions.value(lowercasing: word, in: text) != nil
                || causePrepositions.value(lowercasing: word, in: text) != nil || directionWords.value(lowercasing: word, in: text) != nil
            {
                return nil
            }
            return named.actor
        }
        return nil
    }

    /// Whether `mention` owns the noun after it, within a few words before the pronoun at `position`:
    /// in "disappointment with Moscow's progress toward ending its war" the war is Moscow's, though
    /// Moscow stands after a preposition. Only a war is told so: in "in response to Israel's strikes
    /// on its territory" the territory is the subject's.
    /// Whether a possessive follows the mention: "Rwanda's".
    private static func ownsNoun(_ mention: ActorMention, tokens: [Token]) -> Bool {
        guard let next = tokens.firstIndex(where: { $0.range.lowerBound >= mention.range.upperBound }) else { return false }
        return tokens[next].range.lowerBound == mention.range.upperBound && tokens[next].kind == .possessive
    }

    /// The token of a noun of decision right before the "to" at `to`, or before an aside that a
    /// participle opens between it and "to" ("Washington's decision, announced this month, to lift").
    private static func decisionNoun(before to: Int, tokens: [Token], text: [UInt8]) -> Int? {
        var noun = to - 1
        if isComma(noun, tokens: tokens, text: text) {
            var index = noun - 1
            while index > 1, noun - index <= 7, !isComma(index, tokens: tokens, text: text) { index -= 1 }
            guard isComma(index, tokens: tokens, text: text), tokens[index + 1].kind == .word,
                  case let first = tokens[index + 1].range, text[first.lowerBound] >= UInt8(ascii: "a"), text[first.lowerBound] <= UInt8(ascii: "z"),
                  first.count > 2, text[first.upperBound - 2] == UInt8(ascii: "e"), text[first.upperBound - 1] == UInt8(ascii: "d")
            else { return nil }
            noun = index - 1
        }
        return decisionNouns.value(lowercasing: tokens[noun].range, in: text) != nil ? noun : nil
    }

    /// The token of the verb right before the possessive at `position`, or before a share of what it
    /// owns: "lift" in "lift its sanctions" and in "lift most of its sanctions".
    private static func verbBeforeShare(of position: Int, tokens: [Token], text: [UInt8]) -> Int {
        guard position >= 3, equalsLowered(text[tokens[position - 1].range], "of"),
              SentenceWords.shareWords.value(lowercasing: tokens[position - 2].range, in: text) != nil
        else { return position - 1 }
        return position - 3
    }

    /// Whether `mention` owns that noun of decision: "Russia's decision to".
    private static func ownsDecision(_ mention: ActorMention, before to: Int, tokens: [Token], text: [UInt8]) -> Bool {
        guard let noun = decisionNoun(before: to, tokens: tokens, text: text) else { return false }
        return isPossessor(mention, before: noun + 1, tokens: tokens)
    }

    /// Whether token `index` is a comma.
    private static func isComma(_ index: Int, tokens: [Token], text: [UInt8]) -> Bool {
        tokens[index].kind == .punctuation && text[tokens[index].range.lowerBound] == UInt8(ascii: ",")
    }

    private static func isPossessor(_ mention: ActorMention, before position: Int, tokens: [Token]) -> Bool {
        var index = position - 1
        while index > 0, position - index <= 6, tokens[index].range.lowerBound >= mention.range.upperBound {
            if tokens[index].range.lowerBound == mention.range.upperBound { return tokens[index].kind == .possessive }
            index -= 1
        }
        return false
    }

    /// Whether the mention follows "a" or "an", with at most one lower-case word between: "a US
    /// official", "a major US military base" name no actor, only qualify the noun.
    static func qualifiesIndefiniteNoun(_ mention: ActorMention, tokens: [Token], text: [UInt8]) -> Bool {
        guard var index = tokens.lastIndex(where: { $0.range.upperBound <= mention.range.lowerBound }) else { return false }
        func isIndefiniteArticle(_ index: Int) -> Bool {
            SentenceWords.indefiniteArticles.value(lowercasing: tokens[index].range, in: text) != nil
        }
        if isIndefiniteArticle(index) { return true }
        guard index > 0, tokens[index].kind == .word, isLower(text[tokens[index].range.lowerBound]) else { return false }
        index -= 1
        return isIndefiniteArticle(index)
    }

    /// "with Iran and North Korea": an actor inside a prepositional phrase is rarely what a pronoun points to.
    private static func isPrepositionalObject(_ mention: ActorMention, tokens: [Token], text: [UInt8]) -> Bool {
        guard var index = tokens.lastIndex(where: { $0.range.upperBound <= mention.range.lowerBound }) else { return false }
        if openers.value(lowercasing: tokens[index].range, in: text) == .the, index > 0 { index -= 1 }
        return prepositions.value(lowercasing: tokens[index].range, in: text) != nil
    }
}

// Word lists the functions above test against, built once rather than on every call.
private let speechVerbs: ByteTable<Bool> = ["said", "says", "added", "stated", "warned", "noted", "announced", "declared", "insisted"]
/// Words that lead a day between a verb of saying and its "that": "said on Friday that", "last night".
private let dayLeaders: ByteTable<Bool> = ["on", "last", "this", "early", "late"]
/// Verbs of saying before "it" ("saying it had", "said it would").
private let sayingVerbs: ByteTable<Bool> = [
    "said", "says", "saying", "say", "claimed", "claiming", "announced", "announces", "stated", "confirmed", "declared", "insisted",
]
/// Words of intending after "it" that make it the one who acts: "said that it would impose".
private let intendingWords: ByteTable<Bool> = ["would", "will", "plans", "intends", "wants", "aims", "hopes"]
/// An actor's people between it and its verb of saying: "Israel's military saying".
private let peopleWords: ByteTable<Bool> = [
    "military", "army", "forces", "government", "officials", "ministry", "spokesman", "spokesperson", "president", "leaders", "media",
]
private let prepositions: ByteTable<Bool> = ["with", "to", "for", "of", "on", "from", "against", "and", "or", "by", "at", "in", "between", "including"]
private let causePrepositions: ByteTable<Bool> = ["over", "for"]
/// Nouns of what an actor chose to do, whose infinitive's "its" is the chooser's: "Russia's decision to suspend its participation".
private let decisionNouns: ByteTable<Bool> = [
    "decision", "decisions", "move", "moves", "plan", "plans", "bid", "attempt", "attempts", "effort", "efforts", "intention",
    "intentions", "refusal", "failure", "readiness", "willingness", "pledge", "promise", "commitment", "determination", "choice",
]
/// Nouns for a state after words that describe it: "the Nordic country", "the Gulf kingdom".
private let describedCountryNouns: ByteTable<Bool> = ["country", "nation", "kingdom"]
/// Words that count, compare or point rather than describe: "the other country", "the two nations".
/// Prepositions by which a noun goes to a place: "deployments to the island nation".
private let directionWords: ByteTable<Bool> = ["to", "into", "toward", "towards", "on", "against"]
private let notDescriptions: ByteTable<Bool> = [
    "other", "same", "whole", "entire", "one", "two", "three", "first", "second", "third", "last", "next", "only", "each",
    "every", "whose", "which", "that", "this", "a", "an", "the", "of", "and", "or", "in", "host", "third-party",
    // ("the new funding his country says it needs": a possessive starts another phrase)
    "his", "her", "its", "their", "our", "my", "your",
]
private let relativePronouns: ByteTable<Bool> = ["which", "who", "whose"]
/// Words that open a clause of its own: "... and its drones struck", "while its jets".
private let clauseJoiners: ByteTable<Bool> = ["and", "while", "but", "as", "whereas", "when"]
/// Words that end a noun's qualifiers: "in its efforts to end the war" is no war of its.
private let phraseWords: ByteTable<Bool> = ["to", "of", "the", "a", "an", "and", "or", "in", "for", "with", "on", "against", "that"]
/// Nouns of answering before "to its" ("in response to its war").
private let answerNouns: ByteTable<Bool> = ["response", "reaction", "retaliation", "answer", "reply"]
/// Words before an actor that make it the one helped ("support for Russia", "weapons to Russia").
private let helpedMarkers: ByteTable<Bool> = ["for", "to"]
/// What a possessive before it makes its owner's fight ("in its war with").
private let warNouns: ByteTable<Bool> = ["war", "conflict", "fight", "campaign", "struggle", "invasion", "offensive", "battle", "wars", "conflicts"]
private let auxiliaries: ByteTable<Bool> = ["has", "have", "had", "also", "then", "later", "would", "will", "again", "not", "never"]
/// Irregular past forms of acting that "it" may lead ("it struck", "it sent").
private let pastActs: ByteTable<Bool> = [
    "struck", "sent", "met", "held", "fought", "shot", "sought", "hit", "threw", "withdrew", "froze", "broke", "cut", "took", "gave",
    "told", "paid", "sold", "bought", "brought", "began", "spoke", "won", "led",
]
/// Verbs of attack after which "its" is the one attacked ("Israel attacked its nuclear sites").
private let strikingVerbs: ByteTable<Bool> = [
    "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "striking", "hit", "hits", "hitting", "bomb",
    "bombs", "bombed", "bombing", "shell", "shells", "shelled", "shelling", "target", "targets", "targeted", "targeting",
    "invade", "invades", "invaded", "invading", "raid", "raids", "raided", "raiding", "seize", "seizes", "seized", "seizing",
    "capture", "captured", "capturing", "kill", "kills", "killed", "killing", "detain", "detained", "detaining", "expel",
    "expelled", "expelling", "sanction", "sanctioned", "sanctioning", "occupy", "occupies", "occupied", "occupying", "harass",
    "harassed", "harassing", "blockade", "blockaded", "intercept", "intercepted", "hack", "hacked", "ram", "rammed", "ramming",
]
/// Verbs before "down its": "shot down its drone".
private let downingVerbs: ByteTable<Bool> = ["shot", "shoot", "shoots", "shooting", "brought", "bring"]
/// Nouns before "of its": "violations of its airspace".
private let violationNouns: ByteTable<Bool> = ["violation", "violations", "invasion", "occupation", "shelling", "bombing", "seizure"]
/// Nouns of attack before a preposition and "its": "attacks on its", "fired rockets at its".
private let attackNouns: ByteTable<Bool> = [
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "assault", "assaults", "incursion",
    "incursions", "bombing", "bombings", "bombardment", "shelling", "rockets", "missiles", "drones", "fire", "shells", "aggression",
    "cannon", "cannons",
]
private let attackPrepositions: ByteTable<Bool> = ["on", "at", "against", "into", "upon"]
/// Words after "its" that keep it the striker's: "attacked its own people", "its smaller vessels". ("invaded
/// its neighbour" never gets here: `tiedActorNouns` leaves such an "its" unresolved.)
private let ownRelations: ByteTable<Bool> = ["own", "smaller"]
/// Nouns after "its" or "their" for another actor the owner is tied to: "its northern neighbour"
/// (and after an actor's possessive: "imploring India's neighbors").
let tiedActorNouns: ByteTable<Bool> = [
    "neighbour", "neighbours", "neighbor", "neighbors", "ally", "allies", "rival", "rivals", "partner", "partners", "enemy",
    "enemies", "foe", "foes", "adversary", "adversaries", "counterpart", "counterparts",
]
/// Verbs in -ed after "it" that say nothing of an actor ("it seemed", "it happened").
private let notActs: ByteTable<Bool> = ["seemed", "appeared", "remained", "happened", "needed", "mattered", "started", "ended",
                                        "added", "noted", "stated", "claimed", "reported", "continued", "looked", "sounded"]
