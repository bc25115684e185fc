import ChronicleModel

/// Reads the bundled lexicon from the records scripts/embed-lexicon compiles `lexicon/*.yaml` into:
/// one line per file, actor, person, cue entry or list, fields split by tabs. Reading them is a byte
/// scan of 60 KB, where parsing the YAML took most of `chronicle extract`'s start-up. Tests hold the
/// records equal to what `LexiconParser` and `CueLexicon` read from the YAML, places included.
enum CompiledLexicon {
    private static let field = UInt8(ascii: "\t")
    private static let item: UInt8 = 0x1F
    private static let role: UInt8 = 0x1E
    private static let roleField: UInt8 = 0x1D

    static func files(_ text: String) -> [LexiconFile] {
        var files: [LexiconFile] = []
        for line in pieces(Array(text.utf8)[...], UInt8(ascii: "\n"), omittingEmpty: true) {
            let fields = pieces(line, field)
            let kind = fields[0].first
            if kind == UInt8(ascii: "F") {
                files.append(LexiconFile(path: string(fields[1])))
                continue
            }
            guard !files.isEmpty else { preconditionFailure("compiled lexicon: a record before its file") }
            let last = files.count - 1
            let origin = { SourceLocation(file: files[last].path, line: Int(string(fields[1])), column: Int(string(fields[2]))) }
            switch kind {
            case UInt8(ascii: "A"):
                files[last].actors.append(ActorEntry(
                    id: ActorID(string(fields[3])), name: string(fields[4]), kind: ActorKind(rawValue: string(fields[5])) ?? .other,
                    aliases: list(fields[6]), demonyms: list(fields[7]), metonyms: list(fields[8]),
                    ambiguous: fields[9].first == UInt8(ascii: "1"), origin: origin()))
            case UInt8(ascii: "P"):
                let roles = pieces(fields[5], role, omittingEmpty: true).map { text in
                    let parts = pieces(text, roleField)
                    return PersonEntry.Role(actor: ActorID(string(parts[0])), title: string(parts[1]),
                                            from: CalendarDay(iso: string(parts[2])), until: CalendarDay(iso: string(parts[3])))
                }
                files[last].people.append(PersonEntry(name: string(fields[3]), aliases: list(fields[4]), roles: roles, origin: origin()))
            case UInt8(ascii: "N"): files[last].notActors = list(fields[1])
            case UInt8(ascii: "D"): files[last].disable = list(fields[1]).map { ActorID($0) }
            case UInt8(ascii: "X"): files[last].disableAliases = list(fields[1])
            default: preconditionFailure("compiled lexicon: unknown record \(string(fields[0]))")
            }
        }
        return files
    }

    /// The event coder's cues: one record per entry or list, in the order of `lexicon/cues.yaml`.
    static func cues(_ text: String) -> CueLexicon {
        var lexicon = CueLexicon()
        for line in pieces(Array(text.utf8)[...], UInt8(ascii: "\n"), omittingEmpty: true) {
            let fields = pieces(line, field)
            switch fields[0].first {
            case UInt8(ascii: "C"):
                guard let kind = RelationKind(rawValue: string(fields[1])) else {
                    preconditionFailure("compiled cues: unknown kind \(string(fields[1]))")
                }
                lexicon.addEntry(kind: kind, standing: fields[2].first == UInt8(ascii: "1"), symmetric: fields[3].first == UInt8(ascii: "1"),
                                 verbs: list(fields[4]), nouns: list(fields[5]), inverse: list(fields[6]), participles: list(fields[7]),
                                 receiving: fields.count > 8 ? list(fields[8]) : [], pairs: fields.count > 9 ? list(fields[9]) : [],
                                 frames: fields.count > 10 ? list(fields[10]) : [])
            case UInt8(ascii: "L"):
                guard let name = CueLexicon.PhraseList(rawValue: string(fields[1])) else {
                    preconditionFailure("compiled cues: unknown list \(string(fields[1]))")
                }
                lexicon.add(list(fields[2]), to: name)
            default: preconditionFailure("compiled cues: unknown record \(string(fields[0]))")
            }
        }
        return lexicon
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func list(_ bytes: ArraySlice<UInt8>) -> [String] {
        pieces(bytes, item, omittingEmpty: true).map(string)
    }

    /// The pieces of `bytes` between `separator`s (what `split` gives), found by a plain scan: the
    /// generic `split` took a fifth of reading these records, which every process does at start-up.
    private static func pieces(_ bytes: ArraySlice<UInt8>, _ separator: UInt8, omittingEmpty: Bool = false) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(12)
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == separator {
                if !omittingEmpty || index > start { result.append(bytes[start..<index]) }
                start = index + 1
            }
            index += 1
        }
        if !omittingEmpty || bytes.endIndex > start { result.append(bytes[start..<bytes.endIndex]) }
        return result
    }
}
