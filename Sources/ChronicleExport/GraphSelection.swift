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
    /// The edges (ordered pairs of actors) the filters let through, before `GraphOptions.maximumEdges` kept the strongest.
    let availableEdgeCount: Int

    /// How much of the graph the picture shows.
    var extent: GraphExtent { GraphExtent(actors: actors.count, edges: edges.count, availableEdges: availableEdgeCount) }

    init(_ timeline: Timeline, options: GraphOptions) {
        var relations = timeline.relations.filter { $0.weight >= options.minimumWeight }
        if let chosen = options.actors {
            relations = relations.filter { chosen.contains($0.source) && chosen.contains($0.target) }
        }
        if options.since != nil || options.until != nil {
            // A relation is kept when the days it was seen over, from the first its first date may
            // denote to the last its last date may, meet the range asked for: `--until 2023` keeps
            // what was seen in December 2023, `--since 2023-10-15` what was seen in "October 2023".
            // One whose dates have no place on the calendar cannot be shown to be in the range.
            let sinceStart = options.since.flatMap(TimexOrder.start(of:))
            let untilEnd = options.until.flatMap(TimexOrder.end(of:))
            relations = relations.filter { relation in
                guard let first = relation.firstSeen.flatMap(TimexOrder.start(of:)),
                      let last = relation.lastSeen.flatMap(TimexOrder.end(of:))
                else { return false }
                if let sinceStart, (last.year, last.month, last.day) < (sinceStart.year, sinceStart.month, sinceStart.day) { return false }
                if let untilEnd, (untilEnd.year, untilEnd.month, untilEnd.day) < (first.year, first.month, first.day) { return false }
                return true
            }
        }
        var byPair: [String: Edge] = [:]
        for relation in relations {
            let key = relation.source.rawValue + "\u{0}" + relation.target.rawValue
            byPair[key, default: Edge(source: relation.source, target: relation.target, relations: [])].relations.append(relation)
        }
        var keys = byPair.keys.sorted()
        availableEdgeCount = keys.count
        if let maximum = options.maximumEdges, maximum < keys.count {
            keys = Self.strongest(maximum, of: keys, byPair, timeline: timeline).sorted()
        }
        edges = keys.map { key in
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

    /// The keys of the `count` strongest edges: the most evidence sentences first, then the edge
    /// between the most mentioned actors (real news has many edges seen once, and the prominent
    /// actors' ones say most), then the keys' order, so the choice is the same on every run.
    private static func strongest(_ count: Int, of keys: [String], _ byPair: [String: Edge], timeline: Timeline) -> [String] {
        var mentions: [ActorID: Int] = [:]
        for actor in timeline.actors { mentions[actor.id] = actor.mentions }
        let ranked = keys.map { key in
            let edge = byPair[key]!
            let weight = edge.relations.reduce(0) { $0 + $1.weight }
            let prominence = (mentions[edge.source] ?? 0) + (mentions[edge.target] ?? 0)
            return (key: key, weight: weight, prominence: prominence)
        }
        return ranked.sorted { ($1.weight, $1.prominence, $0.key) < ($0.weight, $0.prominence, $1.key) }.prefix(count).map(\.key)
    }
}

/// How much of the actor graph a picture shows: the edges (ordered pairs of actors) drawn, out of
/// those the filters let through (`GraphOptions.maximumEdges` keeps the strongest), and the actors they link.
public struct GraphExtent: Sendable, Equatable {
    public var actors: Int
    public var edges: Int
    public var availableEdges: Int

    public init(actors: Int, edges: Int, availableEdges: Int) {
        self.actors = actors
        self.edges = edges
        self.availableEdges = availableEdges
    }

    /// Whether edges were left out to keep the picture within `GraphOptions.maximumEdges`.
    public var isCapped: Bool { edges < availableEdges }

    /// "the 100 strongest of 460 edges", for the notes beside a capped picture.
    public var shownPhrase: String { "the \(edges) strongest of \(availableEdges) edges" }
}
