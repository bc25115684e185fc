import ChronicleModel
import Foundation

extension TimelineJSON {
    /// One record of a timeline, as `decodeRecords` hands them over.
    public enum Record: Sendable {
        case document(Document)
        case actor(Actor)
        case event(Event)
        case relation(Relation)
    }

    /// Reads a timeline (`timeline.json`, or one line of JSON Lines) record by record: its text is
    /// skimmed for where each document, actor, event and relation lies, and each is decoded alone
    /// and handed to `body`. `decode` holds the whole decoded timeline at once, which for a
    /// reducer's one line for a whole corpus is the whole result, whatever `--memory` says; this
    /// holds one record at a time, so a merger can move them to disk as they come.
    ///
    /// What `decode` takes, this takes; a fault in the timeline's own members it rejects with the
    /// message `decode` gives (through `explain`), the place of a bad record included
    /// (`events[12].date`). Members the model does not have are only skimmed: their strings and
    /// brackets must close, but a bad literal inside one (`tru`) passes, where `JSONDecoder` would
    /// refuse the whole text. The records before a fault have been handed over when it is thrown.
    /// - Throws: a `DecodingError`, or what `body` throws.
    public static func decodeRecords(_ text: some Collection<UInt8>, _ body: (Record) throws -> Void) throws {
        // Read in place when the text is contiguous (an array or a slice of one): it may be a gigabyte.
        if try text.withContiguousStorageIfAvailable({ try decodeRecords(in: $0, body) }) == nil {
            try Array(text).withUnsafeBufferPointer { try decodeRecords(in: $0, body) }
        }
    }

    private static func decodeRecords(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Record) throws -> Void) throws {
        let decoder = JSONDecoder()
        var skimmer = JSONSkimmer(bytes)
        var seen: Set<String> = []
        var schemaVersion: Int?
        try skimmer.expect(UInt8(ascii: "{"))
        try skimmer.members { name, skimmer in
            // A member given twice would be read twice here, where `JSONDecoder` keeps one.
            guard seen.insert(name).inserted else {
                throw DecodingError.dataCorrupted(.init(codingPath: [TimelineKey(name)], debugDescription: "`\(name)` is given twice"))
            }
            switch name {
            case "documents", "actors", "events", "relations":
                try skimmer.elements(of: name) { index, range in
                    // Read without `Codable` when that is sure to read the same (`ModelJSONReader`).
                    let text = UnsafeBufferPointer(rebasing: bytes[range])
                    var element: Data { Data(buffer: text) }
                    do {
                        switch name {
                        case "documents": try body(.document(try ModelJSONReader.document(text) ?? decoder.decode(Document.self, from: element)))
                        case "actors": try body(.actor(try ModelJSONReader.actor(text) ?? decoder.decode(Actor.self, from: element)))
                        case "events": try body(.event(try ModelJSONReader.event(text) ?? decoder.decode(Event.self, from: element)))
                        default: try body(.relation(try ModelJSONReader.relation(text) ?? decoder.decode(Relation.self, from: element)))
                        }
                    } catch let error as DecodingError {
                        throw error.within(TimelineKey(name), TimelineKey(index: index))
                    }
                }
            case "schemaVersion":
                let range = try skimmer.value()
                do { schemaVersion = try decoder.decode(Int.self, from: Data(buffer: UnsafeBufferPointer(rebasing: bytes[range]))) } catch let error as DecodingError {
                    throw error.within(TimelineKey(name))
                }
            default:
                _ = try skimmer.value()  // as `JSONDecoder`, members the model does not have are passed over
            }
        }
        try skimmer.expectEnd()
        // In the order the model declares them, as `JSONDecoder` looks for them.
        for key in ["schemaVersion", "documents", "actors", "relations", "events"] where !seen.contains(key) {
            throw DecodingError.keyNotFound(TimelineKey(key), .init(codingPath: [], debugDescription: "No value associated with key \(key)."))
        }
        if let schemaVersion, schemaVersion != Timeline.currentSchemaVersion { throw TimelineJSON.UnsupportedSchemaVersion(found: schemaVersion) }
    }
}

/// A coding key for places in a timeline, in messages.
private struct TimelineKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ name: String) { stringValue = name }
    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.init(index: intValue) }
}

extension DecodingError {
    /// The same error, placed under `keys` (the member and index of the record it was read from).
    fileprivate func within(_ keys: any CodingKey...) -> DecodingError {
        func moved(_ context: Context) -> Context {
            Context(codingPath: keys + context.codingPath, debugDescription: context.debugDescription, underlyingError: context.underlyingError)
        }
        switch self {
        case .typeMismatch(let type, let context): return .typeMismatch(type, moved(context))
        case .valueNotFound(let type, let context): return .valueNotFound(type, moved(context))
        case .keyNotFound(let key, let context): return .keyNotFound(key, moved(context))
        case .dataCorrupted(let context): return .dataCorrupted(moved(context))
        @unknown default: return self
        }
    }
}

/// Finds the members of a JSON object and the elements of its arrays by their byte ranges without
/// decoding them. It checks only what it needs to find their ends (strings, brackets, commas);
/// what lies inside a value is checked by whoever decodes it.
struct JSONSkimmer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func syntaxError(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "\(what) at byte \(position)"))
    }

    private mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { throw syntaxError("expected `\(Character(Unicode.Scalar(byte)))`") }
        position += 1
    }

    /// Nothing but white space is left.
    mutating func expectEnd() throws {
        skipSpace()
        guard position == bytes.count else { throw syntaxError("unexpected text after the timeline") }
    }

    /// The members of the object just opened, each name with the skimmer at its value, up to and
    /// including the closing brace. `member` must read the value.
    mutating func members(_ member: (String, inout JSONSkimmer) throws -> Void) throws {
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipSpace()
            let nameRange = try string()
            let name: String
            if bytes[nameRange].contains(UInt8(ascii: "\\")) {
                // An escaped name: let Foundation read it, as the decoder would.
                guard let decoded = try? JSONDecoder().decode(String.self, from: Data(buffer: UnsafeBufferPointer(rebasing: bytes[nameRange]))) else { throw syntaxError("malformed member name") }
                name = decoded
            } else {
                name = String(decoding: bytes[(nameRange.lowerBound + 1)..<(nameRange.upperBound - 1)], as: UTF8.self)
            }
            try expect(UInt8(ascii: ":"))
            try member(name, &self)
            skipSpace()
            guard position < bytes.count else { throw syntaxError("unterminated object") }
            position += 1
            if bytes[position - 1] == UInt8(ascii: "}") { return }
            guard bytes[position - 1] == UInt8(ascii: ",") else { position -= 1; throw syntaxError("expected `,` or `}`") }
        }
    }

    /// The elements of the array that must come next as the value of the member `name`, each by
    /// its index and byte range. Another value there is the error `JSONDecoder` gives for it.
    mutating func elements(of name: String, _ element: (Int, Range<Int>) throws -> Void) throws {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "[") else {
            let context = DecodingError.Context(codingPath: [TimelineKey(name)], debugDescription: "Expected an array at byte \(position).")
            if bytes[position...].starts(with: "null".utf8) { throw DecodingError.valueNotFound([Any].self, context) }
            throw DecodingError.typeMismatch([Any].self, context)
        }
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        var index = 0
        while true {
            try element(index, try value())
            index += 1
            skipSpace()
            guard position < bytes.count else { throw syntaxError("unterminated array") }
            position += 1
            if bytes[position - 1] == UInt8(ascii: "]") { return }
            guard bytes[position - 1] == UInt8(ascii: ",") else { position -= 1; throw syntaxError("expected `,` or `]`") }
        }
    }

    /// The byte range of the value that comes next. Brackets are counted, not recursed into, so
    /// any depth of nesting is safe.
    mutating func value() throws -> Range<Int> {
        skipSpace()
        let start = position
        guard position < bytes.count else { throw syntaxError("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            return try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // The closing bracket each open one awaits, innermost last.
            var awaited: [UInt8] = []
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    _ = try string()
                    continue
                case UInt8(ascii: "{"):
                    awaited.append(UInt8(ascii: "}"))
                case UInt8(ascii: "["):
                    awaited.append(UInt8(ascii: "]"))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard awaited.popLast() == bytes[position] else { throw syntaxError("mismatched `\(Character(Unicode.Scalar(bytes[position])))`") }
                    if awaited.isEmpty {
                        position += 1
                        return start..<position
                    }
                default:
                    break
                }
                position += 1
            }
            throw syntaxError("unterminated \(bytes[start] == UInt8(ascii: "{") ? "object" : "array")")
        case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"):
            throw syntaxError("expected a value")
        default:
            // A number or a literal: up to what may follow a value.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20 || byte == 0x0A
                    || byte == 0x0D || byte == 0x09 { break }
                position += 1
            }
            return start..<position
        }
    }

    /// The byte range of the string that starts here, quotes included.
    private mutating func string() throws -> Range<Int> {
        let start = position
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw syntaxError("expected a string") }
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""):
                position += 1
                return start..<position
            default: position += 1
            }
        }
        throw syntaxError("unterminated string")
    }
}
