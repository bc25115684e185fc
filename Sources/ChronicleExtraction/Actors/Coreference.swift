import ChronicleModel

/// Light coreference: `the country`, `the group`, `the militant group`, `the Palestinian movement`,
/// `its`, `their` point back to the most recent fitting actor in the same or the previous sentence.
enum Coreference {
    static let groupAdjectives: Set<String> = [
        "militant", "islamist", "palestinian", "lebanese", "yemeni", "armed", "shiite", "shia", "sunni", "jihadist",
        "terrorist", "extremist", "rebel", "radical", "iran-backed", "political",
    ]
    static let groupNouns: Set<String> = ["group", "movement", "militia", "organization", "organisation", "faction"]
    static let countryNouns: Set<String> = ["country", "nation"]
    static let sentenceStarters: Set<String> = ["the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "when", "while"]

    static func resolve(
        _ mentions: [ActorMention], tokens: [Token], text: [UInt8], sentence: Int, previous: [ActorMention], lexicon: Lexicon
    ) -> [ActorMention] {
        var result = mentions
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            guard token.kind == .word, !result.contains(where: { $0.range.overlaps(token.range) }) else { position += 1; continue }
            let word = String(decoding: text[token.range], as: UTF8.self).lowercased()
            var phraseEnd: Int? = nil
            var fits: ((ActorKind) -> Bool)? = nil
            switch word {
            case "its":
                phraseEnd = position
                fits = { $0 != .population && $0 != .region }
            case "their":
                phraseEnd = position
                fits = { [.population, .armedGroup, .movement, .party, .region].contains($0) }
            case "the":
                var next = position + 1
                var adjective = next < tokens.count ? lowered(tokens[next], text) : ""
                if adjective == "iran" || groupAdjectives.contains(adjective) {
                    if adjective == "iran", next + 2 < tokens.count, tokens[next + 1].kind == .hyphen { next += 2 }
                    next += 1
                    adjective = ""
                }
                guard next < tokens.count else { break }
                let noun = lowered(tokens[next], text)
                if groupNouns.contains(noun) {
                    phraseEnd = next
                    fits = { $0 == .armedGroup || $0 == .movement || $0 == .party }
                } else if countryNouns.contains(noun), next == position + 1 {
                    phraseEnd = next
                    fits = { $0 == .state }
                }
            default:
                break
            }
            guard let end = phraseEnd, let fits else { position += 1; continue }
            let range = token.range.lowerBound..<tokens[end].range.upperBound
            // The most recent fitting actor before the phrase, in this sentence or the one before.
            let candidates = previous + result.filter { $0.range.upperBound <= range.lowerBound }
            if let antecedent = candidates.last(where: { lexicon.actors[$0.actor].map { fits($0.kind) } ?? false }) {
                result.append(ActorMention(sentence: sentence, range: range, actor: antecedent.actor, form: .coreference, person: nil))
                // A lexicon name inside the phrase ("the Palestinian movement") is the phrase's, not a new actor.
                result.removeAll { $0.form != .coreference && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }
            }
            position = end + 1
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func lowered(_ token: Token, _ text: [UInt8]) -> String {
        String(decoding: text[token.range], as: UTF8.self).lowercased()
    }
}
