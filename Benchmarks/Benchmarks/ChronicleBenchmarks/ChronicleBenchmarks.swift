import Benchmark
import Chronicle
import ChronicleCorpusGenerator
import Foundation

/// How many generated documents each benchmark reads per iteration (`CHRONICLE_BENCH_DOCS`, default 1,000).
let documentCount = Int(ProcessInfo.processInfo.environment["CHRONICLE_BENCH_DOCS"] ?? "") ?? 1_000

/// The generated corpus, as the bytes of its files, made once.
nonisolated(unsafe) let corpus: [(name: String, bytes: [UInt8])] = CorpusGenerator().documents(count: documentCount).map {
    ($0.name, Array($0.text.utf8))
}
let corpusBytes = corpus.reduce(0) { $0 + $1.bytes.count }
/// The same corpus written to a temporary folder, for the benchmark that reads files as `chronicle extract` does.
let corpusFolder: String = {
    let folder = NSTemporaryDirectory() + "chronicle-bench-\(documentCount)"
    if !FileManager.default.fileExists(atPath: folder) {
        try! CorpusGenerator().write(count: documentCount, to: folder)
    }
    return folder
}()
nonisolated(unsafe) let lexicon = try! Lexicon.bundled()
nonisolated(unsafe) let extractor = Extractor(lexicon: lexicon, cues: try! CueLexicon.bundled())
nonisolated(unsafe) let reader = DocumentReader()
nonisolated(unsafe) let ingested: [IngestedDocument] = corpus.enumerated().compactMap { index, file in
    reader.read(bytes: file.bytes, path: file.name, id: DocumentID("d\(index)")).document
}
nonisolated(unsafe) let segmented: [AnalyzedDocument] = ingested.map {
    AnalyzedDocument(ingested: $0, sentences: Segmenter.sentences(of: $0))
}
let sentenceCount = segmented.reduce(0) { $0 + $1.sentences.count }
/// Documents with actors and dates found, ready for event coding.
nonisolated(unsafe) let analyzed: [AnalyzedDocument] = ingested.map { extractor.analyze($0) }

let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
let documentsPerSecond = BenchmarkMetric.custom("documents/s", polarity: .prefersLarger, useScalingFactor: false)
let sentencesPerSecond = BenchmarkMetric.custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `body` once per iteration over the whole corpus and reports throughput.
func corpusBenchmark(_ name: String, _ body: @escaping () -> Void) {
    corpusBenchmark(name, freeingAfterTheClock: { body() })
}

/// The same for a `body` whose result is freed once the clock has stopped, as `chronicle extract`
/// leaves its result to the process's exit rather than freeing it record by record. A `body` that
/// reads the corpus `copies` times reports throughput over all the copies.
func corpusBenchmark(_ name: String, copies: Int = 1, freeingAfterTheClock body: @escaping () -> Any) {
    Benchmark(
        "\(name) (\(documentCount) docs, \(corpusBytes / 1024) KiB)",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond, documentsPerSecond, sentencesPerSecond],
            maxDuration: .seconds(10), maxIterations: 20)
    ) { benchmark in
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            var result: Any? = nil
            benchmark.startMeasurement()
            let elapsed = clock.measure { result = body() }
            benchmark.stopMeasurement()
            withExtendedLifetime(result) {}
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(megabytesPerSecond, Int(Double(copies * corpusBytes) / 1_048_576 / seconds))
            benchmark.measurement(documentsPerSecond, Int(Double(copies * corpus.count) / seconds))
            benchmark.measurement(sentencesPerSecond, Int(Double(copies * sentenceCount) / seconds))
        }
    }
}

/// `chronicle extract --jobs N > /dev/null` once started, its result left to be freed after the clock stops.
func wholeRun(jobs: Int, progress: ProgressLine? = nil) -> SpooledRun {
    var options = ExtractionOptions()
    options.jobs = jobs
    let run = try! Chronicle.extractForJSON(paths: [corpusFolder], options: options, progress: progress?.handler)
    // Encoded on as many threads as extracted, as `chronicle extract --jobs` does.
    let sink = FileHandle(forWritingAtPath: "/dev/null")!
    try! run.writeTimelineJSON(to: sink, threads: jobs)
    try! sink.close()
    return run
}

/// The results of runs made on several threads at once, each kept in its own slot.
final class RunsOfThreads: @unchecked Sendable {
    private var runs: [SpooledRun?]
    private let lock = NSLock()

    init(count: Int) { runs = Array(repeating: nil, count: count) }

    func keep(_ run: SpooledRun, at slot: Int) {
        lock.lock()
        runs[slot] = run
        lock.unlock()
    }
}

let benchmarks: @Sendable () -> Void = {
    renderingBenchmarks()

    corpusBenchmark("Ingest + segmentation") {
        for (index, file) in corpus.enumerated() {
            guard let document = reader.read(bytes: file.bytes, path: file.name, id: DocumentID("d\(index)")).document else { continue }
            blackHole(Segmenter.sentences(of: document))
        }
    }

    corpusBenchmark("Actor recognition") {
        for document in segmented { blackHole(extractor.recognizer.mentions(in: document)) }
    }

    corpusBenchmark("Temporal tagging") {
        let tagger = TemporalTagger()
        for document in segmented {
            let dct = document.document.published
            for sentence in document.sentences { blackHole(tagger.tag(document.ingested.text, sentence.range, dct: dct)) }
        }
    }

    corpusBenchmark("Event coding + aggregation") {
        var documents = analyzed
        for index in documents.indices { documents[index].relations = extractor.coder.relations(in: documents[index]) }
        blackHole(extractor.timeline(from: documents))
    }

    corpusBenchmark("Extract (bytes in, timeline out)") {
        var analyzed: [AnalyzedDocument] = []
        analyzed.reserveCapacity(corpus.count)
        for (index, file) in corpus.enumerated() {
            guard let document = reader.read(bytes: file.bytes, path: file.name, id: DocumentID("d\(index)")).document else { continue }
            // As the extraction runs: time expressions only where events are dated from.
            analyzed.append(extractor.analyze(document, timexes: .eventSentences))
        }
        blackHole(extractor.timeline(from: analyzed))
    }

    // What `chronicle extract --jobs N > /dev/null` does once started: the bundled lexicons are built
    // at the first call of the process and reused (`ExtractionOptions.extractor()`); building them is
    // "Lexicon load" below, and a process's whole start-up is in `commandBenchmarks`. The result is
    // freed after the clock stops: the command never frees it.
    for jobs in [1, 2] {
        corpusBenchmark("Whole run: files on disk to timeline.json bytes, \(jobs) thread\(jobs == 1 ? "" : "s")", freeingAfterTheClock: {
            wholeRun(jobs: jobs)
        })
    }

    // The same with the progress line a terminal would show, written to /dev/null: it is called
    // after every document and prints a few times a second, which must cost nothing measurable.
    let nullDevice = FileHandle(forWritingAtPath: "/dev/null")!
    corpusBenchmark("Whole run: files on disk to timeline.json bytes, 1 thread, with the progress line", freeingAfterTheClock: {
        wholeRun(jobs: 1, progress: ProgressLine { nullDevice.write(Data($0.utf8)) })
    })

    // What two cores can do at best: two independent one-thread runs at once, each on its own
    // thread, sharing nothing they write. On a machine whose cores slow each other down (a shared
    // cache, memory bandwidth, a busy host), this takes longer than one run alone, and the speed-up
    // `--jobs 2` can reach is twice the one-thread time over this one, not 2.
    corpusBenchmark("Whole run, two one-thread runs at once (the machine's ceiling for 2 threads)", copies: 2, freeingAfterTheClock: {
        let runs = RunsOfThreads(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { runs.keep(wholeRun(jobs: 1), at: $0) }
        return runs
    })

    // The path a corpus larger than memory takes (`chronicle extract --memory`): merged records go to
    // sorted runs in temporary files a megabyte at a time (about ten runs here) and merge back as
    // timeline.json is written, here to /dev/null.
    corpusBenchmark("Whole run through sorted runs on disk (--memory 1M), 1 thread") {
        var options = ExtractionOptions()
        options.jobs = 1
        options.memoryBudget = 1 << 20
        let run = try! Chronicle.extractForJSON(paths: [corpusFolder], options: options)
        precondition(run.spilledRunCount > 1, "the benchmark must go through disk")
        let sink = FileHandle(forWritingAtPath: "/dev/null")!
        try! run.writeTimelineJSON(to: sink)
        try! sink.close()
    }

    mergeBenchmarks()

    realNewsBenchmarks()

    commandBenchmarks()

    Benchmark("Lexicon load (bundled, parse + trie)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Extractor(lexicon: try! Lexicon.bundled(), cues: try! CueLexicon.bundled()))
        }
    }
}
