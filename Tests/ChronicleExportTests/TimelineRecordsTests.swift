import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

/// Reading a timeline record by record accepts, rejects and explains what decoding it whole does.
struct TimelineRecordsTests {
    /// The timeline `decodeRecords` hands over, put back together.
    static func records(of text: String) throws -> Timeline {
        var documents: [Document] = [], actors: [Actor] = [], relations: [Relation] = [], events: [Event] = []
        try TimelineJSON.decodeRecords(Array(text.utf8)) { record in
            switch record {
            case .document(let document): documents.append(document)
            case .actor(let actor): actors.append(actor)
            case .event(let event): events.append(event)
            case .relation(let relation): relations.append(relation)
            }
        }
        return Timeline(documents: documents, actors: actors, relations: relations, events: events)
    }

    @Test func recordsAreWhatDecodingWholeGives() throws {
        let pretty = String(decoding: try TimelineJSON.encode(SampleTimeline.timeline), as: UTF8.self)
        let compact = String(decoding: try TimelineJSON.encodeLines([SampleTimeline.timeline]), as: UTF8.self)
        for text in [pretty, compact, "  \n" + compact + "\r\n\n"] {
            #expect(try Self.records(of: text) == TimelineJSON.decode(Data(text.utf8)))
        }
        // Members in any order, unknown ones passed over however deep, names escaped, brackets in strings.
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let shuffled = """
        {"events": [], "note": {"a": "}]\\"[{", "deep": \(deep)}, "relations": [], "\\u0061ctors": [],
         "schemaVersion": 1, "documents": [{"id": "d\\"1]", "source": "a,b}.txt", "format": "text"}], "n": -1.5e3, "t": true}
        """
        let timeline = try Self.records(of: shuffled)
        #expect(timeline.documents.map(\.id.rawValue) == ["d\"1]"])
        #expect(timeline.actors.isEmpty && timeline.events.isEmpty)
    }

    /// Every way a text can fail to be a timeline gives the message decoding it whole gives.
    @Test(arguments: [
        #"{"schemaVersion": 1}"#,
        #"{"schemaVersion": 1, "actors": [], "documents": [], "relations": []}"#,
        #"{"schemaVersion": 2, "actors": [], "documents": [], "relations": [], "events": []}"#,
        #"{"schemaVersion": "1", "actors": [], "documents": [], "relations": [], "events": []}"#,
        #"{"schemaVersion": 1, "actors": [], "documents": [{"id": "d"}], "relations": [], "events": []}"#,
        #"{"schemaVersion": 1, "actors": [{"id": "X", "name": "X", "kind": "planet", "aliases": [], "mentions": 1}], "documents": [], "relations": [], "events": []}"#,
        #"{"schemaVersion": 1, "actors": [], "documents": [], "relations": [], "events": [{"id": 3}]}"#,
        #"{"schemaVersion": 1, "actors": [], "documents": [], "relations": [], "events": null}"#,
        #"{"schemaVersion": 1, "actors": [], "documents": [], "relations": {}, "events": []}"#,
    ])
    func faultsAreExplainedAsWhenDecodedWhole(text: String) throws {
        let whole = #expect(throws: (any Error).self) { try TimelineJSON.decode(Data(text.utf8)) }
        let byRecord = #expect(throws: (any Error).self) { try Self.records(of: text) }
        #expect(TimelineJSON.explain(byRecord!) == TimelineJSON.explain(whole!))
    }

    /// A whole, valid timeline with one defect put in: what the skimmer alone must catch.
    @Test(arguments: [
        #"{"actors": [] "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1}"#,
        #"{"actors": [], "documents": [DOC DOC], "events": [], "relations": [], "schemaVersion": 1}"#,
        #"{"actors": [], "documents": [DOC, ], "events": [], "relations": [], "schemaVersion": 1}"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1,}"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1} x"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1, "note": "open}"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion" 1}"#,
        #"{"actors": [], "documents": [DOC], "events": [], "relations": [], "schemaVersion": 1, "x": [[[]]}"#,
        #"[]"#, "", "{",
    ])
    func defectsInAWholeTimelineAreRejectedAsInvalidJSON(template: String) throws {
        let document = #"{"id": "d", "source": "d.txt", "format": "text"}"#
        let text = template.replacingOccurrences(of: "DOC", with: document)
        let intact = "{\"actors\": [], \"documents\": [\(document)], \"events\": [], \"relations\": [], \"schemaVersion\": 1}"
        #expect(try Self.records(of: intact).documents.count == 1, "the template is sound but for its defect")
        let error = #expect(throws: DecodingError.self) { try Self.records(of: text) }
        #expect(error.map { TimelineJSON.explain($0).hasPrefix("not valid JSON") } == true, "\(error.map(TimelineJSON.explain) ?? "")")
    }

    @Test func aMemberGivenTwiceIsRejected() {
        let text = #"{"schemaVersion": 1, "actors": [], "documents": [], "relations": [], "events": [], "events": []}"#
        #expect(throws: DecodingError.self) { try Self.records(of: text) }
    }
}
