import ChronicleExport
import ChronicleModel
import Foundation
import Testing

/// `build` writes its large outputs to their files a megabyte at a time as they are made; the
/// bytes must be those the exporters make whole.
struct StreamedExportTests {
    /// A timeline whose CSV tables, report and TimelineJS file each pass a megabyte several times.
    static let large: CanonicalTimeline = {
        let actors = (0..<40).map { Actor(id: ActorID("A\($0)"), name: "Actor | \($0)", kind: .state, mentions: 1 + $0) }
        var relations: [Relation] = []
        var events: [Event] = []
        let start = CalendarDay(year: 2023, month: 1, day: 1)!.daysSinceEpoch
        for index in 0..<6_000 {
            let source = actors[index % 40].id, target = actors[(index * 7 + 1) % 40].id
            let text = "Sentence \(index): \(String(repeating: "the \"envoy\", met, ", count: 12))and left."
            let evidence = Evidence(document: DocumentID("d\(index % 50)"), text: text, byteStart: 300 * index, byteEnd: 300 * index + text.utf8.count)
            let day = CalendarDay(daysSinceEpoch: start + index % 700)
            events.append(Event(id: EventID("e\(index)"), date: TemporalValue(day: day, status: .happened), actors: [source, target],
                                source: source, target: target, kind: index % 2 == 0 ? .consult : .accuse,
                                summary: "Actor \(index % 40) and Actor \((index * 7 + 1) % 40)", evidence: [evidence]))
            if index < 3_000 {
                relations.append(Relation(source: source, target: target, kind: index % 2 == 0 ? .consult : .accuse, evidence: [evidence]))
            }
        }
        let documents = (0..<50).map { Document(id: DocumentID("d\($0)"), source: "news/d\($0).txt") }
        return CanonicalTimeline(Timeline(documents: documents, actors: actors, relations: relations, events: events))
    }()

    /// What `write` hands to its sink, and in how many pieces.
    static func streamed(_ write: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) rethrows -> (bytes: [UInt8], pieces: Int) {
        var bytes: [UInt8] = []
        var pieces = 0
        try write { piece in
            bytes += piece
            pieces += 1
        }
        return (bytes, pieces)
    }

    @Test func largeOutputsHandedOnAMegabyteAtATimeAreTheBytesMadeWhole() throws {
        let timeline = Self.large
        let events = try Self.streamed { try CSVExporter.writeEvents(timeline, to: $0) }
        #expect(events.bytes == CSVExporter.eventsUTF8(timeline) && events.pieces > 1, "\(events.bytes.count) bytes in \(events.pieces) pieces")
        let relations = try Self.streamed { try CSVExporter.writeRelations(timeline, to: $0) }
        #expect(relations.bytes == CSVExporter.relationsUTF8(timeline) && relations.pieces > 1)
        let options = MarkdownReportExporter.Options(title: "Large", maximumTimelineEvents: nil)
        let report = try Self.streamed { try MarkdownReportExporter.write(timeline, options: options, to: $0) }
        #expect(report.bytes == MarkdownReportExporter.exportUTF8(timeline, options: options) && report.pieces > 1)
        #expect(report.bytes.last == UInt8(ascii: "\n") && report.bytes.suffix(2) != [0x0A, 0x0A], "the report's last line break, not two")
        let slides = try Self.streamed { try TimelineJSExporter.write(timeline, title: "Large", maximumEvents: nil, to: $0) }
        #expect(slides.bytes == [UInt8](try TimelineJSExporter.export(timeline, title: "Large", maximumEvents: nil)) && slides.pieces > 1)
        let json = try Self.streamed { try TimelineJSON.write(timeline, threads: 2, to: $0) }
        #expect(json.bytes == [UInt8](try TimelineJSON.encode(timeline, threads: 1)) && json.pieces > 1)
    }

    @Test func aSinkThatFailsIsNotCalledAgainAndItsErrorIsThrown() {
        struct DiskFull: Error {}
        let writers: [((UnsafeRawBufferPointer) throws -> Void) throws -> Void] = [
            { try CSVExporter.writeEvents(Self.large, to: $0) },
            { try MarkdownReportExporter.write(Self.large, options: .init(maximumTimelineEvents: nil), to: $0) },
            { try TimelineJSExporter.write(Self.large, title: nil, maximumEvents: nil, to: $0) },
            { try TimelineJSON.write(Self.large, threads: 2, to: $0) },
        ]
        for write in writers {
            var calls = 0
            #expect(throws: DiskFull.self) {
                try write { _ in
                    calls += 1
                    throw DiskFull()
                }
            }
            #expect(calls == 1)
        }
    }
}
