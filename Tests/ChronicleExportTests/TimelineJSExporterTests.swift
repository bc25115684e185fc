@testable import ChronicleExport
import ChronicleModel
import Foundation
import Testing

/// `timelinejs.json` is written by `JSONOutput`; these hold it to what `JSONEncoder` makes of the
/// same slides, whose layout the file kept until then.
struct TimelineJSExporterTests {
    static let hostile = "\"quoted\" \\ back\nnew line\r\n</script><b>&amp;</b> \u{0}\u{1F}\u{7F} \u{202E}rtl \u{2028}\u{2029} \u{1F600} a/b é &\u{301}"

    static func encodedByFoundation(_ timeline: Timeline, title: String?, maximumEvents: Int? = TimelineExtent.defaultMaximumEvents) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(TimelineJSExporter.document(CanonicalTimeline(timeline).timeline, title: title, maximumEvents: maximumEvents))
        data.append(0x0A)
        return data
    }

    @Test func sameBytesAsJSONEncoder() throws {
        var timeline = SampleTimeline.timeline
        #expect(try TimelineJSExporter.export(timeline, title: "Sample") == Self.encodedByFoundation(timeline, title: "Sample"))
        // Hostile text in every field a slide shows: headline, body, group, caption, title.
        timeline.actors[1].name = Self.hostile
        timeline.documents[0].title = Self.hostile
        timeline.documents[1].title = Self.hostile
        timeline.events[0].summary = Self.hostile
        timeline.events[1].summary = Self.hostile
        #expect(try TimelineJSExporter.export(timeline, title: Self.hostile) == Self.encodedByFoundation(timeline, title: Self.hostile))
        // Slides of some of the events, and the title slide saying so.
        #expect(try TimelineJSExporter.export(timeline, title: "Some", maximumEvents: 1) == Self.encodedByFoundation(timeline, title: "Some", maximumEvents: 1))
        // No dated event: an empty list of slides.
        timeline.events = []
        #expect(try TimelineJSExporter.export(timeline, title: nil) == Self.encodedByFoundation(timeline, title: nil))
    }

    @Test func htmlIsEscapedByCodePoint() {
        #expect(TimelineJSExporter.escapeHTML("a&b<c>d\"e") == "a&amp;b&lt;c&gt;d&quot;e")
        #expect(TimelineJSExporter.escapeHTML("<\u{301}x &\u{301}") == "&lt;\u{301}x &amp;\u{301}", "a combining mark does not hide markup")
        #expect(TimelineJSExporter.escapeHTML("plain é") == "plain é")
    }

    @Test func slideIDsKeepASCIILettersAndDigits() {
        #expect(TimelineJSExporter.uniqueID("RUS-accuse-USA-2023-11-06") == "RUS-accuse-USA-2023-11-06")
        #expect(TimelineJSExporter.uniqueID("a_b.c/d@e[f`g{") == "a-b-c-d-e-f-g-")
        #expect(TimelineJSExporter.uniqueID("x\r\ny") == "x-y", "CRLF is one character")
        #expect(TimelineJSExporter.uniqueID("É\u{301}1") == "-1", "beyond ASCII, one hyphen a character")
    }
}
