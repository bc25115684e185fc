import ChronicleExport
import ChronicleModel
import Foundation

/// The result of `Chronicle.extractForJSON`, on its way to `timeline.json`: in memory, or, when it
/// outgrew the memory budget, documents and actors in memory and every relation and event in
/// sorted runs on disk, merged back as the file is written.
public struct SpooledRun: Sendable {
    enum Content: Sendable {
        case memory(Timeline)
        case spilled(head: Timeline, runs: [SpilledRun])
    }

    let content: Content
    /// Messages about the inputs, in input order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: [String]

    public var documentCount: Int {
        switch content {
        case .memory(let timeline), .spilled(let timeline, _): return timeline.documents.count
        }
    }

    /// How many sorted runs went to temporary files; 0 when the result stayed in memory.
    public var spilledRunCount: Int {
        if case .spilled(_, let runs) = content { return runs.count }
        return 0
    }

    /// Writes `timeline.json` to `handle`: the same bytes as `TimelineJSON.write` on the timeline
    /// `Chronicle.extract` returns for the same input, encoded on `threads` threads.
    /// - Throws: the handle's write errors, or `FileSystem.Failure` when a temporary file cannot be read back.
    public func writeTimelineJSON(to handle: FileHandle, threads: Int = 1) throws {
        switch content {
        case .memory(let timeline):
            try TimelineJSON.write(timeline, to: handle, threads: threads)
        case .spilled(let head, let runs):
            let events = SpilledRun.events(of: runs)
            let relations = SpilledRun.relations(of: runs)
            try TimelineJSON.write(actors: head.actors, documents: head.documents, events: events, relations: relations, to: handle, threads: threads)
            if let failure = events.failure ?? relations.failure { throw failure }
        }
    }
}
