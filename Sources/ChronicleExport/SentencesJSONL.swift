import ChronicleModel
import Foundation

/// One line of `chronicle sentences`: a sentence as Chronicle segmented it, with its provenance.
public struct SentenceRecord: Codable, Hashable, Sendable {
    public var document: DocumentID
    public var index: Int
    public var role: String
    public var evidence: Evidence
    /// Actors named, as `ID:words`.
    public var actors: [String]?
    /// Time expressions, with their TIMEX3 values.
    public var timex: [TemporalValue]?

    public init(document: DocumentID, index: Int, role: String, evidence: Evidence, actors: [String]? = nil, timex: [TemporalValue]? = nil) {
        self.document = document
        self.index = index
        self.role = role
        self.evidence = evidence
        self.actors = actors
        self.timex = timex
    }
}

/// JSON Lines, one record per line, keys sorted: easy to grep, diff and load elsewhere.
public enum JSONLines {
    public static func encode<Record: Encodable>(_ records: [Record]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for record in records {
            data.append(try encoder.encode(record))
            data.append(0x0A)
        }
        return data
    }
}
