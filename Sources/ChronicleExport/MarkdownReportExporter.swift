import ChronicleModel

/// `report.md`: a report to hand in or paste into a wiki. The corpus, the graph and the timeline
/// pictures, a table of actors, a table of relations with a quoted sentence each, the timeline by
/// month with each date's precision said honestly and claims shown as claims, what changed between
/// pairs of actors, a Mermaid timeline, and footnotes citing documents and video moments.
public enum MarkdownReportExporter {
    public struct Options: Sendable {
        public var title: String
        /// File names of the pictures beside the report; nil leaves a picture out.
        public var graphImage: String?
        public var timelineImage: String?
        /// How much of the graph the picture shows; when it leaves edges out, the report says so.
        public var graphExtent: GraphExtent?

        public init(title: String = "Chronicle report", graphImage: String? = "graph.svg", timelineImage: String? = "timeline.svg",
                    graphExtent: GraphExtent? = nil)
        {
            self.title = title
            self.graphImage = graphImage
            self.timelineImage = timelineImage
            self.graphExtent = graphExtent
        }
    }

    public static func export(_ timeline: Timeline, options: Options = Options()) -> String {
        var timeline = timeline
        timeline.sortCanonically()
        var report = Report(timeline: timeline)
        return report.render(options)
    }

    /// Text for a table cell: `|` escaped, line breaks folded, so a name cannot break the table.
    public static func cell(_ text: String) -> String {
        escape(text, pipes: true)
    }

    /// Text for running Markdown: characters that would start markup are escaped, HTML is neutralised,
    /// line breaks are folded to spaces (so the text stays on its line: a heading, a list item, a
    /// footnote).
    public static func inline(_ text: String) -> String {
        escape(text, pipes: false)
    }

    /// `inline` and `cell`, over UTF-8 bytes: CommonMark reads Unicode scalars, so `\r\n` (one Swift
    /// `Character`) is a line break and `|` or `[` followed by a combining mark is still markup.
    /// Every character this changes is ASCII or a line or paragraph separator, so a byte of any
    /// other character is copied as it is.
    private static func escape(_ text: String, pipes: Bool) -> String {
        text.rewritingUTF8(where: { isMarkup($0, pipes: pipes) || mayBreakLine($0) }) { bytes, index, output in
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                output += "&amp;".utf8
                return 1
            case UInt8(ascii: "|") where pipes:
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
                return 1
            case _ where isMarkup(byte, pipes: false):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
                return 1
            default:
                return foldLineBreak(bytes, index, into: &output)
            }
        }
    }

    /// Line breaks (LF, CR, CRLF, U+2028, U+2029) as one space each.
    static func foldingLineBreaks(_ text: String) -> String {
        text.rewritingUTF8(where: mayBreakLine) { bytes, index, output in foldLineBreak(bytes, index, into: &output) }
    }

    /// A byte that `escape` writes after a backslash (or as an entity, for `&`).
    @inline(__always)
    private static func isMarkup(_ byte: UInt8, pipes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "!"), UInt8(ascii: "&"):
            return true
        case UInt8(ascii: "|"): return pipes
        default: return false
        }
    }

    /// A byte that starts a line break: LF, CR, or the first byte of U+2028 and U+2029 (E2 80 A8/A9).
    @inline(__always)
    private static func mayBreakLine(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0xE2 }

    /// Writes the byte at `index` to `output`, or one space for the line break starting there (a
    /// CRLF is one); how many bytes it took.
    private static func foldLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, into output: inout [UInt8]) -> Int {
        switch bytes[index] {
        case 0x0D:
            output.append(0x20)
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x0A:
            output.append(0x20)
            return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            output.append(0x20)
            return 3
        default:
            output.append(bytes[index])
            return 1
        }
    }

    /// A code span showing `text` literally (a file name), per CommonMark: line breaks folded to
    /// spaces, a fence one backtick longer than the longest run of backticks inside, and a space
    /// inside each end of the fence when the text starts or ends with a backtick or with spaces at
    /// both ends (which a reader strips once). In a table cell (`inTable`) pipes are escaped; a
    /// backslash right before a pipe cannot be written in a code span there (readers differ on
    /// `\\|`), so such text is written as escaped plain text instead.
    public static func codeSpan(_ text: String, inTable: Bool) -> String {
        // Over UTF-8 bytes: every byte this looks at (backtick, space, pipe, backslash) is ASCII.
        let content = Array(foldingLineBreaks(text).utf8)
        guard let first = content.first, let last = content.last else { return "` `" }
        let (backtick, space, pipe, backslash) = (UInt8(ascii: "`"), UInt8(ascii: " "), UInt8(ascii: "|"), UInt8(ascii: "\\"))
        if inTable, zip(content, content.dropFirst()).contains(where: { $0 == backslash && $1 == pipe }) { return cell(text) }
        var longest = 0
        var run = 0
        for byte in content {
            run = byte == backtick ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = [UInt8](repeating: backtick, count: longest + 1)
        let pad = first == backtick || last == backtick || (first == space && last == space && content.contains { $0 != space })
        var span = fence
        span.reserveCapacity(content.count + 2 * fence.count + 8)
        if pad { span.append(space) }
        for byte in content {
            if inTable, byte == pipe { span.append(backslash) }
            span.append(byte)
        }
        if pad { span.append(space) }
        span += fence
        return String(decoding: span, as: UTF8.self)
    }

    /// A Markdown link `[text](url)` to a URL `LinkPolicy` has passed, which percent-encodes
    /// everything that could end the destination early (spaces, `(`, `)`, `<`, `>`, controls).
    static func link(_ text: String, _ url: String) -> String {
        "[\(inline(text))](\(url))"
    }

    /// A document's address in running text: `<url>` (an autolink) when it is absolute, else a
    /// link showing the address, as `<relative/path>` is not an autolink and could read as HTML.
    static func address(_ url: String) -> String {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? "<\(url)>" : link(url, url)
    }
}

private struct Report {
    let timeline: Timeline
    let names: [ActorID: String]
    let documents: [DocumentID: Document]
    var footnotes: [String] = []
    var footnoteIndex: [EvidenceKey: Int] = [:]
    var citations: [DocumentID: String] = [:]

    init(timeline: Timeline) {
        self.timeline = timeline
        names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        documents = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0) })
    }

    func name(_ id: ActorID?) -> String { id.map { names[$0] ?? $0.rawValue } ?? "" }

    /// How footnotes name a document: its title, date, address and file. Made once per document,
    /// not once per footnote (a document of a large corpus is cited a dozen times).
    mutating func citation(of id: DocumentID) -> String {
        if let known = citations[id] { return known }
        let document = documents[id]
        var text = MarkdownReportExporter.inline(document?.title ?? id.rawValue)
        if let day = document?.published { text += ", \(DateWording.phrase(day))" }
        if let url = document?.url.flatMap(LinkPolicy.safeURL) { text += ", " + MarkdownReportExporter.address(url) }
        text += ", " + MarkdownReportExporter.codeSpan(document?.source ?? "", inTable: false)
        citations[id] = text
        return text
    }

    /// The footnote citing a piece of evidence: its document, date and place, and the video moment.
    mutating func cite(_ evidence: Evidence) -> String {
        let key = EvidenceKey(evidence)
        if let number = footnoteIndex[key] { return "[^\(number)]" }
        let number = footnotes.count + 1
        footnoteIndex[key] = number
        var note = citation(of: evidence.document) + " bytes \(evidence.byteStart)–\(evidence.byteEnd)"
        if let media = evidence.media, let url = media.url.flatMap(LinkPolicy.safeURL) {
            note += ", video at " + MarkdownReportExporter.link(media.offset, url)
        }
        footnotes.append("[^\(number)]: \(note).")
        return "[^\(number)]"
    }

    mutating func render(_ options: MarkdownReportExporter.Options) -> String {
        var lines: [String] = ["# \(MarkdownReportExporter.inline(options.title))", ""]
        lines += corpus()
        if let graph = options.graphImage {
            lines += ["## Actor relations", "", "![Actor relations: who did what to whom, coloured by kind of relation](\(graph))", ""]
            if let extent = options.graphExtent, extent.isCapped {
                lines += ["The picture shows \(extent.shownPhrase), by evidence sentences; the table of relations below lists every one.", ""]
            }
        }
        if let picture = options.timelineImage {
            lines += ["## Timeline", "", "![Timeline of dated events](\(picture))", ""]
        }
        lines += actorsTable()
        lines += relationsTable()
        lines += datedList()
        lines += whatChanged()
        lines += mermaid(options.title)
        if !footnotes.isEmpty { lines += ["## Sources", ""] + footnotes + [""] }
        return lines.joined(separator: "\n")
    }

    func corpus() -> [String] {
        var lines = ["## Corpus", "", "| Document | Published | Source |", "| --- | --- | --- |"]
        for document in timeline.documents {
            let title = MarkdownReportExporter.cell(document.title ?? document.id.rawValue)
            let published = document.published.map(DateWording.phrase) ?? "undated"
            var source = MarkdownReportExporter.codeSpan(document.source, inTable: true)
            if let url = document.url.flatMap(LinkPolicy.safeURL) { source = MarkdownReportExporter.link("link", url) + " " + source }
            lines.append("| \(title) | \(published) | \(source) |")
        }
        return lines + [""]
    }

    func actorsTable() -> [String] {
        var lines = ["## Actors", "", "| Actor | Kind | Mentions | Relations | Main partners |", "| --- | --- | ---: | ---: | --- |"]
        for actor in timeline.actors.sorted(by: { ($1.mentions, $0.id) < ($0.mentions, $1.id) }) {
            var partners: [ActorID: Int] = [:]
            var count = 0
            for relation in timeline.relations where relation.source == actor.id || relation.target == actor.id {
                count += 1
                partners[relation.source == actor.id ? relation.target : relation.source, default: 0] += relation.weight
            }
            let main = partners.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { MarkdownReportExporter.cell(name($0.key)) }
            lines.append("| \(MarkdownReportExporter.cell(actor.name)) | \(actor.kind.words) | \(actor.mentions) | \(count) | \(main.joined(separator: ", ")) |")
        }
        return lines + [""]
    }

    mutating func relationsTable() -> [String] {
        var lines = ["## Relations", "", "| Source | Target | Kind | Polarity | Weight | First seen | Last seen | Evidence |",
                     "| --- | --- | --- | --- | ---: | --- | --- | --- |"]
        for relation in timeline.relations.sorted(by: { ($1.weight, $0.source, $0.target, $0.kind) < ($0.weight, $1.source, $1.target, $1.kind) }) {
            guard let evidence = relation.evidence.min(by: { ($0.claim == nil ? 0 : 1, EvidenceKey($0)) < ($1.claim == nil ? 0 : 1, EvidenceKey($1)) }) else { continue }
            var quote = "“" + MarkdownReportExporter.cell(evidence.text) + "” " + cite(evidence)
            if let claim = evidence.claim { quote += " *(claim" + (claim.claimant.map { " by \(MarkdownReportExporter.cell(name($0)))" } ?? "") + ")*" }
            let kind = relation.kind.words + (relation.standing == true ? " (lasting)" : "")
            lines.append("| \(MarkdownReportExporter.cell(name(relation.source))) | \(MarkdownReportExporter.cell(name(relation.target))) | \(kind) | \(relation.polarity.rawValue) | \(relation.weight) | \(MarkdownReportExporter.cell(relation.firstSeen ?? "")) | \(MarkdownReportExporter.cell(relation.lastSeen ?? "")) | \(quote) |")
        }
        return lines + [""]
    }

    mutating func datedList() -> [String] {
        var lines = ["## Events by month", ""]
        var currentHeading: String? = nil
        var undated: [Event] = []
        for event in timeline.events {
            guard let heading = DateWording.monthHeading(event.date) else { undated.append(event); continue }
            if heading != currentHeading {
                lines += ["### \(heading)", ""]
                currentHeading = heading
            }
            lines.append(item(event))
        }
        if !undated.isEmpty {
            lines += ["", "### Date unknown", ""]
            lines += undated.map { item($0) }
        }
        return lines + [""]
    }

    mutating func item(_ event: Event) -> String {
        var line = "- **\(DateWording.phrase(event.date))** — \(MarkdownReportExporter.inline(event.summary))"
        if let evidence = event.evidence.first {
            if let claim = evidence.claim {
                line += " *(a claim" + (claim.claimant.map { " by \(MarkdownReportExporter.inline(name($0)))" } ?? "") + ": “\(MarkdownReportExporter.inline(claim.cue))”)*"
            }
            line += ": “\(MarkdownReportExporter.inline(evidence.text))” " + cite(evidence)
        }
        return line
    }

    /// Pairs whose relation turned from cooperative to conflictual, or back, over time.
    func whatChanged() -> [String] {
        var byPair: [String: [Relation]] = [:]
        for relation in timeline.relations where relation.polarity != .neutral {
            let pair = [relation.source.rawValue, relation.target.rawValue].sorted().joined(separator: "\u{0}")
            byPair[pair, default: []].append(relation)
        }
        var lines: [String] = []
        for key in byPair.keys.sorted() {
            let relations = byPair[key]!
            let cooperative = relations.filter { $0.polarity == .cooperative }
            let conflictual = relations.filter { $0.polarity == .conflictual }
            guard !cooperative.isEmpty, !conflictual.isEmpty else { continue }
            let ids = key.split(separator: "\u{0}").map { ActorID(String($0)) }
            let describe = { (group: [Relation]) -> String in
                group.map { "\($0.kind.words)" + ($0.firstSeen.map { " (from \(MarkdownReportExporter.inline($0)))" } ?? "") }.joined(separator: ", ")
            }
            let firstCooperative = cooperative.compactMap(\.firstSeen).min(by: TimexOrder.precedes)
            let firstConflict = conflictual.compactMap(\.firstSeen).min(by: TimexOrder.precedes)
            var turn = "both cooperation and conflict"
            if let a = firstCooperative, let b = firstConflict {
                turn = TimexOrder.precedes(a, b) ? "cooperation first, conflict later" : TimexOrder.precedes(b, a) ? "conflict first, cooperation later" : "cooperation and conflict at once"
            }
            lines.append("- **\(MarkdownReportExporter.inline(name(ids[0]))) and \(MarkdownReportExporter.inline(name(ids[1])))**: \(turn). Cooperative: \(describe(cooperative)). Conflictual: \(describe(conflictual)).")
        }
        guard !lines.isEmpty else { return [] }
        return ["## What changed", ""] + lines + [""]
    }

    /// A Mermaid `timeline` block, which GitHub and other Mermaid-aware viewers draw inline.
    func mermaid(_ title: String) -> [String] {
        var lines = ["## Timeline (Mermaid)", "", "```mermaid", "timeline", "    title \(Report.mermaidText(title))"]
        var byDate: [(String, [String])] = []
        for event in timeline.events where TimexOrder.start(of: event.date.value) != nil && event.date.status != .reported {
            let label = DateWording.phrase(event.date)
            if byDate.last?.0 == label { byDate[byDate.count - 1].1.append(event.summary) } else { byDate.append((label, [event.summary])) }
        }
        for (label, summaries) in byDate {
            lines.append("    \(Report.mermaidText(label)) : " + summaries.map(Report.mermaidText).joined(separator: " : "))
        }
        return lines + ["```", ""]
    }

    /// Mermaid timeline text: its separators (`:`, `;`, `#`), fence characters and line breaks are
    /// replaced by spaces, scalar by scalar (`"\r\n"`, or `:` followed by a combining mark, is one
    /// Swift `Character`).
    static func mermaidText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { ":;#`\n\r{}\u{2028}\u{2029}".unicodeScalars.contains($0) ? " " : $0 }))
    }
}
