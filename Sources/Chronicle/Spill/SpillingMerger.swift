import ChronicleExport
import ChronicleModel
import Foundation
#if os(Linux)
import CLibcExtras
#endif

/// A `Timeline.Merger` held under a memory budget: once its relations and events pass it, they move
/// to a sorted run in a temporary file, to be merged back as `timeline.json` is written
/// (`SpooledRun`). `chronicle extract` keeps one per thread, `chronicle merge` one in all.
///
/// Only one thread at a time may use a merger.
public final class SpillingMerger: @unchecked Sendable {
    /// The merged records still in memory (all of them when nothing went to disk).
    private(set) var merger = Timeline.Merger()
    /// The sorted runs moved to disk so far, in the order they were written.
    private(set) var runs: [SpilledRun] = []
    /// The first failure to make or write a temporary file; nothing more is spilled after it.
    private(set) var failure: (any Error)?
    /// About how many bytes of relations and events to hold; nil holds everything.
    private let budget: Int?
    private let folder: String
    private var file: SpillFile?
    /// Each document id's file, for `chronicle merge`, which takes documents from separate runs
    /// that may have given one id to two files; nil when not asked for (one run's ids are distinct).
    private var sourceByID: [DocumentID: String]?
    /// Ids that came with more than one file, and those files.
    private var clashes: [DocumentID: Set<String>] = [:]
    /// Parts (lines, files) whose every document had been merged already: the same lines merged
    /// twice. Their records would add nothing but their actors' mentions, counted a second time,
    /// so they are left out.
    private var repeatedParts = 0
    /// Parts that held documents merged already beside new ones: their actors' mentions count
    /// those documents twice, which cannot be undone from the merged counts.
    private var overlappingParts = 0
    /// While a part is read record by record: its actors, held back until its documents say
    /// whether it repeats earlier parts, and how many of its documents did.
    private var heldActors: [Actor]?
    private var partDocuments = 0
    private var partRepeats = 0

    /// - Parameters:
    ///   - memoryBudget: about how many bytes of merged relations and events to hold before they
    ///     go to disk; nil keeps everything in memory.
    ///   - temporaryDirectory: where the temporary files go; nil means `$TMPDIR`, else `/tmp`.
    ///   - checkingDocumentSources: note document ids that come with more than one file, which
    ///     `finish` reports: their evidence cannot be told apart once merged.
    public init(memoryBudget: Int?, temporaryDirectory: String? = nil, checkingDocumentSources: Bool = false) {
        budget = memoryBudget.map { max(1, $0) }
        folder = temporaryDirectory ?? SpillingMerger.defaultFolder
        sourceByID = checkingDocumentSources ? [:] : nil
    }

    /// Notes the document's file; whether the same id came from the same file before (a repeat).
    private func check(_ document: Document) -> Bool {
        guard sourceByID != nil else { return false }
        guard let known = sourceByID![document.id] else {
            sourceByID![document.id] = document.source
            return false
        }
        if known != document.source { clashes[document.id, default: [known]].insert(document.source) }
        return known == document.source
    }

    /// What `finish` says of repeated parts: a note for those left out, a warning for those that
    /// counted some documents' actors twice.
    private var repeatDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if repeatedParts > 0 {
            diagnostics.append(Diagnostic(.note, file: "", "\(repeatedParts) timeline\(repeatedParts == 1 ? "" : "s") (lines or files) held only "
                + "documents merged already, from the same files; \(repeatedParts == 1 ? "it was" : "they were") left out"))
        }
        if overlappingParts > 0 {
            diagnostics.append(Diagnostic(.warning, file: "", "\(overlappingParts) timeline\(overlappingParts == 1 ? "" : "s") (lines or files) held "
                + "documents merged already beside new ones: their events and relations count once, but their actors' mentions twice. "
                + "Merge each document's line once (the lines of extract --jsonl, rather than timelines merged from them)"))
        }
        return diagnostics
    }

    /// A warning for the ids that came with more than one file, listing up to five, in order.
    private var clashWarning: Diagnostic? {
        guard !clashes.isEmpty else { return nil }
        let ids = clashes.keys.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
        let listed = ids.prefix(5).map { id in
            "\(id.rawValue) (" + clashes[id]!.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ", ") + ")"
        }
        let more = ids.count > 5 ? ", and \(ids.count - 5) more" : ""
        return Diagnostic(.warning, file: "", "\(ids.count) document id\(ids.count == 1 ? " was" : "s were") given to more than one file: "
            + listed.joined(separator: "; ") + more + "; each id now names one document, and the evidence of the others points into it. "
            + "Extract such files in one run (which gives clashing names ids from their paths), or give them distinct names")
    }

    static var defaultFolder: String {
        if let folder = ProcessInfo.processInfo.environment["TMPDIR"], !folder.isEmpty { return folder }
        return "/tmp"
    }

    /// Takes in `part`, moving the records held to disk when they pass the budget.
    /// - Throws: `FileSystem.Failure` naming the folder when a temporary file cannot be made or written.
    public func add(_ part: consuming Timeline) throws {
        if sourceByID != nil, !part.documents.isEmpty {
            var repeats = 0
            for document in part.documents where check(document) { repeats += 1 }
            if repeats == part.documents.count {
                repeatedParts += 1
                return
            }
            if repeats > 0 { overlappingParts += 1 }
        }
        addKeepingFailure(consume part)
        if let failure { throw failure }
    }

    /// Starts a part read record by record (`add(_ record:)`), ended by `endRecords()`: its actors
    /// wait until its documents are known, as a part that repeats earlier ones must not count them.
    public func beginRecords() {
        heldActors = sourceByID == nil ? nil : []
        partDocuments = 0
        partRepeats = 0
    }

    /// Ends the part `beginRecords()` started, taking in its actors unless every document repeated.
    public func endRecords() {
        guard let actors = heldActors else { return }
        heldActors = nil
        if partDocuments > 0, partRepeats == partDocuments {
            repeatedParts += 1
            return
        }
        if partRepeats > 0 { overlappingParts += 1 }
        for actor in actors { merger.add(actor) }
    }

    /// Takes in one record, as `add(_:)` takes in a timeline.
    /// - Throws: `FileSystem.Failure` naming the folder when a temporary file cannot be made or written.
    public func add(_ record: TimelineJSON.Record) throws {
        switch record {
        case .document(let document):
            partDocuments += 1
            if check(document) { partRepeats += 1 }
            merger.add(document)
        case .actor(let actor):
            if heldActors != nil { heldActors!.append(actor) } else { merger.add(actor) }
        case .event(let event): merger.add(event)
        case .relation(let relation): merger.add(relation)
        }
        spillIfOverBudget()
        if let failure { throw failure }
    }

    /// `add(_:)` for a timeline, leaving a failure in `failure` for the caller to look at when it suits it.
    func addKeepingFailure(_ part: consuming Timeline) {
        merger.add(consume part)
        spillIfOverBudget()
    }

    private func spillIfOverBudget() {
        if let budget, merger.approximateBytes > budget { spill() }
    }

    /// Moves the relations and events held to a new sorted run in this merger's temporary file.
    func spill() {
        guard failure == nil else { return }
        do {
            let records = merger.takeRelationsAndEvents()
            guard !records.relations.isEmpty || !records.events.isEmpty else { return }
            if file == nil { file = try SpillFile(in: folder) }
            runs.append(try SpilledRun.write(relations: records.relations, events: records.events, to: file!))
        } catch {
            failure = error
        }
        #if os(Linux)
        // The records are freed; give their pages back, or the process stays at its high-water
        // mark (about a tenth of the peak on a 100,000-document run).
        chronicle_trim_heap()
        #endif
    }

    /// The merger, leaving an empty one in its place.
    func take() -> Timeline.Merger {
        defer { merger = Timeline.Merger() }
        return merger
    }

    /// The records of several mergers (one per thread) as one timeline, sorted on `threads` threads:
    /// when any of them went to disk, every one moves the rest of its records there too (side by
    /// side, each to its own file), so the timeline holds only documents and actors, and the runs
    /// every relation and event. The mergers are empty afterwards, so no record is held twice.
    static func combine(_ mergers: [SpillingMerger], threads: Int) -> (timeline: Timeline, runs: [SpilledRun], failure: (any Error)?) {
        if mergers.contains(where: { !$0.runs.isEmpty }) {
            DispatchQueue.concurrentPerform(iterations: mergers.count) { mergers[$0].spill() }
        }
        let timeline = Timeline.Merger.timeline(combining: mergers.map { $0.take() }, threads: max(1, threads))
        return (timeline, mergers.flatMap(\.runs), mergers.lazy.compactMap(\.failure).first)
    }

    /// Everything taken in, ready to be written as `timeline.json` (`SpooledRun.writeTimelineJSON`);
    /// the merger is empty afterwards. `threads` sort what stayed in memory.
    /// - Throws: the first failure to make or write a temporary file.
    public func finish(threads: Int = 1) throws -> SpooledRun {
        let (timeline, runs, failure) = SpillingMerger.combine([self], threads: threads)
        if let failure { throw failure }
        return SpooledRun(timeline: timeline, runs: runs, diagnostics: (clashWarning.map { [$0] } ?? []) + repeatDiagnostics, skippedFiles: [])
    }
}
