import Chronicle
import ChronicleTestSupport
import Foundation
import Testing

struct LibraryTests {
    /// The README's library example, compiled and run here so it cannot rot.
    @Test func readmeExample() throws {
        let corpus = Repository.path("examples/corpus")
        // README example begins
        let run = try Chronicle.extract(paths: [corpus], options: ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06")))
        for diagnostic in run.diagnostics where diagnostic.severity == .error { print(diagnostic) }
        let json = try TimelineJSON.encode(run.timeline)
        // README example ends
        #expect(run.documentCount == 9)
        #expect(json.count > 1000)
        #expect(run.timeline.documents.allSatisfy { $0.published != nil }, "--date fills every gap")
    }

    @Test func examplesCoverEveryInputShape() throws {
        let run = try Chronicle.extract(paths: [Repository.path("examples/corpus")])
        let byID = Dictionary(uniqueKeysWithValues: run.timeline.documents.map { ($0.id.rawValue, $0) })
        #expect(byID["2023-10-09-blinken-israel"]?.publishedFrom == .headerLine)
        #expect(byID["ukraine-aid-december"]?.publishedFrom == .frontMatter)
        #expect(byID["iran-israel-april"]?.publishedFrom == .htmlMetadata)
        #expect(byID["iran-israel-april"]?.format == .html)
        #expect(byID["video-notes-red-sea"]?.videoID != nil)
        #expect(byID["undated-analysis"]?.published == nil)
        #expect(byID["MOSCOW-tass-style"]?.published == nil, "a dateline without a year and no other date stays undated")
        #expect(run.skippedFiles.isEmpty)
        #expect(!run.diagnostics.contains { $0.severity >= .warning })
    }

    /// Without a lexicon given, the bundled one is used, built once per process: repeated calls and
    /// a call that names the bundled lexicons give the same bytes.
    @Test func theBundledLexiconsServeEveryCallAlike() throws {
        let corpus = Repository.path("examples/corpus")
        let first = try TimelineJSON.encode(Chronicle.extract(paths: [corpus]).timeline)
        let again = try TimelineJSON.encode(Chronicle.extract(paths: [corpus]).timeline)
        let named = ExtractionOptions(lexicon: try Lexicon.bundled(), cues: try CueLexicon.bundled())
        let explicit = try TimelineJSON.encode(Chronicle.extract(paths: [corpus], options: named).timeline)
        #expect(first == again)
        #expect(first == explicit)
        #expect(first.count > 10_000)
    }

    @Test func documentIDsComeFromFileNamesAndStayUnique() {
        let ids = Chronicle.documentIDs(for: ["a/report.txt", "b/report.md", "c/other.html", "noext"])
        #expect(ids.map(\.rawValue) == ["a/report", "b/report", "other", "noext"])
        // Hidden files keep their dot, only the last extension goes, names need not be ASCII.
        let more = Chronicle.documentIDs(for: ["c/.hidden", "d/notes.tar.gz", "été/résumé.txt", "/", "e/f/"])
        #expect(more.map(\.rawValue) == [".hidden", "notes.tar", "résumé", "/", "f"])
        // Clashing names take their paths, and paths that still clash take a number.
        let clashing = Chronicle.documentIDs(for: ["./x/a.txt", "x/a.md", "x/../x/a", "y/a.txt", "b.txt"])
        #expect(clashing.map(\.rawValue) == ["x/a", "x/a-2", "x/x/a", "y/a", "b"])
        // Only the file name's extension goes: a dot in a folder's name, or one that starts the file name, stays.
        let dotted = Chronicle.documentIDs(for: ["p.q/readme", "/r/readme", "d/.hidden", "e//.hidden", "s/t.u/v.w.txt", "v.w.md"])
        #expect(dotted.map(\.rawValue) == ["p.q/readme", "r/readme", "d/.hidden", "e/.hidden", "s/t.u/v.w", "v.w"])
    }

    @Test func foldersAreSearchedRecursivelyInAStableOrderWithoutLoops() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/b/deep", withIntermediateDirectories: true)
        for name in ["b/deep/z.md", "a.txt", "b/c.html", "ignored.pdf", ".hidden.txt", "txt.", "notes.txt.bak", "txt", "LOUD.TXT"] {
            try "Russia spoke.".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: folder + "/b/deep/loop", withDestinationPath: folder + "/b")
        let found = CorpusScanner.files(in: [folder, folder + "/a.txt"])
        #expect(found.files.map { $0.replacingOccurrences(of: folder + "/", with: "") } == ["LOUD.TXT", "a.txt", "b/c.html", "b/deep/z.md"])
        #expect(found.diagnostics.contains { $0.message.contains("already visited") })
    }

    /// A folder of files Chronicle does not read (partial timelines, PDFs) says what it held, not only
    /// that no document could be read; a folder with documents among them says nothing of the rest.
    @Test func aFolderWithoutDocumentsSaysWhatItHeld() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for name in ["shard-1.jsonl", "shard-2.JSONL", "scan.pdf", "sub/README"] {
            try "{}".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let found = CorpusScanner.files(in: [folder])
        #expect(found.files.isEmpty)
        let note = try #require(found.diagnostics.first { $0.severity == .note })
        #expect(note.file == folder)
        #expect(note.message.contains("4 other files (.pdf, .jsonl, no extension)"), "\(note.message)")
        #expect(note.message.contains("`chronicle merge`"))
        try "Russia spoke.".write(toFile: folder + "/story.txt", atomically: true, encoding: .utf8)
        #expect(CorpusScanner.files(in: [folder]).diagnostics.isEmpty)
    }

    /// Names that agree in their first sixteen bytes and beyond, that begin one another, or that
    /// are not ASCII (or spell one name two ways) come out in the byte order of their names.
    @Test func filesComeInTheByteOrderOfTheirNames() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = ["2023-10-01-story-10.txt", "2023-10-01-story-1.txt", "2023-10-01-story-2.txt", "2023-10-01-story.txt",
                     "2023-10-01-stor.txt", "2023-10-01-storz.txt", "Zeta.txt", "a.txt", "ab.txt", "\u{E9}t\u{E9}.txt",
                     "e\u{301}te\u{301}.txt", "shared-prefix-of-sixteen-b.md", "shared-prefix-of-sixteen-a.md", "shared-prefix-of-sixteen.md"]
        for name in names { try "Russia spoke.".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let found = CorpusScanner.files(in: [folder]).files.map { Array($0.utf8.dropFirst(folder.utf8.count + 1)) }
        #expect(found == names.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func manifestsInYAMLAndCSV() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Russia spoke.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "Iran spoke.".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        try "- file: a.txt\n  date: 2023-10-26\n  title: A title\n".write(toFile: folder + "/m.yaml", atomically: true, encoding: .utf8)
        try "file,date,url\nb.txt,2023-11-02,\"https://example.org/b?x=1,2\"\n".write(toFile: folder + "/m.csv", atomically: true, encoding: .utf8)
        let yaml = try Manifest.load(path: folder + "/m.yaml")
        let csv = try Manifest.load(path: folder + "/m.csv")
        #expect(yaml.hints(for: folder + "/a.txt")?.published == CalendarDay(iso: "2023-10-26"))
        #expect(yaml.hints(for: folder + "/a.txt")?.title == "A title")
        #expect(csv.hints(for: folder + "/b.txt")?.url == "https://example.org/b?x=1,2")
        let run = try Chronicle.extract(paths: [folder + "/b.txt"], options: ExtractionOptions(manifest: csv))
        #expect(run.timeline.documents.first?.published == CalendarDay(iso: "2023-11-02"))
        try "- file: a.txt\n  date: 26/10/2023\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        #expect(throws: Manifest.LoadError.self) { try Manifest.load(path: folder + "/bad.yaml") }

        // A spreadsheet's "CSV UTF-8": a byte order mark and CRLF line ends.
        try Data([0xEF, 0xBB, 0xBF] + Array("file,date\r\nb.txt,2023-11-03\r\n".utf8)).write(to: URL(fileURLWithPath: folder + "/excel.csv"))
        #expect(try Manifest.load(path: folder + "/excel.csv").hints(for: folder + "/b.txt")?.published == CalendarDay(iso: "2023-11-03"))
        // A quote that never closes would swallow every row after it: an error naming its line.
        try "file,date\nb.txt,2023-11-03\nx.txt,\"2023-11-20,x\ny.txt,2023-11-21\n".write(toFile: folder + "/open.csv", atomically: true, encoding: .utf8)
        #expect { try Manifest.load(path: folder + "/open.csv") } throws: { "\($0)".contains("open.csv:3: error: a quoted field is never closed") }
        // The first entry for a file wins; a bare name matches the file in any folder.
        let entries = [Manifest.Entry(file: "sub/c.txt", hints: DocumentHints(title: "first")), Manifest.Entry(file: "sub/c.txt", hints: DocumentHints(title: "second")),
                       Manifest.Entry(file: "d.txt", hints: DocumentHints(title: "bare"))]
        let manifest = Manifest(entries: entries, baseFolder: folder)
        #expect(manifest.hints(for: folder + "/sub/./c.txt")?.title == "first")
        #expect(manifest.hints(for: folder + "/elsewhere/d.txt")?.title == "bare")
        #expect(manifest.hints(for: folder + "/elsewhere/c.txt") == nil)
    }

    /// `write` puts the timeline in canonical order once for every exporter: a timeline in any
    /// order gives the files the canonical one gives.
    @Test(arguments: [1, 2])
    func writtenOutputsDoNotDependOnTheOrderOfTheTimeline(threads: Int) throws {
        let run = try Chronicle.extract(paths: [Repository.path("examples/corpus")])
        var shuffled = run.timeline
        shuffled.events.reverse()
        shuffled.relations.reverse()
        shuffled.actors.reverse()
        for index in shuffled.relations.indices { shuffled.relations[index].evidence.reverse() }
        let root = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var inOrder = try OutputDirectory(path: root + "/a")
        var outOfOrder = try OutputDirectory(path: root + "/b")
        let outputs = OutputFile.defaults.filter { $0 != .graphSVG }
        let written = try Chronicle.write(run.timeline, outputs: outputs, threads: threads, to: &inOrder).written
        #expect(try Chronicle.write(shuffled, outputs: outputs, threads: threads, to: &outOfOrder).written == written)
        for name in written {
            #expect(FileManager.default.contents(atPath: root + "/a/" + name) == FileManager.default.contents(atPath: root + "/b/" + name), "\(name)")
        }
    }

    @Test func outputDirectoryWritesAtomicallyAndProtectsForeignFiles() throws {
        let folder = makeTemporaryFolder() + "/new/out"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var directory = try OutputDirectory(path: folder)
        try directory.write(Data("one\n".utf8), as: "a.txt")
        try directory.write(Data("two\n".utf8), as: "a.txt")
        #expect(FileManager.default.contents(atPath: folder + "/a.txt") == Data("two\n".utf8))
        try "edited by hand\n".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        var reopened = try OutputDirectory(path: folder)
        #expect(throws: OutputDirectory.Failure.self) { try reopened.write(Data("three\n".utf8), as: "a.txt") }
        #expect(FileManager.default.contents(atPath: folder + "/a.txt") == Data("edited by hand\n".utf8))

        // Text and bytes are written as `Data` is, and recorded alike.
        try reopened.write("text\n", as: "b.txt")
        try [UInt8]("bytes\n".utf8).withUnsafeBytes { try reopened.write(bytes: $0, as: "c.txt") }
        try reopened.write("", as: "empty.txt")
        var again = try OutputDirectory(path: folder)
        let (written, missing, edited) = (again.holdsFileItMayRefuse(named: "b.txt"), again.holdsFileItMayRefuse(named: "missing.txt"),
                                          again.holdsFileItMayRefuse(named: "a.txt"))
        #expect(!written && !missing)
        #expect(edited, "a.txt is recorded, but edited since")
        try again.write(Data("text 2\n".utf8), as: "b.txt")
        try again.write(Data("bytes 2\n".utf8), as: "c.txt")
        try again.write(Data(), as: "empty.txt")
        #expect(FileManager.default.contents(atPath: folder + "/c.txt") == Data("bytes 2\n".utf8))
        try "mine\n".write(toFile: folder + "/mine.txt", atomically: true, encoding: .utf8)
        let unrecorded = again.holdsFileItMayRefuse(named: "mine.txt")
        #expect(unrecorded)
        var forced = try OutputDirectory(path: folder, force: true)
        let refusedWhenForced = forced.holdsFileItMayRefuse(named: "mine.txt")
        #expect(!refusedWhenForced)
        // A file checked, then edited again before it is written, is still refused: the digest read
        // by the check is used only while the file is unchanged.
        let unedited = again.holdsFileItMayRefuse(named: "c.txt")
        #expect(!unedited)
        try "edited after the check\n".write(toFile: folder + "/c.txt", atomically: false, encoding: .utf8)
        #expect(throws: OutputDirectory.Failure.self) { try again.write(Data("bytes 3\n".utf8), as: "c.txt") }
        #expect(FileManager.default.contents(atPath: folder + "/c.txt") == Data("edited after the check\n".utf8))
    }

    /// An output written a piece at a time is recorded as the same bytes written at once would be,
    /// and a file in place is checked a piece at a time: files past the megabyte a piece is read in.
    @Test func streamedOutputsAreWrittenAndCheckedLikeWholeOnes() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let large = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        let pieces = stride(from: 0, to: large.count, by: 700_001).map { large[$0..<min($0 + 700_001, large.count)] }
        let streamWhole = { (write: (UnsafeRawBufferPointer) throws -> Void) in
            for piece in pieces { try piece.withUnsafeBytes(write) }
        }
        var directory = try OutputDirectory(path: folder)
        try directory.write(as: "big.bin", streaming: streamWhole)
        #expect(FileManager.default.contents(atPath: folder + "/big.bin") == Data(large))
        try large.withUnsafeBytes { try directory.write(bytes: $0, as: "whole.bin") }
        let record = try String(contentsOfFile: folder + "/" + OutputDirectory.recordName, encoding: .utf8).split(separator: "\n")
        #expect(record.count == 2 && record[0].prefix(16) == record[1].prefix(16), "the same digest: \(record)")

        // A producer that fails leaves the file in place as it was, and no temporary file.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try directory.write(as: "big.bin") { write in
                try pieces[0].withUnsafeBytes(write)
                throw Stop()
            }
        }
        #expect(FileManager.default.contents(atPath: folder + "/big.bin") == Data(large))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains(".tmp-") })

        // A file chronicle did not write: replaced only by its very bytes; one differing in its last byte is refused.
        try Data(large).write(to: URL(fileURLWithPath: folder + "/theirs.bin"))
        try directory.write(as: "theirs.bin", streaming: streamWhole)
        var changed = large
        changed[changed.count - 1] ^= 1
        try Data(changed).write(to: URL(fileURLWithPath: folder + "/other.bin"))
        #expect(throws: OutputDirectory.Failure.self) { try directory.write(as: "other.bin", streaming: streamWhole) }
        #expect(FileManager.default.contents(atPath: folder + "/other.bin") == Data(changed))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains(".tmp-") })
        // Once recorded, the file may be replaced by other bytes.
        try directory.write(Data("small\n".utf8), as: "theirs.bin")
        #expect(FileManager.default.contents(atPath: folder + "/theirs.bin") == Data("small\n".utf8))
    }

    @Test func anOutputFolderInsideAnInputFolderIsFound() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try "text\n".write(toFile: folder + "/page.txt", atomically: true, encoding: .utf8)
        let inputs = [folder + "/page.txt", folder + "/news"]
        #expect(OutputDirectory.inputFolder(holding: folder + "/news/out", among: inputs) == folder + "/news")
        #expect(OutputDirectory.inputFolder(holding: folder + "/x/../news/", among: inputs) == folder + "/news")
        #expect(OutputDirectory.inputFolder(holding: folder + "/newsletter", among: inputs) == nil)
        #expect(OutputDirectory.inputFolder(holding: folder + "/page.txt/out", among: inputs) == nil)
        #expect(OutputDirectory.inputFolder(holding: folder + "/out", among: ["/"]) == "/")
    }
}
