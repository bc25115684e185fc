import ChronicleTestSupport
import Foundation
import Testing

/// Every file `build` writes is the same, byte for byte, whatever the order the documents are
/// named in and however many threads read them.
@Suite(.serialized)
struct DeterminismTests {
    @Test func shuffledInputsAndAnyNumberOfJobsGiveByteIdenticalOutputs() throws {
        let folder = makeTemporaryFolder("chronicle-determinism")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("examples/corpus"))
            .filter { !$0.hasPrefix(".") }.map { "examples/corpus/" + $0 }
        #expect(files.count >= 9)

        let reference = try build(["examples/corpus"], into: folder + "/reference")
        #expect(reference.keys.contains("timeline.json") && reference.keys.contains("graph.svg") && reference.keys.contains("report.md"))
        var random = SplitMix64(seed: 2023)
        for (jobs, seed) in [(1, 0), (3, 1), (2, 2)] {
            var order = files.shuffled(using: &random)
            if seed == 2 { order.reverse() }
            let outputs = try build(order, jobs: jobs, into: folder + "/run\(seed)")
            #expect(outputs.keys.sorted() == reference.keys.sorted(), "the same files")
            for (name, bytes) in reference {
                let same = outputs[name] == bytes
                #expect(same, "\(name) differs with --jobs \(jobs) and order \(order.map { $0.split(separator: "/").last ?? "" })")
                if !same, let other = outputs[name] {
                    let difference = firstDifference(expected: String(decoding: bytes, as: UTF8.self), actual: String(decoding: other, as: UTF8.self))
                    Issue.record("\(name): \(difference ?? "bytes differ")")
                }
            }
        }
    }

    /// A machine with other fonts draws the same `graph.svg`: labels are measured by Chronicle's
    /// own metrics, not by the fonts fontconfig finds. Here fontconfig is given a configuration
    /// with no fonts at all, which changed every box (and the bytes) when Pango measured them.
    @Test func graphSVGDoesNotDependOnTheMachinesFonts() throws {
        let folder = makeTemporaryFolder("chronicle-fonts")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configuration = folder + "/fonts.conf"
        try FileManager.default.createDirectory(atPath: folder + "/no-fonts", withIntermediateDirectories: true)
        try Data("""
            <?xml version="1.0"?>
            <fontconfig><dir>\(folder)/no-fonts</dir><cachedir>\(folder)/cache</cachedir></fontconfig>
            """.utf8).write(to: URL(fileURLWithPath: configuration))
        let usual = try build(["examples/corpus"], into: folder + "/usual")
        let fontless = try build(["examples/corpus"], into: folder + "/fontless", environment: ["FONTCONFIG_FILE": configuration])
        let svg = try #require(usual["graph.svg"])
        #expect(String(decoding: svg, as: UTF8.self).contains(">Hamas</text>"))
        #expect(fontless["graph.svg"] == svg, "graph.svg changed with the machine's fonts")
    }

    /// Runs `build` and returns every file it wrote (the record of outputs included), by name.
    private func build(_ inputs: [String], jobs: Int? = nil, into out: String, environment: [String: String] = [:]) throws -> [String: Data] {
        let result = try ChronicleBinary.run(["build"] + inputs + ["--out", out, "--quiet"] + (jobs.map { ["--jobs", String($0)] } ?? []),
                                             environment: environment)
        expectClean(result, exit: 0)
        var outputs: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) {
            outputs[name] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
        }
        return outputs
    }
}
