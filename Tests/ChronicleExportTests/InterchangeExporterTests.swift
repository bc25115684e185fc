import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

struct InterchangeExporterTests {
    /// Characters XML forbids go (U+FFFE, U+FFFF, C0 controls), their UTF-8 neighbours stay (U+FFFD).
    @Test func xmlEscapingDropsOnlyForbiddenCharacters() {
        var timeline = SampleTimeline.timeline
        timeline.actors[0].name = "a\u{FFFD}\u{FFFE}b\u{FFFF}\u{1}\t\n\r'<&>\"\u{FFBF}"
        let graphML = GraphMLExporter.export(timeline)
        #expect(graphML.contains(">a\u{FFFD}b\t\n&#13;&apos;&lt;&amp;&gt;&quot;\u{FFBF}</data>"))
        let gexf = GEXFExporter.export(timeline)
        #expect(gexf.contains("label=\"a\u{FFFD}b&#9;&#10;&#13;&apos;&lt;&amp;&gt;&quot;\u{FFBF}\""))
    }

    @Test(arguments: ["graph.graphml", "graph.gexf", "relations.csv", "events.csv"])
    func matchTheGoldenFiles(name: String) {
        let text: String
        switch name {
        case "graph.graphml": text = GraphMLExporter.export(SampleTimeline.timeline)
        case "graph.gexf": text = GEXFExporter.export(SampleTimeline.timeline)
        case "relations.csv": text = CSVExporter.relations(SampleTimeline.timeline)
        default: text = CSVExporter.events(SampleTimeline.timeline)
        }
        let mismatch = goldenMismatch(text, file: "Tests/ChronicleExportTests/Golden/\(name)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    static let hostile = "A \"quote\" <tag> & ]]> --> \u{1}ctl\u{0} 'apos' \n newline"

    static func hostileTimeline() -> Timeline {
        var timeline = SampleTimeline.timeline
        timeline.actors[0].name = hostile
        timeline.relations[0].evidence[0].text = hostile
        return timeline
    }

    @Test func xmlWhiteSpaceIsWrittenSoItReadsBack() {
        let name = "tab\there\r\nline\rend\n"
        let gexf = GEXFExporter.export({ var timeline = SampleTimeline.timeline; timeline.actors[0].name = name; return timeline }())
        #expect(gexf.contains("label=\"tab&#9;here&#13;&#10;line&#13;end&#10;\""), "attribute values keep tabs and line breaks")
        let graphML = GraphMLExporter.export({ var timeline = SampleTimeline.timeline; timeline.actors[0].name = name; return timeline }())
        #expect(graphML.contains(">tab\there&#13;\nline&#13;end\n</data>"), "text keeps carriage returns")
    }

    /// The XML check itself: Foundation's parser alone lets a truncated document or two roots through.
    @Test func xmlCheckCatchesTruncationAndSecondRoots() {
        #expect(xmlError(Data("<a><b/></a>".utf8)) == nil)
        #expect(xmlError(Data("<a>".utf8)) != nil)
        #expect(xmlError(Data("<a/><b/>".utf8)) != nil)
        #expect(xmlError(Data("<a><b></a>".utf8)) != nil)
    }

    @Test func xmlOutputsStayWellFormedWithHostileText() {
        for xml in [GraphMLExporter.export(Self.hostileTimeline()), GEXFExporter.export(Self.hostileTimeline())] {
            #expect(xmlError(Data(xml.utf8)) == nil)
            #expect(xml.contains("A &quot;quote&quot; &lt;tag&gt; &amp; ]]&gt; --&gt; ctl &apos;apos&apos;"))
        }
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1+1", "'+1+1"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
        ("-4.0", "-4.0"), ("plain", "plain"), ("a,b", "\"a,b\""), ("line\nbreak", "\"line\nbreak\""), ("say \"x\"", "\"say \"\"x\"\"\""),
        // Decided by scalars: "\r\n" is one Character, and so is a comma or quote with a combining mark.
        ("a\r\n=1+1", "\"a\r\n=1+1\""), ("a,\u{301}b", "\"a,\u{301}b\""), ("\"\u{301}", "\"\"\"\u{301}\""), ("\r\n", "\"'\r\n\""),
    ])
    func csvCellsAreQuotedAndDefused(text: String, expected: String) {
        #expect(CSVExporter.cell(text) == expected)
    }
}
