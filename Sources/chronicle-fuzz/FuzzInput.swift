import ChronicleExport
import ChronicleModel

/// One fuzz input: its first byte says how to read the rest, which is the file itself.
///
/// First byte, from the low bits up:
/// - bits 0-1, the file name, hence the reader: `fuzz.txt`, `fuzz.md`, `fuzz.html`, or
///   `2023-10-09-fuzz` (no extension: the format is sniffed, and the name carries a date);
/// - bits 2-4, the publication date given as `--date`: none, 2023-11-06, 2024-02-29, 2000-01-01,
///   0001-01-01, 9999-12-31, 1970-01-01, none (the first and last days `--date` accepts are there
///   on purpose: arithmetic on them must not leave the calendar);
/// - bit 5, graph options: people drawn and links to sources (`--people`, a source link base);
/// - bits 6-7: unused.
struct FuzzInput: Sendable {
    static let paths = ["fuzz.txt", "fuzz.md", "fuzz.html", "2023-10-09-fuzz"]
    static let dates: [CalendarDay?] = [
        nil, CalendarDay(iso: "2023-11-06"), CalendarDay(iso: "2024-02-29"), CalendarDay(iso: "2000-01-01"),
        CalendarDay(iso: "0001-01-01"), CalendarDay(iso: "9999-12-31"), CalendarDay(iso: "1970-01-01"), nil,
    ]

    var path: String
    var defaultDate: CalendarDay?
    var graph: GraphOptions
    /// The file's bytes, as if read from disk.
    var bytes: [UInt8]

    /// Nil for an empty input: there is no selector byte to read.
    init?(_ data: some Collection<UInt8>) {
        guard let selector = data.first else { return nil }
        path = FuzzInput.paths[Int(selector & 0b11)]
        defaultDate = FuzzInput.dates[Int((selector >> 2) & 0b111)]
        graph = selector & 0b10_0000 != 0 ? GraphOptions(people: true, sourceLinkBase: "../") : GraphOptions()
        bytes = Array(data.dropFirst())
    }
}
