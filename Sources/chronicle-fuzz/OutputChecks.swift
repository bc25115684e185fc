import ChronicleExport
import ChronicleExtraction
import ChronicleModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Cheap checks that an output is what its format promises. Each returns what is wrong, or nothing.
enum OutputChecks {
    // MARK: - Provenance

    /// Ranges stay inside what they point into: sentences, mentions and time expressions in the clean
    /// text (and mentions and time expressions in their sentence), evidence in the file's bytes.
    static func provenance(_ document: AnalyzedDocument, timeline: Timeline, fileSize: Int) -> [String] {
        var problems: [String] = []
        let text = document.ingested.text.count
        for (index, sentence) in document.sentences.enumerated() where sentence.range.upperBound > text || sentence.range.lowerBound < 0 {
            problems.append("sentence \(index) range \(sentence.range) is outside the clean text (\(text) bytes)")
        }
        func inside(_ range: Range<Int>, sentence: Int) -> Bool {
            guard document.sentences.indices.contains(sentence) else { return false }
            let bounds = document.sentences[sentence].range
            return range.lowerBound >= bounds.lowerBound && range.upperBound <= bounds.upperBound
        }
        for mention in document.mentions where !inside(mention.range, sentence: mention.sentence) {
            problems.append("mention of \(mention.actor) at \(mention.range) is outside its sentence \(mention.sentence)")
        }
        for timex in document.timexes where !inside(timex.timex.range, sentence: timex.sentence) {
            problems.append("time expression \(timex.timex.value) at \(timex.timex.range) is outside its sentence \(timex.sentence)")
        }
        let evidence = timeline.relations.flatMap(\.evidence) + timeline.events.flatMap(\.evidence)
            + document.sentences.map(document.evidence(for:))
        for item in evidence where !(0 <= item.byteStart && item.byteStart <= item.byteEnd && item.byteEnd <= fileSize) {
            problems.append("evidence bytes \(item.byteStart)..<\(item.byteEnd) are outside the file (\(fileSize) bytes): \(item.text.debugDescription)")
        }
        return problems
    }

    // MARK: - JSON

    static func json(_ data: Data) -> [String] {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return []
        } catch {
            return ["not JSON: \(error)"]
        }
    }

    /// `timeline.json` parses, and reads back into the same timeline: `merge` and `render` rely on it.
    static func timelineJSON(_ data: Data, timeline: Timeline) -> [String] {
        let problems = json(data)
        guard problems.isEmpty else { return problems }
        do {
            let again = try TimelineJSON.encode(try TimelineJSON.decode(data))
            if again != data {
                return ["reading it back and writing it again changes it: "
                    + (firstDifference(data, again) ?? "the texts differ")]
            }
            return []
        } catch {
            return ["it does not read back as a timeline: \(error)"]
        }
    }

    /// One JSON value per line, `count` lines, each ended by a line feed.
    static func jsonLines(_ data: Data, count: Int) -> [String] {
        guard data.isEmpty || data.last == 0x0A else { return ["the last line has no line feed"] }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        var problems: [String] = []
        if lines.count != count { problems.append("\(lines.count) lines for \(count) records") }
        for (index, line) in lines.enumerated() {
            problems += json(Data(line)).map { "line \(index + 1): \($0)" }
        }
        return problems
    }

    // MARK: - XML

    /// Well-formed XML with one root element. Foundation's `XMLParser` on Linux returns true for a
    /// truncated document (`<a>`) and for content after the root (`<a/><b/>`), sometimes with
    /// `parserError` set, sometimes not; so the error is read as well, and elements are counted.
    static func xml(_ data: Data) -> [String] {
        let parser = XMLParser(data: data)
        let balance = ElementBalance()
        parser.delegate = balance
        let parsed = parser.parse()
        if !parsed || parser.parserError != nil {
            return ["not well-formed XML: " + (parser.parserError.map { "\($0)" } ?? "unknown error")]
        }
        if balance.roots != 1 { return ["\(balance.roots) root elements"] }
        if balance.depth != 0 { return ["\(balance.depth) element(s) never closed"] }
        return []
    }

    private final class ElementBalance: NSObject, XMLParserDelegate {
        var depth = 0
        var roots = 0

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            if depth == 0 { roots += 1 }
            depth += 1
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
        }
    }

    // MARK: - DOT

    /// A lexical check of DOT: quoted strings close on their line and hold no control characters, their
    /// only escapes are `\\`, `\"` and `\n` (anything else, such as `\N` or `\l`, means a name was not
    /// escaped), and braces balance.
    static func dot(_ data: Data) -> [String] {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Array("digraph ".utf8)) else { return ["does not start with `digraph `"] }
        var depth = 0
        var index = 0
        var line = 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while true {
                    guard index < bytes.count else { return ["line \(line): a quoted string is never closed"] }
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") { break }
                    if inner == UInt8(ascii: "\\") {
                        guard index + 1 < bytes.count, [UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "n")].contains(bytes[index + 1]) else {
                            return ["line \(line): an escape other than \\\\, \\\" or \\n in a quoted string"]
                        }
                        index += 2
                        continue
                    }
                    if inner < 0x20 || inner == 0x7F { return ["line \(line): control character \(inner) in a quoted string"] }
                    index += 1
                }
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth < 0 { return ["line \(line): `}` closes nothing"] }
            case 0x0A: line += 1
            default: break
            }
            index += 1
        }
        return depth == 0 ? [] : ["\(depth) `{` never closed"]
    }

    // MARK: - CSV

    /// RFC 4180: records end with CRLF; a field is quoted (quotes doubled) or holds no quote or line
    /// break; every record has the header's number of fields; `rows` records follow the header; no
    /// cell a spreadsheet would run as a formula.
    static func csv(_ data: Data, rows: Int) -> [String] {
        let bytes = [UInt8](data)
        var records: [[String]] = []
        var record: [String] = []
        var index = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        while index < bytes.count {
            var field: [UInt8] = []
            if bytes[index] == quote {
                index += 1
                while true {
                    guard index < bytes.count else { return ["record \(records.count + 1): a quoted field is never closed"] }
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
            } else {
                while index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                    if bytes[index] == quote { return ["record \(records.count + 1): a quote inside an unquoted field"] }
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            guard index < bytes.count else { return ["the last record does not end with CRLF"] }
            if bytes[index] == comma {
                index += 1
            } else if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
                records.append(record)
                record = []
                index += 2
            } else {
                return ["record \(records.count + 1): a field is followed by \(bytes[index]), not a comma or CRLF"]
            }
        }
        var problems: [String] = []
        guard let header = records.first else { return ["no header"] }
        if records.count != rows + 1 { problems.append("\(records.count - 1) records for \(rows) rows") }
        for (number, fields) in records.enumerated() {
            if fields.count != header.count { problems.append("record \(number + 1) has \(fields.count) fields, the header \(header.count)") }
            for field in fields {
                if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), Double(field) == nil {
                    problems.append("record \(number + 1): \(field.debugDescription) would run as a formula")
                }
            }
        }
        return problems
    }

    // MARK: - Markdown

    /// The report's structure survives its contents: no carriage return (a line break to CommonMark),
    /// every table row has its header's number of cells, fenced blocks close, and no line outside
    /// them opens a block the report never writes (a `~~~` fence, an indented code block, raw HTML).
    static func markdownReport(_ data: Data) -> [String] {
        guard !data.contains(0x0D) else { return ["a carriage return, which CommonMark reads as a line break"] }
        let text = String(decoding: data, as: UTF8.self)
        var problems: [String] = []
        var inFence = false
        var columns: Int? = nil
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                inFence.toggle()
                columns = nil
                continue
            }
            if inFence { continue }
            if line.hasPrefix("|") {
                let cells = unescapedPipes(line)
                if let columns, cells != columns {
                    problems.append("line \(number + 1): \(cells - 1) cells in a table of \(columns - 1) columns")
                }
                columns = columns ?? cells
                if !line.hasSuffix("|") { problems.append("line \(number + 1): a table row that does not end with `|`") }
                continue
            }
            columns = nil
            if line.hasPrefix("~~~") || line.hasPrefix("    ") || line.hasPrefix("\t") || line.hasPrefix("<") {
                problems.append("line \(number + 1): opens a block the report never writes: \(String(line.prefix(40)).debugDescription)")
            }
        }
        if inFence { problems.append("a fenced block is never closed") }
        return problems
    }

    /// The `|` characters that split cells: those not escaped by an odd run of backslashes.
    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "|"), backslashes % 2 == 0 { count += 1 }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
        }
        return count
    }

    // MARK: - Helpers

    static func firstDifference(_ a: Data, _ b: Data) -> String? {
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "line \(index + 1): \(l.debugDescription) became \(r.debugDescription)" }
        }
        return nil
    }
}
