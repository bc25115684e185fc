import Benchmark
import Foundation

/// The root package: this file is Benchmarks/Benchmarks/ChronicleBenchmarks/CommandBenchmarks.swift in it.
let repositoryRoot: String = {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { folder.deleteLastPathComponent() }
    return folder.path
}()

/// The `chronicle` binary `make build` leaves in the root package (`make bench` builds it first).
let chronicleBinary = repositoryRoot + "/.build/release/chronicle"

/// Runs the binary as a user would, from the repository root, and waits for it.
func runChronicle(_ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chronicleBinary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try! process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "chronicle \(arguments) exited \(process.terminationStatus)")
}

/// Whole commands in their own process: what start-up and `build` cost a user, lexicons, process launch and all.
func commandBenchmarks() {
    guard FileManager.default.isExecutableFile(atPath: chronicleBinary) else {
        print("skipping command benchmarks: \(chronicleBinary) is missing (run `make build`)")
        return
    }
    Benchmark("Start-up: chronicle extract on one short document (process)",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 100)) { benchmark in
        for _ in benchmark.scaledIterations {
            runChronicle(["extract", "examples/corpus/2023-10-09-blinken-israel.txt", "--quiet"])
        }
    }
    let out = NSTemporaryDirectory() + "chronicle-bench-build"
    Benchmark("chronicle build examples/corpus, every output (process)",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            runChronicle(["build", "examples/corpus", "--out", out, "--quiet", "--force"])
        }
    }
    // A large corpus: the picture's edge cap and the outputs made side by side (`scripts/scale-run
    // --build` gives the same at 10,000 and more, with peak memory).
    let corpusOut = NSTemporaryDirectory() + "chronicle-bench-build-corpus"
    Benchmark("chronicle build on the generated corpus (\(documentCount) docs), every output (process)",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            runChronicle(["build", corpusFolder, "--out", corpusOut, "--quiet", "--force"])
        }
    }
}
