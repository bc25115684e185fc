import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

struct ReportExporterTests {
    @Test func reportMatchesTheGoldenFile() {
        let report = MarkdownReportExporter.export(SampleTimeline.timeline, options: .init(title: "Sample report"))
        let mismatch = goldenMismatch(report, file: "Tests/ChronicleExportTests/Golden/report.md")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aReportSaysWhenItsPictureLeavesEdgesOut() {
        let capped = MarkdownReportExporter.export(SampleTimeline.timeline, options: .init(
            graphExtent: GraphExtent(actors: 3, edges: 1, availableEdges: 2)))
        #expect(capped.contains("\n\nThe picture shows the 1 strongest of 2 edges, by evidence sentences; the table of relations below lists every one.\n"))
        let whole = MarkdownReportExporter.export(SampleTimeline.timeline, options: .init(
            graphExtent: GraphExtent(actors: 3, edges: 2, availableEdges: 2)))
        #expect(!whole.contains("The picture shows"))
        #expect(whole == MarkdownReportExporter.export(SampleTimeline.timeline))
        let noPicture = MarkdownReportExporter.export(SampleTimeline.timeline, options: .init(
            graphImage: nil, graphExtent: GraphExtent(actors: 3, edges: 1, availableEdges: 2)))
        #expect(!noPicture.contains("The picture shows"), "no picture, nothing to say about it")
    }

    @Test func actorsTableCountsEachRelationOnceAndRanksPartnersByWeight() {
        let evidence = (0..<4).map { Evidence(document: "d", text: "Sentence \($0).", byteStart: 10 * $0, byteEnd: 10 * $0 + 9) }
        let timeline = Timeline(
            documents: [Document(id: "d", source: "d.txt")],
            actors: [Actor(id: "A", name: "Alpha | A", kind: .state, mentions: 9), Actor(id: "B", name: "Beta", kind: .state, mentions: 3),
                     Actor(id: "C", name: "Gamma", kind: .armedGroup, mentions: 2), Actor(id: "D", name: "Delta", kind: .state, mentions: 1)],
            relations: [
                Relation(source: "A", target: "A", kind: .consult, evidence: [evidence[0]]),
                Relation(source: "A", target: "B", kind: .aid, evidence: [evidence[1], evidence[2]]),
                Relation(source: "C", target: "A", kind: .assault, evidence: Array(evidence.prefix(3))),
                Relation(source: "A", target: "D", kind: .accuse, evidence: [evidence[3]]),
            ])
        let report = MarkdownReportExporter.export(timeline)
        #expect(report.contains("| Alpha \\| A | state | 9 | 4 | Gamma, Beta, Alpha \\| A |\n"), "\(report)")
        #expect(report.contains("| Beta | state | 3 | 1 | Alpha \\| A |\n"))
        #expect(report.contains("| Delta | state | 1 | 1 | Alpha \\| A |\n"))
    }

    @Test func timelineJSMatchesTheGoldenFile() throws {
        let json = String(decoding: try TimelineJSExporter.export(SampleTimeline.timeline, title: "Sample"), as: UTF8.self)
        let mismatch = goldenMismatch(json, file: "Tests/ChronicleExportTests/Golden/timelinejs.json")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func partialDatesStayPartialInTimelineJS() throws {
        let data = try TimelineJSExporter.export(SampleTimeline.timeline)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let events = object["events"] as! [[String: Any]]
        let month = try #require(events.first { ($0["display_date"] as? String) == "early October 2023" })
        let start = month["start_date"] as! [String: String]
        #expect(start == ["year": "2023", "month": "10"], "a month-precision event gives year and month only")
        #expect((object["title"] as? [String: Any])?["text"] != nil)
        for event in events { #expect((event["text"] as? [String: Any])?["headline"] != nil) }
    }

    @Test func tableCellsSurvivePipesAndNewlines() {
        #expect(MarkdownReportExporter.cell("a | b\nc") == "a \\| b c")
        var timeline = SampleTimeline.timeline
        timeline.actors[0].name = "Pipe | Name <script>alert(1)</script>\nnext"
        let report = MarkdownReportExporter.export(timeline)
        #expect(report.contains("Pipe \\| Name \\<script\\>alert(1)\\</script\\> next"))
        #expect(!report.contains("<script>"))
        for line in report.split(separator: "\n") where line.hasPrefix("| ") {
            let unescapedPipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            let header = report.split(separator: "\n").first { $0.hasPrefix("| ") && $0.contains(line.contains("Mentions") ? "Mentions" : "") }
            #expect(unescapedPipes >= 4, "\(line)")
            _ = header
        }
    }

    @Test func escapingWorksOnScalarsAndFoldsEveryLineBreak() {
        #expect(MarkdownReportExporter.cell("a\r\nb|\u{301}[\u{301}") == "a b\\|\u{301}\\[\u{301}")
        #expect(MarkdownReportExporter.inline("x\u{2028}y\u{2029}z\rw") == "x y z w")
        // A lone CR before a CRLF is a break of its own; U+2027, a neighbour of U+2028 in UTF-8, is not a break.
        #expect(MarkdownReportExporter.inline("\r\r\n#x&\u{2027}\u{2028}é") == "  \\#x&amp;\u{2027} é")
        #expect(MarkdownReportExporter.inline("plain text, é 漢字 \u{1F600}") == "plain text, é 漢字 \u{1F600}")
        #expect(MarkdownReportExporter.cell("|") == "\\|")
        #expect(MarkdownReportExporter.inline("|a\n") == "|a ", "pipes stay outside tables; a break at the end folds too")
    }

    @Test(arguments: [
        ("corpus/a.txt", false, "`corpus/a.txt`"), ("a`b", false, "``a`b``"), ("`a``", false, "``` `a`` ```"), (" a ", false, "`  a  `"),
        ("a\n\n<script>", false, "`a  <script>`"), ("a|b", true, "`a\\|b`"), ("a|b", false, "`a|b`"), ("a\\|b", true, "a\\\\\\|b"), ("", false, "` `"),
    ])
    func codeSpansShowTheirTextLiterally(text: String, inTable: Bool, expected: String) {
        #expect(MarkdownReportExporter.codeSpan(text, inTable: inTable) == expected)
    }

    @Test func fileNamesAndLinksCannotBreakTheReport() {
        var timeline = SampleTimeline.timeline
        timeline.documents[0].source = "corpus/x\n\n![x](javascript:y)\r\n<script>alert(1)</script>`.txt"
        timeline.documents[0].url = "notes"
        timeline.relations[0].evidence[0].media = MediaOffset(offset: "00:00:01", seconds: 1, url: "https://x.org/?q=1)x[x](data:z)")
        let report = MarkdownReportExporter.export(timeline)
        #expect(report.contains("``corpus/x  ![x](javascript:y) <script>alert(1)</script>`.txt``"))
        #expect(report.contains("[notes](notes)"))
        #expect(report.contains("(https://x.org/?q=1%29x%5Bx%5D%28data:z%29)"))
        #expect(!report.contains("\r"))
    }

    @Test func reportShowsPrecisionClaimsAndUnknownDatesHonestly() {
        let report = MarkdownReportExporter.export(SampleTimeline.timeline)
        #expect(report.contains("**early October 2023**"))
        #expect(report.contains("**reported by 6 November 2023**"))
        #expect(report.contains("*(a claim"))
        #expect(report.contains("```mermaid\ntimeline"))
        #expect(report.contains("[^1]:"))
        #expect(report.contains("video at [00:13:13](https://youtu.be/emFMpWaNZ1w?t=793)"))
    }

    @Test func timelinePictureIsValidXMLWithHostileText() {
        var timeline = SampleTimeline.timeline
        timeline.actors[0].name = "A <b>\"bold\"</b> & ]]> --> name"
        timeline.events[0].evidence[0].text = "<script>x</script>"
        let svg = TimelineSVGExporter.export(timeline, title: "T <i>&")
        #expect(xmlError(Data(svg.utf8)) == nil)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
    }
}
