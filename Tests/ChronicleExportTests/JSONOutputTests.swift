@testable import ChronicleExport
import ChronicleTestSupport
import Foundation
import Testing

/// `JSONOutput` writes strings eight bytes at a time, and the last one to seven bytes of a string
/// in one step too; these hold every length and every place of an escape to what `JSONEncoder` writes.
struct JSONOutputTests {
    /// Bytes that need no escape, the ones that do, and characters of two to four bytes.
    static let alphabet: [String] = ["a", "Z", "7", " ", "/", "\u{7F}", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}",
                                     "é", "€", "😀", "\u{2028}"]

    static func encodedByFoundation(_ strings: [String]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(strings))
    }

    static func written(_ strings: [String]) -> [UInt8] {
        // The smallest buffer, so that the output grows often and short runs are written near its end.
        var output = JSONOutput(pretty: false, capacity: 0)
        output.array(strings) { output, string in output.string(string) }
        return Array(output.data)
    }

    @Test func everyLengthAndEscapePlaceIsWrittenAsJSONEncoderWritesIt() throws {
        var random = SplitMix64(seed: 0x15_0E5C)
        var strings: [String] = []
        for length in 0...40 {
            for _ in 0..<60 {
                // Mostly plain letters, so an escape stands at every place of an eight-byte step.
                strings.append((0..<length).map { _ in
                    Int.random(in: 0..<4, using: &random) == 0 ? Self.alphabet.randomElement(using: &random)! : "x"
                }.joined())
            }
        }
        // All in one output, which grows many times from the smallest buffer; on a difference, the
        // first string written otherwise is named, to replay it.
        if Self.written(strings) != (try Self.encodedByFoundation(strings)) {
            let first = try strings.first { Self.written([$0]) != (try Self.encodedByFoundation([$0])) }
            Issue.record("written otherwise than JSONEncoder writes it: \((first ?? "(only together)").debugDescription)")
        }
    }

    @Test func shortRunsKeepTheirBytesAndPadWithSpaces() {
        let bytes: [UInt8] = Array("abcdefg".utf8)
        for count in 1...7 {
            let word = bytes.withUnsafeBufferPointer { JSONOutput.shortRun($0.baseAddress!, count) }
            for lane in 0..<8 {
                let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * lane))
                #expect(byte == (lane < count ? bytes[lane] : 0x20), "count \(count), byte \(lane)")
            }
        }
    }
}
