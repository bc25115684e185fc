import ChronicleModel
import Foundation

/// One sentence as the event coder reads it: its words in lower case, where possessives and
/// hyphens stand, and which words name which actors.
struct SentenceView {
    struct Placed {
        var start: Int
        var end: Int
        var mention: ActorMention
    }

    private(set) var words: [String] = []
    /// Each word's id in the cue vocabulary, or -1 for a word no cue or phrase uses.
    private(set) var ids: [Int32] = []
    /// Byte range of each word in the document's clean text.
    private(set) var ranges: [Range<Int>] = []
    /// A possessive (`'s`, `’`) follows the word.
    private(set) var possessiveAfter: [Bool] = []
    /// The word is joined to the one before by a hyphen (`Iran-backed`).
    private(set) var hyphenBefore: [Bool] = []
    private(set) var commaAfter: [Bool] = []
    private(set) var mentions: [Placed] = []
    private var mentionOfWord: [Int?] = []

    init(text: [UInt8], tokens: [Token], mentions sentenceMentions: [ActorMention], vocabulary: ByteTable<Int32>) {
        var previousKind: Token.Kind? = nil
        var previousEnd = -1
        words.reserveCapacity(tokens.count)
        ids.reserveCapacity(tokens.count)
        ranges.reserveCapacity(tokens.count)
        possessiveAfter.reserveCapacity(tokens.count)
        hyphenBefore.reserveCapacity(tokens.count)
        commaAfter.reserveCapacity(tokens.count)
        for token in tokens {
            switch token.kind {
            case .word:
                let bytes = text[token.range]
                var lower = DateTokens.asciiLowercase(bytes)
                if bytes.contains(0x99) {
                    lower = lower.replacingOccurrences(of: "\u{2019}", with: "'")
                    ids.append(vocabulary[lower] ?? -1)
                } else {
                    ids.append(vocabulary.value(lowercasing: bytes) ?? -1)
                }
                words.append(lower)
                ranges.append(token.range)
                possessiveAfter.append(false)
                commaAfter.append(false)
                hyphenBefore.append(previousKind == .hyphen && previousEnd == token.range.lowerBound)
            case .possessive:
                if !possessiveAfter.isEmpty { possessiveAfter[possessiveAfter.count - 1] = true }
            case .punctuation:
                if text[token.range.lowerBound] == UInt8(ascii: ","), !commaAfter.isEmpty { commaAfter[commaAfter.count - 1] = true }
            case .hyphen:
                break
            }
            previousKind = token.kind
            previousEnd = token.range.upperBound
        }
        mentionOfWord = [Int?](repeating: nil, count: words.count)
        for mention in sentenceMentions where !SentenceView.isPlace(mention, in: self) {
            guard let first = firstWord(startingAtOrAfter: mention.range.lowerBound), ranges[first].lowerBound < mention.range.upperBound,
                  let last = lastWord(endingAtOrBefore: mention.range.upperBound), ranges[last].upperBound > mention.range.lowerBound
            else { continue }
            // A person's title and name make one mention; its actor stands at the name.
            mentions.append(Placed(start: first, end: last, mention: mention))
            for word in first...last { mentionOfWord[word] = mentions.count - 1 }
        }
    }

    /// The first word that starts at or after byte `offset`.
    private func firstWord(startingAtOrAfter offset: Int) -> Int? {
        let index = ranges.partitionIndex { $0.lowerBound >= offset }
        return index < ranges.count ? index : nil
    }

    /// The last word that ends at or before byte `offset`.
    private func lastWord(endingAtOrBefore offset: Int) -> Int? {
        let after = ranges.partitionIndex { $0.upperBound > offset }
        return after > 0 ? after - 1 : nil
    }

    /// A capital named as a place, not as its government: "talks in Moscow", "the Damascus strike".
    private static func isPlace(_ mention: ActorMention, in view: SentenceView) -> Bool {
        guard mention.form == .metonym, let first = view.firstWord(startingAtOrAfter: mention.range.lowerBound) else { return false }
        let before = first > 0 ? view.words[first - 1] : ""
        if ["in", "at", "near", "outside", "around"].contains(before) { return true }
        guard let last = view.lastWord(endingAtOrBefore: mention.range.upperBound), before == "the",
              let next = view.words[safe: last + 1]
        else { return false }
        return !functionWords.contains(next) && next.first?.isLetter == true && next == next.lowercased()
    }

    func mention(at word: Int) -> Int? { word >= 0 && word < mentionOfWord.count ? mentionOfWord[word] : nil }

    func mentionStarting(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].start == word else {
            // allow an article first: "by the Israeli leadership"
            if ["the", "a", "an"].contains(words[safe: word] ?? ""), let found = mention(at: word + 1) { return found }
            return nil
        }
        return found
    }

    func mentionEnding(at word: Int) -> Int? {
        guard let found = mention(at: word), mentions[found].end == word else { return nil }
        return found
    }

    /// The closest mention ending before `word`, skipping those in `excluding` unless a clause starts
    /// with them ("alleged that Ukraine had provided": Ukraine is the object of one verb and the subject of the next).
    func nearestMention(before word: Int, excluding: Set<Int>, within window: Int = 40) -> Int? {
        var position = word - 1
        while position >= 0, word - position <= window {
            if let found = mention(at: position) {
                let start = mentions[found].start
                let opensClause = start > 0 && (words[start - 1] == "that" || start > 1 && words[start - 2] == "that" && words[start - 1] == "the")
                if !excluding.contains(found) || opensClause { return found }
            }
            position -= 1
        }
        return nil
    }

    /// The subject of a verb at `word`: the closest actor before it that is not the object of an earlier
    /// cue or of a preposition ("Iran's mission to the United Nations warned": Iran), without crossing
    /// into a clause of its own ("complained that Western members blocked": no actor subject).
    func subject(before word: Int, excluding: Set<Int>) -> Int? {
        var position = word - 1
        var fallback: Int? = nil
        while position >= 0, word - position <= 40 {
            if let found = mention(at: position) {
                let start = mentions[found].start
                let opensClause = start > 0 && (words[start - 1] == "that" || start > 1 && words[start - 2] == "that" && words[start - 1] == "the")
                if opensClause { return found }
                if !excluding.contains(found) {
                    if !isPrepositionalObject(found) { return found }
                    fallback = fallback ?? found
                }
                position = start - 1
                continue
            }
            if boundaries.contains(words[position]) { return fallback }
            position -= 1
        }
        return fallback
    }

    func isPrepositionalObject(_ placed: Int) -> Bool {
        var before = mentions[placed].start - 1
        if before >= 0, words[before] == "the" { before -= 1 }
        guard before >= 0 else { return false }
        return ["to", "of", "with", "for", "in", "at", "from", "on", "by", "against", "including", "between", "into"].contains(words[before])
    }

    /// Whether a verb cue at `word` reads as a noun here: "seeks supplies", "the attack", "its support".
    func readsAsNoun(_ word: Int) -> Bool {
        guard word > 0 else { return false }
        let previous = words[word - 1]
        // "defensive strikes", "military supplies": an adjective before a plural makes it a noun.
        if words[word].hasSuffix("s"), adjectiveEndings.contains(where: { previous.hasSuffix($0) }), mention(at: word - 1) == nil {
            return true
        }
        if word > 1, ["a", "an", "the", "its", "their"].contains(words[word - 2]), mention(at: word - 1) == nil { return true }
        return nounContext.contains(previous) && words[word].hasSuffix("s") || ["the", "a", "an", "its", "their"].contains(previous)
    }

    /// The first mention starting after `word` within `window` words, other than one of `actor`.
    func nextMention(after word: Int, within window: Int, skipping actor: ActorID? = nil) -> Int? {
        var position = word + 1
        while position < words.count, position - word <= window {
            if let found = mention(at: position), mentions[found].mention.actor != actor { return found }
            position += 1
        }
        return nil
    }

    /// The object of a cue ending at `word`: an actor reached over nothing but articles, prepositions
    /// and adverbs ("condemned the strikes" has no actor object; "condemned Hamas", "launched strikes on
    /// Israel" as a cue, "accused Washington" do). `that` is crossed only where `allowingThat`.
    /// With `dative`, a thing given may stand first: "provided Western-supplied weapons to Hamas".
    func object(after word: Int, skipping actor: ActorID? = nil, allowingThat: Bool = false, dative: Bool = false) -> Int? {
        var position = word + 1
        while position < words.count, position - word <= 6 {
            if let found = mention(at: position) {
                if mentions[found].mention.actor != actor { return found }
                position = mentions[found].end + 1
                continue
            }
            let current = words[position]
            let crossable = SentenceView.objectIntroducers.contains(current) || current.hasSuffix("ly") && current.count > 4
                || allowingThat && current == "that"
            if !crossable, allowingThat, let that = (position..<min(words.count, position + 8)).first(where: { words[$0] == "that" }) {
                // "alleged, without evidence, that Belarus ...": the claim's subject after an aside
                return object(after: that, skipping: actor)
            }
            if !crossable {
                guard dative else { return nil }
                // the thing given, then "to" and the one who receives it
                var ahead = position
                while ahead < words.count, ahead - position < 6, words[ahead] != "to", mention(at: ahead) == nil, !commaAfter[ahead] { ahead += 1 }
                guard ahead < words.count, words[ahead] == "to" else { return nil }
                return object(after: ahead, skipping: actor)
            }
            if commaAfter[position], !allowingThat { return nil }
            position += 1
        }
        return nil
    }

    /// The parties of the first "between X and Y" after `word`, within the clause.
    func parties(after word: Int) -> [Int] {
        var position = word + 1
        while position < words.count, position - word <= 10 {
            if words[position] == "between", let first = object(after: position) {
                return [first] + coordinated(after: first)
            }
            if commaAfter[position] { break }
            position += 1
        }
        return []
    }

    static let objectIntroducers: ByteTable<Bool> = [
        "the", "a", "an", "both", "all", "its", "their", "his", "her", "fellow", "neighbouring", "neighboring", "rival",
        "with", "to", "on", "against", "at", "for", "from", "in", "into", "over", "upon", "toward", "towards", "about", "of",
        "also", "again", "further", "once", "twice", "even", "still",
    ]

    /// The first mention after the next comma that follows `word` ("With a dependence on Iran ..., Russia finds").
    func nextMention(afterComma word: Int) -> Int? {
        guard let comma = (word..<words.count).first(where: { commaAfter[$0] }) else { return nil }
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
                let pronoun = ["its", "their"].contains(words[position])
                if possessiveAfter[position] || pronoun || skipped <= 1 { return found }
                return nil
            }
            let word = words[position]
            if SentenceView.functionWords.contains(word) || commaAfter[position] { return nil }
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
            let next = mentions[current].end + 1
            guard next < words.count else { break }
            let joiner = words[next] == "and" || words[next] == "or" || commaAfter[mentions[current].end]
            let start = words[next] == "and" || words[next] == "or" ? next + 1 : next
            guard joiner, let found = mentionStarting(at: start) ?? mentionStarting(at: start + 1).flatMap({ ["both", "the"].contains(words[start]) ? $0 : nil }) else { break }
            // "Israel's alliance with the U.S. and Russia's alliance with Iran": a possessive starts a new phrase.
            if possessiveAfter[mentions[found].end] { break }
            result.append(found)
            current = found
        }
        return result
    }

    /// Actors listed before `mention`: `Russia and China vetoed`, `the U.S., France and Britain condemned`.
    func coordinated(before placed: Int) -> [Int] {
        var result: [Int] = []
        var start = mentions[placed].start
        while start >= 2 {
            let joined: Int?
            if words[start - 1] == "and" || words[start - 1] == "or" {
                joined = mentionEnding(at: start - 2)
            } else if commaAfter[start - 1], let found = mentionEnding(at: start - 1) {
                joined = found
            } else {
                joined = nil
            }
            guard let found = joined else { break }
            result.insert(found, at: 0)
            start = mentions[found].start
        }
        return result
    }

    /// Whether the verb at `word` continues an earlier one: "... and has since alleged", "but warned".
    func continuesPreviousVerb(_ word: Int) -> Bool {
        var position = word - 1
        while position >= 0, auxiliaries.contains(words[position]) || words[position].hasSuffix("ly") { position -= 1 }
        return position >= 0 && (words[position] == "and" || words[position] == "but")
    }

    func hasComma(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { commaAfter[$0] }
    }

    /// Whether the verb at `word` is passive: a past participle with a form of "be" just before it
    /// (adverbs allowed). "is withdrawing" is not passive; "was attacked", "were killed" are.
    func isPassive(start word: Int) -> Bool {
        let verb = words[word]
        guard verb.hasSuffix("ed") || verb.hasSuffix("en") || participles.contains(verb) else { return false }
        var position = word - 1
        var skipped = 0
        while position >= 0, skipped < 3 {
            if formsOfBe.contains(words[position]) { return true }
            if !words[position].hasSuffix("ly") { return false }
            skipped += 1
            position -= 1
        }
        return false
    }

    /// The actor a quotation or report is attributed to: the one next to `said`, `added`, `told` ...
    func speaker() -> Int? {
        for (position, word) in words.enumerated() where speechVerbs.contains(word) {
            if let before = mention(at: position - 1) ?? mention(at: position - 2) { return before }
            if let after = mention(at: position + 1) ?? mention(at: position + 2) { return after }
        }
        return nil
    }

    /// Words that end a noun phrase when looking back for a possessor.
    static let functionWords: ByteTable<Bool> = [
        "the", "a", "an", "and", "or", "of", "with", "to", "for", "in", "on", "by", "from", "that", "which", "who", "while",
        "as", "at", "but", "than", "into", "over", "after", "before", "is", "are", "was", "were", "has", "have", "had",
        "be", "been", "also", "not", "its", "their", "his", "her", "said", "says",
    ]
}

// Word lists the functions above test against, built once rather than on every call.
private let boundaries: ByteTable<Bool> = ["that", "which", "who", "whom", "because", "if", "whether", "although", "though"]
private let nounContext: ByteTable<Bool> = ["the", "a", "an", "its", "their", "his", "her", "our", "for", "of", "and", "with", "seeks", "sought", "seek", "wants", "needs", "receives", "received", "new", "more", "military", "further", "any", "no", "such", "this", "that", "these", "those"]
private let auxiliaries: ByteTable<Bool> = ["has", "have", "had", "also", "since", "then", "later", "would", "will", "did", "is", "was"]
private let participles: ByteTable<Bool> = ["met", "held", "sent", "given", "struck", "fought", "sought", "taken", "led", "made", "kept", "won", "cut", "hit", "shot", "told", "bought", "sold", "brought", "frozen", "broken", "paid", "seen"]
private let formsOfBe: ByteTable<Bool> = ["is", "are", "was", "were", "be", "been", "being"]
private let speechVerbs: ByteTable<Bool> = ["said", "says", "added", "stated", "told"]
/// Endings of adjectives that make the plural after them a noun (`defensive strikes`).
private let adjectiveEndings = ["ive", "al", "ic", "ary", "ous", "ful", "ian", "ese", "ish", "ed"]
