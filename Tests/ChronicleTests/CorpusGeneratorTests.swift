import Chronicle
import ChronicleCorpusGenerator
import ChronicleTestSupport
import Foundation
import Testing

struct CorpusGeneratorTests {
    @Test func sameSeedSameDocuments() {
        let first = CorpusGenerator(seed: 7).documents(count: 50)
        let again = CorpusGenerator(seed: 7).documents(count: 50)
        #expect(first.map(\.name) == again.map(\.name))
        #expect(first.map(\.text) == again.map(\.text))
        #expect(CorpusGenerator(seed: 8).document(3).text != first[3].text)
        #expect(CorpusGenerator(seed: 7).document(42).text == first[42].text, "each document stands alone")
    }

    @Test func generatedDocumentsReadCleanlyAndNameActors() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = CorpusGenerator().documents(count: 200)
        #expect(Set(documents.map { $0.name.split(separator: ".").last! }) == ["txt", "md", "html"])
        for document in documents {
            try document.text.write(toFile: folder + "/" + document.name, atomically: true, encoding: .utf8)
        }
        let run = try Chronicle.extract(paths: [folder])
        #expect(run.documentCount == 200)
        #expect(run.skippedFiles.isEmpty)
        #expect(!run.diagnostics.contains { $0.severity >= .warning }, "\(run.diagnostics.prefix(3))")
        let ids = Set(run.timeline.actors.map(\.id.rawValue))
        #expect(ids.isSuperset(of: ["RUS", "IRN", "ISR", "HAMAS", "USA", "UKR"]))
        #expect(!ids.contains("WEST"), "boilerplate and appeals must not yield actors")
    }
}

/// Shards of a generated corpus, extracted apart and merged in shuffled order, give the single run.
struct ShardMergeTests {
    @Test func shardsOfAGeneratedCorpusMergeIntoTheSingleRun() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for document in CorpusGenerator(seed: 11).documents(count: 120) {
            try document.text.write(toFile: folder + "/" + document.name, atomically: true, encoding: .utf8)
        }
        var options = ExtractionOptions()
        options.jobs = 2
        let whole = try Chronicle.extract(paths: [folder], options: options).timeline
        let parts = try Chronicle.partialTimelines(paths: [folder], options: options).timelines
        #expect(parts.count == 120)
        var shuffled = parts
        var generator = SystemRandomNumberGenerator()
        shuffled.shuffle(using: &generator)
        let shards = stride(from: 0, to: shuffled.count, by: 25).map { Timeline.merged(Array(shuffled[$0..<min($0 + 25, shuffled.count)])) }
        let merged = Timeline.merged(shards.reversed())
        #expect(try TimelineJSON.encode(merged) == TimelineJSON.encode(whole))
    }

    /// `extract --jsonl` streams: the lines come out in input order, the same for any number of threads.
    @Test(arguments: [1, 2]) func streamedLinesAreThePartialTimelinesInInputOrder(jobs: Int) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for document in CorpusGenerator(seed: 12).documents(count: 90) {
            try document.text.write(toFile: folder + "/" + document.name, atomically: true, encoding: .utf8)
        }
        // One file that cannot be read: it gets no line, and the lines after it still come.
        try Data([0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]).write(to: URL(fileURLWithPath: folder + "/0-binary.txt"))
        var options = ExtractionOptions()
        options.jobs = jobs
        let expected = try TimelineJSON.encodeLines(Chronicle.partialTimelines(paths: [folder], options: options).timelines)
        let output = folder + "/lines.jsonl"
        #expect(FileManager.default.createFile(atPath: output, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        let run = try Chronicle.writePartialTimelines(paths: [folder], options: options, to: handle)
        try handle.close()
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(run.documentCount == 90)
        #expect(run.skippedFiles.count == 1 && run.skippedFiles[0].hasSuffix("0-binary.txt"))
        let sameLines = written == expected
        #expect(sameLines)
        #expect(written.split(separator: UInt8(ascii: "\n")).count == 90)
    }

    @Test func aFailedWriteOfTheLinesIsThrown() throws {
        var options = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
        options.jobs = 2
        let readOnly = try #require(FileHandle(forReadingAtPath: "/dev/null"))
        #expect {
            _ = try Chronicle.writePartialTimelines(paths: [Repository.path("examples/corpus")], options: options, to: readOnly)
        } throws: { error in
            // The run so far comes with the error, so the messages about the inputs are not lost.
            (error as? Chronicle.PartialTimelinesWriteError)?.run.documentCount == 0
        }
    }
}
