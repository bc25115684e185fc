import Foundation
import Testing
@testable import Chronicle

/// The progress line of a long run, driven by a clock the test sets.
@Suite struct ProgressLineTests {
    /// What the line wrote, and the clock it reads.
    final class Terminal: @unchecked Sendable {
        private let lock = NSLock()
        private var written: [String] = []
        private var time = 100.0

        var lines: [String] { lock.withLock { written } }
        var text: String { lines.joined() }

        func write(_ text: String) { lock.withLock { written.append(text) } }
        func now() -> Double { lock.withLock { time } }
        func advance(_ seconds: Double) { lock.withLock { time += seconds } }
    }

    private func line(on terminal: Terminal) -> ProgressLine {
        ProgressLine(write: { terminal.write($0) }, now: { terminal.now() })
    }

    private func progress(_ done: Int, of total: Int, bytes: Int = 0) -> Chronicle.Progress {
        Chronicle.Progress(documentsDone: done, documentsTotal: total, bytesDone: bytes)
    }

    @Test func aRunShorterThanAMomentPrintsNothing() {
        let terminal = Terminal()
        let line = line(on: terminal)
        for done in 1...9 {
            terminal.advance(0.04)
            line.update(progress(done, of: 9))
        }
        #expect(terminal.lines.isEmpty, "a 0.36 s run printed \(terminal.lines)")
    }

    @Test func aLongRunShowsItsProgressAFewTimesASecondAndEndsTheLine() {
        let terminal = Terminal()
        let line = line(on: terminal)
        // 100 documents, 1/16 s and 128 KB each (binary fractions, so the clock adds up exactly): 6.25 s, 2 MB/s.
        for done in 1...100 {
            terminal.advance(0.0625)
            line.update(progress(done, of: 100, bytes: done * 131_072))
        }
        let lines = terminal.lines
        // Shown from 0.5 s on (the 8th document), then every 0.25 s (4 documents), then the end.
        #expect(lines.count == 24, "\(lines.count) lines")
        #expect(lines.first?.hasPrefix("\r8/100 documents, 2.0 MB/s, ETA 6 s") == true, "first line: \(lines.first ?? "none")")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("\r") && !$0.contains("\n") })
        #expect(lines.last?.hasPrefix("\r100/100 documents, 2.0 MB/s, ETA 0 s") == true, "last line: \(lines.last ?? "none")")
        #expect(lines.last?.hasSuffix("\n") == true)
        #expect(terminal.text.filter { $0 == "\n" }.count == 1)
    }

    @Test func theLineGivesTheRateAndTheTimeLeft() {
        let terminal = Terminal()
        let line = line(on: terminal)
        terminal.advance(2)
        line.update(progress(50, of: 200, bytes: 4 * 1_048_576))
        #expect(terminal.lines == ["\r50/200 documents, 2.0 MB/s, ETA 6 s   "])
    }

    @Test func anUpdateOlderThanTheLastShownOrAfterTheEndIsDropped() {
        let terminal = Terminal()
        let line = line(on: terminal)
        terminal.advance(1)
        line.update(progress(60, of: 100))
        terminal.advance(1)
        // Another thread's snapshot, taken before the one shown, arriving late.
        line.update(progress(59, of: 100))
        #expect(terminal.lines.count == 1)
        line.update(progress(100, of: 100))
        terminal.advance(1)
        line.update(progress(99, of: 100))
        #expect(terminal.lines.count == 2)
        #expect(terminal.text.hasSuffix("\n"), "the last thing written ends the line: \(terminal.text.debugDescription)")
    }

    /// A whole run drives the line: with a clock that moves a second per call, every document
    /// after the first shows, and the last one ends the line.
    @Test func aRunReportsEveryDocumentToTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<5 {
            try Data("Russia condemned Ukraine on 3 March 2024. Iran met Hamas.\n".utf8)
                .write(to: folder.appendingPathComponent("story-\(index).txt"))
        }
        let terminal = Terminal()
        let line = ProgressLine(write: { terminal.write($0) }, now: { terminal.advance(1); return terminal.now() })
        var options = ExtractionOptions()
        options.jobs = 2
        _ = try Chronicle.extract(paths: [folder.path], options: options, progress: line.handler)
        let lines = terminal.lines
        #expect(lines.last?.hasPrefix("\r5/5 documents") == true, "\(lines)")
        #expect(lines.last?.hasSuffix("\n") == true)
        #expect(lines.count >= 2)
    }
}
