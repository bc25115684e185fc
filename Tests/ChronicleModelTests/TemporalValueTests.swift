import ChronicleModel
import Testing

struct TemporalValueTests {
    @Test(arguments: [
        ("2023-10-07", DatePrecision.day), ("2023-10-07T14:30", .day), ("2023-W45", .week), ("2023-WE", .week),
        ("2023-10", .month), ("2023-Q4", .quarter), ("2023-SU", .quarter), ("2023-WI", .quarter), ("2023", .year),
        ("202", .decade), ("XXXX-10", .month), ("XXXX-XX-XX", .day), ("PRESENT_REF", .unknown), ("P2W", .unknown),
        ("2024-H1", .year), ("", .unknown),
    ])
    func readsPrecisionOffTheTimexValue(value: String, precision: DatePrecision) {
        #expect(DatePrecision(timexValue: value) == precision)
        #expect(TemporalValue(value: value).precision == precision)
    }

    @Test(arguments: [("00:13:13", 793), ("13:13", 793), ("1:02:03", 3723), ("125:00:01", 450_001), ("0:00", 0), ("007:05", 425)])
    func readsMediaOffsets(offset: String, seconds: Int) {
        #expect(MediaOffset.seconds(of: offset) == seconds)
    }

    @Test(arguments: ["", "13", "00:61:00", "a:b:c", "1:2:3:4", "00::13", ":13", "13:", "1:234", "1:60", "+1:00", "1:0x",
                      "١:٢٣", "12:34 ", "1.5:00",
                      // Hours beyond what seconds can count: refused, not an arithmetic overflow.
                      "999999999999999999:00:00", "99999999999999999999:00", "153722867280912930:00:00"])
    func rejectsMalformedMediaOffsets(offset: String) {
        #expect(MediaOffset.seconds(of: offset) == nil)
    }
}
