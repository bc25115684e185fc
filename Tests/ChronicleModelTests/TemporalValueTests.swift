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

    @Test(arguments: [("00:13:13", 793), ("13:13", 793), ("1:02:03", 3723)])
    func readsMediaOffsets(offset: String, seconds: Int) {
        #expect(MediaOffset.seconds(of: offset) == seconds)
    }

    @Test(arguments: ["", "13", "00:61:00", "a:b:c", "1:2:3:4", "00::13"])
    func rejectsMalformedMediaOffsets(offset: String) {
        #expect(MediaOffset.seconds(of: offset) == nil)
    }
}
