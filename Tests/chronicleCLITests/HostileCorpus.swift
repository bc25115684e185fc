import ChronicleTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The hostile inputs that are binary, large or made of special files, written at test time; the
/// small text ones are checked in under `Fixtures/hostile/` (see its README.md).
enum HostileCorpus {
    static let fixtures = Repository.path("Tests/chronicleCLITests/Fixtures/hostile")

    /// A document every hostile folder mixes in, to show that the run goes on: one relation, RUS accuses UKR.
    static let good = " date 2023-11-11\nMOSCOW, November 10. Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant on Thursday.\n"

    /// A real 1×1 PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    /// A real zip archive holding `a.txt` ("Russia spoke.").
    static let zip: [UInt8] = [
        0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x6B, 0x57, 0x8D, 0xB8, 0xA4, 0x9F, 0x0E, 0x00,
        0x00, 0x00, 0x0E, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x61, 0x2E, 0x74, 0x78, 0x74, 0x52, 0x75, 0x73, 0x73, 0x69,
        0x61, 0x20, 0x73, 0x70, 0x6F, 0x6B, 0x65, 0x2E, 0x0A, 0x50, 0x4B, 0x01, 0x02, 0x14, 0x03, 0x14, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x6B, 0x57, 0x8D, 0xB8, 0xA4, 0x9F, 0x0E, 0x00, 0x00, 0x00, 0x0E, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x61, 0x2E, 0x74, 0x78, 0x74,
        0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x33, 0x00, 0x00, 0x00, 0x31, 0x00, 0x00, 0x00,
        0x00, 0x00,
    ]

    /// Text in UTF-16 with a byte order mark (little- or big-endian).
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// About `size` bytes of news on one line: no line break anywhere, a sentence end every few words.
    static func oneLongLine(size: Int) -> [UInt8] {
        var random = SplitMix64(seed: 9)
        let words = ["the", "talks", "and", "said", "officials", "on", "Monday", "city", "council", "a", "report", "were", "of", "in"]
        var line = Array(" date 2023-11-11 ".utf8)
        line.reserveCapacity(size + 200)
        var sentence = 0
        while line.count < size {
            sentence += 1
            if sentence % 10 == 0 {
                line += Array("Russia accused Ukraine of shelling the city on Monday. ".utf8)
                continue
            }
            let count = 6 + Int(random.next() % 12)
            let text = (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            line += Array(("Officials " + text + ". ").utf8)
        }
        return line
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Whether a folder with mode 0555 really stops this user from writing (it does not stop root).
    static let readOnlyFoldersStopWrites: Bool = {
        let folder = makeTemporaryFolder("chronicle-readonly-probe")
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        chmod(folder, 0o555)
        return !FileManager.default.createFile(atPath: folder + "/probe", contents: Data("x".utf8))
    }()
}

/// The exit codes the README documents.
let documentedExitCodes: Set<Int32> = [0, 1, 2, 64, 65, 66]

/// What every run on hostile input must show: the exit code the README gives, and no crash report.
func expectClean(_ result: CommandResult, exit expected: Int32, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == expected, "exit \(result.status), expected \(expected) \(comment)\n\(result.stderr.prefix(2000))",
            sourceLocation: sourceLocation)
    expectNoCrash(result, sourceLocation: sourceLocation)
}

/// No Swift runtime crash: no signal, no `Fatal error`, no backtrace.
func expectNoCrash(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(documentedExitCodes.contains(result.status), "undocumented exit \(result.status) (a signal?)", sourceLocation: sourceLocation)
    for marker in ["Fatal error", "Stack dump", "Program crashed", "Backtracing", "Segmentation fault"] {
        #expect(!result.stderr.contains(marker), "crash report on standard error:\n\(result.stderr.prefix(1500))", sourceLocation: sourceLocation)
    }
}

/// `extract`'s timeline.json, parsed.
func timelineObject(_ result: CommandResult) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "stdout is not a JSON object: \(result.stdoutText.prefix(300))")
}

/// Sources of the documents in `extract`'s output.
func documentSources(_ result: CommandResult) throws -> [String] {
    let documents = try #require(try timelineObject(result)["documents"] as? [[String: Any]])
    return documents.compactMap { $0["source"] as? String }.sorted()
}
