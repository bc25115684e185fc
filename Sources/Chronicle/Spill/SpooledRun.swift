import ChronicleExport
import ChronicleModel
import Foundation

/// The result of `Chronicle.extractForJSON`, on its way to `timeline.json`: in memory, or, when it
/// outgrew the memory budget, documents and actors in memory and every relation and event in
/// sorted runs on disk, merged back as the file is written.
public struct SpooledRun: Sendable {
    /// The whole result, or, when `runs` is not empty, only its documents and actors; in output
    /// order (`Timeline.Merger.timeline` made it).
    let timeline: Timeline
    /// The sorted runs that hold every relation and event, when the result went to disk.
    let runs: [SpilledRun]
    /// Messages about the inputs, in input order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: [String]

    public var documentCount: Int { timeline.documents.count }

    /// How many sorted runs went to temporary files; 0 when the result stayed in memory.
    public var spilledRunCount: Int { runs.count }

    /// Writes `timeline.json` to `handle`: the same bytes as `TimelineJSON.write` on the timeline
    /// `Chronicle.extract` returns for the same input, encoded on `threads` threads; not `pretty`,
    /// one compact line (`merge --jsonl`).
    /// - Throws: the handle's write errors, or `FileSystem.Failure` when a temporary file cannot be read back;
    ///   what was written then stops short of its closing brace, so it cannot pass for a whole timeline.
    public func writeTimelineJSON(to handle: FileHandle, threads: Int = 1, pretty: Bool = true) throws {
        // Batches are drawn for every thread at once: a million threads would draw every record.
        let threads = Chronicle.usefulThreads(jobs: threads)
        guard !runs.isEmpty else {
            // In output order already: written as it is, rather than checked again list by list.
            try TimelineJSON.write(actors: timeline.actors, documents: timeline.documents, events: timeline.events,
                                   relations: timeline.relations, to: handle, threads: threads, pretty: pretty)
            return
        }
        let events = SpilledRun.events(of: runs)
        let relations = SpilledRun.relations(of: runs)
        // A run that cannot be read back stops the text short of its closing brace (see `TimelineJSON.write`).
        try TimelineJSON.write(actors: timeline.actors, documents: timeline.documents, deferredEvents: events, deferredRelations: relations,
                               to: handle, threads: threads, pretty: pretty, failure: { events.failure ?? relations.failure })
    }
}
