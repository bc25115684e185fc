import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct EncodingTests {
    @Test(arguments: [
        ([UInt8](), "empty file"),
        (Array("  \n\n\t ".utf8), "only white space"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "PNG image"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "zip archive"),
        ([0xFF, 0xFE, 0x52, 0x00, 0x75, 0x00], "UTF-16"),
        (Array("text".utf8) + [0, 0, 0] + Array("more".utf8), "NUL byte"),
    ])
    func unreadableFilesGetAClearErrorNamingTheFile(bytes: [UInt8], reason: String) {
        let (document, diagnostics) = analyze(bytes: bytes, name: "input/bad.txt")
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.file == "input/bad.txt")
        #expect(diagnostics.first?.description.contains(reason) == true, "\(diagnostics)")
        #expect(diagnostics.first?.description.hasPrefix("input/bad.txt") == true)
    }

    @Test func invalidUTF8IsReportedWithItsPlaceAndTheRestIsRead() throws {
        let bytes = Array("Line one.\nRussia said ".utf8) + [0xC3, 0x28] + Array(" something. Iran replied.".utf8)
        let (document, diagnostics) = analyze(bytes: bytes)
        let doc = try #require(document)
        let warning = try #require(diagnostics.first { $0.severity == .warning })
        #expect(warning.line == 2 && warning.column == 13)
        #expect(warning.message.contains("invalid UTF-8"))
        #expect(doc.sentenceTexts.last == "Iran replied.")
        let last = doc.evidence(for: doc.sentences.last!)
        #expect(String(decoding: bytes[last.byteStart..<last.byteEnd], as: UTF8.self) == "Iran replied.")
    }

    @Test func byteOrderMarkIsSkippedAndOffsetsStillCountIt() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Russia spoke.".utf8)
        let (document, diagnostics) = analyze(bytes: bytes)
        let doc = try #require(document)
        #expect(diagnostics.map(\.severity) == [.note])
        #expect(doc.evidence(for: doc.sentences[0]).byteStart == 3)
        #expect(doc.sentenceTexts == ["Russia spoke."])
    }

    @Test(arguments: ["\r\n", "\r"])
    func carriageReturnLineEndsReadAsLineBreaks(lineEnd: String) throws {
        let text = " date 2023-11-11 Russia spoke.\(lineEnd)\(lineEnd)Iran replied.\(lineEnd)"
        let bytes = Array(text.utf8)
        let (document, diagnostics) = analyze(bytes: bytes)
        let doc = try #require(document)
        #expect(diagnostics.contains { $0.severity == .note && $0.message.contains("line ends") })
        #expect(doc.document.published == CalendarDay(iso: "2023-11-11"))
        #expect(doc.sentenceTexts == ["Russia spoke.", "Iran replied."])
        for sentence in doc.sentences {
            let evidence = doc.evidence(for: sentence)
            #expect(String(decoding: bytes[evidence.byteStart..<evidence.byteEnd], as: UTF8.self) == evidence.text)
        }
    }

    /// The repair skips ASCII eight bytes at a time: invalid bytes at every offset around those
    /// steps, after ASCII runs of every length, are still each replaced, exactly where the
    /// standard library's decoder finds errors.
    @Test func invalidBytesAreFoundAtEveryAlignment() {
        let faults: [[UInt8]] = [[0xC3, 0x28], [0xFF], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
        for fault in faults {
            for lead in 0..<20 {
                var bytes = Array(String(repeating: "a", count: lead).utf8) + fault + Array("é and text after, eight+ bytes".utf8)
                let expectedInvalid = Self.invalidOffsets(bytes)
                let found = TextEncodingCheck.replaceInvalidUTF8(&bytes, from: 0)
                #expect(found == expectedInvalid, "fault \(fault) after \(lead) bytes")
                #expect(found.allSatisfy { bytes[$0] == UInt8(ascii: "?") })
                #expect(String(validating: bytes, as: UTF8.self) != nil, "fault \(fault) after \(lead) bytes")
            }
        }
    }

    /// Offsets of the bytes the standard library's UTF-8 decoder rejects, one per error it reports
    /// (it resynchronises byte by byte, as the repair does).
    private static func invalidOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var index = 0
        while index < bytes.count {
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                index += UTF8.width(scalar)
            case .error:
                offsets.append(index)
                index += 1
            case .emptyInput:
                index = bytes.count
            }
        }
        return offsets
    }

    /// Lines are found eight bytes at a time where no byte can end one: line ends (LF, CRLF, a
    /// lone CR) at every offset around those steps, next to control bytes and non-ASCII text,
    /// still split exactly as a byte-by-byte reading does.
    @Test func lineEndsAreFoundAtEveryAlignment() {
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrstuvwxyz".utf8), Array("é—\t\u{0B}\u{0C}x".utf8)]
        for filler in fillers {
            for lead in 0..<17 {
                for end in [[UInt8(0x0A)], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0D, 0x0D]] {
                    let text = Array(filler.prefix(lead)) + end + filler + end + Array(filler.prefix(lead % 5))
                    let found = lines(of: text)
                    #expect(found == Self.linesByteByByte(text), "lead \(lead), end \(end)")
                    #expect(lines(of: text, from: 1, to: text.count - 1) == Self.linesByteByByte(text, from: 1, to: text.count - 1))
                }
            }
        }
    }

    private static func linesByteByByte(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> [LineRange] {
        let stop = end ?? bytes.count
        var result: [LineRange] = []
        var lineStart = start
        var index = start
        while index < stop {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                result.append(LineRange(start: lineStart, end: index))
                if bytes[index] == 0x0D, index + 1 < stop, bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < stop { result.append(LineRange(start: lineStart, end: stop)) }
        return result
    }
}
