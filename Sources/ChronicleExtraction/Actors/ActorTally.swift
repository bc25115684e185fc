import ChronicleModel

/// Counts mentions per actor, with the names and people the text used.
/// FAQ restatements are not counted: they repeat the article.
///
/// Mentions are listed as they come and grouped once, by sorting, when the actors are built: a
/// document has a few dozen mentions, and sorting them costs less than hashing each actor id
/// into three dictionaries of sets.
struct ActorTally {
    private struct Entry {
        var actor: ActorID
        /// The name as written, for a mention by name; nil for a person or a pronoun.
        var name: String?
        var person: String?
    }

    private var entries: [Entry] = []

    mutating func add(_ document: AnalyzedDocument) {
        entries.reserveCapacity(entries.count + document.mentions.count)
        for mention in document.mentions where !document.sentences[mention.sentence].role.isRestatement {
            switch mention.form {
            case .person:
                entries.append(Entry(actor: mention.actor, name: nil, person: mention.person))
            case .coreference:
                entries.append(Entry(actor: mention.actor, name: nil, person: nil))
            default:
                entries.append(Entry(actor: mention.actor, name: document.ingested.string(mention.range), person: nil))
            }
        }
    }

    func actors(lexicon: Lexicon) -> [Actor] {
        // Indices are sorted, not entries: moving an entry retains and releases its strings.
        let order = entries.indices.sorted { entries[$0].actor < entries[$1].actor }
        var result: [Actor] = []
        var start = 0
        while start < order.count {
            let actor = entries[order[start]].actor
            var end = start
            while end < order.count, entries[order[end]].actor == actor { end += 1 }
            defer { start = end }
            guard let entry = lexicon.actors[actor] else { continue }
            // Gathered into lists made once at their size, not grown an element at a time.
            var names: [String] = [], people: [String] = []
            names.reserveCapacity(end - start)
            for index in order[start..<end] {
                if let name = entries[index].name { names.append(name) }
                if let person = entries[index].person {
                    if people.isEmpty { people.reserveCapacity(end - start) }
                    people.append(person)
                }
            }
            result.append(Actor(id: actor, name: entry.name, kind: entry.kind, aliases: distinctSorted(names), mentions: end - start,
                                people: people.isEmpty ? nil : distinctSorted(people)))
        }
        return result
    }
}
