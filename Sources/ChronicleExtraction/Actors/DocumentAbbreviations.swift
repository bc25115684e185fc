import ChronicleModel

/// Abbreviations a document defines for the actors it names: after "the Sudanese Armed Forces
/// (SAF)", "SAF" names Sudan for the rest of the document. Only an abbreviation whose letters are
/// the initials of the capitalised words just before its brackets is learnt, when one of those
/// words is a name the lexicon knows and the others name a body of that actor ("Armed Forces",
/// "Revolutionary Guard Corps"): "the Syrian Observatory for Human Rights (SOHR)" or "the Syrian
/// National Army (SNA)" are not Syria. A lexicon name in brackets needs nothing learnt.
///
/// News defines such abbreviations once and then uses them alone ("battles erupted between the SAF
/// and the RSF"), so without them a story's later sentences lose their actors.
struct DocumentAbbreviations {
    /// The abbreviations learnt so far, as bytes, with the actor each names. A document defines a
    /// few at most, so a list searched in order is the quickest table.
    private var learnt: [(letters: [UInt8], actor: ActorID)] = []

    /// Abbreviations are two to six letters long.
    static let lengths = 2...6

    /// Learns the abbreviations sentence `tokens` defines beside `mentions` (the lexicon's names
    /// found in it).
    mutating func learn(from mentions: [ActorMention], tokens: [Token], text: [UInt8]) {
        guard !mentions.isEmpty, let first = DocumentAbbreviations.firstBracket(in: tokens, text: text) else { return }
        var index = first
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .punctuation, text[tokens[index].range.lowerBound] == UInt8(ascii: "("),
                  tokens[index + 1].kind == .word, tokens[index + 2].kind == .punctuation,
                  text[tokens[index + 2].range.lowerBound] == UInt8(ascii: ")")
            else { continue }
            let letters = Array(text[tokens[index + 1].range])
            guard DocumentAbbreviations.lengths.contains(letters.count), letters.allSatisfy(isUpper),
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
            guard bodyWords.allSatisfy({ DocumentAbbreviations.bodyWords.value(lowercasing: $0.range, in: text) != nil }) else { continue }
            learnt.append((letters, actor))
        }
    }

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
                        || token.kind == .word && DocumentAbbreviations.connectors.value(lowercasing: token.range, in: text) != nil
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

    /// Appends to `mentions` the uses of a learnt abbreviation in sentence `tokens`, keeping the list
    /// in the order of the text. The defining use, in brackets, is left to the name before it.
    func addMentions(to mentions: inout [ActorMention], sentence: Int, tokens: [Token], text: [UInt8]) {
        guard !learnt.isEmpty else { return }
        var added = false
        for (index, token) in tokens.enumerated() where token.kind == .word && DocumentAbbreviations.lengths.contains(token.range.count) {
            guard isUpper(text[token.range.lowerBound]),
                  let entry = learnt.first(where: { $0.letters.elementsEqual(text[token.range]) }),
                  !(index > 0 && tokens[index - 1].kind == .punctuation && text[tokens[index - 1].range.lowerBound] == UInt8(ascii: "(")),
                  !mentions.contains(where: { $0.range.overlaps(token.range) })
            else { continue }
            mentions.append(ActorMention(sentence: sentence, range: token.range, actor: entry.actor, form: .alias, person: nil))
            added = true
        }
        if added { mentions.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }
}
