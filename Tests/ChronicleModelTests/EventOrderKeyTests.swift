import ChronicleTestSupport
import Testing
@testable import ChronicleModel

/// The event order compares packed integers before strings; it must give exactly the order the
/// fields give.
struct EventOrderKeyTests {
    /// The order spelled out field by field, as it read before keys packed their integers.
    static func referenceOrder(_ lhs: EventOrderKey, _ rhs: EventOrderKey) -> Bool {
        switch (TimexOrder.start(of: lhs.value), TimexOrder.start(of: rhs.value)) {
        case let (l?, r?):
            if (l.year, l.month, l.day) != (r.year, r.month, r.day) { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
            if lhs.precisionRank != rhs.precisionRank { return lhs.precisionRank < rhs.precisionRank }
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            return lhs.id < rhs.id
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil):
            if let l = lhs.firstEvidence, let r = rhs.firstEvidence, l != r { return l < r }
            return lhs.id < rhs.id
        }
    }

    /// Dates of every shape, days past any month's end included (the parser takes two digits),
    /// and values with no place on the calendar.
    static let values = [
        "2023-10-07", "2023-10-07T14:00", "2023-10", "2023", "2023-Q4", "2023-W41", "2023-W01", "2024-W53", "2023-SU",
        "2023-10-99", "2023-10-62", "2023-10-61", "2023-10-00", "0000", "9999-12-31", "202", "19", "XXXX-XX-XX", "XXXX-10",
        "PRESENT_REF", "P3D",
    ]

    /// Ids with shared first bytes, shorter than eight bytes, with a NUL, beyond ASCII and
    /// canonically equal spellings.
    static let ids = [
        "russia-attack-ukraine-2023-10-07", "russia-attack-ukraine-2023-10-08", "russia-a", "russia-", "russia", "r",
        "russia-\u{0}x", "russia-\u{0}", "israel-consult-hamas", "bogotá-consult-lima", "bogota\u{301}-consult-lima",
        "bogotá", "zürich-aid-bern", "ßeta", "é", "e\u{301}", "",
    ]

    static func randomKey(_ random: inout SplitMix64) -> EventOrderKey {
        let value = values[Int(random.next() % UInt64(values.count))]
        let id = ids[Int(random.next() % UInt64(ids.count))]
        let evidence: EvidenceKey? = random.next() % 4 == 0 ? nil
            : EvidenceKey(document: DocumentID(["a.txt", "b.txt", "é.txt"][Int(random.next() % 3)]), byteStart: Int(random.next() % 3), byteEnd: 5)
        return EventOrderKey(value: value, id: EventID(id)) { evidence }
    }

    @Test func keysOrderAsTheirFieldsDo() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<20_000 {
            let (a, b) = (Self.randomKey(&random), Self.randomKey(&random))
            #expect((a < b) == Self.referenceOrder(a, b), "\(a.value) \(a.id.rawValue) against \(b.value) \(b.id.rawValue)")
        }
    }

    /// A rank never puts a key after one the fields put after it, for calendar fields anywhere,
    /// in and out of the bits they are packed into.
    @Test func packedRanksNeverContradictTheFields() {
        var random = SplitMix64(seed: 9)
        let edges = [Int.min, -1_000_000, -1, 0, 1, 2, 12, 31, 59, 60, 61, 62, 63, 64, 99, 2_023, 9_999, 1_048_573, 1_048_574, 1_048_575, 1 << 40, Int.max]
        func field() -> Int { random.next() % 2 == 0 ? edges[Int(random.next() % UInt64(edges.count))] : Int(random.next() % 70) }
        for _ in 0..<50_000 {
            let a = (year: field(), month: field(), day: field()), rankA = Int(random.next() % 20)
            let b = (year: field(), month: field(), day: field()), rankB = Int(random.next() % 20)
            let packedA = EventOrderKey.packedRank(start: a, precisionRank: rankA)
            let packedB = EventOrderKey.packedRank(start: b, precisionRank: rankB)
            if packedA < packedB { #expect((a.year, a.month, a.day, rankA) < (b.year, b.month, b.day, rankB), "\(a) \(rankA) against \(b) \(rankB)") }
            if (a.year, a.month, a.day, rankA) == (b.year, b.month, b.day, rankB) { #expect(packedA == packedB) }
        }
        #expect(EventOrderKey.packedRank(start: nil, precisionRank: 0) > EventOrderKey.packedRank(start: (Int.max, Int.max, Int.max), precisionRank: Int.max),
                "undated after every dated key")
    }

    @Test func asciiPrefixesAreTheFirstBytes() {
        #expect(EventOrderKey.asciiPrefix("ab") == 0x6162_0000_0000_0000)
        #expect(EventOrderKey.asciiPrefix("russia-attack") == 0x7275_7373_6961_2D61)
        #expect(EventOrderKey.asciiPrefix("é") == nil)
        #expect(EventOrderKey.asciiPrefix("") == 0)
    }
}
