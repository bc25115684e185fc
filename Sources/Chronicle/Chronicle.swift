import ChronicleExport
import ChronicleExtraction
import ChronicleModel
import Foundation
import Synchronization

/// What a run needs to know beyond the files themselves.
public struct ExtractionOptions: Sendable {
    /// The publication date of documents that carry none (`--date`).
    public var defaultDate: CalendarDay?
    /// Per-file dates, titles and links (`--manifest`), which win over what the files say.
    public var manifest: Manifest?
    /// The actor lexicon; nil means the bundled one.
    public var lexicon: Lexicon?
    /// The event cue lexicon; nil means the bundled one.
    public var cues: CueLexicon?
    /// Threads to spread documents over (`--jobs`); by default one per core.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// About how many bytes of merged records `extractForJSON` holds before it moves them to a
    /// sorted run in a temporary file (`--memory`); nil holds everything in memory.
    public var memoryBudget: Int?
    /// The folder for those temporary files (`--temporary-directory`); nil means `$TMPDIR`, else `/tmp`.
    public var temporaryDirectory: String?

    public init(defaultDate: CalendarDay? = nil, manifest: Manifest? = nil, lexicon: Lexicon? = nil, cues: CueLexicon? = nil) {
        self.defaultDate = defaultDate
        self.manifest = manifest
        self.lexicon = lexicon
        self.cues = cues
    }

    /// The extractor these options describe. With neither lexicon given, the bundled one's is built
    /// once per process: its 6 ms would otherwise be most of a call that extracts a few documents.
    public func extractor() throws(LexiconError) -> Extractor {
        if lexicon == nil, cues == nil { return try Self.bundledExtractor.get() }
        let cueLexicon: CueLexicon
        if let cues { cueLexicon = cues } else { cueLexicon = try CueLexicon.bundled() }
        return Extractor(lexicon: try resolvedLexicon(), cues: cueLexicon)
    }

    private static let bundledExtractor: Result<Extractor, LexiconError> = {
        do throws(LexiconError) {
            return .success(Extractor(lexicon: try Lexicon.bundled(), cues: try CueLexicon.bundled()))
        } catch {
            return .failure(error)
        }
    }()

    /// The lexicon to use: the one given, or the bundled one.
    public func resolvedLexicon() throws(LexiconError) -> Lexicon {
        if let lexicon { return lexicon }
        return try Lexicon.bundled()
    }
}

/// The result of reading and extracting a corpus, with everything the user should be told.
public struct ExtractionRun: Sendable {
    public var timeline: Timeline
    /// Messages about the inputs, in input order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: [String]
    public var documentCount: Int { timeline.documents.count }
}

/// Chronicle as a library: what the `chronicle` command does, callable from Swift.
///
/// ```swift
/// import Chronicle
///
/// let run = try Chronicle.extract(paths: ["examples/corpus"], options: ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06")))
/// for diagnostic in run.diagnostics { print(diagnostic) }
/// let json = try TimelineJSON.encode(run.timeline)
/// ```
public enum Chronicle {
    /// Reads every document under `paths` (files, or folders searched recursively) and extracts the timeline.
    ///
    /// Documents are spread over `options.jobs` threads; each becomes its own partial result and only
    /// those results are kept, so memory grows with the result, not with the corpus. The output does not
    /// depend on the number of threads: merging is order-independent.
    /// - Throws: `LexiconError` when the lexicon cannot be read; problems with documents are diagnostics instead.
    public static func extract(paths: [String], options: ExtractionOptions = ExtractionOptions(),
                               progress: (@Sendable (Progress) -> Void)? = nil) throws(LexiconError) -> ExtractionRun
    {
        var options = options
        options.memoryBudget = nil
        let (timeline, _, diagnostics, skippedFiles, _) = try mergeDocuments(paths: paths, options: options, progress: progress)
        return ExtractionRun(timeline: timeline, diagnostics: diagnostics, skippedFiles: skippedFiles)
    }

    /// Reads and extracts like `extract`, for writing `timeline.json` (`chronicle extract`): when the
    /// merged records outgrow `options.memoryBudget`, they move to sorted runs in temporary files,
    /// and `SpooledRun.writeTimelineJSON` merges them back as it writes, to the same bytes.
    /// - Throws: `LexiconError`, or `FileSystem.Failure` when a temporary file cannot be made or written.
    public static func extractForJSON(paths: [String], options: ExtractionOptions = ExtractionOptions(),
                                      progress: (@Sendable (Progress) -> Void)? = nil) throws -> SpooledRun
    {
        let (timeline, runs, diagnostics, skippedFiles, failure) = try mergeDocuments(paths: paths, options: options, progress: progress)
        if let failure { throw failure }
        // When runs went to disk, the timeline holds only documents and actors (they are few).
        return SpooledRun(timeline: timeline, runs: runs, diagnostics: diagnostics, skippedFiles: skippedFiles)
    }

    /// Reads and extracts every document into one timeline, in output order; with a memory budget,
    /// records beyond it go to sorted runs on disk, and then every record does, leaving the timeline
    /// only documents and actors. A failure to spill comes back as `failure`, with whatever was merged.
    private static func mergeDocuments(paths: [String], options: ExtractionOptions, progress: (@Sendable (Progress) -> Void)?) throws(LexiconError)
        -> (timeline: Timeline, runs: [SpilledRun], diagnostics: [Diagnostic], skippedFiles: [String], failure: (any Error)?)
    {
        let (extractor, found) = try extractorAndFiles(paths: paths, options: options)
        // One merger and one actor tally per thread that will run, whatever `--jobs` asked for.
        let threads = workers(jobs: options.jobs, documents: found.files.count)
        let budgetPerThread = options.memoryBudget.map { max(1, $0 / threads) }
        // Each thread folds its documents into its own merger as it goes, so no document's partial
        // result outlives it; the mergers combine at the end, in any order, to the same timeline.
        let mergers = (0..<threads).map { _ in SpillingMerger(memoryBudget: budgetPerThread, temporaryDirectory: options.temporaryDirectory) }
        // Actors are gathered apart and made into records once per thread, not once per document.
        let actors = (0..<threads).map { _ in ThreadOwned(ActorTotals(extractor: extractor)) }
        // Set when a spill fails: the run cannot finish, so the threads stop taking documents.
        let failed = Flag()
        let processed = process(found: found, options: options, extractor: extractor, progress: progress,
                                transform: { extractor.recordsLeavingActors(of: $0) },
                                collect: { worker, result in
                                    add(result, to: mergers[worker], actors: actors[worker])
                                    if mergers[worker].failure != nil { failed.set() }
                                },
                                isCancelled: { failed.isSet })
        for worker in 0..<threads {
            mergers[worker].addKeepingFailure(Timeline(unsortedDocuments: [], actors: actors[worker].value.actors(), relations: [], events: []))
        }
        let combined = SpillingMerger.combine(mergers, threads: threads)
        return (combined.timeline, combined.runs, processed.diagnostics, processed.skippedFiles, combined.failure)
    }

    /// Hands a document's records to its thread's merger and its actors to its thread's totals.
    private static func add(_ result: consuming Extractor.RecordsAndActorTally, to merger: SpillingMerger, actors: ThreadOwned<ActorTotals>) {
        actors.value.add(result.actors)
        // Moved out, so the merger holds the only reference to the record lists (a shared list is
        // copied whole at its first change).
        var records = Timeline(unsortedDocuments: [], actors: [], relations: [], events: [])
        swap(&records, &result.records)
        merger.addKeepingFailure(consume records)
    }

    /// A value that one thread at a time changes (each worker its own, by its index; the listing
    /// of the corpus, on the thread that lists it), read when the threads are done.
    private final class ThreadOwned<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// A flag any thread may set and read.
    private final class Flag: Sendable {
        private let value = Atomic<Bool>(false)
        func set() { value.store(true, ordering: .relaxed) }
        var isSet: Bool { value.load(ordering: .relaxed) }
    }

    /// One partial timeline per document, in input order, all held in memory; `writePartialTimelines`
    /// streams them instead.
    public static func partialTimelines(paths: [String], options: ExtractionOptions = ExtractionOptions()) throws(LexiconError)
        -> (timelines: [Timeline], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        let extractor = try options.extractor()
        let processed = process(paths: paths, options: options, extractor: extractor, progress: nil) { extractor.partialTimeline($0) }
        return (processed.results, processed.diagnostics, processed.skippedFiles)
    }

    /// What `writePartialTimelines` did.
    public struct PartialTimelinesRun: Sendable {
        /// Documents written, one line each.
        public var documentCount: Int
        /// Messages about the inputs, in input order.
        public var diagnostics: [Diagnostic]
        /// Files that could not be read at all.
        public var skippedFiles: [String]
    }

    /// A write of `writePartialTimelines` failed: `error` says why, and `run` what was done by then,
    /// with the messages about the documents read before the threads stopped.
    public struct PartialTimelinesWriteError: Error, CustomStringConvertible {
        public var error: any Error
        public var run: PartialTimelinesRun
        public var description: String { "\(error)" }
    }

    /// Writes one compact partial timeline per document per line to `handle` (`chronicle extract
    /// --jsonl`), in input order, each line as soon as the documents before it are done: the lines
    /// are encoded on the threads that read the documents, and only those of documents finished
    /// ahead of a slower one wait in memory, so memory does not grow with the corpus.
    /// - Throws: `LexiconError` before anything is read, or `PartialTimelinesWriteError` for the first
    ///   error writing to `handle`, after which no more documents are taken.
    public static func writePartialTimelines(paths: [String], options: ExtractionOptions = ExtractionOptions(), to handle: FileHandle,
                                             progress: (@Sendable (Progress) -> Void)? = nil) throws -> PartialTimelinesRun
    {
        let (extractor, found) = try extractorAndFiles(paths: paths, options: options)
        let writer = LineWriter(handle)
        let processed = process(found: found, options: options, extractor: extractor, progress: progress,
                                transform: { document -> Data in
                                    // `encodeLines` throws only for non-finite numbers, which the model never holds.
                                    (try? TimelineJSON.encodeLines([extractor.partialTimeline(document)])) ?? Data()
                                },
                                inOrder: { writer.write($0) }, isCancelled: { writer.failure != nil })
        let run = PartialTimelinesRun(documentCount: writer.lines, diagnostics: processed.diagnostics, skippedFiles: processed.skippedFiles)
        if let failure = writer.failure { throw PartialTimelinesWriteError(error: failure, run: run) }
        return run
    }

    /// Lines to a handle, from one thread at a time (`process` hands results over under its lock);
    /// keeps the first write error and writes nothing after it.
    private final class LineWriter: @unchecked Sendable {
        private let handle: FileHandle
        private let lock = NSLock()
        private var firstFailure: (any Error)?
        private(set) var lines = 0

        init(_ handle: FileHandle) { self.handle = handle }

        var failure: (any Error)? {
            lock.lock()
            defer { lock.unlock() }
            return firstFailure
        }

        func write(_ line: Data) {
            lock.lock()
            defer { lock.unlock() }
            guard firstFailure == nil else { return }
            do {
                try handle.write(contentsOf: line)
                lines += 1
            } catch {
                firstFailure = error
            }
        }
    }

    /// The documents under `paths`, read and segmented, before they are merged into one timeline.
    /// This keeps every document in memory; `extract` does not.
    public static func analyze(paths: [String], options: ExtractionOptions = ExtractionOptions()) throws(LexiconError)
        -> (documents: [AnalyzedDocument], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        let processed = process(paths: paths, options: options, extractor: try options.extractor(), timexes: .everySentence, progress: nil) { $0 }
        return (processed.results, processed.diagnostics, processed.skippedFiles)
    }

    /// How far a run has got.
    public struct Progress: Sendable {
        public var documentsDone: Int
        public var documentsTotal: Int
        public var bytesDone: Int
    }

    /// Reads, analyses and transforms each document on `options.jobs` threads; results and messages
    /// come back in input order whatever the threads did. With `collect`, each result goes to it
    /// instead (with the index of the thread, below `options.jobs`) and `results` stays empty; with
    /// `inOrder`, each goes to it in input order as soon as every document before it is done (one
    /// call at a time), and `results` stays empty too. Time expressions are looked for in the
    /// sentences `timexes` names: by default only those events are dated from.
    static func process<Result>(paths: [String], options: ExtractionOptions, extractor: Extractor,
                                timexes: Extractor.TimexScope = .eventSentences, progress: (@Sendable (Progress) -> Void)?, transform: @escaping @Sendable (AnalyzedDocument) -> Result,
                                collect: (@Sendable (_ worker: Int, consuming Result) -> Void)? = nil, inOrder: (@Sendable (Result) -> Void)? = nil,
                                isCancelled: (@Sendable () -> Bool)? = nil)
        -> (results: [Result], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        process(found: CorpusScanner.files(in: paths), options: options, extractor: extractor, timexes: timexes, progress: progress,
                transform: transform, collect: collect, inOrder: inOrder, isCancelled: isCancelled)
    }

    /// The extractor `options` describe and the files under `paths`. A run allowed more than one
    /// thread lists the files on a second thread while this one builds the lexicon's tables: both
    /// come before any document is read, and on a corpus of thousands of files each takes
    /// milliseconds that one core would otherwise spend alone.
    static func extractorAndFiles(paths: [String], options: ExtractionOptions) throws(LexiconError) -> (Extractor, CorpusScanner.Found) {
        guard usefulThreads(jobs: options.jobs) > 1 else { return (try options.extractor(), CorpusScanner.files(in: paths)) }
        let listing = ThreadOwned<CorpusScanner.Found?>(nil)
        let listed = DispatchGroup()
        DispatchQueue.global().async(group: listed) { listing.value = CorpusScanner.files(in: paths) }
        let extractor = Result { () throws(LexiconError) in try options.extractor() }
        listed.wait()
        return (try extractor.get(), listing.value!)
    }

    /// The threads `process` runs for `documents` documents: `jobs`, but never more than there are
    /// documents, nor more than four per core (Dispatch runs about one per core at a time, so the
    /// others would only add a merger and its tables each: `--jobs 1000000` took 31 s and 221 MB
    /// on the nine example documents). The output is the same for any number.
    static func workers(jobs: Int, documents: Int) -> Int {
        min(usefulThreads(jobs: jobs), max(1, documents))
    }

    /// `jobs`, but at least one and at most four per core: beyond that a thread only adds its
    /// share of state and batches (`merge --jobs 1000000` decoded each batch of lines a thousandfold
    /// smaller, 0.62 s and 77 MB on 1,000 documents' lines against 0.17 s and 34 MB).
    static func usefulThreads(jobs: Int) -> Int {
        max(1, min(jobs, 4 * ProcessInfo.processInfo.activeProcessorCount))
    }

    /// `process` for files already found.
    static func process<Result>(found: CorpusScanner.Found, options: ExtractionOptions, extractor: Extractor,
                                timexes: Extractor.TimexScope = .eventSentences, progress: (@Sendable (Progress) -> Void)?, transform: @escaping @Sendable (AnalyzedDocument) -> Result,
                                collect: (@Sendable (_ worker: Int, consuming Result) -> Void)? = nil, inOrder: (@Sendable (Result) -> Void)? = nil,
                                isCancelled: (@Sendable () -> Bool)? = nil)
        -> (results: [Result], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        let ids = documentIDs(for: found.files)
        let reader = DocumentReader(defaultDate: options.defaultDate)
        let count = found.files.count
        let store = SlotStore<Result>(count: count, inOrder: inOrder)
        let workers = workers(jobs: options.jobs, documents: count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while isCancelled?() != true, let index = store.claimNext() {
                let path = found.files[index]
                var slot = Slot<Result>()
                var size = 0
                do {
                    let bytes = try FileSystem.readBytes(path)
                    size = bytes.count
                    let output = reader.read(bytes: bytes, path: path, id: ids[index], manifest: options.manifest?.hints(for: path))
                    slot.diagnostics = output.diagnostics
                    if let document = output.document {
                        slot.undated = document.document.published == nil ? path : nil
                        let analyzed = extractor.analyze(document, timexes: timexes)
                        if analyzed.sentencesCut > 0 {
                            slot.diagnostics.append(Diagnostic(.warning, file: path,
                                "\(analyzed.sentencesCut) sentence\(analyzed.sentencesCut == 1 ? "" : "s") ran past "
                                + "\(SentenceSplitter.longestSentence) bytes without ending; cut at spaces"))
                        }
                        let result = transform(analyzed)
                        // Moved on, not copied: a copy shared the record lists, so taking records out copied them whole.
                        if let collect { collect(worker, consume result) } else { slot.result = consume result }  // `inOrder` takes it from the slot
                    } else {
                        slot.skipped = true
                    }
                } catch let failure as FileSystem.Failure {
                    slot.diagnostics = [Diagnostic(.error, file: path, failure.reason)]
                    slot.skipped = true
                } catch {
                    slot.diagnostics = [Diagnostic(.error, file: path, "\(error)")]
                    slot.skipped = true
                }
                let snapshot = store.store(slot, at: index, bytes: size)
                progress?(snapshot)
            }
        }
        var diagnostics = found.diagnostics
        var skipped = found.diagnostics.filter { $0.severity == .error }.map(\.file)
        var results: [Result] = []
        results.reserveCapacity(count)
        let slots = store.finished()
        for (index, slot) in slots.enumerated() {
            diagnostics += slot.diagnostics
            if slot.skipped { skipped.append(found.files[index]) }
            if let result = slot.result { results.append(result) }
        }
        let undated = slots.compactMap(\.undated)
        if !undated.isEmpty {
            let list = undated.count <= 5 ? undated.joined(separator: ", ") : undated.prefix(5).joined(separator: ", ") + ", ..."
            diagnostics.append(Diagnostic(.note, file: "",
                "\(undated.count) document\(undated.count == 1 ? " has" : "s have") no publication date (\(list)); "
                + "relative dates in them stay unresolved. Give --date YYYY-MM-DD, a `date:` in front matter, or a --manifest entry."))
        }
        return (results, diagnostics, skipped)
    }

    /// The results of the worker threads, one slot per document, behind one lock.
    private final class SlotStore<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Slot<Result>]
        private var next = 0
        private var done = 0
        private var bytes = 0
        /// Where results go in input order, and the first document whose result has not gone yet.
        private let inOrder: (@Sendable (Result) -> Void)?
        private var nextInOrder = 0

        init(count: Int, inOrder: (@Sendable (Result) -> Void)?) {
            slots = Array(repeating: Slot(), count: count)
            self.inOrder = inOrder
        }

        /// The next document to process, or nil when every one is taken.
        func claimNext() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ slot: Slot<Result>, at index: Int, bytes size: Int) -> Progress {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = slot
            slots[index].isDone = true
            done += 1
            bytes += size
            if let inOrder {
                while nextInOrder < slots.count, slots[nextInOrder].isDone {
                    if let result = slots[nextInOrder].result { inOrder(result) }
                    slots[nextInOrder].result = nil
                    nextInOrder += 1
                }
            }
            return Progress(documentsDone: done, documentsTotal: slots.count, bytesDone: bytes)
        }

        func finished() -> [Slot<Result>] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }

    private struct Slot<Result> {
        var result: Result?
        var isDone = false
        var diagnostics: [Diagnostic] = []
        var skipped = false
        var undated: String?
    }

    /// Document ids from file names: the name without its extension, or the path where two names clash.
    public static func documentIDs(for paths: [String]) -> [DocumentID] {
        let stems = paths.map(fileStem)
        var counts: [String: Int] = [:]
        counts.reserveCapacity(stems.count)
        for stem in stems { counts[stem, default: 0] += 1 }
        // Most corpora name every file differently, and then each id is its file's stem.
        if counts.count == stems.count { return stems.map { DocumentID($0) } }
        var used = Set<String>(minimumCapacity: stems.count)
        return zip(paths, stems).map { path, stem in
            var id = stem
            if counts[id, default: 0] > 1 { id = pathStem(path) }
            var candidate = id
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(id)-\(suffix)"
                suffix += 1
            }
            return DocumentID(candidate)
        }
    }

    /// The id of a file whose name clashes with another's: its path's components joined by `/`
    /// (empty ones, `.` and `..` left out), without the last one's extension, which is cut as
    /// `fileStem` cuts it. Over the path's bytes: splitting and joining `String`s cost 23,000
    /// instructions a path, which a corpus of copied folders paid for every file.
    static func pathStem(_ path: String) -> String {
        var stem: [UInt8] = []
        var lastStart = 0
        path.withUTF8Lent { bytes in
            stem.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
                let component = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let isDots = component.allSatisfy { $0 == UInt8(ascii: ".") } && component.count <= 2
                if !isDots {
                    if !stem.isEmpty { stem.append(UInt8(ascii: "/")) }
                    lastStart = stem.count
                    stem.append(contentsOf: component)
                }
                start = end + 1
            }
        }
        if let dot = stem[lastStart...].lastIndex(of: UInt8(ascii: ".")), dot != lastStart { stem.removeSubrange(dot...) }
        return String(decoding: stem, as: UTF8.self)
    }

    /// The file name of `path` without its extension: its last component (trailing slashes
    /// aside) up to the last dot, unless the dot starts the name; `path` itself if it is all
    /// slashes. Found over the path's bytes: through `String.UTF8View` indices, the ids of 10,000
    /// paths took 32 M instructions (12 M now), on one core before any document is read.
    static func fileStem(_ path: String) -> String {
        var stem = path
        path.withUTF8Lent { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            guard end > 0 else { return }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            var stop = end
            if let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start { stop = dot }
            // The slash and the dot are ASCII, so the cut falls between characters.
            stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
        }
        return stem
    }
}
