import ChronicleTestSupport
import Foundation
import Testing

/// `--files-from` reads the inputs from a list, as an engine like Spark pipes them in.
@Suite(.serialized)
struct FilesFromTests {
    @Test func aListOfFilesGivesTheSameTimelineAsTheirFolder() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try ChronicleBinary.run(["extract", "examples/corpus", "--quiet"])
        #expect(whole.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("examples/corpus"))
            .filter { !$0.hasPrefix(".") }.sorted().map { "examples/corpus/" + $0 }
        // Paths as they would be given on the command line (documents keep them as their source);
        // Windows line ends and blank lines in the list are fine.
        let list = folder + "/files.txt"
        try (files.reversed().joined(separator: "\r\n") + "\n\n").write(toFile: list, atomically: true, encoding: .utf8)
        let listed = try ChronicleBinary.run(["extract", "--quiet", "--files-from", list])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(firstDifference(expected: whole.stdoutText, actual: listed.stdoutText) == nil)

        let lines = try ChronicleBinary.run(["extract", "--jsonl", "--quiet", "--files-from", list])
        #expect(lines.stdoutText.split(separator: "\n").count == files.count)
        try lines.stdout.write(to: URL(fileURLWithPath: folder + "/parts.jsonl"))
        let merged = try ChronicleBinary.run(["merge", folder + "/parts.jsonl"])
        #expect(firstDifference(expected: whole.stdoutText, actual: merged.stdoutText) == nil)
    }

    @Test func aMissingListIsNamedAndNothingIsRead() throws {
        let result = try ChronicleBinary.run(["extract", "--files-from", "no-such-list.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no-such-list.txt: error: cannot read the list of files (--files-from)"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aListedFileThatIsMissingIsSkippedAndTheRestIsRead() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/files.txt"
        try ("examples/corpus/MOSCOW-tass-style.txt\n" + folder + "/gone.txt\n")
            .write(toFile: list, atomically: true, encoding: .utf8)
        let result = try ChronicleBinary.run(["extract", "--quiet", "--files-from", list])
        #expect(result.status == 2)
        #expect(result.stderr.contains("gone.txt: error"))
        #expect(result.stdoutText.contains("\"schemaVersion\" : 1"))
    }
}
