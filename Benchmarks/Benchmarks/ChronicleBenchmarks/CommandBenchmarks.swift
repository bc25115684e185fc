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

/// The environment the benchmarks run in, less the allocation counter package-benchmark preloads
/// into them (`LD_PRELOAD`): a program launched with it paid for the counting, and crashed in it
/// once it allocated with jemalloc.
let userEnvironment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    environment["LD_PRELOAD"] = nil
    return environment
}()

/// Runs the binary as a user would, from the repository root, and waits for it.
func runChronicle(_ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chronicleBinary)
    process.arguments = arguments
    process.environment = userEnvironment
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
    // The whole run as a user gets it, start-up included, with the program's own allocator (jemalloc):
    // the in-process rows use the C library's, because package-benchmark's allocation counter
    // crashed (SIGSEGV in its `free`) when it handed calls on to jemalloc.
    for jobs in [1, 2] {
        processRunBenchmark("chronicle extract on the generated corpus (\(documentCount) docs, \(corpusBytes / 1024) KiB), "
                            + "\(jobs) thread\(jobs == 1 ? "" : "s") (process)",
                            arguments: ["extract", corpusFolder, "--jobs", "\(jobs)", "--quiet"], bytes: corpusBytes)
    }
    if let (folder, bytes) = realNewsFolder {
        processRunBenchmark("chronicle extract on real news (TempEval-3 texts \u{D7} \(realNewsCopies), \(bytes / 1024) KiB), 1 thread (process)",
                            arguments: ["extract", folder, "--jobs", "1", "--quiet", "--date", "1998-01-08"], bytes: bytes)
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

/// Runs `chronicle` with `arguments` once per iteration, reporting throughput over `bytes` of input.
private func processRunBenchmark(_ name: String, arguments: [String], bytes: Int) {
    Benchmark(name, configuration: .init(metrics: [.wallClock, megabytesPerSecond], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            let elapsed = clock.measure { runChronicle(arguments) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1_048_576 / seconds))
        }
    }
}
