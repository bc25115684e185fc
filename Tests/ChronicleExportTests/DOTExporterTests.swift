import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

struct DOTExporterTests {
    @Test func matchesTheGoldenFile() {
        let dot = DOTExporter.export(SampleTimeline.timeline)
        let mismatch = goldenMismatch(dot, file: "Tests/ChronicleExportTests/Golden/graph.dot")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func sameModelSameBytesWhateverTheOrder() {
        var shuffled = SampleTimeline.timeline
        shuffled.actors.reverse()
        shuffled.relations.reverse()
        #expect(DOTExporter.export(shuffled) == DOTExporter.export(SampleTimeline.timeline))
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash \\N \\G", "\"back\\\\slash \\\\N \\\\G\""),
        ("two\nlines", "\"two\\nlines\""),
        ("<script>&amp;", "\"<script>&amp;\""),
        ("Россия · إسرائيل", "\"Россия · إسرائيل\""),
        ("cr\r\0tab\t", "\"crtab \""),
        ("a\u{2028}b\u{2029}c\u{85}d", "\"a\\nb\\nc\\nd\""),
        ("· — ‘x’ \u{2027}\u{7F}", "\"· — ‘x’ \u{2027} \""),
        ("\u{80}\u{9F}Â", "\"\u{80}\u{9F}Â\""),
    ])
    func quotesEveryString(text: String, expected: String) {
        #expect(DOTExporter.quoted(text) == expected)
    }

    @Test func filtersByWeightActorsAndDates() {
        let timeline = SampleTimeline.timeline
        #expect(!DOTExporter.export(timeline, options: GraphOptions(minimumWeight: 2)).contains("->  \"USA\""))
        let onlyRussiaAndUS = DOTExporter.export(timeline, options: GraphOptions(actors: [.russia, .unitedStates]))
        #expect(onlyRussiaAndUS.contains("\"RUS\" -> \"USA\""))
        #expect(!onlyRussiaAndUS.contains("\"PSE\""))
        let since = DOTExporter.export(timeline, options: GraphOptions(since: "2023-11"))
        #expect(since.contains("\"RUS\" -> \"USA\""), "seen 2023-11-06")
        #expect(!since.contains("\"RUS\" -> \"PSE\""), "no dates: left out when a range is asked for")
        let until = DOTExporter.export(timeline, options: GraphOptions(until: "2023-10"))
        #expect(!until.contains("\"RUS\" -> \"USA\""))
    }

    /// A timeline.json edited by hand may give a relation no evidence; its edge is drawn without a quotation.
    @Test func aRelationWithoutEvidenceIsDrawnWithoutAQuotation() {
        let timeline = Timeline(actors: [Actor(id: .russia, name: "Russia", kind: .state, mentions: 1),
                                         Actor(id: .unitedStates, name: "United States", kind: .state, mentions: 1)],
                                relations: [Relation(source: .russia, target: .unitedStates, kind: .disapprove, weight: 2)])
        let dot = DOTExporter.export(timeline, options: GraphOptions())
        #expect(dot.contains("\"RUS\" -> \"USA\"") && dot.contains("tooltip=\"disapprove") && !dot.contains("URL="))
    }

    /// `--since` and `--until` name spans of days: a year is all of its days, and a relation last
    /// seen in "October" may have been seen after the 15th.
    @Test func dateRangesTakeInEveryDayOfTheirValues() {
        let relation = Relation(source: .russia, target: .unitedStates, kind: .disapprove, weight: 1, firstSeen: "2023-06-10", lastSeen: "2023-10")
        let timeline = Timeline(actors: [Actor(id: .russia, name: "Russia", kind: .state, mentions: 1),
                                         Actor(id: .unitedStates, name: "United States", kind: .state, mentions: 1)],
                                relations: [relation])
        func shown(_ since: String?, _ until: String?) -> Bool {
            DOTExporter.export(timeline, options: GraphOptions(since: since, until: until)).contains("\"RUS\" -> \"USA\"")
        }
        #expect(shown(nil, "2023"), "on or before 2023: June 2023 is in it")
        #expect(shown(nil, "2023-06"))
        #expect(!shown(nil, "2023-05"))
        #expect(shown("2023-10-15", nil), "last seen in October, which the 15th is in")
        #expect(!shown("2023-11", nil))
        #expect(shown("2023", "2023"))
        #expect(shown("2023-07", "2023-08"), "inside the span it was seen over")
        #expect(!shown("2024", nil))
    }

    /// Six actors, each edge `Ai -> Bi` seen in `weights[i]` sentences; actor mentions rise with the index.
    static func starTimeline(weights: [Int]) -> Timeline {
        var actors: [Actor] = []
        var relations: [Relation] = []
        for (index, weight) in weights.enumerated() {
            let source = ActorID("A\(index)"), target = ActorID("B\(index)")
            actors += [Actor(id: source, name: "Source \(index)", kind: .state, mentions: 1 + index),
                       Actor(id: target, name: "Target \(index)", kind: .state, mentions: 1 + index)]
            let evidence = (0..<weight).map { Evidence(document: "d", text: "Sentence \($0).", byteStart: 10 * $0, byteEnd: 10 * $0 + 9) }
            relations.append(Relation(source: source, target: target, kind: .consult, weight: weight, evidence: evidence))
        }
        return Timeline(documents: [Document(id: "d", source: "d.txt")], actors: actors, relations: relations)
    }

    @Test func aCappedPictureKeepsTheStrongestEdgesAndSaysSo() {
        // Weights 1, 3, 1, 2, 1: the two strongest are A1 and A3; among the three seen once, the
        // most mentioned actors (A4) come first.
        let timeline = Self.starTimeline(weights: [1, 3, 1, 2, 1])
        let (dot, extent) = DOTExporter.exportGraph(timeline, options: GraphOptions(maximumEdges: 3))
        #expect(extent == GraphExtent(actors: 6, edges: 3, availableEdges: 5))
        #expect(dot.contains("\"A1\" -> \"B1\"") && dot.contains("\"A3\" -> \"B3\"") && dot.contains("\"A4\" -> \"B4\""))
        #expect(!dot.contains("\"A0\"") && !dot.contains("\"B2\""), "actors of dropped edges are not drawn")
        #expect(dot.contains("shown: the 3 strongest of 5 edges"))

        let all = DOTExporter.exportGraph(timeline, options: GraphOptions(maximumEdges: nil))
        #expect(all.extent == GraphExtent(actors: 10, edges: 5, availableEdges: 5) && !all.extent.isCapped)
        #expect(!all.dot.contains("shown:"))
        #expect(DOTExporter.export(timeline, options: GraphOptions(maximumEdges: 5)) == all.dot, "a cap the graph fits in changes nothing")
        // The cap applies after the filters: of the edges seen twice or more, both fit.
        #expect(DOTExporter.exportGraph(timeline, options: GraphOptions(minimumWeight: 2, maximumEdges: 2)).extent.availableEdges == 2)
    }

    @Test func theDefaultCapLeavesAUsualGraphWhole() {
        let busy = Self.starTimeline(weights: Array(repeating: 1, count: GraphOptions.defaultMaximumEdges + 1))
        let (dot, extent) = DOTExporter.exportGraph(busy)
        #expect(extent.edges == GraphOptions.defaultMaximumEdges && extent.availableEdges == GraphOptions.defaultMaximumEdges + 1)
        #expect(!dot.contains("\"A0\" -> "), "the edge between the least mentioned actors is the one left out")
        #expect(!DOTExporter.exportGraph(SampleTimeline.timeline).extent.isCapped)
    }

    @Test func aBusyEdgeLabelCountsTheKindsItCannotList() {
        let kinds: [RelationKind] = [.consult, .aid, .accuse, .threaten, .fight, .appeal]
        let evidence = Evidence(document: "d", text: "It happened.", byteStart: 0, byteEnd: 12)
        let relations = kinds.enumerated().map { Relation(source: "A", target: "B", kind: $1, weight: 6 - $0, evidence: Array(repeating: evidence, count: 6 - $0)) }
        let timeline = Timeline(documents: [Document(id: "d", source: "d.txt")],
                                actors: [Actor(id: "A", name: "A", kind: .state), Actor(id: "B", name: "B", kind: .state)], relations: relations)
        let dot = DOTExporter.export(timeline)
        #expect(dot.contains("label=\"consult ×6\\naid ×5\\naccuse ×4\\n+3 more\""), "\(dot)")
        #expect(dot.contains("appeal (CAMEO 02, weight 1)"), "the tooltip still names every kind")
        let four = Timeline(documents: timeline.documents, actors: timeline.actors, relations: Array(relations.prefix(4)))
        #expect(DOTExporter.export(four).contains("label=\"consult ×6\\naid ×5\\naccuse ×4\\nthreaten ×3\""), "four kinds fit")
    }

    @Test func edgesCarryEvidenceLinksAndClaimStyle() {
        let dot = DOTExporter.export(SampleTimeline.timeline)
        #expect(dot.contains("URL=\"https://youtu.be/emFMpWaNZ1w?t=793\""))
        #expect(dot.contains("style=\"dashed\""), "a relation resting only on a claim is dashed")
        #expect(dot.contains("“Russia is reportedly withdrawing support.”"))
        #expect(dot.contains("subgraph \"cluster_legend\""))
        let people = DOTExporter.export(SampleTimeline.timeline, options: GraphOptions(people: true))
        #expect(!people.contains("person:"), "no people in the sample")
    }

    @Test(arguments: [
        ("https://example.org/a?b=1&c=\"x\"<y>", "https://example.org/a?b=1&c=%22x%22%3Cy%3E"),
        ("javascript:alert(1)", nil), ("JavaScript:alert(1)", nil), ("data:text/html,<b>", nil), ("file:///etc/passwd", nil),
        ("//evil.example/x", nil), ("../corpus/a b.txt", "../corpus/a%20b.txt"), ("http://x.org/ü", "http://x.org/%C3%BC"),
        // Nothing that could end a Markdown `[text](url)` early or open another link.
        ("https://x.org/?q=1)x[x](data:z)", "https://x.org/?q=1%29x%5Bx%5D%28data:z%29"), ("a`b'c d\u{1}", "a%60b%27c%20d%01"),
        ("http://[::1]:8080/a[b]", "http://[::1]:8080/a%5Bb%5D"), ("https://[fe80::1]", "https://[fe80::1]"), ("x/y://[::1]", "x/y://%5B::1%5D"),
        // White space around is trimmed (ASCII, and beyond it), a scheme is read in any case, a colon after a slash is no scheme.
        ("  http://x.org/a \r\n", "http://x.org/a"), (" \t\u{B}\u{C}", nil), ("\u{A0}https://x.org/\u{2028}", "https://x.org/"),
        ("HTTPS://X.org/A", "HTTPS://X.org/A"), (" mailto:a@b.org", nil), ("a/b:c", "a/b:c"), ("a?b:c#d", "a?b:c#d"), ("", nil),
    ])
    func linksAreHTTPOrRelativeAndEncoded(url: String, expected: String?) {
        #expect(LinkPolicy.safeURL(url) == expected)
    }
}
