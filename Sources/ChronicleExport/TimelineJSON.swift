import ChronicleModel
import Foundation

/// `timeline.json`: the model's own encoding, with sorted keys and a stable order,
/// so the same result always gives the same bytes.
public enum TimelineJSON {
    public static func encode(_ timeline: Timeline) throws -> Data {
        var canonical = timeline
        canonical.sortCanonically()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(canonical)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Timeline {
        let timeline = try JSONDecoder().decode(Timeline.self, from: data)
        guard timeline.schemaVersion == Timeline.currentSchemaVersion else {
            throw DecodingError.dataCorrupted(.init(codingPath: [],
                debugDescription: "timeline schemaVersion \(timeline.schemaVersion) is not \(Timeline.currentSchemaVersion), the version this Chronicle reads"))
        }
        return timeline
    }
}
