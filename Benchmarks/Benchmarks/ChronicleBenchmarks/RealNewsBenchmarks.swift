import Benchmark
import Chronicle
import Foundation

/// The texts of the TempEval-3 training data (TimeBank and AQUAINT news wires, 256 documents), when
/// `../shared/bench/tempeval3/train.jsonl` is beside the repository, written to a temporary
/// folder (never into the repository: the data's terms of redistribution are unclear). Real news
/// names far fewer actors and events than the generated corpus, so this measures reading, finding
/// actors and tagging dates more than coding and aggregating.
let realNewsFolder: (folder: String, bytes: Int)? = {
    let source = repositoryRoot + "/../shared/bench/tempeval3/train.jsonl"
    guard let data = FileManager.default.contents(atPath: source) else { return nil }
    let folder = NSTemporaryDirectory() + "chronicle-bench-tempeval3"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = 0
    for line in data.split(separator: UInt8(ascii: "\n")) {
        guard let record = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
              let id = record["id"] as? String, let text = record["text"] as? String else { continue }
        // Ten copies, so the fixed cost of a run (building the extractor, scanning the folder) weighs
        // on 5 MB as it would on a real corpus, not on half a megabyte.
        for copy in 0..<realNewsCopies {
            try! text.write(toFile: folder + "/\(id)-\(copy).txt", atomically: true, encoding: .utf8)
            bytes += text.utf8.count
        }
    }
    return (folder, bytes)
}()

let realNewsCopies = 10

func realNewsBenchmarks() {
    guard let (folder, bytes) = realNewsFolder else { return }
    Benchmark("Whole run on real news (TempEval-3 texts, 256 docs \u{D7} \(realNewsCopies), \(bytes / 1024) KiB), 1 thread",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, megabytesPerSecond], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        let clock = ContinuousClock()
        // The bundled lexicons, built once per process (`ExtractionOptions.extractor()`), as for the
        // generated corpus: this measures the documents, not start-up.
        var options = ExtractionOptions(defaultDate: CalendarDay(iso: "1998-01-08"))
        options.jobs = 1
        for _ in benchmark.scaledIterations {
            let elapsed = clock.measure {
                let run = try! Chronicle.extract(paths: [folder], options: options)
                blackHole(try! TimelineJSON.encode(run.timeline))
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1_048_576 / seconds))
        }
    }
}
