import ChronicleModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the model back from JSON without `Codable`, for `chronicle merge`, which decodes every line
/// a shard wrote: through `JSONDecoder` that took 91% of a merge, 358 instructions a byte.
///
/// It reads only what it is sure `JSONDecoder` reads to the same values: every member one the model
/// has, given once, of its type; strings of valid UTF-8 with JSON's escapes; whole numbers where the
/// model has an `Int`. Anything else (a member it does not know, one missing, a number written
/// `1.0`, broken JSON) makes it give up, and the caller decodes with `JSONDecoder`, which reads it
/// the same way or says what is wrong. What Chronicle writes, it reads.
struct ModelJSONReader {
    /// Not read here: left to `JSONDecoder`.
    struct Unsure: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The timeline in `bytes`, which must hold it and nothing else; nil where `JSONDecoder` must judge.
    static func timeline(_ bytes: UnsafeBufferPointer<UInt8>) -> Timeline? {
        whole(bytes) { try $0.timeline() }
    }

    static func document(_ bytes: UnsafeBufferPointer<UInt8>) -> Document? { whole(bytes) { try $0.document() } }
    static func actor(_ bytes: UnsafeBufferPointer<UInt8>) -> Actor? { whole(bytes) { try $0.actor() } }
    static func event(_ bytes: UnsafeBufferPointer<UInt8>) -> Event? { whole(bytes) { try $0.event() } }
    static func relation(_ bytes: UnsafeBufferPointer<UInt8>) -> Relation? { whole(bytes) { try $0.relation() } }

    private static func whole<Value>(_ bytes: UnsafeBufferPointer<UInt8>, _ read: (inout ModelJSONReader) throws -> Value) -> Value? {
        var reader = ModelJSONReader(bytes)
        do {
            let value = try read(&reader)
            reader.skipSpace()
            return reader.position == bytes.count ? value : nil
        } catch {
            return nil
        }
    }

    // MARK: The model

    private mutating func timeline() throws -> Timeline {
        var schemaVersion: Int?, documents: [Document]?, actors: [Actor]?, relations: [Relation]?, events: [Event]?
        try object { reader, key throws in
            switch key {
            case "schemaVersion": try setOnce(&schemaVersion) { try reader.int() }
            case "documents": try setOnce(&documents) { try reader.array { try $0.document() } }
            case "actors": try setOnce(&actors) { try reader.array { try $0.actor() } }
            case "relations": try setOnce(&relations) { try reader.array { try $0.relation() } }
            case "events": try setOnce(&events) { try reader.array { try $0.event() } }
            default: throw Unsure()
            }
        }
        guard let schemaVersion, let documents, let actors, let relations, let events else { throw Unsure() }
        var timeline = Timeline(unsortedDocuments: documents, actors: actors, relations: relations, events: events)
        timeline.schemaVersion = schemaVersion
        return timeline
    }

    private mutating func document() throws -> Document {
        var id: String?, source: String?, format: DocumentFormat?
        var title: String??, published: CalendarDay??, publishedFrom: PublicationDateSource??, url: String??, videoID: String??
        try object { reader, key throws in
            switch key {
            case "id": try setOnce(&id) { try reader.string() }
            case "source": try setOnce(&source) { try reader.string() }
            case "format": try setOnce(&format) { try reader.enumeration() }
            case "title": try setOnce(&title) { try reader.optional { try $0.string() } }
            case "published": try setOnce(&published) { try reader.optional { try $0.calendarDay() } }
            case "publishedFrom": try setOnce(&publishedFrom) { try reader.optional { try $0.enumeration() } }
            case "url": try setOnce(&url) { try reader.optional { try $0.string() } }
            case "videoId": try setOnce(&videoID) { try reader.optional { try $0.string() } }
            default: throw Unsure()
            }
        }
        guard let id, let source, let format else { throw Unsure() }
        return Document(id: DocumentID(id), source: source, title: title ?? nil, published: published ?? nil,
                        publishedFrom: publishedFrom ?? nil, url: url ?? nil, videoID: videoID ?? nil, format: format)
    }

    private mutating func actor() throws -> Actor {
        var id: String?, name: String?, kind: ActorKind?, aliases: [String]?, mentions: Int?, people: [String]??
        try object { reader, key throws in
            switch key {
            case "id": try setOnce(&id) { try reader.string() }
            case "name": try setOnce(&name) { try reader.string() }
            case "kind": try setOnce(&kind) { try reader.enumeration() }
            case "aliases": try setOnce(&aliases) { try reader.array { try $0.string() } }
            case "mentions": try setOnce(&mentions) { try reader.int() }
            case "people": try setOnce(&people) { try reader.optional { try $0.array { try $0.string() } } }
            default: throw Unsure()
            }
        }
        guard let id, let name, let kind, let aliases, let mentions else { throw Unsure() }
        return Actor(id: ActorID(id), name: name, kind: kind, aliases: aliases, mentions: mentions, people: people ?? nil)
    }

    private mutating func event() throws -> Event {
        var id: String?, date: TemporalValue?, actors: [String]?, kind: RelationKind?, cameo: String?
        var quadClass: QuadClass?, polarity: Polarity?, summary: String?, evidence: [Evidence]?
        var source: String??, target: String??
        try object { reader, key throws in
            switch key {
            case "id": try setOnce(&id) { try reader.string() }
            case "date": try setOnce(&date) { try reader.temporalValue() }
            case "actors": try setOnce(&actors) { try reader.array { try $0.string() } }
            case "source": try setOnce(&source) { try reader.optional { try $0.string() } }
            case "target": try setOnce(&target) { try reader.optional { try $0.string() } }
            case "kind": try setOnce(&kind) { try reader.enumeration() }
            case "cameo": try setOnce(&cameo) { try reader.string() }
            case "quadClass": try setOnce(&quadClass) { try reader.quadClass() }
            case "polarity": try setOnce(&polarity) { try reader.enumeration() }
            case "summary": try setOnce(&summary) { try reader.string() }
            case "evidence": try setOnce(&evidence) { try reader.array { try $0.evidence() } }
            default: throw Unsure()
            }
        }
        guard let id, let date, let actors, let kind, let cameo, let quadClass, let polarity, let summary, let evidence else { throw Unsure() }
        var event = Event(id: EventID(id), date: date, actors: actors.map { ActorID($0) }, source: (source ?? nil).map { ActorID($0) },
                          target: (target ?? nil).map { ActorID($0) }, kind: kind, summary: summary, evidence: evidence)
        event.cameo = cameo
        event.quadClass = quadClass
        event.polarity = polarity
        return event
    }

    private mutating func relation() throws -> Relation {
        var source: String?, target: String?, kind: RelationKind?, cameo: String?, quadClass: QuadClass?, polarity: Polarity?
        var goldstein: Double?, weight: Int?, evidence: [Evidence]?
        var firstSeen: String??, lastSeen: String??, standing: Bool??
        try object { reader, key throws in
            switch key {
            case "source": try setOnce(&source) { try reader.string() }
            case "target": try setOnce(&target) { try reader.string() }
            case "kind": try setOnce(&kind) { try reader.enumeration() }
            case "cameo": try setOnce(&cameo) { try reader.string() }
            case "quadClass": try setOnce(&quadClass) { try reader.quadClass() }
            case "polarity": try setOnce(&polarity) { try reader.enumeration() }
            case "goldstein": try setOnce(&goldstein) { try reader.double() }
            case "weight": try setOnce(&weight) { try reader.int() }
            case "firstSeen": try setOnce(&firstSeen) { try reader.optional { try $0.string() } }
            case "lastSeen": try setOnce(&lastSeen) { try reader.optional { try $0.string() } }
            case "standing": try setOnce(&standing) { try reader.optional { try $0.bool() } }
            case "evidence": try setOnce(&evidence) { try reader.array { try $0.evidence() } }
            default: throw Unsure()
            }
        }
        guard let source, let target, let kind, let cameo, let quadClass, let polarity, let goldstein, let weight, let evidence
        else { throw Unsure() }
        var relation = Relation(source: ActorID(source), target: ActorID(target), kind: kind, weight: weight, firstSeen: firstSeen ?? nil,
                                lastSeen: lastSeen ?? nil, standing: standing ?? nil, evidence: evidence)
        relation.cameo = cameo
        relation.quadClass = quadClass
        relation.polarity = polarity
        relation.goldstein = goldstein
        return relation
    }

    private mutating func temporalValue() throws -> TemporalValue {
        var value: String?, type: TimexType?, precision: DatePrecision?
        var modifier: TimexModifier??, text: String??, status: DateStatus??
        try object { reader, key throws in
            switch key {
            case "value": try setOnce(&value) { try reader.string() }
            case "type": try setOnce(&type) { try reader.enumeration() }
            case "precision": try setOnce(&precision) { try reader.enumeration() }
            case "modifier": try setOnce(&modifier) { try reader.optional { try $0.enumeration() } }
            case "text": try setOnce(&text) { try reader.optional { try $0.string() } }
            case "status": try setOnce(&status) { try reader.optional { try $0.enumeration() } }
            default: throw Unsure()
            }
        }
        guard let value, let type, let precision else { throw Unsure() }
        return TemporalValue(value: value, type: type, precision: precision, modifier: modifier ?? nil, text: text ?? nil, status: status ?? nil)
    }

    private mutating func evidence() throws -> Evidence {
        var document: String?, text: String?, byteStart: Int?, byteEnd: Int?
        var media: MediaOffset??, claim: Claim??, person: String??
        try object { reader, key throws in
            switch key {
            case "document": try setOnce(&document) { try reader.string() }
            case "text": try setOnce(&text) { try reader.string() }
            case "byteStart": try setOnce(&byteStart) { try reader.int() }
            case "byteEnd": try setOnce(&byteEnd) { try reader.int() }
            case "media": try setOnce(&media) { try reader.optional { try $0.mediaOffset() } }
            case "claim": try setOnce(&claim) { try reader.optional { try $0.claim() } }
            case "person": try setOnce(&person) { try reader.optional { try $0.string() } }
            default: throw Unsure()
            }
        }
        guard let document, let text, let byteStart, let byteEnd else { throw Unsure() }
        return Evidence(document: DocumentID(document), text: text, byteStart: byteStart, byteEnd: byteEnd, media: media ?? nil,
                        claim: claim ?? nil, person: person ?? nil)
    }

    private mutating func mediaOffset() throws -> MediaOffset {
        var offset: String?, seconds: Int?, url: String??
        try object { reader, key throws in
            switch key {
            case "offset": try setOnce(&offset) { try reader.string() }
            case "seconds": try setOnce(&seconds) { try reader.int() }
            case "url": try setOnce(&url) { try reader.optional { try $0.string() } }
            default: throw Unsure()
            }
        }
        guard let offset, let seconds else { throw Unsure() }
        return MediaOffset(offset: offset, seconds: seconds, url: url ?? nil)
    }

    private mutating func claim() throws -> Claim {
        var claimant: String??, cue: String?
        try object { reader, key throws in
            switch key {
            case "claimant": try setOnce(&claimant) { try reader.optional { try $0.string() } }
            case "cue": try setOnce(&cue) { try reader.string() }
            default: throw Unsure()
            }
        }
        guard let cue else { throw Unsure() }
        return Claim(claimant: (claimant ?? nil).map { ActorID($0) }, cue: cue)
    }

    private mutating func calendarDay() throws -> CalendarDay {
        guard let day = CalendarDay(iso: try string()) else { throw Unsure() }
        return day
    }

    private mutating func quadClass() throws -> QuadClass {
        guard let value = QuadClass(rawValue: try int()) else { throw Unsure() }
        return value
    }

    private mutating func enumeration<Value: RawRepresentable<String>>() throws -> Value {
        guard let value = Value(rawValue: try string()) else { throw Unsure() }
        return value
    }

    // MARK: JSON

    /// The key of an object's member, matched against the model's names by `switch`.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func ~= (name: StaticString, key: Key) -> Bool {
            name.utf8CodeUnitCount == key.bytes.count
                && (key.bytes.isEmpty || memcmp(name.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0)
        }
    }

    /// The members of an object, each key handed to `member`, which reads the value after it.
    private mutating func object(_ member: (inout ModelJSONReader, Key) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipSpace()
            let key = try key()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            try member(&self, key)
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    private mutating func array<Element>(_ element: (inout ModelJSONReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return elements
        }
        while true {
            skipSpace()
            elements.append(try element(&self))
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return elements
        }
    }

    /// `null` as nil, as `decodeIfPresent` reads it; otherwise the value.
    private mutating func optional<Value>(_ read: (inout ModelJSONReader) throws -> Value) throws -> Value? {
        if bytes.count - position >= 4, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
           bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        {
            position += 4
            return nil
        }
        return try read(&self)
    }

    private mutating func bool() throws -> Bool {
        if literal("true") { return true }
        if literal("false") { return false }
        throw Unsure()
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        let matches = word.withUTF8Buffer { word in (0..<count).allSatisfy { bytes[position + $0] == word[$0] } }
        if matches { position += count }
        return matches
    }

    /// A whole number: `-`, then `0` or digits not starting with `0`, nothing after them that would make it a fraction.
    private mutating func int() throws -> Int {
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let start = position
        var magnitude = 0
        while position < bytes.count, isDigit(bytes[position]) {
            let (scaled, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            guard !overflow, case let (sum, false) = scaled.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0"))) else { throw Unsure() }
            magnitude = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Unsure() }
        if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { throw Unsure() }
        return negative ? -magnitude : magnitude
    }

    /// A number as JSON writes it, read by Swift's own correctly rounded parser, as `JSONDecoder` reads it.
    private mutating func double() throws -> Double {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        guard position > integerStart, position - integerStart == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw Unsure() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            guard position > fractionStart else { throw Unsure() }
        }
        if let next = peek(), next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            position += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            let exponentStart = position
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            guard position > exponentStart else { throw Unsure() }
        }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)), value.isFinite
        else { throw Unsure() }
        return value
    }

    /// A string: its bytes as they stand until the first escape, which are then decoded; the
    /// result must be valid UTF-8, as `JSONDecoder` requires.
    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        let (end, seen) = plainRunEnd(from: start)
        position = end
        guard end < bytes.count else { throw Unsure() }
        switch bytes[end] {
        case UInt8(ascii: "\""):
            position += 1
            let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // ASCII cannot be invalid UTF-8, so decoding it needs no check that nothing was repaired.
            return seen & 0x8080_8080_8080_8080 == 0 ? String(decoding: text, as: UTF8.self) : try ModelJSONReader.validated(text)
        case UInt8(ascii: "\\"):
            return try escapedString(from: start)
        default:
            throw Unsure()  // a control character
        }
    }

    /// An object's key, as its bytes: keys are compared with the model's names (`Key`) without
    /// making a `String` of each. A key with an escape or a control character is left to `JSONDecoder`.
    private mutating func key() throws -> Key {
        try expect(UInt8(ascii: "\""))
        let start = position
        let (end, _) = plainRunEnd(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { throw Unsure() }
        position = end + 1
        return Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Where the bytes from `start` first hold a quote, a backslash or a control character (or
    /// their end), read eight at a time; and the bytes before it OR-ed together, whose top bits
    /// say whether any was beyond ASCII. Evidence sentences are most of a shard's bytes.
    private func plainRunEnd(from start: Int) -> (end: Int, seen: UInt64) {
        guard let base = bytes.baseAddress else { return (start, 0) }
        var index = start
        var seen: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard JSONOutput.needsNoEscape(word) else { break }
            seen |= word
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            seen |= UInt64(byte)
            index += 1
        }
        return (index, seen)
    }

    /// The rest of a string that has an escape, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws -> String {
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try text.withUnsafeBufferPointer { buffer throws in try ModelJSONReader.validated(buffer) }
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw Unsure() }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hexQuad()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate takes the low one that must follow it.
                        guard literal("\\u") else { throw Unsure() }
                        let low = try hexQuad()
                        guard (0xDC00..<0xE000).contains(low) else { throw Unsure() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let value = Unicode.Scalar(scalar) else { throw Unsure() }
                    text.append(contentsOf: UTF8.encode(value)!)
                default:
                    throw Unsure()
                }
            default:
                guard byte >= 0x20 else { throw Unsure() }
                text.append(byte)
            }
        }
        throw Unsure()
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard bytes.count - position >= 4 else { throw Unsure() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw Unsure()
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The text of `bytes` when they are valid UTF-8. Decoding repairs bytes that are not, so only a
    /// text whose bytes are unchanged is the one `JSONDecoder` reads. (`String(validating:as:)` is
    /// generic and looked up its type's metadata at every call: a third of the time of a merge.)
    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        guard unchanged else { throw Unsure() }
        return text
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard peek() == byte else { throw Unsure() }
        position += 1
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// JSON's four kinds of white space.
    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

/// Sets a member's value the first time it is given; a second time is left to `JSONDecoder`.
private func setOnce<Value>(_ slot: inout Value?, _ read: () throws -> Value) throws {
    guard slot == nil else { throw ModelJSONReader.Unsure() }
    slot = try read()
}
