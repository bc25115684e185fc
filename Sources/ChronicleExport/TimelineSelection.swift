import ChronicleModel

/// The events the views of the timeline show: `timeline.svg`, the report's dated list and Mermaid
/// timeline, the slides of `timelinejs.json`.
///
/// A picture draws one row per event, so a large corpus makes one no one can look at: 10,000
/// generated documents gave 74,201 events, an SVG 1.6 million pixels tall and a Mermaid block far
/// past the 50,000 characters Mermaid renders. Above `maximum`, a picture keeps the events with the
/// most evidence sentences; among equals, those between the most mentioned actors (as the graph's
/// picture keeps its edges), then the earliest in canonical order, so the choice is the same on
/// every run. The kept events stay in canonical (date) order. `timeline.json` and `events.csv`
/// keep every event.
struct TimelineSelection {
    /// The positions in `timeline.events` of the events shown, in canonical order.
    let indices: [Int]
    let extent: TimelineExtent

    /// - Parameters:
    ///   - maximum: the most events to show; nil shows all.
    ///   - eligible: which events the picture can show at all (TimelineJS: only dated ones);
    ///     the extent counts only these.
    init(_ timeline: Timeline, maximum: Int?, eligible: (Event) -> Bool = { _ in true }) {
        let all = timeline.events
        let candidates = all.indices.filter { eligible(all[$0]) }
        guard let maximum, maximum < candidates.count else {
            indices = candidates
            extent = TimelineExtent(events: candidates.count, availableEvents: candidates.count)
            return
        }
        var mentions: [ActorID: Int] = [:]
        for actor in timeline.actors { mentions[actor.id] = actor.mentions }
        func prominence(_ event: Event) -> Int {
            (event.source.flatMap { mentions[$0] } ?? 0) + (event.target.flatMap { mentions[$0] } ?? 0)
        }
        let ranked = candidates.map { (index: $0, evidence: all[$0].evidence.count, prominence: prominence(all[$0])) }
        indices = ranked.sorted { ($1.evidence, $1.prominence, $0.index) < ($0.evidence, $0.prominence, $1.index) }
            .prefix(maximum).map(\.index).sorted()
        extent = TimelineExtent(events: indices.count, availableEvents: candidates.count)
    }

    /// The events shown, in canonical order.
    func events(of timeline: Timeline) -> [Event] { indices.map { timeline.events[$0] } }

    /// Whether `event` has a place on a time axis: TimelineJS makes slides only of these.
    static func isDated(_ event: Event) -> Bool { TimexOrder.start(of: event.date.value) != nil }
}

/// How many of the timeline's events its pictures show (`TimelineSelection`).
public struct TimelineExtent: Sendable, Equatable {
    public var events: Int
    public var availableEvents: Int

    /// The events a view of the timeline shows unless asked otherwise (`--max-events`): 250 rows
    /// make an SVG about 5,600 pixels tall, a Mermaid block well inside what Mermaid renders, and
    /// a dated list of about 70 KB in the report.
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

    /// How many of `timeline`'s dated events `timelinejs.json` makes slides of, at most `maximum`
    /// (nil: all): TimelineJS places a slide by its date, so an undated event has none.
    public static func slides(of timeline: Timeline, maximum: Int?) -> TimelineExtent {
        let count = timeline.events.reduce(0) { $0 + (TimelineSelection.isDated($1) ? 1 : 0) }
        return TimelineExtent(events: min(count, maximum ?? count), availableEvents: count)
    }

    /// Whether events were left out to keep the pictures within their maximum.
    public var isCapped: Bool { events < availableEvents }

    /// "250 of the 7396 events, those with the most evidence sentences", for the notes beside a capped picture.
    public var shownPhrase: String { "\(events) of the \(availableEvents) events, those with the most evidence sentences" }
}
