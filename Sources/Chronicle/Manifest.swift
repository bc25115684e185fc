import ChronicleExtraction
import ChronicleModel
import Foundation
import Yams

/// A small file that tells Chronicle what documents do not say themselves: their date, title, link.
///
/// YAML, as a list of entries (at the top or under `documents:`) or a mapping from file to entry:
/// ```yaml
/// - file: notes/undated-analysis.txt
///   date: 2023-11-20
///   title: Russia and Iran
///   url: https://example.org/analysis
/// ```
/// or CSV with a header row naming the columns `file`, `date`, `title`, `url` (any order).
/// Files are relative to the manifest's folder; a bare file name matches that name anywhere.
public struct Manifest: Sendable {
    public struct Entry: Hashable, Sendable {
        public var file: String
        public var hints: DocumentHints

        public init(file: String, hints: DocumentHints) {
            self.file = file
            self.hints = hints
        }
    }

    public var entries: [Entry] { didSet { lookup = Lookup(entries, baseFolder: baseFolder) } }
    /// The folder of the manifest file, against which entries are resolved.
    public var baseFolder: String { didSet { lookup = Lookup(entries, baseFolder: baseFolder) } }
    /// The entries by absolute path and by bare file name, so that each document is looked up
    /// in one step: scanning the entries for each of a corpus's documents was quadratic.
    private var lookup: Lookup

    public init(entries: [Entry], baseFolder: String) {
        self.entries = entries
        self.baseFolder = baseFolder
        lookup = Lookup(entries, baseFolder: baseFolder)
    }

    private struct Lookup: Sendable {
        var byPath: [String: DocumentHints] = [:]
        var byName: [String: DocumentHints] = [:]

        /// The first entry for a path or name wins, as a scan in order would find it.
        init(_ entries: [Entry], baseFolder: String) {
            for entry in entries {
                let path = FileSystem.absolute(entry.file.hasPrefix("/") ? entry.file : baseFolder + "/" + entry.file)
                if byPath[path] == nil { byPath[path] = entry.hints }
                if !entry.file.contains("/"), byName[entry.file] == nil { byName[entry.file] = entry.hints }
            }
        }
    }

    /// Why a manifest cannot be used, where: "manifest.csv:3: error: ...", as every message of the run.
    public struct LoadError: Error, CustomStringConvertible {
        /// The file, and where it helps its line and column.
        public var location: String
        public var problem: String
        public var description: String { "\(location): error: \(problem)" }

        init(_ location: String, _ problem: String) {
            self.location = location
            self.problem = problem
        }
    }

    public static func load(path: String) throws -> Manifest {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readBytes(path) } catch let failure as FileSystem.Failure {
            let reading = "cannot read: "
            throw LoadError(path, failure.reason.hasPrefix(reading) ? "cannot read the manifest: " + failure.reason.dropFirst(reading.count)
                                                                   : "the manifest " + failure.reason)
        }
        // Spreadsheets save "CSV UTF-8" with a byte order mark, which would stick to the first column's name.
        let text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
        let base = FileSystem.absolute(path).split(separator: "/").dropLast().joined(separator: "/")
        let entries = path.lowercased().hasSuffix(".csv") ? try csvEntries(text, path: path) : try yamlEntries(text, path: path)
        return Manifest(entries: entries, baseFolder: "/" + base)
    }

    /// The entry for a document path, if the manifest has one.
    public func hints(for documentPath: String) -> DocumentHints? {
        let absolute = FileSystem.absolute(documentPath)
        if let hints = lookup.byPath[absolute] { return hints }
        let name = absolute.split(separator: "/").last.map(String.init) ?? absolute
        return lookup.byName[name]
    }

    static func entry(file: String?, date: String?, title: String?, url: String?, path: String, line: Int) throws -> Entry {
        guard let file, !file.isEmpty else { throw LoadError("\(path):\(line)", "entry has no `file`") }
        var hints = DocumentHints(title: title?.nilIfEmpty, url: url?.nilIfEmpty)
        if let date = date?.trimmingCharacters(in: .whitespaces), !date.isEmpty {
            guard let day = CalendarDay(iso: date.prefix(10)) else {
                throw LoadError("\(path):\(line)", "date \"\(date)\" for \(file) is not YYYY-MM-DD")
            }
            hints.published = day
        }
        return Entry(file: file, hints: hints)
    }

    private static func yamlEntries(_ text: String, path: String) throws -> [Entry] {
        // Yams recurses once per level: refuse absurd nesting before it can exhaust the stack.
        if let (line, column) = YAMLNesting.tooDeep(text) {
            throw LoadError("\(path):\(line):\(column)", "nested more than \(YAMLNesting.limit) levels deep; a manifest needs two")
        }
        let node: Node?
        do { node = try YAMLText.compose(text) } catch {
            throw LoadError(path, "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let node else { return [] }
        func fields(_ item: Node) -> (String?, String?, String?, String?) {
            (item["file"]?.string ?? item["path"]?.string, item["date"]?.string, item["title"]?.string, item["url"]?.string)
        }
        let list = node["documents"]?.sequence ?? node.sequence
        if let list {
            return try list.map { item in
                let (file, date, title, url) = fields(item)
                return try entry(file: file, date: date, title: title, url: url, path: path, line: item.mark.map { $0.line } ?? 0)
            }
        }
        if let mapping = node.mapping {
            return try mapping.map { key, value in
                let (_, date, title, url) = fields(value)
                return try entry(file: key.string, date: date ?? value.string, title: title, url: url, path: path, line: key.mark.map { $0.line } ?? 0)
            }
        }
        throw LoadError(path, "expected a list of entries or a mapping from file to entry")
    }

    private static func csvEntries(_ text: String, path: String) throws -> [Entry] {
        let (rows, unclosedQuoteLine) = CSV.rowsAndUnclosedQuote(text)
        if let line = unclosedQuoteLine {
            throw LoadError("\(path):\(line)", "a quoted field is never closed (a \" opens it and no \" ends it)")
        }
        guard let header = rows.first?.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }) else { return [] }
        guard let fileColumn = header.firstIndex(of: "file") ?? header.firstIndex(of: "path") else {
            throw LoadError("\(path):1", "the header row has no `file` column")
        }
        func column(_ name: String, _ row: [String]) -> String? {
            header.firstIndex(of: name).flatMap { $0 < row.count ? row[$0] : nil }
        }
        return try rows.dropFirst().enumerated().compactMap { offset, row in
            guard row.contains(where: { !$0.isEmpty }) else { return nil }
            return try entry(file: fileColumn < row.count ? row[fileColumn] : nil, date: column("date", row),
                             title: column("title", row), url: column("url", row), path: path, line: offset + 2)
        }
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
enum CSV {
    static func rows(_ text: String) -> [[String]] { rowsAndUnclosedQuote(text).rows }

    /// The rows, and the line where a quoted field opens that never closes (its rows run to the
    /// end of the text), if one does.
    static func rowsAndUnclosedQuote(_ text: String) -> (rows: [[String]], unclosedQuoteLine: Int?) {
        var line = 1
        var quoteLine = 1
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true; quoteLine = line
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""; line += 1
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return (rows, inQuotes ? quoteLine : nil)
    }
}

extension String {
    var nilIfEmpty: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
