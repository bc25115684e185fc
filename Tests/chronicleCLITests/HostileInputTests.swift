import ChronicleTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Documents an attacker, a broken scraper or a full disk would hand Chronicle. Each case names the
/// file and what is wrong, goes on with the other documents, and exits with the documented code;
/// none may crash (see `expectClean`). The README's "Errors and exit codes" section lists these.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct HostileInputTests {
    let folder = makeTemporaryFolder("chronicle-hostile")

    init() throws {
        try HostileCorpus.write(HostileCorpus.good, to: folder + "/good.txt")
    }

    // MARK: - Empty, binary, encodings

    @Test func emptyAndBlankFilesAreSkippedByName() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write([], to: folder + "/empty.txt")
        try HostileCorpus.write(" \n\t\r\n", to: folder + "/blank.md")
        let result = try ChronicleBinary.run(["extract", folder])
        expectClean(result, exit: 2)
        #expect(result.stderr.contains(folder + "/empty.txt: error: empty file, nothing to read"))
        #expect(result.stderr.contains(folder + "/blank.md: error: file holds only white space, nothing to read"))
        #expect(try documentSources(result) == [folder + "/good.txt"])
    }

    @Test func binaryFilesAreSkippedByName() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write(HostileCorpus.png, to: folder + "/tiny.png")
        try HostileCorpus.write(HostileCorpus.zip, to: folder + "/archive.zip")
        try HostileCorpus.write(HostileCorpus.png, to: folder + "/image-saved-as.txt")
        try HostileCorpus.write(Array("Russia spoke.\u{0}\u{1}".utf8) + [0xFF, 0x00], to: folder + "/nul.txt")
        // A folder skips .png and .zip by name; named on the command line they are read and refused.
        let result = try ChronicleBinary.run(["extract", folder, folder + "/tiny.png", folder + "/archive.zip"])
        expectClean(result, exit: 2)
        #expect(result.stderr.contains(folder + "/tiny.png: error: binary file (PNG image), not text; skipped"))
        #expect(result.stderr.contains(folder + "/archive.zip: error: binary file (zip archive), not text; skipped"))
        #expect(result.stderr.contains(folder + "/image-saved-as.txt: error: binary file (PNG image), not text; skipped"))
        #expect(result.stderr.contains(folder + "/nul.txt:1:14: error: binary file (NUL byte), not text; skipped"))
        #expect(try documentSources(result) == [folder + "/good.txt"])
    }

    @Test func invalidUTF8InTheMiddleIsReadAsQuestionMarksWithItsPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/latin1.txt"
        let bytes = Array(" date 2023-11-11\nIran met officials.\nIsrael\u{20}".utf8) + [0xE9, 0xFF] + Array(" accused Hamas of attacks on Monday.\n".utf8)
        try HostileCorpus.write(bytes, to: path)
        let result = try ChronicleBinary.run(["extract", path, folder + "/good.txt"])
        expectClean(result, exit: 0)
        #expect(result.stderr.contains(path + ":3:8: warning: invalid UTF-8 (2 bytes); read as '?'"), "\(result.stderr)")
        #expect(try documentSources(result).count == 2)
        // The text keeps one '?' per bad byte, so byte offsets still point into the file.
        let sentences = try ChronicleBinary.run(["sentences", path, "--quiet"])
        expectClean(sentences, exit: 0)
        let records = sentences.stdoutText.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let evidence = try #require(records.compactMap { $0["evidence"] as? [String: Any] }.first { ($0["text"] as? String)?.contains("??") == true })
        let start = try #require(evidence["byteStart"] as? Int), end = try #require(evidence["byteEnd"] as? Int)
        let repaired = bytes[start..<end].map { $0 >= 0x80 ? UInt8(ascii: "?") : $0 }
        #expect(String(decoding: repaired, as: UTF8.self) == evidence["text"] as? String)
        // A warning is a failure with --strict.
        expectClean(try ChronicleBinary.run(["extract", path, "--strict", "--quiet"]), exit: 2)
    }

    @Test func utf16IsRefusedWithTheCommandThatConvertsIt() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = " date 2023-11-11 Russia accused Ukraine of shelling the city.\n"
        try HostileCorpus.write(HostileCorpus.utf16(text, bigEndian: false), to: folder + "/le.txt")
        try HostileCorpus.write(HostileCorpus.utf16(text, bigEndian: true), to: folder + "/be.md")
        try HostileCorpus.write(Array(HostileCorpus.utf16(text, bigEndian: false).dropFirst(2)), to: folder + "/no-bom.txt")
        let result = try ChronicleBinary.run(["extract", folder])
        expectClean(result, exit: 2)
        for name in ["le.txt", "be.md"] {
            #expect(result.stderr.contains(folder + "/\(name): error: UTF-16 encoded text; Chronicle reads UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"))
        }
        #expect(result.stderr.contains(folder + "/no-bom.txt:1:2: error: binary file (NUL byte), not text; skipped"))
        #expect(try documentSources(result) == [folder + "/good.txt"])
    }

    @Test func nothingReadableAtAllExits66AndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputs = folder + "/inputs"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try HostileCorpus.write([], to: inputs + "/empty.txt")
        try HostileCorpus.write(HostileCorpus.png, to: inputs + "/image.txt")
        try HostileCorpus.write(HostileCorpus.utf16("Russia spoke.", bigEndian: false), to: inputs + "/wide.md")
        let result = try ChronicleBinary.run(["build", inputs, "--out", folder + "/out"])
        expectClean(result, exit: 66)
        #expect(result.stderr.contains("error: no document could be read"))
        #expect(result.stderr.contains(inputs + "/image.txt: error: binary file (PNG image)"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/timeline.json"))
    }

    @Test func videoTimestampsTooLargeToCountAreTextNotACrash() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Hours beyond what seconds can count once made the timestamp arithmetic overflow and trap.
        let notes = """
        ---
        date: 2023-11-12
        ---
        <a class="yt-timestamp" data-t="999999999999999999:00:00">[x]</a> Russia accused Ukraine of shelling the city.

        <a class="yt-timestamp" data-t="00:13:13">[00:13:13]</a> Iran condemned Israel.
        """
        try HostileCorpus.write(notes, to: folder + "/notes.md")
        let result = try ChronicleBinary.run(["extract", folder + "/notes.md"])
        expectClean(result, exit: 0)
        let relations = try #require(try timelineObject(result)["relations"] as? [[String: Any]])
        let evidence = relations.flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        let accusation = try #require(evidence.first { ($0["text"] as? String)?.contains("Russia accused Ukraine") == true })
        #expect(accusation["media"] == nil, "an offset that cannot be counted is no timestamp")
        let condemnation = try #require(evidence.first { ($0["text"] as? String)?.hasPrefix("Iran condemned") == true })
        #expect((condemnation["media"] as? [String: Any])?["seconds"] as? Int == 793)
    }

    @Test func crlfAndLoneCarriageReturnsAreLineBreaks() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let windows = " date 2023-11-11\r\nRussia accused Ukraine of shelling the city on Monday.\r\n\r\nIran met officials.\r\n"
        let oldMac = " date 2023-11-11\rRussia accused Ukraine of shelling the city on Monday.\r\rIran met officials.\r"
        try HostileCorpus.write(windows, to: folder + "/windows.txt")
        try HostileCorpus.write(oldMac, to: folder + "/classic-mac.txt")
        let result = try ChronicleBinary.run(["extract", folder + "/windows.txt", folder + "/classic-mac.txt", "--strict"])
        expectClean(result, exit: 0, "a note is not a warning, so --strict does not fail")
        #expect(result.stderr.contains(folder + "/windows.txt: note: Windows (CRLF) line ends read as line breaks"))
        #expect(result.stderr.contains(folder + "/classic-mac.txt: note: carriage-return (CR) line ends read as line breaks"))
        let relations = try #require(try timelineObject(result)["relations"] as? [[String: Any]])
        #expect(relations.contains { $0["source"] as? String == "RUS" && $0["target"] as? String == "UKR" })
        // Front matter is found whatever the line ends.
        try HostileCorpus.write("---\r\ntitle: CRLF notes\r\ndate: 2023-11-12\r\n---\r\nIran met officials.\r\n", to: folder + "/crlf.md")
        try HostileCorpus.write("---\rtitle: CR notes\rdate: 2023-11-12\r---\rIran met officials.\r", to: folder + "/cr.md")
        let notes = try ChronicleBinary.run(["extract", folder + "/crlf.md", folder + "/cr.md", "--quiet"])
        expectClean(notes, exit: 0)
        let documents = try #require(try timelineObject(notes)["documents"] as? [[String: Any]])
        #expect(documents.map { "\($0["title"] ?? "") \($0["published"] ?? "")" }.sorted() == ["CR notes 2023-11-12", "CRLF notes 2023-11-12"])
        // Line ends are not text, and byte ranges point at the sentence in the file.
        for (name, bytes) in [("windows.txt", windows), ("classic-mac.txt", oldMac)] {
            let sentences = try ChronicleBinary.run(["sentences", folder + "/" + name, "--quiet"])
            expectClean(sentences, exit: 0)
            let records = sentences.stdoutText.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            let texts = records.compactMap { ($0["evidence"] as? [String: Any])?["text"] as? String }
            #expect(texts == ["Russia accused Ukraine of shelling the city on Monday.", "Iran met officials."], "\(name)")
            for record in records {
                let evidence = try #require(record["evidence"] as? [String: Any])
                let range = try #require(evidence["byteStart"] as? Int)..<(try #require(evidence["byteEnd"] as? Int))
                #expect(String(decoding: Array(bytes.utf8)[range], as: UTF8.self) == evidence["text"] as? String)
            }
        }
    }

    // MARK: - Size

    @Test func aFileThatIsOneLineOfThreeMegabytes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = HostileCorpus.oneLongLine(size: 3_000_000)
        #expect(!bytes.contains(0x0A))
        try HostileCorpus.write(bytes, to: folder + "/one-line.txt")
        let started = Date()
        let result = try ChronicleBinary.run(["extract", folder, "--quiet"])
        let seconds = Date().timeIntervalSince(started)
        expectClean(result, exit: 0)
        #expect(try documentSources(result).count == 2)
        let relations = try #require(try timelineObject(result)["relations"] as? [[String: Any]])
        let accuse = try #require(relations.first { $0["source"] as? String == "RUS" && $0["target"] as? String == "UKR" })
        #expect((accuse["weight"] as? Int ?? 0) > 1000, "one relation per tenth sentence of the line")
        #expect(seconds < 60, "3 MB on one line took \(Int(seconds)) s")
    }

    @Test func tenThousandTinyFilesInNestedFolders() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/corpus"
        for index in 0..<10_000 {
            let subfolder = corpus + "/\(index % 10)/\(index / 10 % 10)/\(index / 100 % 10)"
            if index < 1000 { try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true) }
            try HostileCorpus.write(" date 2023-11-\(index % 28 + 1) Russia met Iran, note \(index).\n", to: subfolder + "/n\(index).txt")
        }
        let result = try ChronicleBinary.run(["extract", corpus, "--quiet"])
        expectClean(result, exit: 0)
        let documents = try #require(try timelineObject(result)["documents"] as? [[String: Any]])
        #expect(documents.count == 10_000)
        #expect(Set(documents.compactMap { $0["id"] as? String }).count == 10_000, "every document has its own id")
    }

    // MARK: - Special files

    @Test func symbolicLinkLoopsAreVisitedOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/a/b", withIntermediateDirectories: true)
        try HostileCorpus.write(" date 2023-11-12 Iran met officials in Tehran.\n", to: folder + "/a/b/deep.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/b/up", withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/self", withDestinationPath: ".")
        let result = try ChronicleBinary.run(["extract", folder])
        expectClean(result, exit: 0, "a loop is a warning")
        #expect(result.stderr.contains(folder + "/a/b/up: warning: folder already visited (a symbolic link loop?); skipped"))
        #expect(result.stderr.contains(folder + "/self: warning: folder already visited (a symbolic link loop?); skipped"))
        #expect(try documentSources(result) == [folder + "/a/b/deep.txt", folder + "/good.txt"])
        expectClean(try ChronicleBinary.run(["extract", folder, "--strict", "--quiet"]), exit: 2)
    }

    /// A file reached by several names (a symbolic link, a hard link, a path on the command line
    /// besides its folder) is read once, under the first name in the listing order.
    @Test func aFileReachedTwiceIsReadOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/sub/link.txt", withDestinationPath: "../good.txt")
        try FileManager.default.linkItem(atPath: folder + "/good.txt", toPath: folder + "/sub/hard.txt")
        let result = try ChronicleBinary.run(["extract", folder + "/good.txt", folder, "--quiet"])
        expectClean(result, exit: 0)
        #expect(try documentSources(result) == [folder + "/good.txt"])
        let inFolder = try ChronicleBinary.run(["extract", folder + "/sub", "--quiet"])
        #expect(try documentSources(inFolder) == [folder + "/sub/hard.txt"], "hard.txt sorts before link.txt")
    }

    /// Files that fail to read even for root: a dangling link, a pipe, a folder named like a file,
    /// and a link to /proc/self/mem, which every read() refuses with EIO.
    @Test func filesThatCannotBeReadAreNamed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.txt", withDestinationPath: folder + "/nowhere.txt")
        #expect(mkfifo(folder + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/folder.txt", withIntermediateDirectories: true)
        try HostileCorpus.write(" date 2023-11-12 Iran met officials in Tehran.\n", to: folder + "/folder.txt/inside.txt")
        let inFolder = try ChronicleBinary.run(["extract", folder])
        expectClean(inFolder, exit: 0, "a folder's odd entries are warnings")
        #expect(inFolder.stderr.contains(folder + "/gone.txt: warning: broken symbolic link or vanished file; skipped"))
        #expect(inFolder.stderr.contains(folder + "/pipe.txt: warning: not a regular file (a pipe, socket or device); skipped"))
        #expect(try documentSources(inFolder) == [folder + "/folder.txt/inside.txt", folder + "/good.txt"])
        expectClean(try ChronicleBinary.run(["extract", folder, "--strict", "--quiet"]), exit: 2)

        // Named on the command line, they are errors: the run goes on and exits 2.
        let named = try ChronicleBinary.run(["extract", folder + "/gone.txt", folder + "/pipe.txt", folder + "/good.txt"])
        expectClean(named, exit: 2)
        #expect(named.stderr.contains(folder + "/gone.txt: error: no such file or folder"))
        #expect(named.stderr.contains(folder + "/pipe.txt: error: not a regular file or folder; skipped"))
        #expect(try documentSources(named) == [folder + "/good.txt"])

        if FileManager.default.fileExists(atPath: "/proc/self/mem") {
            try FileManager.default.createSymbolicLink(atPath: folder + "/memory.txt", withDestinationPath: "/proc/self/mem")
            let unreadable = try ChronicleBinary.run(["extract", folder])
            expectClean(unreadable, exit: 2)
            #expect(unreadable.stderr.contains(folder + "/memory.txt: error: cannot read: Input/output error"), "\(unreadable.stderr)")
            #expect(try documentSources(unreadable).count == 2)
        }
    }

    @Test(.enabled(if: HostileCorpus.readOnlyFoldersStopWrites, "root reads and lists anything; chmod 000 needs an ordinary user"))
    func filesAndFoldersWithoutPermissionAreNamed() throws {
        defer {
            chmod(folder + "/locked", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try HostileCorpus.write(HostileCorpus.good, to: folder + "/secret.txt")
        chmod(folder + "/secret.txt", 0o000)
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: true)
        try HostileCorpus.write(HostileCorpus.good, to: folder + "/locked/inside.txt")
        chmod(folder + "/locked", 0o000)
        let result = try ChronicleBinary.run(["extract", folder])
        expectClean(result, exit: 2)
        #expect(result.stderr.contains(folder + "/secret.txt: error: cannot read: Permission denied"))
        #expect(result.stderr.contains(folder + "/locked: error: cannot list folder: Permission denied"))
        #expect(try documentSources(result) == [folder + "/good.txt"])
    }

    // MARK: - Markup

    @Test func brokenFrontMatterIsIgnoredWithItsPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = HostileCorpus.fixtures + "/documents"
        let result = try ChronicleBinary.run(["extract", documents])
        expectClean(result, exit: 0, "front matter problems are warnings")
        for expected in [
            "documents/unclosed-front-matter.md:1:1: warning: front matter opened with '---' is never closed; the whole file is read as text",
            "documents/front-matter-not-yaml.md:2:19: warning: front matter is not valid YAML (found unexpected end of stream, while scanning a quoted scalar); it is ignored",
            "documents/front-matter-not-a-mapping.md:2:1: warning: front matter is not a YAML mapping of keys to values; it is ignored",
        ] {
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
        let sources = try documentSources(result)
        #expect(sources.count == 5, "every document is still read: \(sources)")
        expectClean(try ChronicleBinary.run(["extract", documents, "--strict", "--quiet"]), exit: 2)
    }

    /// Yams builds nodes recursively: without the depth check, this front matter killed the run.
    @Test func frontMatterNestedAHundredThousandDeepIsIgnored() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write("---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\nRussia accused Ukraine of shelling the city.\n",
                                to: folder + "/deep.md")
        try HostileCorpus.write("---\nlist:\n" + String(repeating: "- ", count: 50_000) + "x\n---\nIran met officials.\n",
                                to: folder + "/deep-block.md")
        let result = try ChronicleBinary.run(["extract", folder])
        expectClean(result, exit: 0)
        #expect(result.stderr.contains(folder + "/deep.md:2:71: warning: front matter nests more than 64 levels deep; it is ignored"), "\(result.stderr)")
        #expect(result.stderr.contains(folder + "/deep-block.md:3:"), "\(result.stderr)")
        #expect(try documentSources(result).count == 3)
    }

    @Test func malformedHTMLNestedTenThousandDeep() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let deep = "<html><body>" + String(repeating: "<div><span><b>", count: 10_000) + "<p>Russia accused Ukraine of shelling the city."
            + String(repeating: "</i></div>", count: 5_000) + "<p>Iran met officials" + String(repeating: "<a href=\"x", count: 1_000)
        try HostileCorpus.write(deep, to: folder + "/deep.html")
        let result = try ChronicleBinary.run(["extract", folder, HostileCorpus.fixtures + "/documents/malformed.html", "--date", "2023-11-11"])
        expectClean(result, exit: 0)
        let timeline = try timelineObject(result)
        let documents = try #require(timeline["documents"] as? [[String: Any]])
        #expect(documents.count == 3)
        #expect(documents.contains { $0["title"] as? String == "Malformed page" && $0["published"] as? String == "2023-11-12" })
        let relations = try #require(timeline["relations"] as? [[String: Any]])
        let accuse = try #require(relations.first { $0["source"] as? String == "RUS" && $0["target"] as? String == "UKR" })
        let evidence = try #require(accuse["evidence"] as? [[String: Any]])
        #expect(Set(evidence.compactMap { $0["document"] as? String }) == ["deep", "good", "malformed"], "the deep page's sentence is found")
        #expect(!result.stdoutText.contains("not text"), "script content is not text")
    }

    // MARK: - Known bugs outside the files this suite may change

    /// Sources/ChronicleExtraction/Segment/SentenceSplitter.swift: `canStartSentence` recurses once per
    /// opening quote or bracket after a sentence end, so a run of them overflows the stack (SIGSEGV).
    @Test func openingBracketsAfterASentenceEndDoNotCrash() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try HostileCorpus.write(" date 2023-11-11 Russia spoke. " + String(repeating: "(", count: 200_000) + "Iran met officials.\n", to: folder + "/brackets.txt")
        let result = try ChronicleBinary.run(["extract", folder + "/brackets.txt", "--quiet"])
        expectClean(result, exit: 0)
        #expect(result.stdoutText.contains("\"IRN\""), "the sentence after the brackets is read")
    }
}
