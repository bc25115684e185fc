import ChronicleModel

/// The length written before each record of a run: four bytes, little-endian.
enum RecordLength {
    static let size = 4

    static func write(_ length: Int, into bytes: inout [UInt8], at offset: Int) {
        for shift in 0..<size { bytes[offset + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift)) }
    }

    static func read(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
}

/// Events and relations in the compact binary form of sorted runs on disk: integers as LEB128
/// varints (zigzag for signed ones), strings as a length and their UTF-8 bytes, optionals behind a
/// presence byte, enumerations by their raw values. Only the process that wrote a run reads it, so
/// the form has no version; it keeps every field, so a record read back equals the one written.
struct SpillEncoder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// A record behind its length (`RecordLength`), so a reader knows how much to load.
    mutating func record(_ write: (inout SpillEncoder) -> Void) {
        let lengthAt = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: RecordLength.size))
        write(&self)
        RecordLength.write(bytes.count - lengthAt - RecordLength.size, into: &bytes, at: lengthAt)
    }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int) {
        unsigned(UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> (Int.bitWidth - 1))))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { text in
            unsigned(UInt64(text.count))
            bytes.append(contentsOf: text)
        }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout SpillEncoder, Value) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        write(&self, value)
    }

    mutating func list<Item>(_ items: [Item], _ write: (inout SpillEncoder, Item) -> Void) {
        unsigned(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    mutating func event(_ event: Event) {
        string(event.id.rawValue)
        date(event.date)
        list(event.actors) { $0.string($1.rawValue) }
        optional(event.source) { $0.string($1.rawValue) }
        optional(event.target) { $0.string($1.rawValue) }
        string(event.kind.rawValue)
        string(event.cameo)
        int(event.quadClass.rawValue)
        string(event.polarity.rawValue)
        string(event.summary)
        list(event.evidence) { $0.evidence($1) }
    }

    mutating func relation(_ relation: Relation) {
        string(relation.source.rawValue)
        string(relation.target.rawValue)
        string(relation.kind.rawValue)
        string(relation.cameo)
        int(relation.quadClass.rawValue)
        string(relation.polarity.rawValue)
        unsigned(relation.goldstein.bitPattern)
        int(relation.weight)
        optional(relation.firstSeen) { $0.string($1) }
        optional(relation.lastSeen) { $0.string($1) }
        optional(relation.standing) { $0.bytes.append($1 ? 1 : 0) }
        list(relation.evidence) { $0.evidence($1) }
    }

    private mutating func date(_ date: TemporalValue) {
        string(date.value)
        string(date.type.rawValue)
        string(date.precision.rawValue)
        optional(date.modifier) { $0.string($1.rawValue) }
        optional(date.text) { $0.string($1) }
        optional(date.status) { $0.string($1.rawValue) }
    }

    private mutating func evidence(_ evidence: Evidence) {
        string(evidence.document.rawValue)
        string(evidence.text)
        int(evidence.byteStart)
        int(evidence.byteEnd)
        optional(evidence.media) {
            $0.string($1.offset)
            $0.int($1.seconds)
            $0.optional($1.url) { $0.string($1) }
        }
        optional(evidence.claim) {
            $0.optional($1.claimant) { $0.string($1.rawValue) }
            $0.string($1.cue)
        }
        optional(evidence.person) { $0.string($1) }
    }
}

/// Reads what `SpillEncoder` wrote, one record's bytes at a time; the bytes must outlive the decoder.
struct SpillDecoder {
    /// The record was cut short or holds a value this process never writes: the file changed under us.
    struct Corrupt: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func unsigned() throws(Corrupt) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Corrupt() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Corrupt) -> Int {
        let raw = try unsigned()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func string() throws(Corrupt) -> String {
        let count = Int(try unsigned())
        guard count <= bytes.count - position else { throw Corrupt() }
        defer { position += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    }

    mutating func byte() throws(Corrupt) -> UInt8 {
        guard position < bytes.count else { throw Corrupt() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func optional<Value>(_ read: (inout SpillDecoder) throws(Corrupt) -> Value) throws(Corrupt) -> Value? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Corrupt()
        }
    }

    mutating func list<Item>(_ read: (inout SpillDecoder) throws(Corrupt) -> Item) throws(Corrupt) -> [Item] {
        let count = Int(try unsigned())
        guard count <= bytes.count - position else { throw Corrupt() }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    mutating func enumeration<Value: RawRepresentable<String>>(_: Value.Type) throws(Corrupt) -> Value {
        guard let value = Value(rawValue: try string()) else { throw Corrupt() }
        return value
    }

    mutating func event() throws(Corrupt) -> Event {
        let id = EventID(try string())
        let date = try date()
        let actors = try list { decoder throws(Corrupt) in ActorID(try decoder.string()) }
        let source = try optional { decoder throws(Corrupt) in ActorID(try decoder.string()) }
        let target = try optional { decoder throws(Corrupt) in ActorID(try decoder.string()) }
        let kind = try enumeration(RelationKind.self)
        let cameo = try string()
        guard let quadClass = QuadClass(rawValue: try int()) else { throw Corrupt() }
        let polarity = try enumeration(Polarity.self)
        let summary = try string()
        let evidence = try list { decoder throws(Corrupt) in try decoder.evidence() }
        var event = Event(id: id, date: date, actors: actors, source: source, target: target, kind: kind, summary: summary, evidence: evidence)
        event.cameo = cameo
        event.quadClass = quadClass
        event.polarity = polarity
        return event
    }

    mutating func relation() throws(Corrupt) -> Relation {
        let source = ActorID(try string())
        let target = ActorID(try string())
        let kind = try enumeration(RelationKind.self)
        let cameo = try string()
        guard let quadClass = QuadClass(rawValue: try int()) else { throw Corrupt() }
        let polarity = try enumeration(Polarity.self)
        let goldstein = Double(bitPattern: try unsigned())
        let weight = try int()
        let firstSeen = try optional { decoder throws(Corrupt) in try decoder.string() }
        let lastSeen = try optional { decoder throws(Corrupt) in try decoder.string() }
        let standing = try optional { decoder throws(Corrupt) in try decoder.byte() != 0 }
        let evidence = try list { decoder throws(Corrupt) in try decoder.evidence() }
        var relation = Relation(source: source, target: target, kind: kind, weight: weight, firstSeen: firstSeen, lastSeen: lastSeen,
                                standing: standing, evidence: evidence)
        relation.cameo = cameo
        relation.quadClass = quadClass
        relation.polarity = polarity
        relation.goldstein = goldstein
        return relation
    }

    // MARK: Keys: what putting a record in order needs, read without making the record

    /// The order key of the event whose record this is, read no further into it than the key needs:
    /// its id and date value, and for an undated event where its first evidence stands.
    mutating func eventKey() throws(Corrupt) -> EventOrderKey {
        let id = EventID(try string())
        let value = try string()
        var failure: Corrupt?
        let key = EventOrderKey(value: value, id: id) {
            do throws(Corrupt) {
                return try firstEvidenceKeyAfterDateValue()
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return key
    }

    /// The key of the relation whose record this is: its source, target and kind, read first.
    mutating func relationKey() throws(Corrupt) -> Timeline.RelationKey {
        let source = ActorID(try string())
        let target = ActorID(try string())
        return Timeline.RelationKey(source: source, target: target, kind: try enumeration(RelationKind.self))
    }

    /// From just after an event's date value, in the order `SpillEncoder.event` writes: skips to the
    /// evidence and reads where the first item stands.
    private mutating func firstEvidenceKeyAfterDateValue() throws(Corrupt) -> EvidenceKey? {
        try skipString()  // the date's type
        try skipString()  // its precision
        for _ in 0..<3 { try skipOptionalString() }  // its modifier, text and status
        for _ in 0..<Int(try unsigned()) { try skipString() }  // actors
        try skipOptionalString()  // source
        try skipOptionalString()  // target
        try skipString()  // kind
        try skipString()  // CAMEO code
        _ = try unsigned()  // quad class
        try skipString()  // polarity
        try skipString()  // summary
        guard try unsigned() > 0 else { return nil }
        let document = DocumentID(try string())
        try skipString()  // the sentence
        let byteStart = try int()
        return EvidenceKey(document: document, byteStart: byteStart, byteEnd: try int())
    }

    private mutating func skipString() throws(Corrupt) {
        let count = Int(try unsigned())
        guard count <= bytes.count - position else { throw Corrupt() }
        position += count
    }

    private mutating func skipOptionalString() throws(Corrupt) {
        switch try byte() {
        case 0: return
        case 1: try skipString()
        default: throw Corrupt()
        }
    }

    private mutating func date() throws(Corrupt) -> TemporalValue {
        let value = try string()
        let type = try enumeration(TimexType.self)
        let precision = try enumeration(DatePrecision.self)
        let modifier = try optional { decoder throws(Corrupt) in try decoder.enumeration(TimexModifier.self) }
        let text = try optional { decoder throws(Corrupt) in try decoder.string() }
        let status = try optional { decoder throws(Corrupt) in try decoder.enumeration(DateStatus.self) }
        return TemporalValue(value: value, type: type, precision: precision, modifier: modifier, text: text, status: status)
    }

    private mutating func evidence() throws(Corrupt) -> Evidence {
        let document = DocumentID(try string())
        let text = try string()
        let byteStart = try int()
        let byteEnd = try int()
        let media = try optional { decoder throws(Corrupt) in
            MediaOffset(offset: try decoder.string(), seconds: try decoder.int(), url: try decoder.optional { decoder throws(Corrupt) in try decoder.string() })
        }
        let claim = try optional { decoder throws(Corrupt) in
            let claimant = try decoder.optional { decoder throws(Corrupt) in ActorID(try decoder.string()) }
            return Claim(claimant: claimant, cue: try decoder.string())
        }
        let person = try optional { decoder throws(Corrupt) in try decoder.string() }
        return Evidence(document: document, text: text, byteStart: byteStart, byteEnd: byteEnd, media: media, claim: claim, person: person)
    }
}
