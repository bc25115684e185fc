import ChronicleModel

/// Names a document defines for the actors it names, which hold for the rest of the document.
///
/// Abbreviations: after "the Sudanese Armed Forces (SAF)", "SAF" names Sudan. Only an abbreviation
/// whose letters are the initials of the capitalised words just before its brackets is learnt,
/// when one of those words is a name the lexicon knows and the others name a body of that actor
/// ("Armed Forces", "Revolutionary Guard Corps"): "the Syrian Observatory for Human Rights (SOHR)"
/// or "the Syrian National Army (SNA)" are not Syria. A lexicon name in brackets needs nothing learnt.
///
/// People: after "Ecuadorean President Rafael Correa" or "Bolivia's President Evo Morales", the
/// surname alone ("Correa recalled the ambassador") names that person, who speaks for the actor
/// the title was given by. A surname two actors' people share is dropped.
///
/// News defines such names once and then uses them alone ("battles erupted between the SAF and the
/// RSF"), so without them a story's later sentences lose their actors.
struct DocumentNames {
    /// The names learnt so far, as bytes, with the actor each names and, for a surname, the person's
    /// full name. A document defines a few at most, so a list searched in order is the quickest table.
    private var learnt: [(letters: [UInt8], actor: ActorID, person: String?)] = []
    /// Surnames heard for two actors' people, never learnt again.
    private var shared: [[UInt8]] = []
    /// The shortest and longest name learnt, so most words are turned away by their length.
    private var lengths = Int.max...Int.max
    /// The first letters of the names learnt, one bit per letter A-Z: a word that starts with none of
    /// them is turned away without a search.
    private var initials: UInt32 = 0

    /// Abbreviations are two to six letters long.
    static let abbreviationLengths = 2...6

    /// Learns the abbreviations sentence `tokens` defines beside `mentions` (the lexicon's names
    /// found in it).
    mutating func learnAbbreviations(from mentions: [ActorMention], tokens: [Token], text: [UInt8]) {
        guard !mentions.isEmpty, let first = DocumentNames.firstBracket(in: tokens, text: text) else { return }
        var index = first
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .punctuation, text[tokens[index].range.lowerBound] == UInt8(ascii: "("),
                  tokens[index + 1].kind == .word, tokens[index + 2].kind == .punctuation,
                  text[tokens[index + 2].range.lowerBound] == UInt8(ascii: ")")
            else { continue }
            let letters = Array(text[tokens[index + 1].range])
            guard DocumentNames.abbreviationLengths.contains(letters.count), letters.allSatisfy(isUpper),
                  !mentions.contains(where: { $0.range.overlaps(tokens[index + 1].range) }),
                  !learnt.contains(where: { $0.letters == letters }),
                  let named = namedSpan(initials: letters, before: index, tokens: tokens, text: text)
            else { continue }
            // The one actor the lexicon finds among those words ("Sudanese" in "Sudanese Armed Forces").
            let inside = mentions.filter { $0.form != .modifier && $0.range.overlaps(named) }
            guard let actor = inside.first?.actor, inside.allSatisfy({ $0.actor == actor }) else { continue }
            let bodyWords = tokens.lazy.filter { token in
                token.kind == .word && named.contains(token.range.lowerBound) && isUpper(text[token.range.lowerBound])
                    && !inside.contains(where: { $0.range.overlaps(token.range) })
            }
            guard bodyWords.allSatisfy({ DocumentNames.bodyWords.value(lowercasing: $0.range, in: text) != nil }) else { continue }
            remember(letters, actor: actor, person: nil)
        }
    }

    private mutating func remember(_ letters: [UInt8], actor: ActorID, person: String?) {
        learnt.append((letters, actor, person))
        if let first = letters.first, isUpper(first) { initials |= 1 << UInt32(first - UInt8(ascii: "A")) }
        lengths = lengths.lowerBound == .max ? letters.count...letters.count
            : min(lengths.lowerBound, letters.count)...max(lengths.upperBound, letters.count)
    }

    /// Learns the people sentence `tokens` introduces by their title after an actor's name
    /// ("Ecuadorean President Rafael Correa", "Chad's Foreign Minister Ahmat Allami"), and makes each
    /// such introduction one mention of the person, as the lexicon's people are.
    mutating func learnPeople(introducedBy mentions: inout [ActorMention], tokens: [Token], text: [UInt8]) {
        guard !mentions.isEmpty else { return }
        var token = 0
        for index in mentions.indices {
            let form = mentions[index].form
            let (actor, named) = (mentions[index].actor, mentions[index].range)
            // The lexicon's people are named by surname too, once named in full: "Tony Blair ... Mr. Blair".
            if form == .person, let person = mentions[index].person {
                while token < tokens.count, tokens[token].range.lowerBound < named.lowerBound { token += 1 }
                let first = token
                while token < tokens.count, tokens[token].range.upperBound < named.upperBound { token += 1 }
                if token < tokens.count, tokens[token].range.upperBound == named.upperBound, tokens[token].range.lowerBound > named.lowerBound {
                    _ = learn(surname: Array(text[tokens[token].range]), actor: actor, person: person)
                    if DocumentNames.familyNameFirst.contains(actor), tokens[first].range.lowerBound == named.lowerBound {
                        _ = learn(surname: Array(text[tokens[first].range]), actor: actor, person: person)
                    }
                }
                continue
            }
            guard form == .name || form == .alias || form == .demonym else { continue }
            while token < tokens.count, tokens[token].range.upperBound <= named.upperBound { token += 1 }
            // The name must end before the next mention ("Russian Foreign Minister Sergei Lavrov" is the lexicon's).
            let limit = index + 1 < mentions.count ? mentions[index + 1].range.lowerBound : Int.max
            guard let (start, end, hasHead) = titledName(after: token, before: limit, tokens: tokens, text: text), hasHead else { continue }
            let person = String(decoding: text[tokens[start].range.lowerBound..<tokens[end].range.upperBound], as: UTF8.self)
            let learntLast = learn(surname: Array(text[tokens[end].range]), actor: actor, person: person)
            let learntFirst = DocumentNames.familyNameFirst.contains(actor) && end > start
                && learn(surname: Array(text[tokens[start].range]), actor: actor, person: person)
            guard learntLast || learntFirst else { continue }
            mentions[index].range = named.lowerBound..<tokens[end].range.upperBound
            mentions[index].form = .person
            mentions[index].person = person
        }
    }

    /// States whose people's names mostly put the family name first ("Kim Jong Un ... Kim", "Tsai
    /// Ing-wen ... Tsai"): their first name is learnt as well as their last (some, "William Lai",
    /// put it last).
    static let familyNameFirst: Set<ActorID> = ["CHN", "TWN", "PRK", "KOR"]

    /// Learns `surname` as naming `person` of `actor`, unless it is too short or all capitals to be a
    /// surname, or names another actor's person too (then it is dropped for good). Whether it stands.
    private mutating func learn(surname: [UInt8], actor: ActorID, person: String) -> Bool {
        guard surname.count >= 3, let first = surname.first, isUpper(first), !surname.dropFirst().allSatisfy(isUpper),
              !shared.contains(surname), DocumentNames.givenNames.value(lowercasing: surname[...]) == nil
        else { return false }
        if let known = learnt.firstIndex(where: { $0.letters == surname }) {
            guard learnt[known].actor == actor else {
                learnt.remove(at: known)
                shared.append(surname)
                return false
            }
            return true
        }
        remember(surname, actor: actor, person: person)
        return true
    }

    /// After token `first`, before byte `limit`: an optional possessive, title words (at least one of them a post, not
    /// only "former" or "the"), then one to three capitalised words that are no title, ending the
    /// phrase: the first and last of those words, and whether a post was named.
    private func titledName(after first: Int, before limit: Int, tokens: [Token], text: [UInt8]) -> (start: Int, end: Int, hasHead: Bool)? {
        var position = first
        if position < tokens.count, tokens[position].kind == .possessive { position += 1 }
        var hasHead = false
        var nameStart: Int? = nil
        // Tokens of hyphened names within the name ("Moon Jae-in", "Tsai Ing-wen"), which count as one word.
        var joined = 0
        while position < tokens.count {
            let token = tokens[position]
            if token.range.lowerBound >= limit { return nil }
            if token.kind == .hyphen, nameStart != nil, position + 1 < tokens.count, tokens[position + 1].kind == .word,
               tokens[position - 1].range.upperBound == token.range.lowerBound, token.range.upperBound == tokens[position + 1].range.lowerBound,
               tokens[position + 1].range.lowerBound < limit
            {
                joined += 2
                position += 2
                continue
            }
            if token.kind == .punctuation, token.range.count == 1, text[token.range.lowerBound] == UInt8(ascii: "."), nameStart == nil {
                position += 1  // "Lt. Gen."
                continue
            }
            guard token.kind == .word else { break }
            if let isPost = TitleWords.all.value(lowercasing: token.range, in: text) {
                // A post after capitalised words ("Communications Minister", "Embassy spokesman") makes
                // them part of the title; any other title word ends the name ("Ivan Smirnov and ...").
                if nameStart != nil, !isPost { break }
                nameStart = nil
                joined = 0
                if isPost { hasHead = true }
            } else if isUpper(text[token.range.lowerBound]) {
                if nameStart == nil { nameStart = position }
                if position - nameStart! - joined >= 3 { return nil }
            } else {
                break
            }
            position += 1
        }
        guard let start = nameStart else { return nil }
        // What comes after the name must end it: no hyphen that is no part of it ("Ivan -"), nor a particle of a
        // longer name ("Bashar al-Assad").
        if position < tokens.count {
            let next = tokens[position]
            if next.kind == .hyphen { return nil }
            if next.kind == .word, DocumentNames.nameParticles.value(lowercasing: next.range, in: text) != nil { return nil }
        }
        return (start, position - 1, hasHead)
    }

    /// Names that end many people's names as a father's or given name ("Saddam Hussein", "King
    /// Hussein", "Imran Khan"), never learnt as one person's surname.
    private static let givenNames: ByteTable<Bool> = [
        "hussein", "husseini", "ali", "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "hassan", "hasan", "hussain",
        "abdullah", "ibrahim", "khan", "salman", "omar", "umar", "mahmoud", "mahmud", "youssef", "yusuf", "saleh", "salih",
        "abdel", "khalid", "khaled", "faisal", "hamad", "rahman", "aziz", "karim", "kareem", "mustafa", "osman", "othman",
    ]

    private static let nameParticles: ByteTable<Bool> = [
        "al", "el", "bin", "ibn", "abu", "de", "da", "del", "della", "di", "van", "von", "der", "le", "la", "dos", "das", "y",
    ]

    /// The first opening bracket after the first token, if any: most sentences have none, and are
    /// told so by one pass over their tokens.
    private static func firstBracket(in tokens: [Token], text: [UInt8]) -> Int? {
        tokens.withUnsafeBufferPointer { tokens in
            text.withUnsafeBufferPointer { text in
                var index = 1
                while index < tokens.count {
                    if tokens[index].kind == .punctuation, text[tokens[index].range.lowerBound] == UInt8(ascii: "(") { return index }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The text the capitalised words before token `bracket` span when their initials spell
    /// `initials` ("of", "and", "the", "for" and possessives may stand between them).
    private func namedSpan(initials: [UInt8], before bracket: Int, tokens: [Token], text: [UInt8]) -> Range<Int>? {
        var remaining = initials.count
        var position = bracket - 1
        var start = tokens[bracket].range.lowerBound
        while position >= 0, remaining > 0 {
            let token = tokens[position]
            let first = text[token.range.lowerBound]
            if token.kind == .word, isUpper(first) {
                guard first == initials[remaining - 1] else { return nil }
                remaining -= 1
                start = token.range.lowerBound
            } else if token.kind == .possessive || token.kind == .hyphen
                        || token.kind == .word && DocumentNames.connectors.value(lowercasing: token.range, in: text) != nil
            {
                // passed over
            } else {
                return nil
            }
            position -= 1
        }
        return remaining == 0 ? start..<tokens[bracket].range.lowerBound : nil
    }

    private static let connectors: ByteTable<Bool> = ["of", "and", "for", "the"]

    /// Words that name a state's armed forces or government beside its name.
    private static let bodyWords: ByteTable<Bool> = [
        "armed", "forces", "force", "army", "air", "navy", "naval", "defence", "defense", "guard", "guards", "corps",
        "revolutionary", "military", "government", "ministry", "foreign", "affairs", "police", "arab", "republic", "federal",
        "coast", "border", "security", "intelligence", "service", "special", "operations",
    ]

    /// Appends to `mentions` the uses of a learnt name in sentence `tokens`, keeping the list in the
    /// order of the text. The defining use of an abbreviation, in brackets, is left to the name before it.
    func addMentions(to mentions: inout [ActorMention], sentence: Int, tokens: [Token], text: [UInt8]) {
        guard !learnt.isEmpty else { return }
        var added = false
        for (index, token) in tokens.enumerated() where token.kind == .word && lengths.contains(token.range.count) {
            let first = text[token.range.lowerBound]
            guard isUpper(first), initials & (1 << UInt32(first - UInt8(ascii: "A"))) != 0,
                  let entry = learnt.first(where: { $0.letters.elementsEqual(text[token.range]) }),
                  !(index > 0 && tokens[index - 1].kind == .punctuation && text[tokens[index - 1].range.lowerBound] == UInt8(ascii: "(")),
                  !mentions.contains(where: { $0.range.overlaps(token.range) })
            else { continue }
            mentions.append(ActorMention(sentence: sentence, range: token.range, actor: entry.actor,
                                         form: entry.person == nil ? .alias : .person, person: entry.person))
            added = true
        }
        if added { mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }
}
