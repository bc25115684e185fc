@testable import Chronicle
import ChronicleCorpusGenerator
import ChronicleTestSupport
import Foundation
import Testing

/// `chronicle merge` reads JSON Lines a line at a time and holds its result under a memory budget.
struct MergeTests {
    /// The lines of `text` through a reader whose chunks are `chunkSize` bytes.
    static func lines(of text: String, chunkSize: Int) throws -> [String] {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/lines"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        let reader = LineReader(descriptor: descriptor, path: path, chunkSize: chunkSize)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(reader.lineNumber == lines.count)
        return lines
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func linesSplitWhereverTheChunksEnd(chunkSize: Int) throws {
        #expect(try Self.lines(of: "first\nsecond line\n\nfourth, no end", chunkSize: chunkSize) == ["first", "second line", "", "fourth, no end"])
        #expect(try Self.lines(of: "ends\n", chunkSize: chunkSize) == ["ends"])
        #expect(try Self.lines(of: "", chunkSize: chunkSize) == [])
        #expect(try Self.lines(of: "\n\n", chunkSize: chunkSize) == ["", ""])
        #expect(try Self.lines(of: "crlf\r\nü\u{1F600}\n", chunkSize: chunkSize) == ["crlf\r", "ü\u{1F600}"])
        let long = String(repeating: "x", count: 5_000)
        #expect(try Self.lines(of: "a\n" + long + "\nb", chunkSize: chunkSize) == ["a", long, "b"])
    }

    /// `rest` after a line, from that line or after it, when the file takes several reads.
    @Test(arguments: [1, 3, 1 << 20])
    func theRestOfAFileComesWholeWithOrWithoutItsLastLine(chunkSize: Int) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/text"
        try "\n{\n  \"a\": [1, 2]\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        for fromLastLine in [false, true] {
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            let reader = LineReader(descriptor: descriptor, path: path, chunkSize: chunkSize)
            #expect(try reader.next() == [])
            #expect(try reader.next().map(Array.init) == Array("{".utf8))
            let rest = String(decoding: try reader.rest(fromLastLine: fromLastLine), as: UTF8.self)
            #expect(rest == (fromLastLine ? "{\n" : "") + "  \"a\": [1, 2]\n}\n")
            #expect(try reader.next() == nil, "the reader is used up")
        }
    }

    /// Partial timelines of a generated corpus, merged in memory and through temporary files, on one
    /// thread and several, give the bytes of the single run.
    @Test(arguments: [1, 2]) func linesMergedThroughDiskGiveTheSingleRun(jobs: Int) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for document in CorpusGenerator(seed: 21).documents(count: 200) {
            try document.text.write(toFile: folder + "/" + document.name, atomically: true, encoding: .utf8)
        }
        var extraction = ExtractionOptions()
        extraction.jobs = jobs
        let whole = try TimelineJSON.encode(Chronicle.extract(paths: [folder], options: extraction).timeline)
        let parts = try Chronicle.partialTimelines(paths: [folder], options: extraction).timelines
        // Two files of lines, the second in reverse order: the merge does not depend on order.
        let half = parts.count / 2
        try TimelineJSON.encodeLines(Array(parts[..<half])).write(to: URL(fileURLWithPath: folder + "/a.jsonl"))
        try TimelineJSON.encodeLines(parts[half...].reversed()).write(to: URL(fileURLWithPath: folder + "/b.jsonl"))
        // A reducer's line for the whole corpus, long enough to be read record by record.
        let reduced = try TimelineJSON.encodeLines([Chronicle.extract(paths: [folder], options: extraction).timeline])
        try #require(reduced.count >= Chronicle.longLine)
        try (Data("\n".utf8) + reduced).write(to: URL(fileURLWithPath: folder + "/reduced.jsonl"))
        for (files, budget) in [(["a", "b"], nil), (["a", "b"], 1), (["reduced"], nil), (["reduced"], 1)] as [([String], Int?)] {
            var options = MergeOptions()
            options.jobs = jobs
            options.memoryBudget = budget
            let run = try Chronicle.mergeForJSON(paths: files.map { folder + "/\($0).jsonl" }, options: options)
            #expect(budget == nil ? run.spilledRunCount == 0 : run.spilledRunCount > 100, "budget \(String(describing: budget))")
            let path = folder + "/merged.json"
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try run.writeTimelineJSON(to: handle, threads: jobs)
            try handle.close()
            let same = try Data(contentsOf: URL(fileURLWithPath: path)) == whole
            #expect(same, "\(files), budget \(String(describing: budget)), \(jobs) jobs")
        }
    }

    /// Shards extracted apart give one id to two files of one name; merging them is warned of, with
    /// both files, whether the documents come in JSON Lines or in a whole timeline.json. A run's own
    /// ids never clash, so merging a shard with itself says nothing.
    @Test func oneIDGivenToTwoFilesIsWarnedOf() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/x", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/y", withIntermediateDirectories: true)
        try "Russia condemned Israel on Oct. 9, 2023.".write(toFile: folder + "/x/news.txt", atomically: true, encoding: .utf8)
        try "Iran attacked Ukraine on Nov. 2, 2023.".write(toFile: folder + "/y/news.txt", atomically: true, encoding: .utf8)
        let options = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
        try TimelineJSON.encodeLines(Chronicle.partialTimelines(paths: [folder + "/x"], options: options).timelines).write(to: URL(fileURLWithPath: folder + "/x.jsonl"))
        try TimelineJSON.encode(Chronicle.extract(paths: [folder + "/y"], options: options).timeline).write(to: URL(fileURLWithPath: folder + "/y.json"))
        let run = try Chronicle.mergeForJSON(paths: [folder + "/x.jsonl", folder + "/y.json"])
        #expect(run.diagnostics.count == 1)
        let warning = run.diagnostics.first?.description ?? ""
        #expect(warning.contains("1 document id was given to more than one file: news ("), "\(warning)")
        #expect(warning.contains("/x/news.txt") && warning.contains("/y/news.txt"), "\(warning)")
        #expect(try Chronicle.mergeForJSON(paths: [folder + "/x.jsonl", folder + "/x.jsonl"]).diagnostics.allSatisfy { $0.severity == .note },
                "the same file twice is no clash")
    }

    /// Lines merged twice (a shard's file given twice, a retried task's output) add nothing: their
    /// documents' records were merged already, and counting their actors again would double the
    /// actors' mentions. A timeline that mixes such documents with new ones is warned of.
    @Test func linesMergedTwiceCountOnce() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let options = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
        let parts = try Chronicle.partialTimelines(paths: [Repository.path("examples/corpus")], options: options).timelines
        try TimelineJSON.encodeLines(parts).write(to: URL(fileURLWithPath: folder + "/all.jsonl"))
        try TimelineJSON.encodeLines(Array(parts.prefix(3))).write(to: URL(fileURLWithPath: folder + "/first.jsonl"))
        let once = try Chronicle.mergeForJSON(paths: [folder + "/all.jsonl"])
        #expect(once.diagnostics.isEmpty)
        let onceBytes = try TimelineJSON.encode(once.timeline)
        try onceBytes.write(to: URL(fileURLWithPath: folder + "/timeline.json"))

        for paths in [["all.jsonl", "all.jsonl"], ["all.jsonl", "first.jsonl"], ["timeline.json", "timeline.json"], ["timeline.json", "all.jsonl"]] {
            let run = try Chronicle.mergeForJSON(paths: paths.map { folder + "/" + $0 })
            #expect(try TimelineJSON.encode(run.timeline) == onceBytes, "\(paths)")
            #expect(run.diagnostics.map(\.severity) == [.note] && run.diagnostics[0].message.contains("left out"), "\(paths): \(run.diagnostics)")
        }
        // A timeline merged from some lines, then those lines again beside the rest: the actors of
        // the first three documents are counted twice, which merge cannot undo, and says so.
        try TimelineJSON.encode(Chronicle.mergeForJSON(paths: [folder + "/first.jsonl"]).timeline).write(to: URL(fileURLWithPath: folder + "/first.json"))
        try TimelineJSON.encodeLines(Array(parts.prefix(4))).write(to: URL(fileURLWithPath: folder + "/four.jsonl"))
        try TimelineJSON.encode(Chronicle.mergeForJSON(paths: [folder + "/four.jsonl"]).timeline).write(to: URL(fileURLWithPath: folder + "/four.json"))
        let overlapping = try Chronicle.mergeForJSON(paths: [folder + "/first.json", folder + "/four.json"])
        #expect(overlapping.diagnostics.contains { $0.severity == .warning && $0.message.contains("actors' mentions twice") }, "\(overlapping.diagnostics)")
    }

    @Test func aWholeTimelineJSONMergesAsOneTimeline() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var extraction = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
        extraction.jobs = 1
        let whole = try TimelineJSON.encode(Chronicle.extract(paths: [Repository.path("examples/corpus")], options: extraction).timeline)
        try whole.write(to: URL(fileURLWithPath: folder + "/timeline.json"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.jsonl"))
        let run = try Chronicle.mergeForJSON(paths: [folder + "/timeline.json", folder + "/empty.jsonl"])
        let same = try TimelineJSON.encode(run.timeline) == whole
        #expect(same, "a pretty timeline.json is read whole; an empty file adds nothing")
        // A pretty file that is not a timeline is named, without a line.
        try "{\n  \"schemaVersion\": 1\n}\n".write(toFile: folder + "/other.json", atomically: true, encoding: .utf8)
        #expect {
            _ = try Chronicle.mergeForJSON(paths: [folder + "/other.json"])
        } throws: { error in
            guard let failure = error as? Chronicle.MergeInputError else { return false }
            return failure.problem == .notATimeline && failure.line == nil && failure.description.contains("other.json: error: not a Chronicle timeline")
        }
    }
}
