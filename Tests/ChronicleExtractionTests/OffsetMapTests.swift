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
}
