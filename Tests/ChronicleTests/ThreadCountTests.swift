@testable import Chronicle
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

/// `--jobs` asks for threads; a run starts no more than it can use, whatever the number.
struct ThreadCountTests {
    @Test func aRunStartsNoMoreThreadsThanDocumentsOrFourPerCore() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #expect(Chronicle.workers(jobs: 1_000_000, documents: 9) == min(9, 4 * cores))
        #expect(Chronicle.workers(jobs: 1_000_000, documents: 1_000_000) == 4 * cores)
        #expect(Chronicle.workers(jobs: 2, documents: 1_000) == 2)
        #expect(Chronicle.workers(jobs: 3, documents: 1) == 1)
        // No documents still makes one (empty) run, and a library caller's 0 or less means one thread.
        #expect(Chronicle.workers(jobs: 4, documents: 0) == 1)
        #expect(Chronicle.workers(jobs: 0, documents: 10) == 1)
        // What merging and writing use, which have no documents to count.
        #expect(Chronicle.usefulThreads(jobs: 1_000_000) == 4 * cores)
        #expect(Chronicle.usefulThreads(jobs: -3) == 1)
        #expect(Chronicle.usefulThreads(jobs: 2) == min(2, 4 * cores))
    }

    /// Each thread held a merger and the actors' tables from the start: a million of them for the
    /// nine examples took gigabytes. Now the run is the one-thread run, byte for byte.
    @Test func aMillionJobsGiveTheOneThreadRun() throws {
        let corpus = Repository.path("examples/corpus")
        var one = ExtractionOptions(defaultDate: CalendarDay(iso: "2024-01-15"))
        one.jobs = 1
        var many = one
        many.jobs = 1_000_000
        let single = try Chronicle.extract(paths: [corpus], options: one).timeline
        let spread = try Chronicle.extract(paths: [corpus], options: many).timeline
        #expect(single == spread)
        #expect(!spread.events.isEmpty)
    }
}
