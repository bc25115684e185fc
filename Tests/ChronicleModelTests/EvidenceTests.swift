import ChronicleModel
import Foundation
import Testing

/// Evidence keeps value semantics over its shared storage, encodes as before, and merging picks
/// one item per sentence whatever the order.
struct EvidenceTests {
    static let plain = Evidence(document: "d1", text: "Russia condemned the strike.", byteStart: 10, byteEnd: 38)

    @Test func changingACopyLeavesTheOriginal() {
        var copy = Self.plain
        copy.claim = Claim(claimant: .russia, cue: "alleged")
        copy.person = "Maria Zakharova"
        copy.text = "Changed."
        copy.byteEnd = 99
        #expect(Self.plain.claim == nil && Self.plain.person == nil)
        #expect(Self.plain.text == "Russia condemned the strike." && Self.plain.byteEnd == 38)
        #expect(copy != Self.plain)
        copy.claim = nil
        copy.person = nil
        copy.text = Self.plain.text
        copy.byteEnd = 38
        #expect(copy == Self.plain)
        #expect(copy.hashValue == Self.plain.hashValue)
    }

    @Test(arguments: [
        plain,
        Evidence(document: "d2", text: "Hamas \"alleged\"\n that…", byteStart: 0, byteEnd: 5,
                 media: MediaOffset(offset: "1:05", seconds: 65, url: "https://example.org/v?t=65"),
                 claim: Claim(claimant: nil, cue: "reportedly"), person: "Ismail Haniyeh"),
    ])
    func codableRoundTripKeepsEveryFieldAndOmitsAbsentOnes(evidence: Evidence) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(evidence)
        #expect(try JSONDecoder().decode(Evidence.self, from: data) == evidence)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"media\"") == (evidence.media != nil))
        #expect(text.contains("\"claim\"") == (evidence.claim != nil))
        #expect(text.contains("\"person\"") == (evidence.person != nil))
    }

    /// Several readings of one sentence (with and without a claim, a person, a timestamp) merge to the same one in any order.
    @Test func duplicatesOfOneSentenceMergeToTheSameItemInAnyOrder() {
        var claimed = Self.plain
        claimed.claim = Claim(claimant: .russia, cue: "alleged")
        var otherClaim = Self.plain
        otherClaim.claim = Claim(claimant: nil, cue: "reportedly")
        var spoken = Self.plain
        spoken.person = "Sergei Lavrov"
        let readings = [Self.plain, claimed, otherClaim, spoken]
        func merged(_ order: [Evidence]) -> [Evidence] {
            let parts = order.map { evidence in
                Timeline(relations: [Relation(source: .russia, target: .hamas, kind: .disapprove, evidence: [evidence])])
            }
            return Timeline.merged(parts).relations.first?.evidence ?? []
        }
        let first = merged(readings)
        #expect(first.count == 1)
        #expect(first.first?.claim == Claim(claimant: .russia, cue: "alleged"))
        for shift in 1..<readings.count {
            #expect(merged(Array(readings[shift...] + readings[..<shift])) == first)
            #expect(merged(Array((readings[shift...] + readings[..<shift]).reversed())) == first)
        }
    }
}
