import Benchmark
import Chronicle
import Foundation

/// A deterministic actor graph of `nodes` actors: a ring plus chords, like a busy news week.
func syntheticTimeline(nodes: Int) -> Timeline {
    let actors = (0..<nodes).map { Actor(id: ActorID("A\($0)"), name: "Actor \($0)", kind: .state, mentions: 1 + $0 % 7) }
    var relations: [Relation] = []
    for index in 0..<nodes {
        let evidence = Evidence(document: "d", text: "Sentence \(index).", byteStart: index * 10, byteEnd: index * 10 + 9)
        relations.append(Relation(source: actors[index].id, target: actors[(index + 1) % nodes].id, kind: .consult, evidence: [evidence]))
        relations.append(Relation(source: actors[index].id, target: actors[(index * 7 + 3) % nodes].id, kind: .assault, evidence: [evidence]))
    }
    return Timeline(documents: [Document(id: "d", source: "d.txt")], actors: actors,
                    relations: relations.filter { $0.source != $0.target })
}

/// Renders by launching the `dot` program, as a script would: without the allocation counter the
/// benchmarks run under (the in-process renders still pay for it, so the comparison leans against them).
func renderWithProgram(_ dot: String) -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    process.arguments = ["-Tsvg"]
    process.environment = userEnvironment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try! process.run()
    input.fileHandleForWriting.write(Data(dot.utf8))
    try! input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
}

func renderingBenchmarks() {
    for nodes in [10, 20, 30, 100] {
        let dot = DOTExporter.export(syntheticTimeline(nodes: nodes))
        Benchmark("Render \(nodes)-node graph to SVG in-process (libgvc)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! GraphvizRenderer().render(dot: dot)) }
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            Benchmark("Render \(nodes)-node graph to SVG by launching dot",
                      configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
                for _ in benchmark.scaledIterations { blackHole(renderWithProgram(dot)) }
            }
        }
    }
    // The usual case: the actor graph `make demo` draws from the bundled examples (19 actors, 31 edges).
    if let examplesGraph = try? String(contentsOfFile: repositoryRoot + "/output/graph.dot", encoding: .utf8) {
        Benchmark("Render the examples' actor graph (output/graph.dot) in-process (libgvc)",
                  configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! GraphvizRenderer().render(dot: examplesGraph)) }
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            Benchmark("Render the examples' actor graph (output/graph.dot) by launching dot",
                      configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
                for _ in benchmark.scaledIterations { blackHole(renderWithProgram(examplesGraph)) }
            }
        }
    }
    let large = syntheticTimeline(nodes: 100)
    Benchmark("DOT export, 100 actors", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 500)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(DOTExporter.export(large)) }
    }
}
