import ChronicleExtraction
import ChronicleModel
import Foundation

/// The line format the TempEval-3 scorer reads: one `{"id","dct","text"}` object per input line,
/// one `{"id","timex":[{"start","end","type","value"}]}` per output line, offsets in Unicode scalars.
public enum TimexJSONLines {
    struct Input: Decodable {
        var id: String
        var dct: String?
        var text: String
    }

    struct Output: Encodable {
        struct Item: Encodable {
            var start: Int
            var end: Int
            var type: String
            var value: String
            var mod: String?
        }

        var id: String
        var timex: [Item]
    }

    public struct LineError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Tags every line of `input`; a line that is not a valid object is an error naming the line.
    public static func tag(_ input: Data) throws -> Data {
        let tagger = TemporalTagger()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        var lineNumber = 0
        for line in input.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !isASCIISpace($0) }) else { continue }
            let record: Input
            do {
                record = try decoder.decode(Input.self, from: Data(line))
            } catch {
                throw LineError(line: lineNumber, reason: "not an object with \"id\" and \"text\": \(error)")
            }
            let dct = record.dct.flatMap { CalendarDay(iso: $0.prefix(10)) }
            let bytes = Array(record.text.utf8)
            let found = tagger.tagText(bytes, dct: dct)
            let scalarOffsets = scalarIndexes(bytes)
            let items = found.map {
                Output.Item(start: scalarOffsets[$0.range.lowerBound], end: scalarOffsets[$0.range.upperBound],
                            type: $0.type.rawValue, value: $0.value, mod: $0.modifier?.rawValue)
            }
            output.append(try encoder.encode(Output(id: record.id, timex: items)))
            output.append(0x0A)
        }
        return output
    }

    /// For each byte offset (and the end), the number of Unicode scalars before it.
    static func scalarIndexes(_ bytes: [UInt8]) -> [Int] {
        var indexes = [Int](repeating: 0, count: bytes.count + 1)
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            indexes[offset] = scalars
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        indexes[bytes.count] = scalars
        // A byte inside a scalar maps to the scalar after it starts; offsets only fall on scalar starts.
        return indexes
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
