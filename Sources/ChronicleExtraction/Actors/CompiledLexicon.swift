import ChronicleModel

/// Reads the bundled lexicon from the records scripts/embed-lexicon compiles `lexicon/*.yaml` into:
/// one line per file, actor, person, cue entry or list, fields split by tabs. Reading them is a byte
/// scan of the compiled text where parsing the YAML took most of `chronicle extract`'s start-up.
/// Tests hold the records equal to what `LexiconParser` and `CueLexicon` read from the YAML, places
/// included.
enum CompiledLexicon {
    static func files(_ text: String) -> [LexiconFile] {
        var files: [LexiconFile] = []
        forEachRecord(in: text) { record in
            let kind = record.first(0)
            if kind == UInt8(ascii: "F") {
                files.append(LexiconFile(path: record.string(1)))
                return
            }
            guard !files.isEmpty else { preconditionFailure("compiled lexicon: a record before its file") }
            let last = files.count - 1
            switch kind {
            case UInt8(ascii: "A"):
                let origin = SourceLocation(file: files[last].path, line: record.integer(1), column: record.integer(2))
                files[last].actors.append(ActorEntry(
                    id: ActorID(record.string(3)), name: record.string(4), kind: ActorKind(rawValue: record.string(5)) ?? .other,
                    aliases: record.list(6), demonyms: record.list(7), metonyms: record.list(8),
                    ambiguous: record.first(9) == UInt8(ascii: "1"), origin: origin))
            case UInt8(ascii: "P"):
                let origin = SourceLocation(file: files[last].path, line: record.integer(1), column: record.integer(2))
                files[last].people.append(PersonEntry(name: record.string(3), aliases: record.list(4), roles: record.roles(5), origin: origin))
            case UInt8(ascii: "N"): files[last].notActors = record.list(1)
            case UInt8(ascii: "D"): files[last].disable = record.list(1).map { ActorID($0) }
            case UInt8(ascii: "X"): files[last].disableAliases = record.list(1)
            default: preconditionFailure("compiled lexicon: unknown record \(record.string(0))")
            }
        }
        return files
    }

    /// The event coder's cues: one record per entry or list, in the order of `lexicon/cues.yaml`.
    static func cues(_ text: String) -> CueLexicon {
        var lexicon = CueLexicon()
        forEachRecord(in: text) { record in
            switch record.first(0) {
            case UInt8(ascii: "C"):
                guard let kind = RelationKind(rawValue: record.string(1)) else {
                    preconditionFailure("compiled cues: unknown kind \(record.string(1))")
                }
                lexicon.addEntry(kind: kind, standing: record.first(2) == UInt8(ascii: "1"), symmetric: record.first(3) == UInt8(ascii: "1"),
                                 verbs: record.list(4), nouns: record.list(5), inverse: record.list(6), participles: record.list(7),
                                 receiving: record.list(8), pairs: record.list(9), frames: record.list(10))
            case UInt8(ascii: "L"):
                guard let name = CueLexicon.PhraseList(rawValue: record.string(1)) else {
                    preconditionFailure("compiled cues: unknown list \(record.string(1))")
                }
                lexicon.add(record.list(2), to: name)
            default: preconditionFailure("compiled cues: unknown record \(record.string(0))")
            }
        }
        return lexicon
    }

    /// Calls `body` with each non-empty line of `text`, its fields found by one scan over the
    /// bytes where they lie: arrays of slices, a `String` per number and the retains of each slice
    /// made reading the records cost a sixth of a one-document run.
    private static func forEachRecord(in text: String, _ body: (CompiledRecord) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(12)
            var lineStart = 0
            while lineStart < bytes.count {
                var end = lineStart
                var fieldStart = lineStart
                fields.removeAll(keepingCapacity: true)
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                    if bytes[end] == CompiledRecord.field {
                        fields.append(fieldStart..<end)
                        fieldStart = end + 1
                    }
                    end += 1
                }
                if end > lineStart {
                    fields.append(fieldStart..<end)
                    body(CompiledRecord(bytes: bytes, fields: fields))
                }
                lineStart = end + 1
            }
        }
    }
}

/// One line of the compiled lexicon: its fields, as ranges of the bytes they lie in. A field past
/// the last reads as empty (a cue record written before its entry grew a form has fewer).
private struct CompiledRecord {
    static let field = UInt8(ascii: "\t")
    static let item: UInt8 = 0x1F
    static let role: UInt8 = 0x1E
    static let roleField: UInt8 = 0x1D

    let bytes: UnsafeBufferPointer<UInt8>
    let fields: [Range<Int>]

    private func range(_ index: Int) -> Range<Int> { index < fields.count ? fields[index] : 0..<0 }

    func first(_ index: Int) -> UInt8? {
        let range = range(index)
        return range.isEmpty ? nil : bytes[range.lowerBound]
    }

    func string(_ index: Int) -> String { text(range(index)) }

    private func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// The decimal number the field spells, or nil when it is empty or holds anything else.
    func integer(_ index: Int) -> Int? { number(range(index)) }

    private func number(_ range: Range<Int>) -> Int? {
        range.isEmpty ? nil : bytes.decimalValue(in: range)
    }

    /// The field's items (split by U+001F), empty ones left out.
    func list(_ index: Int) -> [String] {
        let range = range(index)
        var result: [String] = []
        var position = range.lowerBound
        while position < range.upperBound {
            let item = piece(from: &position, before: range.upperBound, splitBy: Self.item)
            if !item.isEmpty { result.append(text(item)) }
        }
        return result
    }

    /// A person's roles: items split by U+001E, each `actor title from until` split by U+001D.
    func roles(_ index: Int) -> [PersonEntry.Role] {
        let range = range(index)
        var roles: [PersonEntry.Role] = []
        var position = range.lowerBound
        while position < range.upperBound {
            let role = piece(from: &position, before: range.upperBound, splitBy: Self.role)
            guard !role.isEmpty else { continue }
            var at = role.lowerBound
            let actor = piece(from: &at, before: role.upperBound, splitBy: Self.roleField)
            let title = piece(from: &at, before: role.upperBound, splitBy: Self.roleField)
            let from = piece(from: &at, before: role.upperBound, splitBy: Self.roleField)
            let until = piece(from: &at, before: role.upperBound, splitBy: Self.roleField)
            roles.append(PersonEntry.Role(actor: ActorID(text(actor)), title: text(title), from: day(from), until: day(until)))
        }
        return roles
    }

    /// The bytes from `position` to the next `separator` or `end`, with `position` moved past that
    /// separator; empty once `position` reaches `end`.
    private func piece(from position: inout Int, before end: Int, splitBy separator: UInt8) -> Range<Int> {
        let start = position
        while position < end, bytes[position] != separator { position += 1 }
        let piece = start..<position
        if position < end { position += 1 }
        return piece
    }

    /// `YYYY-MM-DD`, or nil (as `CalendarDay(iso:)` reads it).
    private func day(_ range: Range<Int>) -> CalendarDay? {
        guard range.count == 10, bytes[range.lowerBound + 4] == UInt8(ascii: "-"), bytes[range.lowerBound + 7] == UInt8(ascii: "-"),
              let year = number(range.lowerBound..<range.lowerBound + 4), let month = number(range.lowerBound + 5..<range.lowerBound + 7),
              let day = number(range.lowerBound + 8..<range.upperBound)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}
