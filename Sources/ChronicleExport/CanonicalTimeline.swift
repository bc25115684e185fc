import ChronicleModel

/// A timeline known to be in canonical order (`Timeline.sortCanonically`). Every exporter puts
/// the timeline it is given in that order first, which for a timeline already in it is a check of
/// every event's date and every evidence list: 11 M instructions on 1,000 generated documents, and
/// `build` hands the same timeline to nine exporters. `build` makes one of these and passes it on.
package struct CanonicalTimeline: Sendable {
    package let timeline: Timeline

    package init(_ timeline: Timeline, threads: Int = 1) {
        var timeline = timeline
        timeline.sortCanonically(threads: threads)
        self.timeline = timeline
    }
}
