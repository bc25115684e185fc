import ChronicleModel
import Foundation

/// `timeline.json`: the model's own encoding, with sorted keys and a stable order,
/// so the same result always gives the same bytes.
public enum TimelineJSON {
    /// - Parameter threads: how many threads may encode the long lists; the bytes are the same for any number.
    public static func encode(_ timeline: Timeline, threads: Int = 1) throws -> Data {
        try encode(CanonicalTimeline(timeline, threads: threads), threads: threads)
    }

    package static func encode(_ canonical: CanonicalTimeline, threads: Int) throws -> Data {
        let canonical = canonical.timeline
        var output = JSONOutput(pretty: true, capacity: estimatedSize(of: canonical, pretty: true))
        output.write(canonical, threads: threads)
        output.endLine()
        return output.data
    }

    /// Writes `timeline.json` to `handle` a megabyte at a time, the same bytes as `encode`, without
    /// holding the whole text (over 100 MB for 10,000 generated documents). Not `pretty`, it is one
    /// compact line, the same bytes as `encodeLines([timeline])`.
    public static func write(_ timeline: Timeline, to handle: FileHandle, threads: Int = 1, pretty: Bool = true) throws {
        var canonical = timeline
        canonical.sortCanonically(threads: threads)
        try write(to: handle, pretty: pretty) { $0.write(canonical, threads: threads) }
    }

    /// Writes `timeline.json` from records that arrive one by one, the same bytes as `write(_:to:threads:)`
    /// on the timeline they make up, holding a batch of records at a time: for results too large for memory,
    /// read back from sorted runs on disk. `threads` encode batches of records side by side.
    ///
    /// A sequence cannot throw, so `failure` says whether one ended early (a run that could not be
    /// read back). It is asked after each list; once it gives an error, writing stops there and the
    /// error is thrown, leaving the text without its closing brace: no JSON reader takes a short
    /// timeline for a whole one, even in a pipeline that ignores the exit code.
    /// - Precondition: `events` and `relations` come in output order (`Timeline.sortCanonically`),
    ///   each with its evidence in order; `actors` and `documents` may come in any order.
    public static func write<Events: Sequence<Event>, Relations: Sequence<Relation>>(
        actors: [Actor], documents: [Document], events: Events, relations: Relations, to handle: FileHandle, threads: Int = 1,
        pretty: Bool = true, failure: () -> (any Error)? = { nil }
    ) throws {
        try writeRecords(actors: actors, documents: documents, events: events, relations: relations, to: handle, threads: threads,
                         pretty: pretty, failure: failure)
    }

    /// `write(actors:documents:events:relations:to:threads:pretty:failure:)` for events and relations
    /// that are made from what the sequences give on the threads that encode them: records read back
    /// from disk are decoded where they are encoded and freed, not on the thread that draws them.
    /// `failure` also says whether one could not be made (it was left out).
    public static func write<Events: Sequence, Relations: Sequence>(
        actors: [Actor], documents: [Document], deferredEvents events: Events, deferredRelations relations: Relations,
        to handle: FileHandle, threads: Int = 1, pretty: Bool = true, failure: () -> (any Error)? = { nil }
    ) throws where Events.Element: DeferredRecord<Event>, Relations.Element: DeferredRecord<Relation> {
        let head = Timeline(documents: documents, actors: actors)
        try write(to: handle, pretty: pretty) { output in
            try output.writeTimeline(actors: head.actors, documents: head.documents, schemaVersion: head.schemaVersion,
                                     deferredEvents: events, deferredRelations: relations, threads: threads) {
                if let failure = failure() { throw failure }
            }
        }
    }

    /// `write(actors:documents:events:relations:to:threads:pretty:failure:)` for lists in memory,
    /// in output order. A call from another module with arrays would otherwise run the generic
    /// code unspecialised, copying every record through its value witness to read it.
    public static func write(actors: [Actor], documents: [Document], events: [Event], relations: [Relation], to handle: FileHandle,
                             threads: Int = 1, pretty: Bool = true) throws
    {
        try writeRecords(actors: actors, documents: documents, events: events, relations: relations, to: handle, threads: threads,
                         pretty: pretty, failure: { nil })
    }

    private static func writeRecords<Events: Sequence<Event>, Relations: Sequence<Relation>>(
        actors: [Actor], documents: [Document], events: Events, relations: Relations, to handle: FileHandle, threads: Int,
        pretty: Bool, failure: () -> (any Error)?
    ) throws {
        let head = Timeline(documents: documents, actors: actors)
        try write(to: handle, pretty: pretty) { output in
            try output.writeTimeline(actors: head.actors, documents: head.documents, schemaVersion: head.schemaVersion,
                                     events: events, relations: relations, threads: threads) {
                if let failure = failure() { throw failure }
            }
        }
    }

    /// `timeline.json` of a timeline in canonical order, the same bytes as `encode`, handed to `sink`
    /// a megabyte at a time (`build` writes it to its file so, rather than holding it whole).
    package static func write(_ canonical: CanonicalTimeline, threads: Int, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try JSONOutput.write(pretty: true, to: sink) { $0.write(canonical.timeline, threads: threads) }
    }

    /// JSON handed to `handle` a megabyte at a time.
    private static func write(to handle: FileHandle, pretty: Bool, _ body: (inout JSONOutput) throws -> Void) throws {
        try JSONOutput.write(pretty: pretty, to: { try handle.write(contentsOf: $0) }, body)
    }

    /// JSON Lines: one compact timeline per line, keys sorted (`chronicle extract --jsonl`).
    public static func encodeLines(_ timelines: [Timeline]) throws -> Data {
        var output = JSONOutput(pretty: false, capacity: timelines.reduce(0) { $0 + estimatedSize(of: $1, pretty: false) })
        for timeline in timelines {
            var canonical = timeline
            canonical.sortCanonically()
            output.write(canonical)
            output.endLine()
        }
        return output.data
    }

    /// A guess at the encoded size from the number of records, so the buffer grows once or twice, not twenty times.
    private static func estimatedSize(of timeline: Timeline, pretty: Bool) -> Int {
        let evidence = timeline.relations.reduce(0) { $0 + $1.evidence.count } + timeline.events.reduce(0) { $0 + $1.evidence.count }
        let records = timeline.actors.count + timeline.documents.count + timeline.relations.count + timeline.events.count
        return (evidence * 320 + records * 360) * (pretty ? 3 : 2) / 2
    }

    /// A `timeline.json` written for a schema version other than the one this Chronicle reads.
    public struct UnsupportedSchemaVersion: Error, Equatable, CustomStringConvertible {
        public let found: Int
        public init(found: Int) { self.found = found }
        public var description: String {
            "schemaVersion \(found) is not \(Timeline.currentSchemaVersion), the version this Chronicle reads"
        }
    }

    /// A decoding failure in words a user can act on, instead of Swift's debug description.
    public static func explain(_ error: any Error) -> String {
        explain(error, locating: { nil })
    }

    /// `explain(_:)`, saying where `text`, the text that failed to decode, stops being JSON.
    public static func explain(_ error: any Error, in text: some Collection<UInt8>) -> String {
        explain(error, locating: { JSONSyntax.firstProblem(in: text) })
    }

    private static func explain(_ error: any Error, locating: () -> JSONSyntax.Problem?) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.isEmpty ? "the top level" : context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case let version as UnsupportedSchemaVersion:
            return version.description
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty:
            if let problem = locating() { return "not valid JSON \(problem)" }
            return "not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
        case DecodingError.dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            return "missing field `\(key.stringValue)` at \(path(context))"
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            return "\(path(context)) should be \(type)"
        default:
            return "\(error)"
        }
    }

    public static func decode(_ data: Data) throws -> Timeline {
        // Read without `Codable` when it is sure to read the same; else `JSONDecoder` reads it or says what is wrong.
        let fast = data.withUnsafeBytes { ModelJSONReader.timeline($0.bindMemory(to: UInt8.self)) }
        let timeline = try fast ?? JSONDecoder().decode(Timeline.self, from: data)
        guard timeline.schemaVersion == Timeline.currentSchemaVersion else { throw UnsupportedSchemaVersion(found: timeline.schemaVersion) }
        return timeline
    }
}
