import ChronicleTestSupport
import Testing
@testable import ChronicleExtraction

struct OffsetMapTests {
    @Test func verbatimRunsShiftAndReplacementsCoverTheirSource() {
        // Source: "ab  &amp; cd" -> clean "ab & cd"
        let source = Array("ab  &amp; cd".utf8)
        var builder = CleanTextBuilder()
        builder.beginBlock(.paragraph)
        builder.appendText(source, 0..<4)
        builder.appendReplacement("&", for: 4..<9)
        builder.appendText(source, 9..<12)
        let built = builder.finish()
        #expect(String(decoding: built.bytes, as: UTF8.self) == "ab & cd")
        #expect(built.map.originalStart(ofClean: 0) == 0)
        #expect(built.map.originalEnd(ofClean: 2) == 2)
        #expect(built.map.originalStart(ofClean: 3) == 4)
        #expect(built.map.originalEnd(ofClean: 4) == 9)
        #expect(built.map.originalStart(ofClean: 5) == 10)
        #expect(built.map.originalEnd(ofClean: 7) == 12)
    }

    @Test func emptyBlocksLeaveNoTrace() {
        let source = Array("one two".utf8)
        var builder = CleanTextBuilder()
        builder.beginBlock(.paragraph)
        builder.appendText(source, 0..<3)
        builder.beginBlock(.heading)
        builder.appendText(Array("   ".utf8), 0..<3)
        builder.beginBlock(.paragraph)
        builder.appendText(source, 4..<7)
        let built = builder.finish()
        #expect(String(decoding: built.bytes, as: UTF8.self) == "one\n\ntwo")
        #expect(built.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(built.map.originalStart(ofClean: 5) == 4)
    }

    /// Random text with every kind of white space, at every offset from the eight-byte steps:
    /// runs of white space fold into one space, the block's edges lose theirs, and every other
    /// clean byte maps back to the same byte of the source.
    @Test func foldedTextMapsEachByteBackToItsSource() {
        let pieces = ["word", "Ab", "x", ".", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2009}", "é", "\u{1}", "—", "2024"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<1_500 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let source = Array(text.utf8)
            var builder = CleanTextBuilder()
            builder.beginBlock(.paragraph)
            builder.appendText(source, 0..<source.count)
            let built = builder.finish()
            let words = text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{1}" })
            #expect(String(decoding: built.bytes, as: UTF8.self) == words.joined(separator: " "), "\(text.debugDescription)")
            for index in built.bytes.indices where built.bytes[index] != 0x20 {
                let original = built.map.originalStart(ofClean: index)
                #expect(original < source.count && source[original] == built.bytes[index], "\(text.debugDescription) at \(index)")
            }
        }
    }
}
