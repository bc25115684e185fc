import ChronicleModel

/// The events the pictures of the timeline show (`timeline.svg`, the report's Mermaid timeline).
///
/// A picture draws one row per event, so a large corpus makes one no one can look at: 10,000
/// generated documents gave 30,000 events, an SVG 1.6 million pixels tall and a Mermaid block far
/// past the 50,000 characters Mermaid renders. Above `maximum`, a picture keeps the events with the
/// most evidence sentences; among equals, those between the most mentioned actors (as the graph's
/// picture keeps its edges), then the earliest in canonical order, so the choice is the same on
/// every run. The kept events stay in canonical (date) order. `timeline.json`, `events.csv` and
/// the report's dated list keep every event.
struct TimelineSelection {
    /// The events shown, in the timeline's canonical order.
    let events: [Event]
    let extent: TimelineExtent

    /// - Parameter maximum: the most events to show; nil shows all.
    init(_ timeline: Timeline, maximum: Int?) {
        let all = timeline.events
        guard let maximum, maximum < all.count else {
            events = all
            extent = TimelineExtent(events: all.count, availableEvents: all.count)
            return
        }
        var mentions: [ActorID: Int] = [:]
        for actor in timeline.actors { mentions[actor.id] = actor.mentions }
        func prominence(_ event: Event) -> Int {
            (event.source.flatMap { mentions[$0] } ?? 0) + (event.target.flatMap { mentions[$0] } ?? 0)
        }
        let ranked = all.indices.map { (index: $0, evidence: all[$0].evidence.count, prominence: prominence(all[$0])) }
        let kept = ranked.sorted { ($1.evidence, $1.prominence, $0.index) < ($0.evidence, $0.prominence, $1.index) }
            .prefix(maximum).map(\.index).sorted()
        events = kept.map { all[$0] }
        extent = TimelineExtent(events: kept.count, availableEvents: all.count)
    }
}

/// How many of the timeline's events its pictures show (`TimelineSelection`).
public struct TimelineExtent: Sendable, Equatable {
    public var events: Int
    public var availableEvents: Int

    /// The events a picture of the timeline shows unless asked otherwise (`--max-events`): 250 rows
    /// make an SVG about 5,600 pixels tall, and a Mermaid block well inside what Mermaid renders.
    public static let defaultMaximumEvents = 250

    public init(events: Int, availableEvents: Int) {
        self.events = events
        self.availableEvents = availableEvents
    }

    /// How much `timeline` a picture showing at most `maximum` events (nil: all) shows.
    public init(of timeline: Timeline, maximum: Int?) {
        let count = timeline.events.count
        self.init(events: min(count, maximum ?? count), availableEvents: count)
    }

    /// Whether events were left out to keep the pictures within their maximum.
    public var isCapped: Bool { events < availableEvents }

    /// "250 of the 7396 events, those with the most evidence sentences", for the notes beside a capped picture.
    public var shownPhrase: String { "\(events) of the \(availableEvents) events, those with the most evidence sentences" }
}
