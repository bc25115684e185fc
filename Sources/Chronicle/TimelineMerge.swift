import ChronicleExport
import ChronicleModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `Chronicle.mergeForJSON` (`chronicle merge`) needs beyond the files.
public struct MergeOptions: Sendable {
    /// Threads that decode lines side by side; the result does not depend on how many.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// About how many bytes of merged relations and events to hold before they go to sorted runs
    /// in temporary files; nil holds everything in memory.
    public var memoryBudget: Int?
    /// The folder for those files; nil means `$TMPDIR`, else `/tmp`.
    public var temporaryDirectory: String?

    public init() {}
}

extension Chronicle {
    /// A file `mergeForJSON` could not use.
    public struct MergeInputError: Error, CustomStringConvertible {
        public enum Problem: Sendable {
            /// The file is missing, a folder, or cannot be read.
            case unreadable
            /// It holds something other than Chronicle timelines.
            case notATimeline
        }

        public var path: String
        /// The line at fault, in JSON Lines.
        public var line: Int?
        public var problem: Problem
        public var reason: String

        public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): error: \(reason)" }
    }

    /// Merges timelines into one, as `chronicle merge` does: each file (`-` for standard input) is a
    /// whole `timeline.json`, or JSON Lines of partial timelines (`extract --jsonl`, `merge --jsonl`).
    ///
    /// JSON Lines are read a line at a time and decoded on `options.jobs` threads, and the merged
    /// records are held under `options.memoryBudget` as in `extractForJSON`, so memory follows the
    /// result and the longest line, not the size of the files. A whole `timeline.json` is read whole.
    /// - Throws: `MergeInputError` for a file that cannot be read or is not timelines (nothing is
    ///   merged from the files after it), or `FileSystem.Failure` when a temporary file cannot be
    ///   made or written.
    public static func mergeForJSON(paths: [String], options: MergeOptions = MergeOptions()) throws -> SpooledRun {
        let merger = SpillingMerger(memoryBudget: options.memoryBudget, temporaryDirectory: options.temporaryDirectory, checkingDocumentSources: true)
        let threads = usefulThreads(jobs: options.jobs)
        for path in paths {
            try mergeFile(path, into: merger, threads: threads)
        }
        return try merger.finish(threads: threads)
    }

    /// Lines decoded side by side per batch: enough to keep the threads busy, few enough to stay small.
    static let linesPerThread = 64
    /// From this length on, a line is decoded record by record.
    static let longLine = 1 << 20

    private static func mergeFile(_ path: String, into merger: SpillingMerger, threads: Int) throws {
        func unreadable(_ reason: String) -> MergeInputError { MergeInputError(path: path, problem: .unreadable, reason: reason) }
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable("cannot read the file: \(FileSystem.lastError())") }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw unreadable("is a folder, not a file") }
        let reader = LineReader(descriptor: descriptor, path: path)
        func nextLine() throws -> ArraySlice<UInt8>? {
            do { return try reader.next() } catch let failure as FileSystem.Failure { throw unreadable(failure.reason) }
        }
        func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

        var first: ArraySlice<UInt8>?
        while first == nil, let line = try nextLine() {
            if !isBlank(line) { first = line }
        }
        guard var first else { return }  // an empty file holds no timeline to merge
        /// Merges one timeline's text record by record (`TimelineJSON.decodeRecords`), holding one record at a time.
        func mergeRecords(_ text: some Collection<UInt8>, line: Int?) throws {
            merger.beginRecords()
            defer { merger.endRecords() }
            do {
                try TimelineJSON.decodeRecords(text) { try merger.add($0) }
            } catch let failure as FileSystem.Failure {
                throw failure
            } catch {
                throw MergeInputError(path: path, line: line, problem: .notATimeline, reason: "not a Chronicle timeline: \(TimelineJSON.explain(error, in: text))")
            }
        }
        // A timeline.json opens with `{` alone on its first line, as every JSON pretty-printer writes
        // it; anything else is JSON Lines, each line a timeline (a bad first line is named as line 1).
        if first.filter({ $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) == [UInt8(ascii: "{")] {
            first = []  // let go of the reader's buffer, which `rest` hands over without a copy
            let text: [UInt8]
            do { text = try reader.rest(fromLastLine: true) } catch let failure as FileSystem.Failure { throw unreadable(failure.reason) }
            try mergeRecords(text, line: nil)
            return
        }
        // Lines of usual length are decoded whole, side by side in batches; a long one (a reducer's
        // line for a whole corpus) record by record, which takes far less memory than decoding it whole.
        var batch: [(line: Data, number: Int)] = []
        func mergeBatch() throws {
            let lines = batch
            batch.removeAll(keepingCapacity: true)
            var decoded = resultsPerSlice(of: lines.count, threads: lines.count >= 2 * linesPerThread ? threads : 1) { slice in
                slice.map { index -> Result<Timeline, MergeInputError> in
                    do { return .success(try TimelineJSON.decode(lines[index].line)) } catch {
                        return .failure(MergeInputError(path: path, line: lines[index].number, problem: .notATimeline,
                                                        reason: "not a Chronicle timeline: \(TimelineJSON.explain(error, in: lines[index].line))"))
                    }
                }
            }
            // Each timeline is moved into the merger, in order: one still shared with the list it came
            // in had its record lists copied whole when the merger took records out of them.
            for slice in decoded.indices {
                var results: [Result<Timeline, MergeInputError>] = []
                swap(&results, &decoded[slice])
                results.withUnsafeMutableBufferPointer { $0.reverse() }
                while let result = results.popLast() {
                    switch consume result {
                    case .success(let timeline): try merger.add(consume timeline)
                    case .failure(let error): throw error
                    }
                }
            }
        }
        func take(_ line: ArraySlice<UInt8>, number: Int) throws {
            if line.count >= longLine {
                try mergeBatch()
                try mergeRecords(line, line: number)
            } else {
                batch.append((Data(line), number))
                if batch.count >= threads * linesPerThread { try mergeBatch() }
            }
        }
        try take(first, number: reader.lineNumber)
        while let line = try nextLine() {
            if !isBlank(line) { try take(line, number: reader.lineNumber) }
        }
        try mergeBatch()
    }
}
