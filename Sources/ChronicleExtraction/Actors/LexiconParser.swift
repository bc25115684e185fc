import ChronicleModel
import Yams

/// Reads one lexicon file (YAML) into entries, reporting every problem with its line and column.
enum LexiconParser {
    static func parse(_ text: String, path: String) throws(LexiconError) -> LexiconFile {
        // Yams recurses once per level: a hostile file of endless `[` would crash it, not fail.
        if let (line, column) = YAMLNesting.tooDeep(text) {
            throw LexiconError(SourceLocation(file: path, line: line, column: column),
                               "nested more than \(YAMLNesting.limit) levels deep; a lexicon needs four at most")
        }
        let root: Node?
        do {
            root = try YAMLText.compose(text)
        } catch let error as YamlError {
            throw LexiconError(location(of: error, path: path, text: text), "not valid YAML: \(describe(error))")
        } catch {
            throw LexiconError(SourceLocation(file: path), "not valid YAML: \(error)")
        }
        var file = LexiconFile(path: path)
        guard let root else { return file }
        guard let mapping = root.mapping else {
            throw LexiconError(place(root, path), "expected a mapping with `actors`, `people`, `not_actors`, `disable` or `disable_aliases`")
        }
        for (key, value) in mapping {
            switch key.string {
            case "actors":
                for item in try sequence(value, path, "actors") { file.actors.append(try actor(item, path)) }
            case "people":
                for item in try sequence(value, path, "people") { file.people.append(try person(item, path)) }
            case "not_actors":
                file.notActors = try strings(value, path, "not_actors")
            case "disable":
                file.disable = try strings(value, path, "disable").map { ActorID($0) }
            case "disable_aliases":
                file.disableAliases = try strings(value, path, "disable_aliases")
            default:
                throw LexiconError(place(key, path), "unknown key `\(key.string ?? "?")`; expected actors, people, not_actors, disable or disable_aliases")
            }
        }
        return file
    }

    private static func actor(_ node: Node, _ path: String) throws(LexiconError) -> ActorEntry {
        let fields = try mappingFields(node, path, "actor", allowed: ["id", "name", "kind", "aliases", "demonyms", "metonyms", "ambiguous"])
        guard let idNode = fields["id"], let id = idNode.string, !id.isEmpty else {
            throw LexiconError(place(node, path), "actor without an `id`")
        }
        guard id.utf8.allSatisfy({ isUpper($0) || isDigit($0) || $0 == UInt8(ascii: "_") }) else {
            throw LexiconError(place(idNode, path), "actor id `\(id)` must be upper-case letters, digits or `_` (ISO alpha-3 for states, e.g. RUS)")
        }
        guard let name = fields["name"]?.string, !name.isEmpty else {
            throw LexiconError(place(node, path), "actor \(id) has no `name`")
        }
        let kindText = fields["kind"]?.string ?? "other"
        guard let kind = ActorKind(rawValue: kindText) else {
            throw LexiconError(place(fields["kind"] ?? node, path),
                "unknown kind `\(kindText)` for actor \(id); expected one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var ambiguous = false
        if let flag = fields["ambiguous"] {
            guard let value = flag.bool else { throw LexiconError(place(flag, path), "`ambiguous` must be true or false") }
            ambiguous = value
        }
        return ActorEntry(
            id: ActorID(id), name: name, kind: kind,
            aliases: try fields["aliases"].map { node throws(LexiconError) in try strings(node, path, "aliases") } ?? [],
            demonyms: try fields["demonyms"].map { node throws(LexiconError) in try strings(node, path, "demonyms") } ?? [],
            metonyms: try fields["metonyms"].map { node throws(LexiconError) in try strings(node, path, "metonyms") } ?? [],
            ambiguous: ambiguous, origin: place(node, path))
    }

    private static func person(_ node: Node, _ path: String) throws(LexiconError) -> PersonEntry {
        let fields = try mappingFields(node, path, "person", allowed: ["name", "aliases", "roles"])
        guard let name = fields["name"]?.string, !name.isEmpty else {
            throw LexiconError(place(node, path), "person without a `name`")
        }
        guard let rolesNode = fields["roles"] else {
            throw LexiconError(place(node, path), "person \(name) has no `roles` (each role names the actor they speak for)")
        }
        var roles: [PersonEntry.Role] = []
        for roleNode in try sequence(rolesNode, path, "roles") {
            let role = try mappingFields(roleNode, path, "role", allowed: ["actor", "role", "from", "until"])
            guard let actor = role["actor"]?.string, !actor.isEmpty else {
                throw LexiconError(place(roleNode, path), "role of \(name) has no `actor`")
            }
            roles.append(PersonEntry.Role(
                actor: ActorID(actor), title: role["role"]?.string ?? "",
                from: try day(role["from"], path), until: try day(role["until"], path)))
        }
        guard !roles.isEmpty else { throw LexiconError(place(rolesNode, path), "person \(name) has an empty `roles` list") }
        return PersonEntry(
            name: name,
            aliases: try fields["aliases"].map { node throws(LexiconError) in try strings(node, path, "aliases") } ?? [],
            roles: roles, origin: place(node, path))
    }

    private static func day(_ node: Node?, _ path: String) throws(LexiconError) -> CalendarDay? {
        guard let node, let text = node.string, text != "null", text != "~", !text.isEmpty else {
            return nil
        }
        guard let day = CalendarDay(iso: text) else {
            throw LexiconError(place(node, path), "`\(text)` is not a date YYYY-MM-DD")
        }
        return day
    }

    private static func mappingFields(_ node: Node, _ path: String, _ what: String, allowed: Set<String>) throws(LexiconError) -> [String: Node] {
        guard let mapping = node.mapping else { throw LexiconError(place(node, path), "each \(what) must be a mapping of fields") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                throw LexiconError(place(key, path), "unknown field `\(key.string ?? "?")` in \(what); expected \(allowed.sorted().joined(separator: ", "))")
            }
            if fields[name] != nil { throw LexiconError(place(key, path), "field `\(name)` given twice") }
            fields[name] = value
        }
        return fields
    }

    private static func sequence(_ node: Node, _ path: String, _ what: String) throws(LexiconError) -> [Node] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "null" { return [] }
        guard let sequence = node.sequence else { throw LexiconError(place(node, path), "`\(what)` must be a list") }
        return Array(sequence)
    }

    private static func strings(_ node: Node, _ path: String, _ what: String) throws(LexiconError) -> [String] {
        try sequence(node, path, what).map { item throws(LexiconError) in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                throw LexiconError(place(item, path), "`\(what)` must be a list of non-empty strings")
            }
            return scalar.string
        }
    }

    private static func place(_ node: Node, _ path: String) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: path) }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
    }

    private static func location(of error: YamlError, path: String, text: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: path, line: mark.line, column: mark.column)
        case .reader(_, let offset?, _, _):
            // A byte offset into the text: count the lines before it.
            let before = text.utf8.prefix(offset)
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = before.count - (before.lastIndex(of: 0x0A).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return SourceLocation(file: path, line: line, column: column)
        default:
            return SourceLocation(file: path)
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return problem + (context.map { ", \($0.text) that starts at line \($0.mark.line)" } ?? "")
        case .reader(let problem, _, _, _):
            return problem
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }
}
