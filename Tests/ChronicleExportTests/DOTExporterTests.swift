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
