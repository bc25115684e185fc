import ChronicleModel

/// Counts mentions per actor, with the names and people the text used.
/// FAQ restatements are not counted: they repeat the article, and neither are actors the
/// lexicon does not have.
///
/// Mentions are listed as they come and grouped once, by sorting, when the actors are built: a
/// document has a few dozen mentions, and sorting them costs less than hashing each actor id
/// into three dictionaries of sets. A mention is listed by its actor's place in the lexicon's id
/// order and where its name is in the text, so grouping sorts integers, and a name becomes a
/// `String` once per actor however often it is written.
public struct ActorTally: Sendable {
    struct Entry {
        /// The actor's place in `LexiconIndex.actorEntries`.
        var actor: Int32
        /// Where the name as written is in the document's clean text, for a mention by name;
        /// empty for a person or a pronoun.
        var name: Range<Int>
        var person: String?
    }

    /// The document's text, where the names are.
    let text: [UInt8]
    private(set) var entries: [Entry] = []

    /// The tally of a document's mentions of the actors `index` has.
    init(_ document: AnalyzedDocument, index: LexiconIndex) {
        text = document.ingested.text
        entries.reserveCapacity(document.mentions.count)
        for mention in document.mentions where !document.sentences[mention.sentence].role.isRestatement {
            guard let place = index.place(of: mention.actor) else { continue }
            let byName = mention.form != .person && mention.form != .coreference
            entries.append(Entry(actor: Int32(place), name: byName ? mention.range : 0..<0, person: mention.form == .person ? mention.person : nil))
        }
    }

    /// The actors mentioned, in id order (`index` is the one the mentions were added with).
    func actors(index: LexiconIndex) -> [Actor] {
        // Sorted as one integer per entry, its actor's place above its own position.
        var order: [UInt64] = []
        order.reserveCapacity(entries.count)
        for position in entries.indices { order.append(UInt64(UInt32(entries[position].actor)) << 32 | UInt64(position)) }
        order.sort()
        var result: [Actor] = []
        var spellings: [Range<Int>] = []
        var start = 0
        while start < order.count {
            let actor = order[start] >> 32
            var end = start
            while end < order.count, order[end] >> 32 == actor { end += 1 }
            defer { start = end }
            var people: [String] = []
            spellings.removeAll(keepingCapacity: true)
            for key in order[start..<end] {
                let position = Int(truncatingIfNeeded: key & 0xFFFF_FFFF)
                if let person = entries[position].person {
                    if people.isEmpty { people.reserveCapacity(end - start) }
                    people.append(person)
                }
                let name = entries[position].name
                // Most actors are written one way or two in a document: the spellings so far are few.
                if !name.isEmpty, !spellings.contains(where: { sameBytes($0, name) }) { spellings.append(name) }
            }
            // A name written ten times becomes one `String`, not ten; canonically equivalent
            // spellings are then one name, as `String` compares them.
            var names: [String] = []
            names.reserveCapacity(spellings.count)
            for spelling in spellings { names.append(String(decoding: text[spelling], as: UTF8.self)) }
            // The entry's fields are read where they lie: a copy of the entry retained every list in it.
            let place = Int(actor)
            result.append(Actor(id: index.actorEntries[place].id, name: index.actorEntries[place].name, kind: index.actorEntries[place].kind,
                                aliases: distinctSortedNames(names), mentions: end - start, people: people.isEmpty ? nil : distinctSortedNames(people)))
        }
        return result
    }

    /// Whether the text has the same bytes at `a` and `b`.
    private func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        return text.withUnsafeBufferPointer { text in
            UnsafeBufferPointer(rebasing: text[a]).elementsEqual(UnsafeBufferPointer(rebasing: text[b]))
        }
    }
}
