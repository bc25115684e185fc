@testable import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing

/// `ModelJSONReader` reads timelines without `Codable`; wherever it reads, it must read what
/// `JSONDecoder` reads, and where it is not sure, it must leave the text to `JSONDecoder`.
struct ModelJSONReaderTests {
    static func read(_ data: Data) -> Timeline? {
        data.withUnsafeBytes { ModelJSONReader.timeline($0.bindMemory(to: UInt8.self)) }
    }

    /// Every hostile string (escapes, control characters, surrogate pairs, noncharacters, combining
    /// marks), pretty and compact, as Chronicle writes them.
    @Test func readsWhatJSONDecoderReadsFromWhatChronicleWrites() throws {
        var random = SplitMix64(seed: 0x5EED)
        for index in 0..<150 {
            var timeline = HostileSample(index: index, random: &random).timeline
            if index % 3 == 0, !timeline.relations.isEmpty {
                timeline.relations[0].goldstein = [-0.0, 7.5, -10, 2.8, 0.1][index % 5]
            }
            for data in [try TimelineJSON.encode(timeline), try TimelineJSON.encodeLines([timeline])] {
                let expected = try JSONDecoder().decode(Timeline.self, from: data)
                let read = try #require(Self.read(data), "case \(index): the reader gave up on what Chronicle wrote")
                #expect(read == expected, "case \(index)")
                #expect(read.relations.map(\.goldstein.sign) == expected.relations.map(\.goldstein.sign))
            }
        }
    }

    /// Texts it must not read itself, and what `TimelineJSON.decode` then does with them: the same as `JSONDecoder`.
    @Test(arguments: [
        (#""schemaVersion":1"#, #""schemaVersion":1,"extra":[1,{"a":null}]"#),  // a member the model does not have
        (#""schemaVersion":1"#, #""schemaVersion":1,"schemaVersion":1"#),  // a member given twice
        (#""schemaVersion":1"#, #""schemaVersion":1.0"#),  // a whole number with a fraction
        (#""schemaVersion":1"#, #""schemaVersion":1e0"#),
        (#""schemaVersion":1"#, #""schemaVersion":01"#),  // not JSON
        (#""cameo":"11","#, ""),  // a field missing
        (#""cameo":"11""#, #""cameo":null"#),  // null for a field that must be there
        (#""text":"Moscow"#, #""text":"Mos\xcow"#),  // an escape JSON does not have
        (#""text":"Moscow"#, #""text":"\ud800Moscow"#),  // a lone surrogate
        (#""cue":"said""#, #""cue":"sa\u0069d""#),  // an escape it reads: the same value
        (#""cue":"said""#, #""c\u0075e":"said""#),  // an escape in a key, which it compares as bytes
        (#""summary":"#, #""summary" :  "#),  // spacing
    ] as [(String, String)])
    func leavesToJSONDecoderWhatItIsNotSureOf(replacing: String, with replacement: String) throws {
        let original = String(decoding: try TimelineJSON.encodeLines([SampleTimeline.timeline]), as: UTF8.self)
        #expect(original.contains(replacing))
        let data = Data(original.replacingOccurrences(of: replacing, with: replacement).utf8)
        let readable = replacement == #""cue":"sa\u0069d""# || replacing == #""summary":"#
        #expect((Self.read(data) != nil) == readable)
        let decoded = Result { try JSONDecoder().decode(Timeline.self, from: data) }
        switch decoded {
        case .success(let expected):
            #expect(try TimelineJSON.decode(data) == expected)
        case .failure:
            #expect(throws: (any Error).self) { try TimelineJSON.decode(data) }
        }
    }

    /// Every cut and every changed byte of a line: no crash, and whatever the reader reads is what
    /// `JSONDecoder` reads from the same bytes.
    @Test func cutOrChangedTextIsReadAsJSONDecoderReadsItOrNotAtAll() throws {
        let line = Array(try TimelineJSON.encodeLines([SampleTimeline.timeline]))
        for length in 0..<line.count - 1 {
            #expect(Self.read(Data(line[..<length])) == nil, "cut at \(length)")
        }
        for position in line.indices {
            for replacement in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "}"), UInt8(ascii: "1"), UInt8(ascii: " "), 0x00, 0xC3] {
                var changed = line
                changed[position] = replacement
                let data = Data(changed)
                guard let read = Self.read(data) else { continue }
                #expect(read == (try? JSONDecoder().decode(Timeline.self, from: data)), "byte \(position) as \(replacement)")
            }
        }
    }

    @Test func bytesThatAreNotUTF8AreLeftToJSONDecoder() throws {
        var bytes = Array(try TimelineJSON.encodeLines([SampleTimeline.timeline]))
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "M")))
        bytes[at] = 0xFF
        #expect(Self.read(Data(bytes)) == nil)
        #expect(throws: (any Error).self) { try TimelineJSON.decode(Data(bytes)) }
    }
}
