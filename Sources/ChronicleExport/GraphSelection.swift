import ChronicleModel

/// The actors and relations a picture of the graph shows, after the options' filters.
struct GraphSelection {
    struct Edge {
        var source: ActorID
        var target: ActorID
        /// The relations of this ordered pair, by kind.
        var relations: [Relation]
    }

    let actors: [Actor]
    let edges: [Edge]
    let title: String
    let maxMentions: Int

    init(_ timeline: Timeline, options: GraphOptions) {
        var relations = timeline.relations.filter { $0.weight >= options.minimumWeight }
        if let chosen = options.actors {
            relations = relations.filter { chosen.contains($0.source) && chosen.contains($0.target) }
        }
        if options.since != nil || options.until != nil {
            relations = relations.filter { relation in
                guard let first = relation.firstSeen, let last = relation.lastSeen else { return false }
                if let since = options.since, TimexOrder.precedes(last, since) { return false }
                if let until = options.until, TimexOrder.precedes(until, first) { return false }
                return true
            }
        }
        var byPair: [String: Edge] = [:]
        for relation in relations {
            let key = relation.source.rawValue + "\u{0}" + relation.target.rawValue
            byPair[key, default: Edge(source: relation.source, target: relation.target, relations: [])].relations.append(relation)
        }
        edges = byPair.keys.sorted().map { key in
            var edge = byPair[key]!
            edge.relations.sort { ($1.weight, $0.kind) < ($0.weight, $1.kind) }
            return edge
        }
        // Actors: those the drawn relations link (an actor only mentioned would be a stray box), plus
        // any actor asked for by name.
        let linked = Set(edges.flatMap { [$0.source, $0.target] })
        actors = timeline.actors.filter { actor in linked.contains(actor.id) || options.actors?.contains(actor.id) == true }
        maxMentions = actors.map(\.mentions).max() ?? 1
        if let title = options.title {
            self.title = title
        } else {
            let days = timeline.documents.compactMap(\.published).sorted()
            let range = days.first.map { first in first == days.last! ? " · \(first)" : " · \(first) – \(days.last!)" } ?? ""
            let count = timeline.documents.count
            self.title = "Actor relations · \(count) document\(count == 1 ? "" : "s")\(range)"
        }
    }
}
