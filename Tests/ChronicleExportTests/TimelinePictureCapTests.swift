import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

/// The views of the timeline (`timeline.svg`, the report's dated list and Mermaid block, the
/// slides of `timelinejs.json`) show at most a maximum of events, the best evidenced; the data
/// outputs keep them all.
struct TimelinePictureCapTests {
    /// One event a day from 1 March 2024, event `i` between `S<i>` and `T<i>` with `evidence[i]`
    /// sentences; every actor is mentioned `mentions[i]` times (1 when not given).
    static func timeline(evidence: [Int], mentions: [Int] = []) -> Timeline {
        var actors: [Actor] = []
        var events: [Event] = []
        for (index, count) in evidence.enumerated() {
            let source = ActorID("S\(index)"), target = ActorID("T\(index)")
            let seen = index < mentions.count ? mentions[index] : 1
            actors += [Actor(id: source, name: "Source \(index)", kind: .state, mentions: seen),
                       Actor(id: target, name: "Target \(index)", kind: .state, mentions: seen)]
            let sentences = (0..<count).map { Evidence(document: "d", text: "Event \(index), sentence \($0).", byteStart: 100 * index + 10 * $0, byteEnd: 100 * index + 10 * $0 + 9) }
            let day = CalendarDay(daysSinceEpoch: CalendarDay(year: 2024, month: 3, day: 1)!.daysSinceEpoch + index)
            events.append(Event(id: EventID("e" + String(index, zeroPaddedTo: 4)), date: TemporalValue(day: day, status: .happened),
                                actors: [source, target], source: source, target: target, kind: .consult,
                                summary: "Source \(index) consulted Target \(index)", evidence: sentences))
        }
        return Timeline(documents: [Document(id: "d", source: "d.txt")], actors: actors, relations: [], events: events)
    }

    /// The label of each row the picture draws ("Source 3 → Target 3: ..."), top to bottom.
    static func rows(_ svg: String) -> [String] {
        svg.components(separatedBy: "fill=\"#2b83ba\">Source ").dropFirst().map { "Source " + $0.prefix(while: { $0 != ":" }) }
    }

    @Test func aCappedPictureKeepsTheBestEvidencedEventsInDateOrderAndSaysSo() {
        // Evidence 1, 3, 1, 2, 1, 1: the two best evidenced are events 1 and 3; among the four seen
        // once, the one between the most mentioned actors (event 4) comes next.
        let timeline = Self.timeline(evidence: [1, 3, 1, 2, 1, 1], mentions: [1, 1, 1, 1, 5, 2])
        let svg = TimelineSVGExporter.export(timeline, maximumEvents: 3)
        #expect(Self.rows(svg) == ["Source 1 → Target 1", "Source 3 → Target 3", "Source 4 → Target 4"], "\(Self.rows(svg))")
        #expect(svg.contains("Shown: 3 of the 6 events, those with the most evidence sentences; timeline.json and events.csv hold them all."))
        #expect(xmlError(Data(svg.utf8)) == nil)

        // Among equals in evidence and mentions, the earliest stay.
        let flat = TimelineSVGExporter.export(Self.timeline(evidence: [1, 1, 1, 1]), maximumEvents: 2)
        #expect(Self.rows(flat) == ["Source 0 → Target 0", "Source 1 → Target 1"])
    }

    @Test func aPictureWithinTheMaximumIsTheWholePicture() {
        let timeline = Self.timeline(evidence: [1, 2, 1])
        let all = TimelineSVGExporter.export(timeline, maximumEvents: nil)
        #expect(Self.rows(all).count == 3 && !all.contains("Shown:"))
        #expect(TimelineSVGExporter.export(timeline, maximumEvents: 3) == all, "a maximum the timeline fits in changes nothing")
        #expect(TimelineSVGExporter.export(timeline) == all, "the default maximum leaves a usual timeline whole")
        #expect(TimelineSVGExporter.export(SampleTimeline.timeline) == TimelineSVGExporter.export(SampleTimeline.timeline, maximumEvents: nil))
        #expect(TimelineExtent(of: timeline, maximum: 2) == TimelineExtent(events: 2, availableEvents: 3))
        #expect(!TimelineExtent(of: timeline, maximum: nil).isCapped)
    }

    @Test func theDefaultMaximumKeepsABusyTimelineToAPictureOneCanOpen() {
        let busy = Self.timeline(evidence: Array(repeating: 1, count: TimelineExtent.defaultMaximumEvents + 20))
        let svg = TimelineSVGExporter.export(busy)
        #expect(Self.rows(svg).count == TimelineExtent.defaultMaximumEvents)
        let height = svg.split(separator: "height=\"")[1].prefix(while: \.isNumber)
        #expect(Int(height)! < 6_000, "\(height) pixels tall")
    }

    @Test func theReportsDatedListAndMermaidTimelineShowThePicturedEvents() {
        let timeline = Self.timeline(evidence: [1, 3, 1, 2, 1, 1], mentions: [1, 1, 1, 1, 5, 2])
        let report = MarkdownReportExporter.export(timeline, options: .init(maximumTimelineEvents: 3))
        let mermaid = report.components(separatedBy: "```mermaid")[1].components(separatedBy: "```")[0]
        #expect(["Source 1 consulted", "Source 3 consulted", "Source 4 consulted"].allSatisfy(mermaid.contains))
        #expect(!mermaid.contains("Source 0 ") && !mermaid.contains("Source 5 "), "\(mermaid)")
        #expect(report.contains("The picture and the dated list below show 3 of the 6 events, those with the most evidence sentences; timeline.json and events.csv hold them all."))
        #expect(report.contains("It shows 3 of the 6 events, those with the most evidence sentences, as the dated list above does."))
        let datedList = report.components(separatedBy: "## Events by month")[1].components(separatedBy: "\n## ")[0]
        #expect(datedList.contains("The list gives 3 of the 6 events, those with the most evidence sentences; timeline.json and events.csv hold them all"))
        let listed = (0..<6).filter { datedList.contains("Source \($0) consulted Target \($0)") }
        #expect(listed == [1, 3, 4], "the dated list gives the pictured events: \(listed)")
        #expect(report.components(separatedBy: "\n[^").count - 1 == 3, "a footnote for each event listed, none for those left out")

        let whole = MarkdownReportExporter.export(timeline, options: .init(maximumTimelineEvents: nil))
        #expect(!whole.contains("It shows") && !whole.contains("The picture and") && !whole.contains("The list gives"))
        let wholeList = whole.components(separatedBy: "## Events by month")[1]
        #expect((0..<6).allSatisfy { wholeList.contains("Source \($0) consulted Target \($0)") }, "without a maximum the list has every event")
        let noPicture = MarkdownReportExporter.export(timeline, options: .init(timelineImage: nil, maximumTimelineEvents: 3))
        #expect(!noPicture.contains("The picture and") && noPicture.contains("It shows 3 of the 6 events") && noPicture.contains("The list gives 3 of the 6"),
                "the report speaks only of a picture it embeds")
    }

    /// The headline of each slide, in order, and the title slide's text.
    static func slides(_ data: Data) throws -> (headlines: [String], title: String) {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        let headlines = events.compactMap { ($0["text"] as? [String: Any])?["headline"] as? String }
        let title = try #require((object["title"] as? [String: Any]).flatMap { $0["text"] as? [String: Any] }?["text"] as? String)
        return (headlines, title)
    }

    @Test func timelineJSMakesSlidesOfTheSameBestEvidencedDatedEvents() throws {
        var timeline = Self.timeline(evidence: [1, 3, 1, 2, 1, 1, 4], mentions: [1, 1, 1, 1, 5, 2, 9])
        // The best evidenced event has no date: TimelineJS cannot place it, so it takes no slide and no place.
        timeline.events[6].date = TemporalValue(value: "XXXX-XX-XX", type: .date, precision: .unknown, status: .reported)
        let capped = try Self.slides(TimelineJSExporter.export(timeline, title: "Cap", maximumEvents: 3))
        #expect(capped.headlines == ["Source 1 consulted Target 1", "Source 3 consulted Target 3", "Source 4 consulted Target 4"], "\(capped.headlines)")
        #expect(capped.title.contains("6 dated events from 1 documents"), "\(capped.title)")
        #expect(capped.title.contains("The slides show 3 of the dated events, those with the most evidence sentences; timeline.json and events.csv hold them all."))
        #expect(TimelineExtent.slides(of: timeline, maximum: 3) == TimelineExtent(events: 3, availableEvents: 6))

        let whole = try Self.slides(TimelineJSExporter.export(timeline, title: "Cap", maximumEvents: nil))
        #expect(whole.headlines.count == 6 && !whole.title.contains("The slides show"))
        #expect(try TimelineJSExporter.export(timeline, title: "Cap", maximumEvents: 6) == TimelineJSExporter.export(timeline, title: "Cap", maximumEvents: nil),
                "a maximum the dated events fit in changes nothing")
        #expect(try TimelineJSExporter.export(SampleTimeline.timeline) == TimelineJSExporter.export(SampleTimeline.timeline, maximumEvents: nil),
                "the default maximum leaves a usual timeline whole")
        let busy = Self.timeline(evidence: Array(repeating: 1, count: TimelineExtent.defaultMaximumEvents + 20))
        #expect(try Self.slides(TimelineJSExporter.export(busy)).headlines.count == TimelineExtent.defaultMaximumEvents)
    }

    @Test func aLargeCorpusTableListsTheDocumentsTheReportQuotes() {
        // Five documents; events quote d1 and d3, a relation quotes d4; d0 and d2 are read but not quoted.
        var timeline = Self.timeline(evidence: [1, 1])
        timeline.documents = (0..<5).map { index in
            Document(id: DocumentID("d\(index)"), source: "d\(index).txt", title: "Paper \(index)",
                     published: index == 2 ? nil : CalendarDay(year: 2024, month: 2, day: 10 + index))
        }
        timeline.events[0].evidence[0].document = "d1"
        timeline.events[1].evidence[0].document = "d3"
        timeline.relations = [Relation(source: "S0", target: "T0", kind: .consult,
                                       evidence: [Evidence(document: "d4", text: "S0 met T0.", byteStart: 0, byteEnd: 10)])]
        let report = MarkdownReportExporter.export(timeline, options: .init(maximumListedDocuments: 4))
        let corpus = report.components(separatedBy: "## Corpus")[1].components(separatedBy: "\n## ")[0]
        #expect(corpus.contains("5 documents, published 10 February 2024 to 14 February 2024 (1 undated). The table lists the 3 the report quotes; timeline.json lists them all."), "\(corpus)")
        #expect(["Paper 1", "Paper 3", "Paper 4"].allSatisfy(corpus.contains) && !corpus.contains("Paper 0") && !corpus.contains("Paper 2"), "\(corpus)")

        for whole in [MarkdownReportExporter.export(timeline, options: .init(maximumListedDocuments: 5)),
                      MarkdownReportExporter.export(timeline, options: .init(maximumListedDocuments: nil))] {
            let table = whole.components(separatedBy: "## Corpus")[1].components(separatedBy: "\n## ")[0]
            #expect((0..<5).allSatisfy { table.contains("Paper \($0)") } && !table.contains("The table lists"), "every document up to the maximum")
        }
    }
}
