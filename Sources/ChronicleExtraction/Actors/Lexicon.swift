import ChronicleModel
import Foundation

/// The merged lexicon: the bundled default, then each user file in order.
///
/// A user entry with the id of an existing actor overrides its name and kind and adds its names;
/// `disable` drops actors, `disable_aliases` drops names. A name claimed by two actors in the
/// same file is an error; a user file that claims a default actor's name takes it over, with a note.
public struct Lexicon: Sendable {
    public private(set) var actors: [ActorID: ActorEntry] = [:]
    public private(set) var people: [PersonEntry] = []
    public private(set) var notActors: [String] = []
    /// Notes about how files were merged (a name moved from one actor to another).
    public private(set) var notes: [Diagnostic] = []

    public init() {}

    /// Merges `files` in order, checking that no name is claimed twice and every role's actor
    /// exists; throws the first problem found.
    public init(files: [LexiconFile]) throws(LexiconError) {
        for file in files { try merge(file) }
        try validate()
    }

    /// The bundled files, merged without what a user file needs: they define each actor once, list
    /// each person once, claim no name twice and disable nothing (`BundledLexiconTests` merges them
    /// the checked way and compares), so merging them is appending. The checks and the take-overs
    /// hashed every name of the lexicon, a twelfth of a one-document run.
    private init(trustedFiles files: [LexiconFile]) {
        actors.reserveCapacity(files.reduce(0) { $0 + $1.actors.count })
        for file in files {
            precondition(file.disable.isEmpty && file.disableAliases.isEmpty, "bundled lexicon: \(file.path) disables entries")
            for entry in file.actors { actors[entry.id] = entry }
            people += file.people
            notActors += file.notActors
        }
    }

    /// The lexicon shipped with Chronicle. It is not checked again at every start (a tenth of the
    /// start-up's instructions): `BundledLexiconTests` checks it, and it cannot change after the build.
    public static func bundled() throws(LexiconError) -> Lexicon {
        Lexicon(trustedFiles: try bundledFiles())
    }

    /// The bundled lexicon extended by user files (`--lexicon`), in order; checked whole when there are any.
    public static func load(userFiles paths: [String]) throws(LexiconError) -> Lexicon {
        guard !paths.isEmpty else { return try bundled() }
        var files = try bundledFiles()
        for path in paths { files.append(try readFile(path)) }
        return try Lexicon(files: files)
    }

    /// Reads and parses one lexicon file.
    public static func readFile(_ path: String) throws(LexiconError) -> LexiconFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw LexiconError(SourceLocation(file: path), "cannot read the lexicon file: no such file")
        }
        guard !isFolder.boolValue else {
            throw LexiconError(SourceLocation(file: path), "cannot read the lexicon file: it is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(SourceLocation(file: path), "cannot read the lexicon file")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw LexiconError(SourceLocation(file: path), "the lexicon is UTF-16 text; Chronicle reads UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Where the first byte that is not UTF-8 is.
            var iterator = data.makeIterator()
            var decoder = UTF8()
            var offset = 0
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
            let before = data.prefix(offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 - data.startIndex + 1 } ?? 0) + 1
            throw LexiconError(SourceLocation(file: path, line: line, column: column), "the lexicon is not UTF-8 text (invalid byte)")
        }
        return try LexiconParser.parse(text, path: path)
    }

    /// The default lexicon, compiled into the binary from `lexicon/*.yaml` (see `scripts/embed-lexicon`).
    static func bundledFiles() throws(LexiconError) -> [LexiconFile] {
        CompiledLexicon.files(BundledLexicon.compiled)
    }

    /// Every surface form of an actor, with how it names the actor.
    public func names(of entry: ActorEntry) -> [(String, MentionForm)] {
        [(entry.name, .name)] + entry.aliases.map { ($0, .alias) } + entry.demonyms.map { ($0, .demonym) }
            + entry.metonyms.map { ($0, .metonym) }
    }

    private mutating func merge(_ file: LexiconFile) throws(LexiconError) {
        var seenInFile: [ActorID: SourceLocation] = [:]
        for entry in file.actors {
            if let first = seenInFile[entry.id] {
                throw LexiconError(entry.origin, "actor id \(entry.id) is defined twice in this file (first at line \(first.line ?? 0))")
            }
            seenInFile[entry.id] = entry.origin
            if var existing = actors[entry.id] {
                existing.name = entry.name
                existing.kind = entry.kind
                existing.aliases += entry.aliases.filter { !existing.aliases.contains($0) }
                existing.demonyms += entry.demonyms.filter { !existing.demonyms.contains($0) }
                existing.metonyms += entry.metonyms.filter { !existing.metonyms.contains($0) }
                existing.ambiguous = entry.ambiguous || existing.ambiguous
                existing.origin = entry.origin
                actors[entry.id] = existing
            } else {
                actors[entry.id] = entry
            }
        }
        // A name this file gives an actor is taken away from any actor an earlier file gave it to.
        var claimed: [String: ActorID] = [:]
        claimed.reserveCapacity(file.actors.reduce(0) { $0 + $1.nameCount })
        for entry in file.actors {
            for (name, _) in names(of: entry) {
                if let other = claimed[name], other != entry.id {
                    throw LexiconError(entry.origin, "`\(name)` is claimed by both \(other) and \(entry.id) in this file; give it to one of them")
                }
                claimed[name] = entry.id
            }
        }
        for (id, var entry) in actors where !claimed.isEmpty {
            func takenByAnother(_ name: String) -> Bool { claimed[name].map { $0 != id } ?? false }
            // Most actors lose no name: look before copying and filtering their lists.
            guard entry.aliases.contains(where: takenByAnother) || entry.demonyms.contains(where: takenByAnother)
                || entry.metonyms.contains(where: takenByAnother) else { continue }
            let moved = names(of: entry).map(\.0).filter(takenByAnother)
            entry.aliases.removeAll(where: takenByAnother)
            entry.demonyms.removeAll(where: takenByAnother)
            entry.metonyms.removeAll(where: takenByAnother)
            notes.append(Diagnostic(.note, file: file.path, "\(moved.sorted().joined(separator: ", ")) now name \(claimed[moved.first ?? ""]?.rawValue ?? "?"), no longer \(id)"))
            actors[id] = entry
        }
        // A person this file lists replaces an earlier file's entry of the same name, at the end.
        var seenPeople: [String: SourceLocation] = [:]
        for person in file.people {
            if let first = seenPeople[person.name] {
                throw LexiconError(person.origin, "person \(person.name) is listed twice in this file (first at line \(first.line ?? 0))")
            }
            seenPeople[person.name] = person.origin
        }
        people.removeAll { seenPeople[$0.name] != nil }
        people += file.people
        notActors += file.notActors
        for id in file.disable {
            guard actors.removeValue(forKey: id) != nil else {
                throw LexiconError(SourceLocation(file: file.path), "`disable` names actor \(id), which no earlier lexicon defines")
            }
            people.removeAll { person in person.roles.allSatisfy { $0.actor == id } }
        }
        guard !file.disableAliases.isEmpty else { return }
        let dropped = Set(file.disableAliases)
        for (id, var entry) in actors {
            entry.aliases.removeAll(where: dropped.contains)
            entry.demonyms.removeAll(where: dropped.contains)
            entry.metonyms.removeAll(where: dropped.contains)
            actors[id] = entry
        }
        for index in people.indices { people[index].aliases.removeAll(where: dropped.contains) }
    }

    /// No name may stand for two things, and every role names a known actor.
    private func validate() throws(LexiconError) {
        var owner: [String: (String, SourceLocation)] = [:]
        func claim(_ name: String, by who: String, at origin: SourceLocation) throws(LexiconError) {
            if let (other, otherOrigin) = owner[name], other != who {
                throw LexiconError(origin, "`\(name)` is claimed by both \(other) (\(otherOrigin)) and \(who); give it to one of them")
            }
            owner[name] = (who, origin)
        }
        for id in actors.keys.sorted() {
            let entry = actors[id]!
            for (name, _) in names(of: entry) { try claim(name, by: "actor \(id)", at: entry.origin) }
        }
        for person in people {
            for name in [person.name] + person.aliases { try claim(name, by: "person \(person.name)", at: person.origin) }
            for role in person.roles where actors[role.actor] == nil {
                throw LexiconError(person.origin, "\(person.name)'s role names actor \(role.actor), which no lexicon defines")
            }
        }
    }
}
