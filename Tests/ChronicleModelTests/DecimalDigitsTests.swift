import ChronicleModel
import Testing

/// The digit reader behind ISO days, TIMEX3 values and the compiled lexicon's line numbers.
struct DecimalDigitsTests {
    static func value(_ text: String, _ range: Range<Int>) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { $0.decimalValue(in: range) }
    }

    @Test func readsDigitsAndRefusesAnythingElse() {
        #expect(Self.value("2023-10-07", 0..<4) == 2023)
        #expect(Self.value("2023-10-07", 5..<7) == 10)
        #expect(Self.value("0007", 0..<4) == 7)
        #expect(Self.value("20a3", 0..<4) == nil)
        #expect(Self.value("2023-10", 3..<6) == nil)  // "3-1"
        #expect(Self.value("12", 0..<3) == nil)  // past the end
        #expect(Self.value("12", 1..<1) == 0)  // nothing read spells zero
        #expect(Self.value(String(repeating: "9", count: 18), 0..<18) == 999_999_999_999_999_999)
        #expect(Self.value(String(repeating: "9", count: 19), 0..<19) == nil)  // could overflow
    }
}
