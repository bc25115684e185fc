import ChronicleModel

/// `relations.csv` and `events.csv` for spreadsheets: RFC 4180 quoting, and cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
/// prefixed with `'`.
public enum CSVExporter {
    public static func relations(_ timeline: Timeline) -> String {
        var timeline = timeline
        timeline.sortCanonically()
        let names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        var rows = [["source", "source_name", "target", "target_name", "kind", "cameo", "quad_class", "polarity", "goldstein", "weight",
                     "first_seen", "last_seen", "standing", "claim", "evidence", "document", "byte_start", "byte_end"]]
        for relation in timeline.relations {
            let evidence = relation.evidence.first
            rows.append([
                relation.source.rawValue, names[relation.source] ?? "", relation.target.rawValue, names[relation.target] ?? "",
                relation.kind.rawValue, relation.cameo, String(relation.quadClass.rawValue), relation.polarity.rawValue,
                String(relation.goldstein), String(relation.weight), relation.firstSeen ?? "", relation.lastSeen ?? "",
                relation.standing == true ? "true" : "false", relation.evidence.allSatisfy { $0.claim != nil } ? "true" : "false",
                evidence?.text ?? "", evidence?.document.rawValue ?? "", evidence.map { String($0.byteStart) } ?? "",
                evidence.map { String($0.byteEnd) } ?? "",
            ])
        }
        return table(rows)
    }

    public static func events(_ timeline: Timeline) -> String {
        var timeline = timeline
        timeline.sortCanonically()
        var rows = [["id", "date", "precision", "modifier", "status", "date_text", "source", "target", "kind", "cameo", "quad_class",
                     "summary", "claim", "claimant", "evidence", "document", "byte_start", "byte_end", "media"]]
        for event in timeline.events {
            let evidence = event.evidence.first
            rows.append([
                event.id.rawValue, event.date.value, event.date.precision.rawValue, event.date.modifier?.rawValue ?? "",
                event.date.status?.rawValue ?? "", event.date.text ?? "", event.source?.rawValue ?? "", event.target?.rawValue ?? "",
                event.kind.rawValue, event.cameo, String(event.quadClass.rawValue), event.summary,
                evidence?.claim?.cue ?? "", evidence?.claim?.claimant?.rawValue ?? "", evidence?.text ?? "",
                evidence?.document.rawValue ?? "", evidence.map { String($0.byteStart) } ?? "", evidence.map { String($0.byteEnd) } ?? "",
                evidence?.media?.url ?? "",
            ])
        }
        return table(rows)
    }

    static func table(_ rows: [[String]]) -> String {
        // Joined as bytes: joining `String`s row by row cost more than the cells themselves.
        guard !rows.isEmpty else { return "\r\n" }
        var bytes: [UInt8] = []
        for row in rows {
            for (index, text) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                cell(text).withUTF8Lent { bytes += $0 }
            }
            bytes += [0x0D, 0x0A]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One cell: defused against formulas (numbers such as `-4.0` stay numbers), then quoted when it
    /// holds a comma, quote or line break. Decided on UTF-8 bytes, never by Swift `Character`:
    /// `"\r\n"` is one Character, and so is `,` or `"` followed by a combining mark, yet a CSV reader
    /// sees the comma, quote or line break all the same.
    ///
    /// Only the start of the cell is defused: a spreadsheet runs a formula only when the whole cell
    /// starts with one, and a line break inside a quoted cell stays inside that cell.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.utf8.first, formulaStarts.contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.containsUTF8 { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        // Quoted, each quote doubled.
        return "\"" + value.rewritingUTF8(where: { $0 == UInt8(ascii: "\"") }) { _, _, doubled in
            doubled += [UInt8(ascii: "\""), UInt8(ascii: "\"")]
            return 1
        } + "\""
    }

    /// The first bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, carriage return.
    private static let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}
