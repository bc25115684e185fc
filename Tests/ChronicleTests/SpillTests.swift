@testable import Chronicle
import ChronicleCorpusGenerator
import ChronicleTestSupport
import Foundation
import Testing

/// Results larger than the memory budget go to sorted runs on disk and come back as the same bytes.
struct SpillTests {
    /// An event and a relation with every optional field set, and text that could confuse a framing.
    static func hostileRecords() -> (event: Event, relation: Relation) {
        let evidence = Evidence(document: "dôc|\"1\"", text: "Line\u{0}one\n\"quoted\" \u{1F600} \\ end", byteStart: 0, byteEnd: 1 << 40,
                                media: MediaOffset(offset: "1:02:03", seconds: 3723, url: "https://youtu.be/x?t=3723"),
                                claim: Claim(claimant: "RUS", cue: "alleged"), person: "Sergei Lavrov")
        let bare = Evidence(document: "", text: "", byteStart: -5, byteEnd: 0)
        let event = Event(id: "RUS-coerce-UKR-2023-10", date: TemporalValue(value: "2023-10", precision: .month, modifier: .start, text: "early October", status: .happened),
                          actors: ["RUS", "UKR"], source: "RUS", target: "UKR", kind: .coerce, summary: "Russia coerces Ukraine", evidence: [evidence, bare])
        let relation = Relation(source: "RUS", target: "UKR", kind: .coerce, weight: 7, firstSeen: "2023", lastSeen: "2023-10",
                                standing: true, evidence: [bare, evidence])
        return (event, relation)
    }

    @Test func recordsReadBackEqualToWhatWasWritten() throws {
        var (event, relation) = Self.hostileRecords()
        var bare = event
        bare.source = nil
        bare.target = nil
        bare.date = TemporalValue(value: "XXXX-XX-XX", precision: .unknown)
        bare.evidence = []
        relation.goldstein = -0.0
        var encoder = SpillEncoder(capacity: 0)
        for record in [event, bare] { encoder.record { $0.event(record) } }
        encoder.record { $0.relation(relation) }
        let bytes = encoder.bytes
        let first = try bytes.withUnsafeBytes { buffer throws(SpillDecoder.Corrupt) in
            var decoder = SpillDecoder(UnsafeRawBufferPointer(rebasing: buffer[4...]))
            return try decoder.event()
        }
        #expect(first == event)
        // Through a file and a reader whose buffer is smaller than any record.
        let file = try SpillFile(in: NSTemporaryDirectory())
        let run = try SpilledRun.write(relations: [relation], events: [event, bare], to: file)
        let events = RunReader(file: file, range: run.events, bufferSize: 8)
        #expect(try events.next { decoder throws(SpillDecoder.Corrupt) in try decoder.event() } == event)
        #expect(try events.next { decoder throws(SpillDecoder.Corrupt) in try decoder.event() } == bare)
        #expect(try events.next { decoder throws(SpillDecoder.Corrupt) in try decoder.event() } == nil)
        let relations = RunReader(file: file, range: run.relations, bufferSize: 8)
        let back = try relations.next { decoder throws(SpillDecoder.Corrupt) in try decoder.relation() }
        #expect(back == relation)
        #expect(back?.goldstein.sign == .minus, "every bit of a number survives")
    }

    /// The merge of runs reads only a record's key; it must be the key of the record read whole.
    @Test func keysReadFromARecordsBytesAreTheRecordsKeys() throws {
        let (event, relation) = Self.hostileRecords()
        var undated = event
        undated.date = TemporalValue(value: "XXXX-XX-XX", precision: .unknown)
        var undatedWithoutEvidence = undated
        undatedWithoutEvidence.evidence = []
        var bare = undated
        (bare.source, bare.target, bare.actors) = (nil, nil, [])
        for record in [event, undated, undatedWithoutEvidence, bare] {
            var encoder = SpillEncoder(capacity: 0)
            encoder.event(record)
            let key = try encoder.bytes.withUnsafeBytes { bytes throws(SpillDecoder.Corrupt) in
                var decoder = SpillDecoder(bytes)
                return try decoder.eventKey()
            }
            let expected = EventOrderKey(record)
            #expect(!(key < expected) && !(expected < key), "\(record.id) dated \(record.date.value)")
            #expect(key.firstEvidence == expected.firstEvidence)
        }
        var encoder = SpillEncoder(capacity: 0)
        encoder.relation(relation)
        let key = try encoder.bytes.withUnsafeBytes { bytes throws(SpillDecoder.Corrupt) in
            var decoder = SpillDecoder(bytes)
            return try decoder.relationKey()
        }
        #expect(key == Timeline.RelationKey(relation))
    }

    /// A record whose length and key read back but whose fields do not is found by the thread that
    /// encodes it: the text stops short, as for a run cut short.
    @Test(arguments: [1, 2]) func aRecordThatCannotBeDecodedLeavesTimelineJSONUnfinished(threads: Int) throws {
        let (event, _) = Self.hostileRecords()
        var encoder = SpillEncoder(capacity: 0)
        for _ in 0..<3 { encoder.record { $0.event(event) } }
        var bytes = encoder.bytes
        // The last byte of the second record says whether its last evidence names a person: 7 is neither no nor yes.
        let recordLength = bytes.count / 3
        #expect(bytes[2 * recordLength - 1] == 0)
        bytes[2 * recordLength - 1] = 7
        let file = try SpillFile(in: NSTemporaryDirectory())
        try file.append(bytes)
        var events = [SpilledRun(file: file, events: 0..<bytes.count, relations: bytes.count..<bytes.count)]
        // Three runs holding the same events: the bad copy is combined with good ones.
        for _ in 0..<2 {
            let good = try SpilledRun.write(relations: [], events: [event], to: file)
            events.append(good)
        }
        let spooled = SpooledRun(timeline: Timeline(documents: [Document(id: "dôc|\"1\"", source: "d.txt")], actors: []),
                                 runs: events, diagnostics: [], skippedFiles: [])
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/timeline.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        #expect(throws: FileSystem.Failure.self) { try spooled.writeTimelineJSON(to: handle, threads: threads) }
        try handle.close()
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((try? JSONSerialization.jsonObject(with: json)) == nil, "a short timeline must not parse as a whole one")
    }

    @Test func aRecordCutShortIsAnErrorNotAWrongRecord() throws {
        let (event, _) = Self.hostileRecords()
        let file = try SpillFile(in: NSTemporaryDirectory())
        let run = try SpilledRun.write(relations: [], events: [event], to: file)
        let cut = RunReader(file: file, range: run.events.lowerBound..<(run.events.upperBound - 3))
        #expect(throws: FileSystem.Failure.self) { try cut.next { decoder throws(SpillDecoder.Corrupt) in try decoder.event() } }
    }

    /// `timeline.json` from one run, whose events or relations may be cut short; nil where they are whole.
    static func jsonFromRun(cuttingEvents cutEvents: Bool, cuttingRelations cutRelations: Bool, threads: Int) throws -> (json: Data, failure: (any Error)?) {
        let (event, relation) = Self.hostileRecords()
        let file = try SpillFile(in: NSTemporaryDirectory())
        var run = try SpilledRun.write(relations: [relation], events: [event], to: file)
        if cutEvents { run.events = run.events.lowerBound..<(run.events.upperBound - 3) }
        if cutRelations { run.relations = run.relations.lowerBound..<(run.relations.upperBound - 3) }
        let spooled = SpooledRun(timeline: Timeline(documents: [Document(id: "dôc|\"1\"", source: "d.txt")], actors: []),
                                 runs: [run], diagnostics: [], skippedFiles: [])
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/timeline.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var failure: (any Error)?
        do { try spooled.writeTimelineJSON(to: handle, threads: threads) } catch { failure = error }
        try handle.close()
        return (try Data(contentsOf: URL(fileURLWithPath: path)), failure)
    }

    @Test(arguments: [1, 2]) func aRunThatCannotBeReadBackLeavesTimelineJSONUnfinished(threads: Int) throws {
        let whole = try Self.jsonFromRun(cuttingEvents: false, cuttingRelations: false, threads: threads)
        #expect(whole.failure == nil)
        #expect((try? JSONSerialization.jsonObject(with: whole.json)) != nil, "an intact run gives a whole timeline")
        for (events, relations) in [(true, false), (false, true)] {
            let cut = try Self.jsonFromRun(cuttingEvents: events, cuttingRelations: relations, threads: threads)
            #expect(cut.failure is FileSystem.Failure, "events cut: \(events), relations cut: \(relations)")
            #expect(!cut.json.isEmpty, "what was merged before the failure is written")
            #expect((try? JSONSerialization.jsonObject(with: cut.json)) == nil, "a short timeline must not parse as a whole one")
            #expect(cut.json.last != UInt8(ascii: "}") && cut.json.last != UInt8(ascii: "\n"))
        }
    }

    @Test func temporaryFilesLeaveNothingBehind() throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try SpillFile(in: folder)
        try file.append([1, 2, 3])
        #expect(file.size == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the file is unlinked as soon as it is open")
    }

    /// The result through runs on disk, as `chronicle extract` writes it.
    static func spooledJSON(paths: [String], options: ExtractionOptions) throws -> (json: Data, runs: Int) {
        let run = try Chronicle.extractForJSON(paths: paths, options: options)
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/timeline.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try run.writeTimelineJSON(to: handle, threads: options.jobs)
        try handle.close()
        return (try Data(contentsOf: URL(fileURLWithPath: path)), run.spilledRunCount)
    }

    @Test(arguments: [1, 2]) func runsOnDiskGiveTheSameBytesAsOneRunInMemory(jobs: Int) throws {
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for document in CorpusGenerator(seed: 5).documents(count: 150) {
            try document.text.write(toFile: folder + "/" + document.name, atomically: true, encoding: .utf8)
        }
        for paths in [[folder], [Repository.path("examples/corpus")]] {
            var options = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
            options.jobs = jobs
            let whole = try TimelineJSON.encode(try Chronicle.extract(paths: paths, options: options).timeline)
            options.memoryBudget = 1 << 30
            let roomy = try Self.spooledJSON(paths: paths, options: options)
            #expect(roomy.runs == 0, "within the budget nothing goes to disk")
            // Compared as one Bool: on a failure, Swift Testing would diff the two files byte by byte, for ever.
            let roomyMatches = roomy.json == whole
            #expect(roomyMatches)
            // A budget smaller than any document's records: one run per document, each merged back.
            options.memoryBudget = 1
            let tight = try Self.spooledJSON(paths: paths, options: options)
            #expect(tight.runs > 5)
            let tightMatches = tight.json == whole
            #expect(tightMatches, "\(paths[0]): \(tightMatches ? "" : firstDifference(expected: String(decoding: whole, as: UTF8.self), actual: String(decoding: tight.json, as: UTF8.self)) ?? "")")
        }
    }

    @Test func aFolderThatCannotHoldTemporaryFilesIsNamed() throws {
        var options = ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06"))
        options.memoryBudget = 1
        options.temporaryDirectory = "/nonexistent/chronicle-spill"
        #expect {
            _ = try Chronicle.extractForJSON(paths: [Repository.path("examples/corpus")], options: options)
        } throws: { error in
            "\(error)".contains("/nonexistent/chronicle-spill") && "\(error)".contains("temporary file")
        }
    }
}
