import ChronicleModel
import Foundation
import Testing

struct RelationKindTests {
    @Test func everyKindHasACAMEORootAndMatchingQuadClass() {
        for kind in RelationKind.allCases {
            let root = Int(kind.cameoRoot)!
            #expect((1...20).contains(root), "\(kind)")
            #expect(kind.cameoRoot.count == 2)
            let expected: QuadClass = root <= 5 ? .verbalCooperation : root <= 8 ? .materialCooperation : root <= 13 ? .verbalConflict : .materialConflict
            #expect(kind.quadClass == expected, "\(kind)")
            #expect((-10...10).contains(kind.goldstein))
        }
    }

    @Test func kindsReadAsWords() {
        #expect(RelationKind.intentToCooperate.words == "intent to cooperate")
        #expect(RelationKind.assault.words == "assault")
        #expect(ActorKind.armedGroup.words == "armed group")
        #expect(ActorKind.allCases.allSatisfy { !$0.words.contains("_") })
    }

    @Test(arguments: [
        (RelationKind.aid, Polarity.cooperative, QuadClass.materialCooperation),
        (.assault, .conflictual, .materialConflict), (.accuse, .conflictual, .verbalConflict),
        (.statement, .neutral, .verbalCooperation), (.appeal, .cooperative, .verbalCooperation),
        (.coerce, .conflictual, .materialConflict),
    ])
    func signsRelations(kind: RelationKind, polarity: Polarity, quadClass: QuadClass) {
        #expect(kind.polarity == polarity)
        #expect(kind.quadClass == quadClass)
        let relation = Relation(source: .iran, target: .hamas, kind: kind)
        #expect(relation.polarity == polarity && relation.cameo == kind.cameoRoot)
    }

    @Test func weightCountsDistinctSentences() {
        let sentence = Evidence(document: "a", text: "Iran armed Hamas.", byteStart: 0, byteEnd: 17)
        let other = Evidence(document: "b", text: "Iran armed Hamas.", byteStart: 0, byteEnd: 17)
        let relation = Relation(source: .iran, target: .hamas, kind: .aid, evidence: [sentence, sentence, other])
        #expect(relation.weight == 2)
    }

    @Test func identifiersEncodeAsBareStrings() throws {
        let data = try JSONEncoder().encode([ActorID.russia, ActorID("HAMAS")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"RUS\",\"HAMAS\"]")
        #expect(try JSONDecoder().decode([ActorID].self, from: data) == [.russia, .hamas])
    }
}
