import ChronicleTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile lexicons and output folders: a malformed lexicon stops the run before anything is
/// written (exit 65, with file, line and column); `--out` problems exit 1 or 64 without touching
/// what is there; two builds into one folder both finish.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct HostileConfigurationTests {
    let folder = makeTemporaryFolder("chronicle-hostile-config")
    var good: String { HostileCorpus.fixtures + "/documents/good.txt" }
    static let lexicons = HostileCorpus.fixtures + "/lexicons"

    // MARK: - Lexicons

    @Test(arguments: [
        ("duplicate-id.yaml", "duplicate-id.yaml:3:5: error: actor id XYZ is defined twice in this file (first at line 2)"),
        ("alias-claimed-twice.yaml", "alias-claimed-twice.yaml:3:5: error: `the Zed` is claimed by both XYZ and QQQ in this file; give it to one of them"),
        ("unknown-kind.yaml", "unknown-kind.yaml:2:36: error: unknown kind `planet` for actor XYZ; expected one of state, "),
        ("syntax-error.yaml", "syntax-error.yaml:3:5: error: not valid YAML: did not find expected ',' or '}', while parsing a flow mapping that starts at line 2"),
        ("undefined-alias.yaml", "undefined-alias.yaml:3:5: error: not valid YAML: found undefined alias"),
        ("tab-indent.yaml", "tab-indent.yaml:2:1: error: not valid YAML: found character that cannot start any token"),
        ("unknown-field.yaml", "unknown-field.yaml:5:5: error: unknown field `capital` in actor; expected aliases, ambiguous, demonyms, id, kind, metonyms, name"),
    ])
    func malformedLexiconsExit65WithTheirPlace(name: String, message: String) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lexicon = Self.lexicons + "/" + name
        let build = try ChronicleBinary.run(["build", good, "--lexicon", lexicon, "--out", folder + "/out"])
        expectClean(build, exit: 65)
        #expect(build.stderr.contains(Self.lexicons + "/" + message), "\(build.stderr)")
        #expect(build.stderr.split(separator: "\n").count == 1, "one clear line: \(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/timeline.json"), "nothing is written")
        let check = try ChronicleBinary.run(["lexicon", "check", lexicon])
        expectClean(check, exit: 65)
        #expect(check.stderr.contains(message))
    }

    @Test func theGoodFixtureLexiconIsAccepted() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let check = try ChronicleBinary.run(["lexicon", "check", Self.lexicons + "/good.yaml"])
        expectClean(check, exit: 0)
        #expect(check.stdoutText.contains("good.yaml: ok (1 actors, 0 people, 0 non-actor phrases)"))
    }

    @Test func lexiconsThatAreNotYAMLTextExit65() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write(HostileCorpus.utf16("actors: []\n", bigEndian: false), to: folder + "/wide.yaml")
        try HostileCorpus.write(Array("actors:\n  - {id: XYZ, name: X".utf8) + [0xC3, 0x28] + Array(", kind: state}\n".utf8), to: folder + "/latin1.yaml")
        try HostileCorpus.write("actors:\n  - {id: XYZ, name: \"X\u{1}\", kind: state}\n", to: folder + "/control.yaml")
        try HostileCorpus.write("actors:\n  - " + String(repeating: "[", count: 100_000) + "\n", to: folder + "/deep.yaml")
        try HostileCorpus.write("actors:\n  - " + String(repeating: "- ", count: 30_000) + "x\n", to: folder + "/deep-block.yaml")
        let cases = [
            ("wide.yaml", "wide.yaml: error: the lexicon is UTF-16 text; Chronicle reads UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"),
            ("latin1.yaml", "latin1.yaml:2:22: error: the lexicon is not UTF-8 text (invalid byte)"),
            ("control.yaml", "control.yaml:2:23: error: not valid YAML: control characters are not allowed"),
            ("deep.yaml", "deep.yaml:2:67: error: nested more than 64 levels deep; a lexicon needs four at most"),
            ("deep-block.yaml", "deep-block.yaml:2:"),
            ("missing.yaml", "missing.yaml: error: cannot read the lexicon file: no such file"),
            ("", ": error: cannot read the lexicon file: it is a folder"),
        ]
        for (name, message) in cases {
            let result = try ChronicleBinary.run(["extract", good, "--lexicon", folder + "/" + name])
            expectClean(result, exit: 65, name)
            #expect(result.stderr.contains(folder + "/" + message), "\(name): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    // MARK: - --out

    @Test func outNamingAFileOrAPathThroughAFileExits1() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write("mine\n", to: folder + "/file")
        let atFile = try ChronicleBinary.run(["build", good, "--out", folder + "/file"])
        expectClean(atFile, exit: 1)
        #expect(atFile.stderr.contains("error: \(folder)/file: --out names a file, not a folder"))
        let below = try ChronicleBinary.run(["build", good, "--out", folder + "/file/sub/out"])
        expectClean(below, exit: 1)
        #expect(below.stderr.contains("error: \(folder)/file/sub/out: cannot create the output folder: \(folder)/file is a file, not a folder"))
        #expect(try String(contentsOfFile: folder + "/file", encoding: .utf8) == "mine\n")
    }

    @Test func outInsideAnInputFolderExits64BeforeReading() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = folder + "/news"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try HostileCorpus.write(HostileCorpus.good, to: inputs + "/good.txt")
        for out in [inputs, inputs + "/out", folder + "/x/../news/./out"] {
            let result = try ChronicleBinary.run(["build", inputs, "--out", out])
            expectClean(result, exit: 64)
            #expect(result.stderr.contains("--out \(out) lies inside the input folder \(inputs); choose a folder outside the inputs"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs) == ["good.txt"], "nothing written among the inputs")

        // Through symbolic links: an --out that is a link into the inputs (or under one), and inputs
        // named through a link to the folder --out lies in.
        try FileManager.default.createDirectory(atPath: inputs + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/out-link", withDestinationPath: inputs + "/out")
        try FileManager.default.createSymbolicLink(atPath: folder + "/news-link", withDestinationPath: inputs)
        for (input, out) in [(inputs, folder + "/out-link"), (inputs, folder + "/out-link/new"), (folder + "/news-link", inputs + "/out")] {
            let result = try ChronicleBinary.run(["build", input, "--out", out])
            expectClean(result, exit: 64)
            #expect(result.stderr.contains("--out \(out) lies inside the input folder \(input)"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs + "/out").isEmpty, "nothing written among the inputs")
        let beside = try ChronicleBinary.run(["build", inputs, "--out", folder + "/beside"])
        #expect(beside.status == 0, "a folder beside the inputs is fine: \(beside.stderr)")
    }

    @Test(.enabled(if: HostileCorpus.readOnlyFoldersStopWrites, "root writes into a 0555 folder; the check needs an ordinary user"))
    func readOnlyOutExits1() throws {
        defer {
            chmod(folder + "/read-only", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try FileManager.default.createDirectory(atPath: folder + "/read-only", withIntermediateDirectories: true)
        chmod(folder + "/read-only", 0o555)
        let result = try ChronicleBinary.run(["build", good, "--out", folder + "/read-only"])
        expectClean(result, exit: 1)
        #expect(result.stderr.contains("error: \(folder)/read-only/timeline.json: cannot write: Permission denied"), "\(result.stderr)")
        let below = try ChronicleBinary.run(["build", good, "--out", folder + "/read-only/out"])
        expectClean(below, exit: 1)
        #expect(below.stderr.contains("cannot create the output folder: Permission denied"), "\(below.stderr)")
    }

    /// Two builds into one folder at once, with different inputs so their files differ: both finish
    /// with 0, every file parses, no temporary file is left, and a third build may replace them all.
    @Test func twoBuildsIntoOneFolderAtOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/out"
        for round in 0..<3 {
            let commands = [
                ["build", "examples/corpus", "--out", out, "--quiet"],
                ["build", round == 1 ? "examples/corpus" : good, "--out", out, "--quiet"],
            ]
            let results = Locked<[Int: CommandResult]>([:])
            DispatchQueue.concurrentPerform(iterations: commands.count) { index in
                let result = try? ChronicleBinary.run(commands[index])
                results.update { $0[index] = result }
            }
            for index in commands.indices {
                let result = try #require(results.value[index], "build \(index) did not run")
                expectClean(result, exit: 0, "round \(round), build \(index)")
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            #expect(!names.contains { $0.contains(".tmp-") }, "temporary files left: \(names)")
            #expect(names == [".chronicle-outputs", "events.csv", "graph.dot", "graph.gexf", "graph.graphml", "graph.svg", "relations.csv",
                              "report.md", "timeline.json", "timeline.svg", "timelinejs.json"])
            for name in ["timeline.json", "timelinejs.json"] {
                #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/" + name)))) != nil, "\(name) parses")
            }
            for name in ["graph.svg", "graph.graphml", "graph.gexf", "timeline.svg"] {
                #expect(xmlError(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))) == nil, "\(name) parses")
            }
            for name in ["events.csv", "relations.csv"] {
                let text = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
                #expect(text.hasSuffix("\r\n") && text.hasPrefix(name == "events.csv" ? "id,date," : "source,source_name,"))
            }
        }
        // The record matches the files, so an ordinary build may replace every one of them.
        let after = try ChronicleBinary.run(["build", good, "--out", out])
        expectClean(after, exit: 0)
    }

    // MARK: - Known bugs outside the files this suite may change

    /// Sources/Chronicle/Manifest.swift and Sources/ChronicleExtraction/Events/CueLexicon.swift hand
    /// YAML to Yams without the depth check `YAMLNesting.tooDeep` does for lexicons and front matter.
    @Test func deeplyNestedManifestAndCueFilesDoNotCrash() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write("- " + String(repeating: "[", count: 100_000) + "\n", to: folder + "/deep.yaml")
        let manifest = try ChronicleBinary.run(["extract", good, "--manifest", folder + "/deep.yaml", "--quiet"])
        let cues = try ChronicleBinary.run(["extract", good, "--cues", folder + "/deep.yaml", "--quiet"])
        expectClean(manifest, exit: 65)
        expectClean(cues, exit: 65)
        #expect(manifest.stderr.contains("deep.yaml:1:"), "the message names the file and place")
        #expect(cues.stderr.contains("deep.yaml:1:"), "the message names the file and place")
    }

    /// A manifest that is missing, a folder, or wrong says so as every other message does: the
    /// file, where, then `error:`.
    @Test func manifestProblemsAreErrorsNamingTheFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: true)
        try HostileCorpus.write("file,date\ngood.txt,2023-13-45\n", to: folder + "/bad.csv")
        for (manifest, message) in [(folder + "/none.yaml", "none.yaml: error: cannot read the manifest: No such file or directory"),
                                    (folder + "/dir", "dir: error: the manifest is a folder, not a file"),
                                    (folder + "/bad.csv", "bad.csv:2: error: date \"2023-13-45\" for good.txt is not YYYY-MM-DD")] {
            let result = try ChronicleBinary.run(["extract", good, "--manifest", manifest])
            expectClean(result, exit: 65)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}

/// A value behind a lock, for results gathered from threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
