import ChronicleTestSupport
import Foundation
import Testing

/// End-to-end: the built binary on the bundled examples, the user's seeds, and bad input.
@Suite(.serialized)
struct CLITests {
    @Test func outputFolderIsExactlyWhatTheMainCommandWritesNow() throws {
        // A folder beside output/, at the same depth, so links to the corpus come out the same.
        let relative = ".chronicle-test-output"
        let folder = Repository.path(relative)
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try ChronicleBinary.run(["build", "examples/corpus", "--out", relative])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["events.csv", "graph.dot", "graph.gexf", "graph.graphml", "graph.svg", "relations.csv", "report.md",
                          "timeline.json", "timeline.svg", "timelinejs.json"])
        for name in names {
            let fresh = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let committed = (try? String(contentsOfFile: Repository.path("output/\(name)"), encoding: .utf8)) ?? ""
            if name.hasSuffix(".svg") {
                // SVG layout shifts with the Graphviz version: compare what it draws, not its bytes.
                #expect(xmlError(Data(committed.utf8)) == nil, "output/\(name) must be valid XML")
                let titles = { (svg: String) in svg.components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: "</title>")[0] } }
                #expect(titles(committed) == titles(fresh), "output/\(name) is stale, run `make demo`")
                continue
            }
            let difference = firstDifference(expected: committed, actual: fresh)
            #expect(difference == nil, "output/\(name) is stale, run `make demo`: \(difference ?? "")")
        }
    }

    @Test func anyNumberOfJobsGivesTheSameBytes() throws {
        let generated = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: generated) }
        let one = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet", "--jobs", "1"])
        let three = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet", "--jobs", "3"])
        #expect(one.status == 0 && three.status == 0)
        #expect(one.stdout == three.stdout)
        #expect(try ChronicleBinary.run(["extract", "examples/corpus", "--jobs", "0"]).status == 64)
    }

    @Test func aRunLargerThanItsMemoryGivesTheSameBytesThroughTemporaryFiles() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inMemory = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet"])
        let spilled = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet", "--memory", "1K", "--temporary-directory", folder])
        #expect(inMemory.status == 0 && spilled.status == 0, "\(spilled.stderr)")
        let same = inMemory.stdout == spilled.stdout
        #expect(same, "\(firstDifference(expected: inMemory.stdoutText, actual: spilled.stdoutText) ?? "")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no temporary file is left behind")

        let nowhere = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet", "--memory", "1K", "--temporary-directory", folder + "/missing"])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains(folder + "/missing: cannot make a temporary file here"), "\(nowhere.stderr)")
        #expect(nowhere.stdout.isEmpty, "no half-written timeline.json")
        for size in ["0", "1B", "-5M", "12.5M", "", "0K", "5T"] {
            #expect(try ChronicleBinary.run(["extract", "examples/corpus", "--memory", size]).status == 64, "--memory \(size)")
        }
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let first = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet"])
        let second = try ChronicleBinary.run(["extract", "examples/corpus/", "--quiet"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout.count > 100)
        let normalise = { (data: Data) in String(decoding: data, as: UTF8.self).replacingOccurrences(of: "examples/corpus//", with: "examples/corpus/") }
        #expect(normalise(first.stdout) == normalise(second.stdout))
    }

    @Test func extractReportsTheSeedPublicationDate() throws {
        guard let seeds = Repository.seedsFolder else { return }
        let result = try ChronicleBinary.run(["extract", seeds + "/000_45a64df650bbb841.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let documents = json["documents"] as! [[String: Any]]
        #expect(documents.count == 1)
        #expect(documents[0]["published"] as? String == "2023-11-11")
    }

    @Test func badFilesAreNamedAndTheRunGoesOn() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: URL(fileURLWithPath: folder + "/picture.txt"))
        try Data(" date 2023-11-11 Russia spoke.".utf8).write(to: URL(fileURLWithPath: folder + "/good.txt"))
        let result = try ChronicleBinary.run(["extract", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("empty.txt: error: empty file"))
        #expect(result.stderr.contains("picture.txt: error: binary file (PNG image)"))
        #expect(!result.stderr.contains("Fatal error"))
        let json = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        #expect((json["documents"] as! [Any]).count == 1)
    }

    @Test func nothingReadableExits66() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.md"))
        let result = try ChronicleBinary.run(["build", folder, "--out", out + "/out"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no document could be read"))
        #expect(!FileManager.default.fileExists(atPath: out + "/out/timeline.json"))
        let missing = try ChronicleBinary.run(["extract", folder + "/does-not-exist.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("does-not-exist.txt: error: no such file or folder"))
    }

    @Test(arguments: [["extract", "examples/corpus", "--date", "11/06/2023"], ["build", "examples/corpus"], ["extract"], ["frobnicate"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try ChronicleBinary.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func buildNeverReplacesAFileItDidNotWrite() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mine = "my own notes\n"
        try mine.write(toFile: folder + "/timeline.json", atomically: true, encoding: .utf8)
        try "keep me\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try ChronicleBinary.run(["build", "examples/corpus/undated-analysis.txt", "--out", folder])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("timeline.json: exists and was not written by chronicle"))
        #expect(try String(contentsOfFile: folder + "/timeline.json", encoding: .utf8) == mine)

        let forced = try ChronicleBinary.run(["build", "examples/corpus/undated-analysis.txt", "--out", folder, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let again = try ChronicleBinary.run(["build", "examples/corpus/MOSCOW-tass-style.txt", "--out", folder])
        #expect(again.status == 0, "a file chronicle wrote may be replaced: \(again.stderr)")
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "keep me\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["1", "2", "3"])
    func filesChronicleDidNotWriteAreRefusedBeforeAnythingIsWritten(jobs: String) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "my report\n".write(toFile: folder + "/report.md", atomically: true, encoding: .utf8)
        try "my graph\n".write(toFile: folder + "/graph.gexf", atomically: true, encoding: .utf8)
        let refused = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--jobs", jobs])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("graph.gexf: exists and was not written by chronicle"), "the first in the order of outputs: \(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["graph.gexf", "report.md"], "nothing else was written")
        #expect(try String(contentsOfFile: folder + "/report.md", encoding: .utf8) == "my report\n")

        // The very bytes chronicle would write are taken as its own, wherever they came from.
        try FileManager.default.removeItem(atPath: folder + "/graph.gexf")
        try FileManager.default.removeItem(atPath: folder + "/report.md")
        try FileManager.default.copyItem(atPath: Repository.path("output/graph.gexf"), toPath: folder + "/graph.gexf")
        let copied = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--jobs", jobs, "--quiet"])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/report.md"))
    }

    /// An output chronicle wrote and somebody edited since is refused as a file it never wrote is,
    /// and before any other output is replaced (they are all of the first run still).
    @Test(arguments: ["1", "2"])
    func anEditedOutputIsRefusedBeforeAnythingIsReplaced(jobs: String) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try ChronicleBinary.run(["build", "examples/corpus/2023-10-09-blinken-israel.txt", "--out", folder, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        try "\nmy own note\n".data(using: .utf8).map { note in
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/report.md"))
            try handle.seekToEnd()
            try handle.write(contentsOf: note)
            try handle.close()
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let before = names.map { FileManager.default.contents(atPath: folder + "/" + $0) }
        let refused = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--jobs", jobs])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("report.md: exists and was not written by chronicle, or was edited since"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names)
        for (name, bytes) in zip(names, before) {
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == bytes, "\(name) was replaced")
        }
    }

    @Test func outPointingAtAFileIsAnError() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "x".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
        let result = try ChronicleBinary.run(["build", "examples/corpus/undated-analysis.txt", "--out", folder + "/file"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--out names a file, not a folder"))
        #expect(try String(contentsOfFile: folder + "/file", encoding: .utf8) == "x")
    }

    @Test func outInsideAnInputFolderIsRefused() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try " date 2023-11-11 Russia spoke.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        for out in [folder, folder + "/out"] {
            let result = try ChronicleBinary.run(["build", folder, "--out", out])
            #expect(result.status == 64)
            #expect(result.stderr.contains("lies inside the input folder"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/timeline.json"))
    }

    @Test func readOnlyOutIsAClearError() throws {
        guard getuid() != 0 else { return }  // root writes anywhere; the check needs an ordinary user
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let result = try ChronicleBinary.run(["build", "examples/corpus/undated-analysis.txt", "--out", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
    }

    @Test func undatedDocumentsAreAnnouncedOnceWithAHint() throws {
        let result = try ChronicleBinary.run(["extract", "examples/corpus"])
        let notes = result.stderr.components(separatedBy: "no publication date")
        #expect(notes.count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--date YYYY-MM-DD"))
    }

    @Test func renderDrawsASavedTimeline() throws {
        let svg = try ChronicleBinary.run(["render", "output/timeline.json", "--actors", "RUS,IRN,ISR", "--min-weight", "1"])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(xmlError(svg.stdout) == nil)
        #expect(svg.stdoutText.contains(">Russia<") && !svg.stdoutText.contains(">Hamas<"))
        let dot = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--engine", "neato"])
        #expect(dot.stdoutText.hasPrefix("digraph \"chronicle\""))
        let badEngine = try ChronicleBinary.run(["render", "output/timeline.json", "--engine", "nope"])
        #expect(badEngine.status == 64)
        let notJSON = try ChronicleBinary.run(["render", "README.md"])
        #expect(notJSON.status == 65)
    }

    /// What a mistaken option or file would otherwise make silently: an empty picture, nothing
    /// written, or Swift's debug text in place of what is wrong and where.
    @Test func mistakesInRenderAndBuildOptionsAreNamed() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unknown = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--actors", "CHN,NOPE,USA"])
        #expect(unknown.status == 0 && unknown.stderr.contains("warning: --actors: \"NOPE\" is not an actor of output/timeline.json"), "\(unknown.stderr)")
        #expect(unknown.stdoutText.contains("\"CHN\" -> \"USA\""), "the known actors are drawn")
        let known = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--actors", "RUS,ISR"])
        #expect(!known.stderr.contains("--actors"))
        let built = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder + "/built", "--formats", "dot", "--actors", "NOPE"])
        #expect(built.status == 0 && built.stderr.contains("warning: --actors: \"NOPE\" is not an actor of the documents read"), "\(built.stderr)")
        let quiet = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder + "/built", "--formats", "dot", "--actors", "NOPE", "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "--quiet prints only errors: \(quiet.stderr)")
        try FileManager.default.removeItem(atPath: folder + "/built")
        let backwards = try ChronicleBinary.run(["render", "output/timeline.json", "--since", "2024", "--until", "2023-12"])
        #expect(backwards.status == 64 && backwards.stderr.contains("--until 2023-12 ends before --since 2024 begins"), "\(backwards.stderr)")
        let oneMonth = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--since", "2023-10-15", "--until", "2023-10"])
        #expect(oneMonth.status == 0 && oneMonth.stdoutText.contains(" -> "), "a day inside the month asked for is a range")
        for (option, value) in [("--max-events", "-1"), ("--max-edges", "-2"), ("--min-weight", "-1"), ("--jobs", "-1")] {
            let negative = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, option, value])
            #expect(negative.status == 64 && negative.stderr.contains("Error: \(option) must be"), "\(option): \(negative.stderr)")
        }
        let noFormat = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", " , "])
        #expect(noFormat.status == 64 && noFormat.stderr.contains("--formats names no output"), "\(noFormat.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing is written")

        let broken = folder + "/broken.json"
        try Data("{\n  \"schemaVersion\": 1,\n  \"documents\": [tru]\n}\n".utf8).write(to: URL(fileURLWithPath: broken))
        let syntax = try ChronicleBinary.run(["render", broken])
        #expect(syntax.status == 65 && syntax.stderr.contains("not valid JSON at line 3, column 20: expected `true`, found `]`"), "\(syntax.stderr)")
        let newer = folder + "/newer.json"
        try Data(#"{"schemaVersion": 99, "documents": [], "actors": [], "relations": [], "events": []}"#.utf8).write(to: URL(fileURLWithPath: newer))
        let version = try ChronicleBinary.run(["render", newer])
        #expect(version.status == 65 && version.stderr.contains("schemaVersion 99 is not 1") && !version.stderr.contains("not valid JSON"), "\(version.stderr)")
    }

    @Test func maxEdgesKeepsTheStrongestEdgesAndSaysSo() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let edgeLines = { (dot: String) in dot.split(separator: "\n").filter { $0.contains("\" -> \"") }.count }
        // The committed graph (under the default cap) says how many edges the examples give.
        let edges = edgeLines(try String(contentsOfFile: "output/graph.dot", encoding: .utf8))
        let built = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "dot,svg,report", "--max-edges", "3"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("note: the graph shows the 3 strongest of \(edges) edges"), "\(built.stderr)")
        #expect(edgeLines(try String(contentsOfFile: folder + "/graph.dot", encoding: .utf8)) == 3)
        #expect(try String(contentsOfFile: folder + "/graph.svg", encoding: .utf8).contains("shown: the 3 strongest of \(edges) edges"))
        #expect(try String(contentsOfFile: folder + "/report.md", encoding: .utf8).contains("The picture shows the 3 strongest of \(edges) edges"))
        let quiet = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "dot,report", "--max-edges", "3", "--quiet"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("note:"))
        #expect(!(try String(contentsOfFile: folder + "/report.md", encoding: .utf8).contains("The picture shows")),
                "the report speaks only of a picture it embeds")

        let all = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--max-edges", "0"])
        #expect(all.status == 0 && !all.stderr.contains("note:"))
        #expect(edgeLines(all.stdoutText) == edges)
        let two = try ChronicleBinary.run(["render", "output/timeline.json", "--format", "dot", "--max-edges", "2"])
        #expect(edgeLines(two.stdoutText) == 2 && two.stderr.contains("the 2 strongest of \(edges) edges"))
        let negative = try ChronicleBinary.run(["render", "output/timeline.json", "--max-edges", "-1"])
        #expect(negative.status == 64 && negative.stderr.contains("--max-edges"))
    }

    @Test func maxEventsKeepsTheTimelinePicturesReadableAndSaysSo() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rowCount = { (svg: String) in svg.components(separatedBy: "<text x=\"545\"").count - 1 }
        // The committed timeline says how many events the examples give, so the notes are checked against it.
        let committed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "output/timeline.json"))) as? [String: Any])
        let events = try #require((committed["events"] as? [Any])?.count)
        // The committed TimelineJS file has a slide for every dated event (fewer than the default cap).
        let committedSlides = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "output/timelinejs.json"))) as? [String: Any])
        let dated = try #require((committedSlides["events"] as? [Any])?.count)
        let built = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "json,timeline-svg,report,timelinejs", "--max-events", "5"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("note: timeline.svg, the report's dated list and its Mermaid timeline show 5 of the \(events) events"), "\(built.stderr)")
        #expect(built.stderr.contains("note: timelinejs.json has slides for 5 of the \(dated) dated events"), "\(built.stderr)")
        let slides = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/timelinejs.json"))) as? [String: Any])
        #expect((slides["events"] as? [Any])?.count == 5)
        let svg = try String(contentsOfFile: folder + "/timeline.svg", encoding: .utf8)
        #expect(rowCount(svg) == 5 && svg.contains("Shown: 5 of the \(events) events"))
        #expect(try String(contentsOfFile: folder + "/report.md", encoding: .utf8).contains("It shows 5 of the \(events) events"))
        #expect(try String(contentsOfFile: folder + "/timeline.json", encoding: .utf8) == String(contentsOfFile: "output/timeline.json", encoding: .utf8),
                "the data keeps every event")

        let jsonOnly = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "json", "--max-events", "5"])
        #expect(jsonOnly.status == 0 && !jsonOnly.stderr.contains("--max-events"), "no note without a timeline picture")
        let reportOnly = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "report", "--max-events", "5"])
        #expect(reportOnly.stderr.contains("note: the report's dated list and Mermaid timeline show 5 of the \(events) events"), "\(reportOnly.stderr)")
        let all = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--formats", "timeline-svg,timelinejs", "--max-events", "0"])
        #expect(all.status == 0 && !all.stderr.contains("note: timeline"))
        #expect(try String(contentsOfFile: folder + "/timelinejs.json", encoding: .utf8) == String(contentsOfFile: "output/timelinejs.json", encoding: .utf8))
        #expect(try String(contentsOfFile: folder + "/timeline.svg", encoding: .utf8) == String(contentsOfFile: "output/timeline.svg", encoding: .utf8),
                "the examples fit under the default maximum: 0 draws the same picture")
        let negative = try ChronicleBinary.run(["build", "examples/corpus", "--out", folder, "--max-events", "-1"])
        #expect(negative.status == 64 && negative.stderr.contains("--max-events"))
    }

    @Test func sentencesCommandShowsProvenance() throws {
        let result = try ChronicleBinary.run(["sentences", "examples/corpus/video-notes-red-sea.md"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count > 10)
        #expect(result.stdoutText.contains("\"url\":\"https://youtu.be/dQw4w9WgXcQ?t="))
    }
}

@Suite(.serialized)
struct LexiconCLITests {
    @Test func lookupShowsWhatIsFound() throws {
        let result = try ChronicleBinary.run(["lexicon", "lookup", "Kremlin spokesperson Dmitry Peskov said Moscow would respond."])
        #expect(result.status == 0)
        #expect(result.stdoutText == """
        "Kremlin spokesperson Dmitry Peskov" -> RUS (Russia), person, person: Dmitry Peskov
        "Moscow" -> RUS (Russia), metonym

        """)
    }

    @Test func checkReportsTheFileLineAndColumn() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "actors:\n  - {id: XYZ, name: Xyz, kind: planet}\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        try "actors:\n  - {id: XYZ, name: Xyzland, kind: state, demonyms: [Xyzian]}\n".write(toFile: folder + "/good.yaml", atomically: true, encoding: .utf8)
        let bad = try ChronicleBinary.run(["lexicon", "check", folder + "/bad.yaml"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.yaml:2:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("unknown kind `planet`"))
        let good = try ChronicleBinary.run(["lexicon", "check", folder + "/good.yaml"])
        #expect(good.status == 0, "\(good.stderr)")
        let extract = try ChronicleBinary.run(["lexicon", "lookup", "Xyzian troops left.", "--lexicon", folder + "/good.yaml"])
        #expect(extract.stdoutText.contains("-> XYZ (Xyzland), demonym"))
        let refused = try ChronicleBinary.run(["extract", "examples/corpus/undated-analysis.txt", "--lexicon", folder + "/bad.yaml"])
        #expect(refused.status == 65)
    }

    @Test func listNamesEveryActor() throws {
        let result = try ChronicleBinary.run(["lexicon", "list"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count > 250)
        #expect(lines.contains { $0.hasPrefix("RUS\tstate\tRussia\t") })
    }
}

@Suite(.serialized)
struct MergeCLITests {
    /// Lines written to a full disk: exit 1, the reason, and the notes about the inputs read by then.
    @Test func extractLinesIntoAFullDiskSaySoAndKeepTheirNotes() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        defer { try? full.close() }
        let result = try ChronicleBinary.run(["extract", "--jsonl", "--jobs", "1", "examples/corpus/undated-analysis.txt"], output: full)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write the lines"), "\(result.stderr)")
        #expect(result.stderr.contains("no publication date"), "the note about the document read is kept: \(result.stderr)")
    }

    /// A lexicon that spells a name both composed and decomposed (`Bogotá`), in documents that use
    /// both: shards merged in any order, and runs on any number of threads, write the same bytes,
    /// with the two spellings as one alias.
    @Test func equivalentSpellingsMergeToTheSameBytesInAnyOrder() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (composed, decomposed) = ("Bogot\u{E1}", "Bogota\u{301}")
        try "actors:\n  - {id: QQQ, name: Qqqland, kind: state, aliases: [\"\(composed)\", \"\(decomposed)\"]}\n"
            .write(toFile: folder + "/lexicon.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        for index in 0..<12 {
            let name = index % 2 == 0 ? composed : decomposed
            try "Published 2024-03-0\(1 + index % 9)\n\n\(name) accused Russia of shelling the border on March 2, 2024, officials said.\n"
                .write(toFile: folder + "/docs/d\(index).txt", atomically: true, encoding: .utf8)
        }
        let reference = try ChronicleBinary.run(["extract", folder + "/docs", "--lexicon", folder + "/lexicon.yaml", "--quiet"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let timeline = try JSONSerialization.jsonObject(with: reference.stdout) as? [String: Any]
        let actor = (timeline?["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "QQQ" }
        let aliases = try #require(actor?["aliases"] as? [String])
        #expect(aliases.map { Array($0.utf8) } == [Array(decomposed.utf8)], "one alias, the spelling whose bytes come first")

        let lines = try ChronicleBinary.run(["extract", folder + "/docs", "--lexicon", folder + "/lexicon.yaml", "--jsonl", "--quiet"])
        var random = SplitMix64(seed: 7)
        for (round, jobs) in ["1", "2", "3", "1"].enumerated() {
            let shuffled = lines.stdoutText.split(separator: "\n").shuffled(using: &random)
            try shuffled.joined(separator: "\n").write(toFile: folder + "/parts.jsonl", atomically: true, encoding: .utf8)
            let merged = try ChronicleBinary.run(["merge", folder + "/parts.jsonl", "--jobs", jobs])
            #expect(merged.stdout == reference.stdout, "merge of shuffled lines, round \(round)")
            let documents = try FileManager.default.contentsOfDirectory(atPath: folder + "/docs").shuffled(using: &random)
            let run = try ChronicleBinary.run(["extract"] + documents.map { folder + "/docs/" + $0 }
                                              + ["--lexicon", folder + "/lexicon.yaml", "--jobs", jobs, "--quiet"])
            #expect(run.stdout == reference.stdout, "extract of shuffled files with --jobs \(jobs)")
        }
    }

    /// JSON Lines are merged a line at a time, under --memory like extract, to the same bytes.
    @Test func linesMergeThroughTemporaryFilesAndFaultsNameTheirLine() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet"])
        let lines = try ChronicleBinary.run(["extract", "examples/corpus", "--jsonl", "--quiet"])
        let parts = folder + "/parts.jsonl"
        // Blank lines and CRLF line ends are allowed between timelines.
        let text = lines.stdoutText.split(separator: "\n").joined(separator: "\r\n\n")
        try text.write(toFile: parts, atomically: true, encoding: .utf8)
        for jobs in ["1", "3"] {
            let spilled = try ChronicleBinary.run(["merge", parts, "--jobs", jobs, "--memory", "1K", "--temporary-directory", folder])
            #expect(spilled.status == 0, "\(spilled.stderr)")
            let same = spilled.stdout == whole.stdout
            #expect(same, "\(firstDifference(expected: whole.stdoutText, actual: spilled.stdoutText) ?? "")")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["parts.jsonl"], "no temporary file is left behind")
        // A compact reduction through disk is the same line as one in memory.
        let compactInMemory = try ChronicleBinary.run(["merge", "--jsonl", parts])
        let compactSpilled = try ChronicleBinary.run(["merge", "--jsonl", "--memory", "1K", parts])
        let sameCompact = compactInMemory.stdout == compactSpilled.stdout
        #expect(sameCompact && compactInMemory.stdoutText.split(separator: "\n").count == 1)

        // A bad line further down is named by its number, and nothing is printed.
        var broken = lines.stdoutText.split(separator: "\n").map(String.init)
        broken.insert("{\"schemaVersion\": 1, \"actors\": []}", at: 2)
        try broken.joined(separator: "\n").write(toFile: folder + "/broken.jsonl", atomically: true, encoding: .utf8)
        let refused = try ChronicleBinary.run(["merge", folder + "/broken.jsonl"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("broken.jsonl:3: error: not a Chronicle timeline: missing field `documents`"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let missing = try ChronicleBinary.run(["merge", folder + "/nothing.jsonl"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nothing.jsonl: error: cannot read the file"))
        let notFile = try ChronicleBinary.run(["merge", folder])
        #expect(notFile.status == 66 && notFile.stderr.contains("is a folder"), "\(notFile.stderr)")
        #expect(try ChronicleBinary.run(["merge", parts, "--memory", "12.5M"]).status == 64)
    }

    /// Shards extracted apart and merged give the same timeline.json as one run, in any order.
    @Test func shardsMergeIntoTheSingleRun() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet"])
        #expect(whole.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("examples/corpus")).filter { !$0.hasPrefix(".") }.sorted()
        var shards: [String] = []
        for (index, group) in stride(from: 0, to: files.count, by: 3).map({ Array(files[$0..<min($0 + 3, files.count)]) }).enumerated() {
            let result = try ChronicleBinary.run(["extract", "--quiet"] + group.map { "examples/corpus/" + $0 })
            #expect(result.status == 0)
            let path = folder + "/shard\(index).json"
            try result.stdout.write(to: URL(fileURLWithPath: path))
            shards.append(path)
        }
        let merged = try ChronicleBinary.run(["merge"] + shards.reversed())
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(firstDifference(expected: whole.stdoutText, actual: merged.stdoutText) == nil)
        // One partial timeline per document per line merges into the same whole.
        let lines = try ChronicleBinary.run(["extract", "examples/corpus", "--jsonl", "--quiet"])
        #expect(lines.stdoutText.split(separator: "\n").count == files.count)
        try lines.stdout.write(to: URL(fileURLWithPath: folder + "/parts.jsonl"))
        let fromLines = try ChronicleBinary.run(["merge", folder + "/parts.jsonl"])
        #expect(firstDifference(expected: whole.stdoutText, actual: fromLines.stdoutText) == nil)
        let bad = folder + "/bad.json"
        try "{\"schemaVersion\": 1}".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try ChronicleBinary.run(["merge", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad.json:1: error: not a Chronicle timeline: missing field `documents`"))
        #expect(!refused.stderr.contains("DecodingError"), "Swift's debug text stays out of messages")
        // A reducer's output is one compact line that merges like the rest.
        let compact = try ChronicleBinary.run(["merge", "--jsonl", folder + "/parts.jsonl"])
        #expect(compact.stdoutText.split(separator: "\n").count == 1)
        try compact.stdout.write(to: URL(fileURLWithPath: folder + "/reduced.jsonl"))
        let again = try ChronicleBinary.run(["merge", folder + "/reduced.jsonl"])
        #expect(firstDifference(expected: whole.stdoutText, actual: again.stdoutText) == nil)
    }
}
