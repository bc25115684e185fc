import Benchmark
import Chronicle

/// Each document's records, as a run's threads make them (actors are gathered apart and left out),
/// made once: what the threads' mergers take in.
nonisolated(unsafe) let documentRecords: [Timeline] = analyzed.map { document in
    var document = document
    document.relations = extractor.coder.relations(in: document)
    return extractor.recordsLeavingActors(of: document).records
}

/// The end of a two-thread run, alone: the two threads' mergers (the documents dealt out in turn,
/// as `--jobs 2` deals them) combined into one timeline in output order, on one thread and on two.
/// This is the part of a run that did not halve with two threads; the mergers are filled before
/// the clock starts, and the result is freed after it stops, as `chronicle extract` never frees it.
func mergeBenchmarks() {
    for threads in [1, 2] {
        Benchmark("Combining two threads' mergers and ordering the result, \(threads) thread\(threads == 1 ? "" : "s") (\(documentCount) docs)",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
            for _ in benchmark.scaledIterations {
                var first = Timeline.Merger(), second = Timeline.Merger()
                for (index, records) in documentRecords.enumerated() {
                    if index % 2 == 0 { first.add(records) } else { second.add(records) }
                }
                // Handed over, not copied: a merger still held here would make the combination copy
                // every list it changes.
                let mergers = [consume first, consume second]
                benchmark.startMeasurement()
                let timeline = Timeline.Merger.timeline(combining: mergers, threads: threads)
                benchmark.stopMeasurement()
                blackHole(timeline.events.count)
            }
        }
    }
}
