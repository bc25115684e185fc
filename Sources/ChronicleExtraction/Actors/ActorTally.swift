import ChronicleModel

/// Counts mentions per actor across documents, with the names and people the corpus used.
/// FAQ restatements are not counted: they repeat the article.
struct ActorTally {
    private var counts: [ActorID: Int] = [:]
    private var names: [ActorID: Set<String>] = [:]
    private var people: [ActorID: Set<String>] = [:]

    mutating func add(_ document: AnalyzedDocument) {
        for mention in document.mentions where !document.sentences[mention.sentence].role.isRestatement {
            counts[mention.actor, default: 0] += 1
            switch mention.form {
            case .person:
                if let person = mention.person { people[mention.actor, default: []].insert(person) }
            case .coreference:
                break
            default:
                names[mention.actor, default: []].insert(document.ingested.string(mention.range))
            }
        }
    }

    func actors(lexicon: Lexicon) -> [Actor] {
        counts.keys.sorted().compactMap { id in
            guard let entry = lexicon.actors[id] else { return nil }
            let seenPeople = (people[id] ?? []).sorted()
            return Actor(id: id, name: entry.name, kind: entry.kind, aliases: (names[id] ?? []).sorted(),
                         mentions: counts[id] ?? 0, people: seenPeople.isEmpty ? nil : seenPeople)
        }
    }
}
