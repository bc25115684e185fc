import ChronicleModel

/// The actors of many documents (one thread's share of a run), gathered from each document's
/// `ActorTally` by the actor's place in the lexicon: a count of mentions, each distinct spelling
/// as bytes, and the people named.
///
/// Made into `Actor` records once, at the end, these are what merging one record per actor per
/// document gives: the mentions summed, the names and people each listed once, sorted. Making and
/// merging those records cost a `String` per spelling and a list of names per actor in every
/// document, with the merges of those lists (about 6% of `chronicle extract` on event-dense news).
public struct ActorTotals: Sendable {
    private struct Totals: Sendable {
        var mentions = 0
        /// Each spelling's bytes, once (a name is written in one to a few ways).
        var spellings: [[UInt8]] = []
        var people: Set<String> = []
    }

    private let index: LexiconIndex
    /// By place in `index.actorEntries`; nil for an actor no document has mentioned.
    private var totals: [Totals?]

    /// Totals for the tallies of `extractor` (whose lexicon places the mentions).
    public init(extractor: Extractor) {
        index = extractor.recognizer.index
        totals = Array(repeating: nil, count: index.actorEntries.count)
    }

    /// Adds one document's tally (made by the same extractor).
    public mutating func add(_ tally: consuming ActorTally) {
        // Entries are read where they lie: a copy of each retained its person's name.
        for position in tally.entries.indices {
            let place = Int(tally.entries[position].actor)
            if totals[place] == nil { totals[place] = Totals() }
            totals[place]!.mentions += 1
            if let person = tally.entries[position].person {
                // A set keeps the first of two canonically equivalent names; which came first
                // depends on the threads, so the one `String.firstInBytes` picks is kept instead.
                let (inserted, kept) = totals[place]!.people.insert(person)
                if !inserted, !kept.hasSameBytes(as: person) { totals[place]!.people.update(with: String.firstInBytes(kept, person)) }
            }
            let name = tally.entries[position].name
            guard !name.isEmpty else { continue }
            let known = tally.text.withUnsafeBufferPointer { text in
                let spelling = UnsafeBufferPointer(rebasing: text[name])
                return totals[place]!.spellings.contains { $0.elementsEqual(spelling) }
            }
            if !known { totals[place]!.spellings.append(Array(tally.text[name])) }
        }
    }

    /// The actors mentioned, in id order.
    public func actors() -> [Actor] {
        var result: [Actor] = []
        for (place, gathered) in totals.enumerated() {
            guard let gathered else { continue }
            let entry = index.actorEntries[place]
            // Spellings canonically equivalent as `String`s (composed and decomposed accents) are one name.
            let names = distinctSortedNames(gathered.spellings.map { String(decoding: $0, as: UTF8.self) })
            let people = distinctSortedNames(Array(gathered.people))
            result.append(Actor(id: entry.id, name: entry.name, kind: entry.kind, aliases: names, mentions: gathered.mentions,
                                people: people.isEmpty ? nil : people))
        }
        return result
    }
}
