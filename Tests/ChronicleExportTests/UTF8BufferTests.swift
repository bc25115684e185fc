@testable import ChronicleExport
import ChronicleModel
import Testing

struct UTF8BufferTests {
    @Test(arguments: [0, 7, -7, 10, 99, 100, -1000, 1_234_567_890, Int.max, Int.min])
    func numbersAreWrittenAsInterpolationWritesThem(value: Int) {
        var buffer = UTF8Buffer()
        buffer.append("x=")
        buffer.append(value)
        #expect(buffer.string == "x=\(value)")
    }

    /// Appending escaped text gives the bytes the escaper gives, whole or piece by piece.
    @Test(arguments: ["", "plain", "a\u{FFFD}\u{FFFE}b\u{FFFF}\u{1}\t\n\r'<&>\"\u{FFBF}", "\r\n", "&\u{301}<\u{301}", "Россия & إسرائيل",
                      String(repeating: "long text without anything to escape ", count: 40) + "<", "\u{FFFF}"])
    func escapedTextIsTheEscapersBytes(text: String) {
        var buffer = UTF8Buffer()
        buffer.appendXMLText(text)
        #expect(buffer.string == XMLText.text(text))
        var attribute: [UInt8] = []
        XMLText.append(text, attribute: true, to: &attribute)
        #expect(String(decoding: attribute, as: UTF8.self) == XMLText.attribute(text))
        var pieces = UTF8Buffer()
        for character in text { pieces.appendXMLText(String(character)) }
        #expect(pieces.string == buffer.string, "escaping goes character by character")
    }

    @Test func timelineLabelsAreEscapedPieceByPiece() {
        var timeline = SampleTimeline.timeline
        timeline.actors = timeline.actors.map { actor in
            var actor = actor
            if actor.id == .russia { actor.name = "R & <S>" } else if actor.id == "PSE" { actor.name = "\"P\"\r" }
            return actor
        }
        let svg = TimelineSVGExporter.export(timeline)
        #expect(svg.contains(">R &amp; &lt;S&gt; → &quot;P&quot;&#13;: reduce relations<title>"), "\(svg)")
        #expect(svg.contains(">R &amp; &lt;S&gt; → United States: accuse (claim)<title>"))
        #expect(String(decoding: TimelineSVGExporter.exportUTF8(timeline), as: UTF8.self) == svg)
    }
}
