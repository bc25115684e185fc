import ChronicleModel
import Yams

/// YAML front matter between `---` lines at the top of a Markdown file.
struct FrontMatter: Hashable {
    var title: String?
    /// The `date:` value as written (`2023-12-13`, `2023-12-13T08:00:00Z`).
    var date: String?
    var url: String?
    var videoID: String?

    enum Outcome {
        case none
        case parsed(FrontMatter, bodyStart: Int)
        /// Front matter that could not be read: the message, and where the body starts anyway.
        case invalid(Diagnostic, bodyStart: Int)
        /// Front matter YAML cannot read, whose `key: value` lines were read as plain text
        /// (`lenientPairs`): what they gave, the message, and where the body starts.
        case readLeniently(FrontMatter, Diagnostic, bodyStart: Int)
    }

    static func parse(_ bytes: [UInt8], from start: Int, file: String) -> Outcome {
        let allLines = lines(of: bytes, from: start)
        guard let opening = allLines.first, bytes.string(opening.range).trimmingASCIISpaces() == "---" else { return .none }
        guard let closing = allLines.dropFirst().first(where: {
            let text = bytes.string($0.range).trimmingASCIISpaces()
            return text == "---" || text == "..."
        }) else {
            let (line, _) = lineAndColumn(of: opening.start, in: bytes)
            return .invalid(Diagnostic(.warning, file: file, line: line, column: 1,
                "front matter opened with '---' is never closed; the whole file is read as text"), bodyStart: opening.end)
        }
        let yaml = bytes.string(opening.end..<closing.start)
        let bodyStart = min(closing.end + 1, bytes.count)
        // Most front matter is a few `key: value` lines, which need no YAML parser (Yams took about
        // 60,000 instructions for three such lines).
        if let pairs = plainPairs(yaml) { return .parsed(FrontMatter(pairs: pairs), bodyStart: bodyStart) }
        if let (deepLine, column) = YAMLNesting.tooDeep(yaml) {
            // The YAML text starts with the rest of the opening `---` line: its line 1 is that line.
            let (line, _) = lineAndColumn(of: opening.start, in: bytes)
            return .invalid(Diagnostic(.warning, file: file, line: line + deepLine - 1, column: column,
                "front matter nests more than \(YAMLNesting.limit) levels deep; it is ignored"), bodyStart: bodyStart)
        }
        let node: Node?
        do {
            node = try YAMLText.compose(yaml)
        } catch {
            let (line, _) = lineAndColumn(of: opening.start, in: bytes)
            // Where Yams says the problem is (its line 1 is the rest of the opening `---` line), and what it is.
            var place = (line: line + 1, column: 1)
            var reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
            if let error = error as? YamlError {
                switch error {
                case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                     .composer(let context, let problem, let mark, _):
                    // An unclosed bracket or quote is found at the end: point at where it opened.
                    let at = context?.mark ?? mark
                    place = (line + at.line - 1, at.column)
                    reason = problem + (context.map { ", \($0.text)" } ?? "")
                case .reader(let problem, _, _, _):
                    reason = problem
                default:
                    break
                }
            }
            // "title: Nigeria-Niger spat: Border communities fear ...": an unquoted colon is the usual
            // cause, and the lines still say what they mean.
            let rescued = FrontMatter(pairs: lenientPairs(yaml))
            if rescued != FrontMatter() {
                return .readLeniently(rescued, Diagnostic(.warning, file: file, line: place.line, column: place.column,
                    "front matter is not valid YAML (\(reason)); its `key: value` lines are read as plain text"), bodyStart: bodyStart)
            }
            return .invalid(Diagnostic(.warning, file: file, line: place.line, column: place.column,
                "front matter is not valid YAML (\(reason)); it is ignored"), bodyStart: bodyStart)
        }
        guard let mapping = node?.mapping else {
            if node == nil { return .parsed(FrontMatter(), bodyStart: bodyStart) }
            let (line, _) = lineAndColumn(of: opening.start, in: bytes)
            return .invalid(Diagnostic(.warning, file: file, line: line + 1, column: 1,
                "front matter is not a YAML mapping of keys to values; it is ignored"), bodyStart: bodyStart)
        }
        return .parsed(FrontMatter(pairs: yamlPairs(mapping)), bodyStart: bodyStart)
    }

    /// The keys of a mapping whose values are scalars, and those values, as Yams reads them.
    static func yamlPairs(_ mapping: Node.Mapping) -> [(key: String, value: String)] {
        mapping.compactMap { key, value in
            guard let name = key.string, let text = value.scalar?.string else { return nil }
            return (name, text)
        }
    }
}
