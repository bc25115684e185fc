import ChronicleTestSupport
import Foundation
import Testing
@testable import chronicle_fuzz

/// Inputs the fuzzer (`scripts/fuzz`) found, replayed through the same harness: ingest, extraction and
/// every text exporter, with each output checked. Each file's first byte picks the reader and `--date`.
struct FuzzRegressionTests {
    static let folder = "Tests/ChronicleTests/Fixtures/fuzz"

    /// Every saved input, by file name.
    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? []
        return names.filter { $0.hasSuffix(".fuzz") }.sorted()
    }()

    /// Saved inputs that still crash, and the bug each shows (see the fixtures' README); empty while
    /// every saved input passes. When a bug is fixed its test reports "known issue was not recorded":
    /// then remove the entry here.
    static let knownBugs: [String: Comment] = [:]

    /// Each saved input runs in a child process, so an input that still crashes fails its own test
    /// instead of ending the whole run.
    @Test(arguments: inputs) func savedInputStaysFixed(_ name: String) async {
        if let bug = Self.knownBugs[name] {
            await withKnownIssue(bug) { await Self.replayInChildProcess(name) }
        } else {
            await Self.replayInChildProcess(name)
        }
    }

    static func replayInChildProcess(_ name: String) async {
        await #expect(processExitsWith: .success, "\(name) crashed or broke an output") { [name] in
            guard let data = FileManager.default.contents(atPath: Repository.path(FuzzRegressionTests.folder + "/" + name)) else { exit(2) }
            let outcome = FuzzHarness.run(data)
            if !outcome.problems.isEmpty {
                FileHandle.standardError.write(Data(outcome.problems.joined(separator: "\n").utf8))
                exit(1)
            }
        }
    }

    @Test func everyKnownBugHasItsInput() {
        #expect(Set(Self.knownBugs.keys).isSubset(of: Self.inputs), "an entry of knownBugs names no file in \(Self.folder)")
    }

    /// The harness itself passes on the bundled examples, read by their own reader, without a date, with
    /// ordinary ones, with the first and last days `--date` accepts, and with graph options.
    @Test func examplesPassTheHarness() throws {
        let folder = Repository.path("examples/corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            let kind: UInt8 = name.hasSuffix(".md") ? 1 : name.hasSuffix(".html") ? 2 : 0
            for options: UInt8 in [0b0000_0000, 0b0000_0100, 0b0010_1000, 0b0001_0000, 0b0001_0100, 0b0001_1000] {
                let outcome = FuzzHarness.run([kind | options] + bytes)
                #expect(outcome.read && outcome.sentences > 0, "\(name) was not read")
                #expect(outcome.problems.isEmpty, "\(name), selector \(kind | options): \(outcome.problems.joined(separator: "; "))")
            }
        }
    }

    @Test func firstByteChoosesReaderDateAndGraphOptions() throws {
        let plain = try #require(FuzzInput([0b0000_0000] + Array("Russia spoke.".utf8)))
        #expect(plain.path == "fuzz.txt" && plain.defaultDate == nil && !plain.graph.people)
        #expect(plain.bytes == Array("Russia spoke.".utf8))
        let html = try #require(FuzzInput([0b0010_1010]))
        #expect(html.path == "fuzz.html" && html.defaultDate?.description == "2024-02-29" && html.graph.people)
        #expect(FuzzInput([UInt8]()) == nil)
        #expect(FuzzHarness.run([UInt8]()).problems.isEmpty)
    }

    // MARK: - The checks catch what they are there for

    @Test func csvCheckFindsBrokenRecords() {
        #expect(OutputChecks.csv(Data("a,b\r\n1,2\r\n".utf8), rows: 1).isEmpty)
        #expect(OutputChecks.csv(Data("a,b\r\n\"1,2\"\r\n".utf8), rows: 1) == ["record 2 has 1 fields, the header 2"])
        #expect(!OutputChecks.csv(Data("a,b\r\n1,2\n".utf8), rows: 1).isEmpty, "a bare line feed ends no record")
        #expect(!OutputChecks.csv(Data("a,b\r\n=1+1,-4.5\r\n".utf8), rows: 1).isEmpty, "a formula cell")
        #expect(OutputChecks.csv(Data("a,b\r\n'=1+1,-4.5\r\n".utf8), rows: 1).isEmpty)
    }

    @Test func dotCheckFindsUnescapedText() {
        #expect(OutputChecks.dot(Data("digraph \"g\" {\n  \"a\\\\N\" [label=\"x\\ny\"];\n}\n".utf8)).isEmpty)
        #expect(!OutputChecks.dot(Data("digraph \"g\" {\n  \"a\\N\";\n}\n".utf8)).isEmpty, "Graphviz's \\N")
        #expect(!OutputChecks.dot(Data("digraph \"g\" {\n  \"a\nb\";\n}\n".utf8)).isEmpty, "a raw line break")
        #expect(!OutputChecks.dot(Data("digraph \"g\" {\n  \"a\";\n".utf8)).isEmpty, "an unclosed brace")
    }

    @Test func markdownCheckFindsBrokenTables() {
        let table = "| A | B |\n| --- | --- |\n| x \\| y | z |\n"
        #expect(OutputChecks.markdownReport(Data(table.utf8)).isEmpty)
        #expect(!OutputChecks.markdownReport(Data("| A | B |\n| --- | --- |\n| x | y | z |\n".utf8)).isEmpty)
        #expect(!OutputChecks.markdownReport(Data("```mermaid\ntimeline\n".utf8)).isEmpty, "an unclosed fence")
        #expect(!OutputChecks.markdownReport(Data("text\r\nmore\n".utf8)).isEmpty)
    }

    @Test func jsonAndXMLChecksFindBrokenDocuments() {
        #expect(OutputChecks.json(Data("{\"a\": [1, 2]}".utf8)).isEmpty)
        #expect(!OutputChecks.json(Data("{\"a\": [1, 2}".utf8)).isEmpty)
        #expect(OutputChecks.jsonLines(Data("{}\n[]\n".utf8), count: 2).isEmpty)
        #expect(!OutputChecks.jsonLines(Data("{}\n[]\n".utf8), count: 3).isEmpty)
        #expect(OutputChecks.xml(Data("<a><b x=\"1\"/></a>".utf8)).isEmpty)
        // Foundation's XMLParser on Linux accepts these three by itself.
        #expect(!OutputChecks.xml(Data("<a><b></a>".utf8)).isEmpty)
        #expect(!OutputChecks.xml(Data("<a>".utf8)).isEmpty, "a truncated document")
        #expect(!OutputChecks.xml(Data("<a/><b/>".utf8)).isEmpty, "two roots")
    }
}
