import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

/// A small, fixed model that uses every field of the contract.
enum SampleTimeline {
    static let evidence = Evidence(
        document: "tass-1106", text: "Moscow said the U.S. \"blocked\" the council.", byteStart: 120, byteEnd: 164,
        claim: Claim(claimant: .russia, cue: "said"), person: "Maria Zakharova")
    static let videoEvidence = Evidence(
        document: "notes", text: "Russia is reportedly withdrawing support.", byteStart: 615, byteEnd: 738,
        media: MediaOffset(offset: "00:13:13", seconds: 793, url: "https://youtu.be/emFMpWaNZ1w?t=793"))

    static var timeline: Timeline {
        Timeline(
            documents: [
                Document(id: "tass-1106", source: "corpus/tass-1106.txt", title: "Russian diplomat on US role",
                         published: CalendarDay(iso: "2023-11-06"), publishedFrom: .dateline),
                Document(id: "notes", source: "corpus/notes.md", title: "Notes <on> \"a\" video", videoID: "emFMpWaNZ1w", format: .markdown),
            ],
            actors: [
                Actor(id: .unitedStates, name: "United States", kind: .state, aliases: ["U.S.", "Washington"], mentions: 3),
                Actor(id: .russia, name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"], mentions: 5),
                Actor(id: "PSE", name: "the Palestinians", kind: .population, aliases: [], mentions: 1),
            ],
            relations: [
                Relation(source: .russia, target: "PSE", kind: .reduceRelations, firstSeen: nil, lastSeen: nil, evidence: [videoEvidence]),
                Relation(source: .russia, target: .unitedStates, kind: .accuse, firstSeen: "2023-11-06", lastSeen: "2023-11-06", evidence: [evidence]),
            ],
            events: [
                Event(id: "e2", date: TemporalValue(value: "2023-10", modifier: .start, text: "early October", status: .happened),
                      actors: [.russia, "PSE"], source: .russia, target: "PSE", kind: .reduceRelations,
                      summary: "Russia withdraws support from the Palestinians", evidence: [videoEvidence]),
                Event(id: "e1", date: TemporalValue(day: CalendarDay(iso: "2023-11-06")!, status: .reported),
                      actors: [.russia, .unitedStates], source: .russia, target: .unitedStates, kind: .accuse,
                      summary: "Russia accuses the United States", evidence: [evidence]),
            ])
    }
}

struct TimelineJSONTests {
    @Test func matchesTheGoldenFile() throws {
        let json = String(decoding: try TimelineJSON.encode(SampleTimeline.timeline), as: UTF8.self)
        let mismatch = goldenMismatch(json, file: "Tests/ChronicleExportTests/Golden/timeline.json")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func orderOfInputDoesNotChangeTheBytes() throws {
        var shuffled = SampleTimeline.timeline
        shuffled.documents.reverse()
        shuffled.actors.reverse()
        shuffled.relations.reverse()
        shuffled.events.reverse()
        #expect(try TimelineJSON.encode(shuffled) == TimelineJSON.encode(SampleTimeline.timeline))
    }

    @Test func decodesWhatItEncodes() throws {
        let data = try TimelineJSON.encode(SampleTimeline.timeline)
        let decoded = try TimelineJSON.decode(data)
        #expect(decoded == SampleTimeline.timeline)
        #expect(try TimelineJSON.encode(decoded) == data)
    }

    @Test func contractFieldsAreThere() throws {
        let object = try JSONSerialization.jsonObject(with: TimelineJSON.encode(SampleTimeline.timeline)) as! [String: Any]
        #expect(object["schemaVersion"] as? Int == 1)
        let relation = (object["relations"] as! [[String: Any]])[0]
        for key in ["source", "target", "kind", "cameo", "quadClass", "polarity", "weight", "evidence"] {
            #expect(relation[key] != nil, "relation.\(key)")
        }
        let event = (object["events"] as! [[String: Any]]).first { $0["id"] as? String == "e2" }!
        let date = event["date"] as! [String: Any]
        #expect(date["value"] as? String == "2023-10" && date["precision"] as? String == "month" && date["modifier"] as? String == "START")
        let evidence = (event["evidence"] as! [[String: Any]])[0]
        for key in ["document", "text", "byteStart", "byteEnd"] { #expect(evidence[key] != nil, "evidence.\(key)") }
    }

    @Test func rejectsAnotherSchemaVersion() {
        let data = Data(#"{"schemaVersion":2,"documents":[],"actors":[],"relations":[],"events":[]}"#.utf8)
        #expect(throws: TimelineJSON.UnsupportedSchemaVersion(found: 2)) { try TimelineJSON.decode(data) }
        var records = 0
        #expect(throws: TimelineJSON.UnsupportedSchemaVersion(found: 2)) { try TimelineJSON.decodeRecords(data) { _ in records += 1 } }
        #expect(TimelineJSON.explain(TimelineJSON.UnsupportedSchemaVersion(found: 2)) == "schemaVersion 2 is not 1, the version this Chronicle reads")
    }

    @Test func hostileTextStaysValidJSON() throws {
        var timeline = SampleTimeline.timeline
        let hostile = "\"quoted\" \\ back\nnew line </script><script>alert(1)</script> \u{0}\u{1F} \u{202E}rtl \u{2028} \u{1F600}"
        let index = timeline.documents.firstIndex { $0.id == "tass-1106" }!
        timeline.documents[index].title = hostile
        let data = try TimelineJSON.encode(timeline)
        let decoded = try TimelineJSON.decode(data)
        #expect(decoded.documents.first { $0.id == "tass-1106" }?.title == hostile)
        #expect(!String(decoding: data, as: UTF8.self).contains("\n new line"))
    }

    /// `TimelineJSON` writes bytes by hand for speed; Foundation's encoder of the same `Codable` model is the reference.
    static func foundationEncoding(_ timeline: Timeline, pretty: Bool) throws -> Data {
        var canonical = timeline
        canonical.sortCanonically()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(canonical)
        data.append(0x0A)
        return data
    }

    static var everyFieldAndHostileText: [Timeline] {
        var hostile = SampleTimeline.timeline
        let text = "\"q\" \\ / \n\r\t\u{8}\u{C}\u{0}\u{1F}\u{7F} </script> ]]> \u{2028}\u{202E} é \u{1F600}"
        hostile.documents[0].title = text
        hostile.documents[0].url = "https://example.org/a?b=c&d=/e"
        hostile.actors[0].people = [text, "Maria Zakharova"]
        hostile.actors[1].aliases = []
        hostile.relations[0].standing = true
        hostile.relations[1].standing = false
        hostile.events[0].evidence[0].text = text
        hostile.events[0].date.text = nil
        hostile.events[1].source = nil
        hostile.events[1].target = nil
        return [SampleTimeline.timeline, hostile, Timeline()]
    }

    @Test(arguments: [true, false])
    func handWrittenBytesEqualFoundationsEncoder(pretty: Bool) throws {
        for timeline in Self.everyFieldAndHostileText {
            let expected = try Self.foundationEncoding(timeline, pretty: pretty)
            let written = pretty ? try TimelineJSON.encode(timeline) : try TimelineJSON.encodeLines([timeline])
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    /// Strings are scanned for characters to escape, and copied, eight bytes at a time: each such
    /// character, at every offset around those steps and next to non-ASCII text, and a string of
    /// nothing but escapes, is still written as Foundation writes it.
    @Test func escapesAreFoundAtEveryAlignment() throws {
        var timeline = SampleTimeline.timeline
        var texts: [String] = []
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t", "\u{7F}", "é", " "] {
            for offset in 0..<18 {
                texts.append(String(repeating: "a", count: offset) + special + "bcdefghijklmnopqrs" + special + "é\"")
            }
        }
        // Escapes that take the room reserved for the text after them (each "\u{1}" takes six bytes).
        texts.append(String(repeating: "\u{1}\\\"", count: 30_000) + String(repeating: "plain text ", count: 30_000))
        timeline.actors[0].people = texts
        let ours = try TimelineJSON.encode(timeline)
        let same = try ours == Self.foundationEncoding(timeline, pretty: true)
        #expect(same)
    }

    /// Numbers are written digit by digit into the buffer: every length of number, both signs
    /// and both ends of `Int` come out as Foundation writes them.
    @Test func everyLengthOfNumberIsWrittenAsFoundationWritesIt() throws {
        var numbers: [Int] = [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 1...18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        let evidence = numbers.map { Evidence(document: "d", text: "t", byteStart: $0, byteEnd: $0, media: MediaOffset(offset: "0:01", seconds: $0)) }
        let timeline = Timeline(relations: [Relation(source: .russia, target: .iran, kind: .aid, evidence: evidence)])
        for pretty in [true, false] {
            let ours = pretty ? try TimelineJSON.encode(timeline) : try TimelineJSON.encodeLines([timeline])
            #expect(String(decoding: ours, as: UTF8.self) == String(decoding: try Self.foundationEncoding(timeline, pretty: pretty), as: UTF8.self))
        }
    }

    @Test func everyGoldsteinScoreIsWrittenAsFoundationWritesIt() throws {
        let relations = RelationKind.allCases.map { Relation(source: .russia, target: .iran, kind: $0) }
        let timeline = Timeline(relations: relations)
        #expect(try TimelineJSON.encode(timeline) == Self.foundationEncoding(timeline, pretty: true))
    }

    @Test func theExamplesOutputIsWhatFoundationWouldWrite() throws {
        let url = Repository.root.appendingPathComponent("output/timeline.json")
        let committed = try Data(contentsOf: url)
        let timeline = try TimelineJSON.decode(committed)
        #expect(try Self.foundationEncoding(timeline, pretty: true) == committed)
        #expect(try TimelineJSON.encode(timeline) == committed)
    }

    /// Long lists are encoded on several threads in batches; any number of threads gives the same bytes.
    @Test(arguments: [2, 3, 8])
    func threadsDoNotChangeTheBytes(threads: Int) throws {
        let evidence = SampleTimeline.evidence
        let events = (0..<2_500).map { index in
            Event(id: EventID("e\(index)"), date: TemporalValue(value: "2023-10-\(10 + index % 19)"), actors: [.russia, .iran],
                  source: .russia, target: .iran, kind: .consult, summary: "Event \(index) \"quoted\"", evidence: [evidence])
        }
        let relations = (0..<1_030).map { index in
            Relation(source: ActorID("A\(index)"), target: .iran, kind: .aid, evidence: [evidence])
        }
        // Relations with thousands of sentences each: batches end by their evidence, not their count.
        let heavy = (0..<40).map { index in
            Relation(source: ActorID("H\(index)"), target: .iran, kind: .aid, evidence: (0..<1_000).map { offset in
                var item = evidence
                item.byteStart = offset
                return item
            })
        }
        for timeline in [Timeline(events: events), Timeline(relations: relations, events: events), Timeline(relations: Array(relations.prefix(3))),
                         Timeline(relations: heavy)] {
            let single = try TimelineJSON.encode(timeline)
            #expect(try TimelineJSON.encode(timeline, threads: threads) == single)
            #expect(try Self.foundationEncoding(timeline, pretty: true) == single)
            // Written to a file: lists in memory are encoded where they lie, records from a sequence
            // are drawn in batches, and long pieces go to the file without being joined first.
            #expect(try Self.written { try TimelineJSON.write(timeline, to: $0, threads: threads) } == single)
            #expect(try Self.written {
                try TimelineJSON.write(actors: timeline.actors, documents: timeline.documents, events: timeline.events,
                                       relations: timeline.relations, to: $0, threads: threads)
            } == single)
            #expect(try Self.written {
                try TimelineJSON.write(actors: timeline.actors, documents: timeline.documents, events: timeline.events.lazy.map { $0 },
                                       relations: timeline.relations.lazy.map { $0 }, to: $0, threads: threads)
            } == single)
        }
    }

    /// What `write` puts in a file.
    static func written(_ write: (FileHandle) throws -> Void) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-json-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try write(handle)
        try handle.close()
        return try Data(contentsOf: url)
    }
}
