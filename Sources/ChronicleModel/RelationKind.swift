/// Chronicle's relation vocabulary, each kind tied to a CAMEO root code.
///
/// CAMEO is the event scheme behind GDELT, ICEWS and Phoenix; keeping its root codes,
/// QuadClasses and Goldstein values lets Chronicle's output sit beside those data sets.
public enum RelationKind: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case statement
    case appeal
    case intentToCooperate = "intent_to_cooperate"
    case consult
    case diplomaticCooperation = "diplomatic_cooperation"
    case materialCooperation = "material_cooperation"
    case aid
    case yield
    case investigate
    case demand
    case disapprove
    case accuse
    case reject
    case threaten
    case protest
    case militaryPosture = "military_posture"
    case reduceRelations = "reduce_relations"
    case coerce
    case assault
    case fight
    case massViolence = "mass_violence"

    /// The two-digit CAMEO root code.
    public var cameoRoot: String {
        switch self {
        case .statement: "01"
        case .appeal: "02"
        case .intentToCooperate: "03"
        case .consult: "04"
        case .diplomaticCooperation: "05"
        case .materialCooperation: "06"
        case .aid: "07"
        case .yield: "08"
        case .investigate: "09"
        case .demand: "10"
        case .disapprove, .accuse: "11"
        case .reject: "12"
        case .threaten: "13"
        case .protest: "14"
        case .militaryPosture: "15"
        case .reduceRelations: "16"
        case .coerce: "17"
        case .assault: "18"
        case .fight: "19"
        case .massViolence: "20"
        }
    }

    /// The kind as words for people: "intent to cooperate".
    public var words: String { RelationKind.wordsByKind[self]! }

    /// Every kind's words, made once: exporters ask for them for every relation and event they
    /// write, and making them character by character cost 4,500 instructions each time.
    private static let wordsByKind: [RelationKind: String] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, String(decoding: $0.rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)) })

    /// GDELT's QuadClass for the root: 01-05 verbal cooperation, 06-08 material cooperation,
    /// 09-13 verbal conflict, 14-20 material conflict.
    public var quadClass: QuadClass {
        switch Int(cameoRoot)! {
        case 1...5: .verbalCooperation
        case 6...8: .materialCooperation
        case 9...13: .verbalConflict
        default: .materialConflict
        }
    }

    /// The Goldstein (1992) conflict-cooperation score of the CAMEO root code (-10 ... +10).
    /// `accuse` uses CAMEO 112 ("accuse, not specified").
    public var goldstein: Double {
        switch self {
        case .statement: 0.0
        case .appeal: 3.0
        case .intentToCooperate: 4.0
        case .consult: 1.0
        case .diplomaticCooperation: 3.5
        case .materialCooperation: 6.0
        case .aid: 7.0
        case .yield: 5.0
        case .investigate: -2.0
        case .demand: -5.0
        case .disapprove: -2.0
        case .accuse: -2.0
        case .reject: -4.0
        case .threaten: -6.0
        case .protest: -6.5
        case .militaryPosture: -7.2
        case .reduceRelations: -4.0
        case .coerce: -7.0
        case .assault: -9.0
        case .fight: -10.0
        case .massViolence: -10.0
        }
    }

    public var polarity: Polarity {
        if goldstein > 0 { return .cooperative }
        if goldstein < 0 { return .conflictual }
        return .neutral
    }

    /// A verb phrase for summaries: "Russia *criticises* the United States".
    public var phrase: String {
        switch self {
        case .statement: "comments on"
        case .appeal: "appeals to"
        case .intentToCooperate: "offers to cooperate with"
        case .consult: "holds talks with"
        case .diplomaticCooperation: "cooperates diplomatically with"
        case .materialCooperation: "cooperates materially with"
        case .aid: "supports"
        case .yield: "yields to"
        case .investigate: "investigates"
        case .demand: "makes demands of"
        case .disapprove: "criticises"
        case .accuse: "accuses"
        case .reject: "rejects"
        case .threaten: "threatens"
        case .protest: "protests against"
        case .militaryPosture: "shows military force against"
        case .reduceRelations: "reduces relations with"
        case .coerce: "coerces"
        case .assault: "attacks"
        case .fight: "fights"
        case .massViolence: "commits mass violence against"
        }
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum QuadClass: Int, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    public static func < (lhs: QuadClass, rhs: QuadClass) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum Polarity: String, Hashable, Codable, Sendable, CaseIterable {
    case cooperative, conflictual, neutral
}
