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
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: field, omittingEmptySubsequences: false)
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
                let roles = fields[5].split(separator: role).map { text in
                    let parts = text.split(separator: roleField, omittingEmptySubsequences: false)
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
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: field, omittingEmptySubsequences: false)
            switch fields[0].first {
            case UInt8(ascii: "C"):
                guard let kind = RelationKind(rawValue: string(fields[1])) else {
                    preconditionFailure("compiled cues: unknown kind \(string(fields[1]))")
                }
                lexicon.addEntry(kind: kind, standing: fields[2].first == UInt8(ascii: "1"), symmetric: fields[3].first == UInt8(ascii: "1"),
                                 verbs: list(fields[4]), nouns: list(fields[5]), inverse: list(fields[6]), participles: list(fields[7]))
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
        bytes.split(separator: item).map(string)
    }
}
