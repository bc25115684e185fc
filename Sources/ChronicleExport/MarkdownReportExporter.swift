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

        public init(title: String = "Chronicle report", graphImage: String? = "graph.svg", timelineImage: String? = "timeline.svg") {
            self.title = title
            self.graphImage = graphImage
            self.timelineImage = timelineImage
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

    /// `inline` and `cell`, scalar by scalar: CommonMark reads Unicode scalars, so `\r\n` (one Swift
    /// `Character`) is a line break and `|` or `[` followed by a combining mark is still markup.
    private static func escape(_ text: String, pipes: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in foldingLineBreaks(text).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!":
                result.append("\\")
                result.append(scalar)
            case "|" where pipes:
                result.append("\\")
                result.append(scalar)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Line breaks (LF, CR, CRLF, U+2028, U+2029) as one space each, scalar by scalar.
    static func foldingLineBreaks(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r", "\u{2028}", "\u{2029}": result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A code span showing `text` literally (a file name), per CommonMark: line breaks folded to
    /// spaces, a fence one backtick longer than the longest run of backticks inside, and a space
    /// inside each end of the fence when the text starts or ends with a backtick or with spaces at
    /// both ends (which a reader strips once). In a table cell (`inTable`) pipes are escaped; a
    /// backslash right before a pipe cannot be written in a code span there (readers differ on
    /// `\\|`), so such text is written as escaped plain text instead.
    public static func codeSpan(_ text: String, inTable: Bool) -> String {
        let content = Array(foldingLineBreaks(text).unicodeScalars)
        guard !content.isEmpty else { return "` `" }
        if inTable, zip(content, content.dropFirst()).contains(where: { $0 == "\\" && $1 == "|" }) { return cell(text) }
        var longest = 0
        var run = 0
        for scalar in content {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        var body = String.UnicodeScalarView()
        for scalar in content {
            if inTable, scalar == "|" { body.append("\\") }
            body.append(scalar)
        }
        let pad = content.first == "`" || content.last == "`"
            || (content.first == " " && content.last == " " && content.contains { $0 != " " })
        return pad ? fence + " " + String(body) + " " + fence : fence + String(body) + fence
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

    init(timeline: Timeline) {
        self.timeline = timeline
        names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        documents = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0) })
    }

    func name(_ id: ActorID?) -> String { id.map { names[$0] ?? $0.rawValue } ?? "" }

    /// The footnote citing a piece of evidence: its document, date and place, and the video moment.
    mutating func cite(_ evidence: Evidence) -> String {
        let key = EvidenceKey(evidence)
        if let number = footnoteIndex[key] { return "[^\(number)]" }
        let number = footnotes.count + 1
        footnoteIndex[key] = number
        let document = documents[evidence.document]
        var note = MarkdownReportExporter.inline(document?.title ?? evidence.document.rawValue)
        if let day = document?.published { note += ", \(DateWording.phrase(day))" }
        if let url = document?.url.flatMap(LinkPolicy.safeURL) { note += ", " + MarkdownReportExporter.address(url) }
        note += ", " + MarkdownReportExporter.codeSpan(document?.source ?? "", inTable: false) + " bytes \(evidence.byteStart)–\(evidence.byteEnd)"
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
