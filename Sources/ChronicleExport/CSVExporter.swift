import ChronicleModel

/// `relations.csv` and `events.csv` for spreadsheets: RFC 4180 quoting, and cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
/// prefixed with `'`.
public enum CSVExporter {
    public static func relations(_ timeline: Timeline) -> String {
        String(decoding: relationsUTF8(timeline), as: UTF8.self)
    }

    /// `relations.csv` as the UTF-8 bytes a file takes.
    public static func relationsUTF8(_ timeline: Timeline) -> [UInt8] {
        relationsUTF8(CanonicalTimeline(timeline))
    }

    package static func relationsUTF8(_ canonical: CanonicalTimeline) -> [UInt8] {
        UTF8Buffer.bytes(capacity: 200 * (canonical.timeline.relations.count + 1)) { writeRelations(canonical, into: &$0) }
    }

    /// `relations.csv` handed to `sink` a megabyte at a time, as `build` writes it.
    package static func writeRelations(_ canonical: CanonicalTimeline, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try UTF8Buffer.write(to: sink) { writeRelations(canonical, into: &$0) }
    }

    private static func writeRelations(_ canonical: CanonicalTimeline, into buffer: inout UTF8Buffer) {
        let timeline = canonical.timeline
        let names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        var table = CSVTable(header: ["source", "source_name", "target", "target_name", "kind", "cameo", "quad_class", "polarity", "goldstein",
                                      "weight", "first_seen", "last_seen", "standing", "claim", "evidence", "document", "byte_start", "byte_end"],
                             into: &buffer)
        defer { table.finish(into: &buffer) }
        for relation in timeline.relations {
            let evidence = relation.evidence.first
            table.cells(relation.source.rawValue, names[relation.source] ?? "", relation.target.rawValue, names[relation.target] ?? "",
                        relation.kind.rawValue, relation.cameo, String(relation.quadClass.rawValue), relation.polarity.rawValue,
                        String(relation.goldstein))
            table.cell(relation.weight)
            table.cells(relation.firstSeen ?? "", relation.lastSeen ?? "", relation.standing == true ? "true" : "false",
                        relation.evidence.allSatisfy { $0.claim != nil } ? "true" : "false", evidence?.text ?? "", evidence?.document.rawValue ?? "")
            table.cell(evidence?.byteStart)
            table.cell(evidence?.byteEnd)
            table.endRow()
        }
    }

    public static func events(_ timeline: Timeline) -> String {
        String(decoding: eventsUTF8(timeline), as: UTF8.self)
    }

    /// `events.csv` as the UTF-8 bytes a file takes.
    public static func eventsUTF8(_ timeline: Timeline) -> [UInt8] {
        eventsUTF8(CanonicalTimeline(timeline))
    }

    package static func eventsUTF8(_ canonical: CanonicalTimeline) -> [UInt8] {
        UTF8Buffer.bytes(capacity: 200 * (canonical.timeline.events.count + 1)) { writeEvents(canonical, into: &$0) }
    }

    /// `events.csv` handed to `sink` a megabyte at a time, as `build` writes it.
    package static func writeEvents(_ canonical: CanonicalTimeline, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try UTF8Buffer.write(to: sink) { writeEvents(canonical, into: &$0) }
    }

    private static func writeEvents(_ canonical: CanonicalTimeline, into buffer: inout UTF8Buffer) {
        let timeline = canonical.timeline
        var table = CSVTable(header: ["id", "date", "precision", "modifier", "status", "date_text", "source", "target", "kind", "cameo",
                                      "quad_class", "summary", "claim", "claimant", "evidence", "document", "byte_start", "byte_end", "media"],
                             into: &buffer)
        defer { table.finish(into: &buffer) }
        for event in timeline.events {
            let evidence = event.evidence.first
            table.cells(event.id.rawValue, event.date.value, event.date.precision.rawValue, event.date.modifier?.rawValue ?? "",
                        event.date.status?.rawValue ?? "", event.date.text ?? "", event.source?.rawValue ?? "", event.target?.rawValue ?? "",
                        event.kind.rawValue, event.cameo, String(event.quadClass.rawValue), event.summary,
                        evidence?.claim?.cue ?? "", evidence?.claim?.claimant?.rawValue ?? "", evidence?.text ?? "", evidence?.document.rawValue ?? "")
            table.cell(evidence?.byteStart)
            table.cell(evidence?.byteEnd)
            table.cells(evidence?.media?.url ?? "")
            table.endRow()
        }
    }

    /// A table in bytes, as the cells come: building rows of `String`s and joining them cost more
    /// than the cells themselves.
    private struct CSVTable {
        private var buffer = UTF8Buffer()
        private var atRowStart = true

        /// A table written into `buffer`, which it holds until `finish` gives it back (swapped,
        /// not copied: a copy would share the bytes, and the first cell would copy them all).
        init(header: [String], into buffer: inout UTF8Buffer) {
            swap(&self.buffer, &buffer)
            for name in header { cells(name) }
            endRow()
        }

        mutating func finish(into buffer: inout UTF8Buffer) {
            swap(&self.buffer, &buffer)
        }

        mutating func cells(_ texts: String...) {
            for text in texts {
                separate()
                CSVExporter.appendCell(text, to: &buffer)
            }
        }

        /// A number, or an empty cell for nil: digits need neither quotes nor defusing.
        mutating func cell(_ number: Int?) {
            separate()
            if let number { buffer.append(number) }
        }

        mutating func endRow() {
            buffer.append("\r\n")
            atRowStart = true
            buffer.flushIfFull()
        }

        private mutating func separate() {
            if !atRowStart { buffer.append(",") }
            atRowStart = false
        }
    }

    /// One cell: defused against formulas (numbers such as `-4.0` stay numbers), then quoted when it
    /// holds a comma, quote or line break. Decided on UTF-8 bytes, never by Swift `Character`:
    /// `"\r\n"` is one Character, and so is `,` or `"` followed by a combining mark, yet a CSV reader
    /// sees the comma, quote or line break all the same.
    ///
    /// Only the start of the cell is defused: a spreadsheet runs a formula only when the whole cell
    /// starts with one, and a line break inside a quoted cell stays inside that cell.
    public static func cell(_ text: String) -> String {
        var buffer = UTF8Buffer()
        appendCell(text, to: &buffer)
        return buffer.string
    }

    /// `cell(text)` appended to `buffer`.
    static func appendCell(_ text: String, to buffer: inout UTF8Buffer) {
        // One look at the bytes decides both questions; most cells need neither and go over as they are.
        text.withUTF8Lent { bytes in
            let defused = bytes.first.map { formulaStarts.contains($0) } == true && Double(text) == nil
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes { buffer.append("\"") }
            if defused { buffer.append("'") }
            guard needsQuotes else {
                buffer.append(bytes: bytes)
                return
            }
            // Each quote doubled.
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
                buffer.append(bytes: UnsafeBufferPointer(rebasing: bytes[start...index]))
                buffer.append("\"")
                start = index + 1
            }
            buffer.append(bytes: UnsafeBufferPointer(rebasing: bytes[start...]))
            buffer.append("\"")
        }
    }

    /// The first bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, carriage return.
    private static let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
}
