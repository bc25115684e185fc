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
}
