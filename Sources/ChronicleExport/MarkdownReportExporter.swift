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
        /// The most events the dated list and the Mermaid timeline give (nil: all): the same ones
        /// as `timeline.svg` drawn with this maximum. Without one, 10,000 generated documents made
        /// a report of 22 MB, nine tenths of it the dated list and its footnotes.
        public var maximumTimelineEvents: Int?
        /// Above this many documents (nil: never), the corpus table lists only the documents the
        /// report quotes, after a line counting them all: a row for each of 100,000 documents made
        /// 9 MB of table no one reads, and the footnotes name each quoted document anyway.
        public var maximumListedDocuments: Int?

        /// The corpus table lists every document of a corpus up to this size (`maximumListedDocuments`).
        public static let defaultMaximumListedDocuments = 1_000

        public init(title: String = "Chronicle report", graphImage: String? = "graph.svg", timelineImage: String? = "timeline.svg",
                    graphExtent: GraphExtent? = nil, maximumTimelineEvents: Int? = TimelineExtent.defaultMaximumEvents,
                    maximumListedDocuments: Int? = Options.defaultMaximumListedDocuments)
        {
            self.title = title
            self.graphImage = graphImage
            self.timelineImage = timelineImage
            self.graphExtent = graphExtent
            self.maximumTimelineEvents = maximumTimelineEvents
            self.maximumListedDocuments = maximumListedDocuments
        }
    }

    public static func export(_ timeline: Timeline, options: Options = Options()) -> String {
        String(decoding: exportUTF8(CanonicalTimeline(timeline), options: options), as: UTF8.self)
    }

    /// The report as the UTF-8 bytes a file takes (a `String` of them checks every byte again).
    package static func exportUTF8(_ canonical: CanonicalTimeline, options: Options) -> [UInt8] {
        UTF8Buffer.bytes { write(canonical, options: options, into: &$0) }
    }

    /// The report handed to `sink` a megabyte at a time, as `build` writes it.
    package static func write(_ canonical: CanonicalTimeline, options: Options, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try UTF8Buffer.write(to: sink) { write(canonical, options: options, into: &$0) }
    }

    private static func write(_ canonical: CanonicalTimeline, options: Options, into buffer: inout UTF8Buffer) {
        var report = Report(timeline: canonical.timeline)
        // Swapped in and out, not copied: a copy would share the bytes, and the first line would copy them.
        swap(&report.out, &buffer)
        report.render(options)
        swap(&report.out, &buffer)
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
        text.rewritingUTF8(where: { isMarkup($0, pipes: pipes) || mayBreakLine($0) || isControl($0) }) { bytes, index, output in
            escape(bytes, index, pipes: pipes, into: &output)
        }
    }

    /// Writes what the character at `index` becomes; how many bytes it took.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, pipes: Bool, into output: inout [UInt8]) -> Int {
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
        case _ where isControl(byte):
            output.append(0x20)
            return 1
        default:
            return foldLineBreak(bytes, index, into: &output)
        }
    }

    /// `inline` (or with `pipes`, `cell`) appended to `output`.
    static func appendEscaped(_ text: String, pipes: Bool, to output: inout UTF8Buffer) {
        output.appendRewritten(text, where: { isMarkup($0, pipes: pipes) || mayBreakLine($0) || isControl($0) }) { bytes, index, rewritten in
            escape(bytes, index, pipes: pipes, into: &rewritten)
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

    /// A control character other than tab and the line breaks (NUL, BEL, ESC, DEL ...), which
    /// `escape` writes as a space, as the other outputs do: a report is read as text.
    @inline(__always)
    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F }

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
        // Control characters become spaces, as everywhere in the report (a code span cannot escape).
        let content = foldingLineBreaks(text).utf8.map { isControl($0) ? UInt8(ascii: " ") : $0 }
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

/// The report as it is written, section by section, into one buffer of UTF-8 bytes: every event
/// and relation of a large corpus gets a line, and building each line as a `String` cost more
/// than everything else the report does (`UTF8Buffer`). Escaping goes character by character, so
/// a line escaped piece by piece has the bytes of the line escaped whole.
private struct Report {
    let timeline: Timeline
    let names: [ActorID: String]
    let documents: [DocumentID: Document]
    var out = UTF8Buffer()
    /// The footnotes, numbered in the order of first citation, written after everything else.
    var footnotes = UTF8Buffer()
    var footnoteCount = 0
    var footnoteIndex: [EvidenceKey: Int] = [:]
    var citations: [DocumentID: [UInt8]] = [:]

    init(timeline: Timeline) {
        self.timeline = timeline
        names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        documents = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0) })
    }

    func name(_ id: ActorID?) -> String { id.map { names[$0] ?? $0.rawValue } ?? "" }

    // MARK: - Writing

    mutating func line(_ text: StaticString = "") {
        out.append(text)
        out.append("\n")
    }

    mutating func inline(_ text: String) { MarkdownReportExporter.appendEscaped(text, pipes: false, to: &out) }
    mutating func cell(_ text: String) { MarkdownReportExporter.appendEscaped(text, pipes: true, to: &out) }

    /// How footnotes name a document: its title, date, address and file. Made once per document,
    /// not once per footnote (a document of a large corpus is cited a dozen times).
    mutating func citation(of id: DocumentID) -> [UInt8] {
        if let known = citations[id] { return known }
        let document = documents[id]
        var text = MarkdownReportExporter.inline(document?.title ?? id.rawValue)
        if let day = document?.published { text += ", \(DateWording.phrase(day))" }
        if let url = document?.url.flatMap(LinkPolicy.safeURL) { text += ", " + MarkdownReportExporter.address(url) }
        text += ", " + MarkdownReportExporter.codeSpan(document?.source ?? "", inTable: false)
        citations[id] = Array(text.utf8)
        return citations[id]!
    }

    /// Writes the footnote mark citing a piece of evidence, and the footnote the first time: its
    /// document, date and place, and the video moment.
    mutating func cite(_ evidence: Evidence) {
        let key = EvidenceKey(evidence)
        let number: Int
        if let known = footnoteIndex[key] {
            number = known
        } else {
            footnoteCount += 1
            number = footnoteCount
            footnoteIndex[key] = number
            footnotes.append("[^")
            footnotes.append(number)
            footnotes.append("]: ")
            footnotes.append(bytes: citation(of: evidence.document))
            footnotes.append(" bytes ")
            footnotes.append(evidence.byteStart)
            footnotes.append("–")
            footnotes.append(evidence.byteEnd)
            if let media = evidence.media, let url = media.url.flatMap(LinkPolicy.safeURL) {
                footnotes.append(", video at ")
                footnotes.append(MarkdownReportExporter.link(media.offset, url))
            }
            footnotes.append(".\n")
        }
        out.append("[^")
        out.append(number)
        out.append("]")
    }

    // MARK: - Sections

    /// Writes the report into `out`, which hands it on a megabyte at a time between records when it has a sink.
    mutating func render(_ options: MarkdownReportExporter.Options) {
        out.append("# ")
        inline(options.title)
        out.append("\n\n")
        let pictured = TimelineSelection(timeline, maximum: options.maximumTimelineEvents)
        if let maximum = options.maximumListedDocuments, timeline.documents.count > maximum {
            corpus(listing: quotedDocuments(shown: pictured))
        } else {
            corpus(listing: nil)
        }
        if let graph = options.graphImage {
            out.append("## Actor relations\n\n![Actor relations: who did what to whom, coloured by kind of relation](")
            out.append(graph)
            out.append(")\n\n")
            if let extent = options.graphExtent, extent.isCapped {
                out.append("The picture shows \(extent.shownPhrase), by evidence sentences; the table of relations below lists every one.\n\n")
            }
        }
        if let picture = options.timelineImage {
            out.append("## Timeline\n\n![Timeline of dated events](")
            out.append(picture)
            out.append(")\n\n")
            if pictured.extent.isCapped {
                out.append("The picture and the dated list below show \(pictured.extent.shownPhrase); timeline.json and events.csv hold them all.\n\n")
            }
        }
        actorsTable()
        relationsTable()
        datedList(pictured)
        whatChanged()
        mermaid(options.title, pictured)
        if footnoteCount > 0 {
            out.append("## Sources\n\n")
            out.append(footnotes)
            out.append("\n")
        }
        // Each line above ends in a line break; the report's last line (always empty) has none.
        // (Nothing is handed on after the last record, so the break is still in the buffer.)
        out.removeLast()
    }

    /// The table of documents: every one, or only those in `listing` after a line that counts them all.
    mutating func corpus(listing: Set<DocumentID>?) {
        line("## Corpus")
        line()
        if let listing {
            let published = timeline.documents.compactMap(\.published)
            out.append("\(timeline.documents.count) documents")
            if let first = published.min(), let last = published.max() {
                out.append(", published \(DateWording.phrase(first)) to \(DateWording.phrase(last))")
            }
            if published.count < timeline.documents.count { out.append(" (\(timeline.documents.count - published.count) undated)") }
            out.append(". The table lists the \(listing.count) the report quotes; timeline.json lists them all.\n\n")
        }
        line("| Document | Published | Source |")
        line("| --- | --- | --- |")
        for document in timeline.documents where listing?.contains(document.id) ?? true {
            out.append("| ")
            cell(document.title ?? document.id.rawValue)
            out.append(" | ")
            out.append(document.published.map(DateWording.phrase) ?? "undated")
            out.append(" | ")
            if let url = document.url.flatMap(LinkPolicy.safeURL) {
                out.append(MarkdownReportExporter.link("link", url))
                out.append(" ")
            }
            out.append(MarkdownReportExporter.codeSpan(document.source, inTable: true))
            line(" |")
            out.flushIfFull()
        }
        line()
    }

    mutating func actorsTable() {
        line("## Actors")
        line()
        line("| Actor | Kind | Mentions | Relations | Main partners |")
        line("| --- | --- | ---: | ---: | --- |")
        // Each actor's relations and partners, gathered in one pass over the relations.
        var counts: [ActorID: Int] = [:]
        var partners: [ActorID: [ActorID: Int]] = [:]
        for relation in timeline.relations {
            counts[relation.source, default: 0] += 1
            partners[relation.source, default: [:]][relation.target, default: 0] += relation.weight
            guard relation.target != relation.source else { continue }
            counts[relation.target, default: 0] += 1
            partners[relation.target, default: [:]][relation.source, default: 0] += relation.weight
        }
        for actor in timeline.actors.sorted(by: { ($1.mentions, $0.id) < ($0.mentions, $1.id) }) {
            out.append("| ")
            cell(actor.name)
            out.append(" | ")
            out.append(actor.kind.words)
            out.append(" | ")
            out.append(actor.mentions)
            out.append(" | ")
            out.append(counts[actor.id] ?? 0)
            out.append(" | ")
            let main = (partners[actor.id] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
            for (index, partner) in main.enumerated() {
                if index > 0 { out.append(", ") }
                cell(name(partner.key))
            }
            line(" |")
            out.flushIfFull()
        }
        line()
    }

    mutating func relationsTable() {
        line("## Relations")
        line()
        line("| Source | Target | Kind | Polarity | Weight | First seen | Last seen | Evidence |")
        line("| --- | --- | --- | --- | ---: | --- | --- | --- |")
        for relation in timeline.relations.sorted(by: { ($1.weight, $0.source, $0.target, $0.kind) < ($0.weight, $1.source, $1.target, $1.kind) }) {
            guard let evidence = Report.quotedEvidence(of: relation) else { continue }
            out.append("| ")
            cell(name(relation.source))
            out.append(" | ")
            cell(name(relation.target))
            out.append(" | ")
            out.append(relation.kind.words)
            if relation.standing == true { out.append(" (lasting)") }
            out.append(" | ")
            out.append(relation.polarity.rawValue)
            out.append(" | ")
            out.append(relation.weight)
            out.append(" | ")
            cell(relation.firstSeen ?? "")
            out.append(" | ")
            cell(relation.lastSeen ?? "")
            out.append(" | “")
            cell(evidence.text)
            out.append("” ")
            cite(evidence)
            if let claim = evidence.claim {
                out.append(" *(claim")
                if let claimant = claim.claimant {
                    out.append(" by ")
                    cell(name(claimant))
                }
                out.append(")*")
            }
            line(" |")
            out.flushIfFull()
        }
        line()
    }

    /// The sentence the table of relations quotes for `relation`: a plain report before a claim,
    /// then the first in document order.
    static func quotedEvidence(of relation: Relation) -> Evidence? {
        relation.evidence.min(by: { ($0.claim == nil ? 0 : 1, EvidenceKey($0)) < ($1.claim == nil ? 0 : 1, EvidenceKey($1)) })
    }

    /// The documents whose sentences the report quotes: those of the relations table and of the
    /// events of `shown` (each event quotes its first sentence).
    func quotedDocuments(shown: TimelineSelection) -> Set<DocumentID> {
        var quoted = Set<DocumentID>()
        for relation in timeline.relations {
            if let evidence = Report.quotedEvidence(of: relation) { quoted.insert(evidence.document) }
        }
        for index in shown.indices {
            if let evidence = timeline.events[index].evidence.first { quoted.insert(evidence.document) }
        }
        return quoted
    }

    /// The events of `shown` by month, each with its sentence and a footnote; those without a
    /// month last.
    mutating func datedList(_ shown: TimelineSelection) {
        line("## Events by month")
        line()
        if shown.extent.isCapped {
            out.append("The list gives \(shown.extent.shownPhrase); timeline.json and events.csv hold them all (`--max-events 0` lists every one).\n\n")
        }
        var currentHeading: String? = nil
        var undated: [Int] = []
        for index in shown.indices {
            guard let heading = DateWording.monthHeading(timeline.events[index].date) else { undated.append(index); continue }
            if heading != currentHeading {
                out.append("### ")
                out.append(heading)
                out.append("\n\n")
                currentHeading = heading
            }
            item(timeline.events[index])
        }
        if !undated.isEmpty {
            out.append("\n### Date unknown\n\n")
            for index in undated { item(timeline.events[index]) }
        }
        line()
    }

    mutating func item(_ event: Event) {
        out.append("- **")
        out.append(DateWording.phrase(event.date))
        out.append("** — ")
        inline(event.summary)
        if let evidence = event.evidence.first {
            if let claim = evidence.claim {
                out.append(" *(a claim")
                if let claimant = claim.claimant {
                    out.append(" by ")
                    inline(name(claimant))
                }
                out.append(": “")
                inline(claim.cue)
                out.append("”)*")
            }
            out.append(": “")
            inline(evidence.text)
            out.append("” ")
            cite(evidence)
        }
        line()
        out.flushIfFull()
    }

    /// Pairs whose relation turned from cooperative to conflictual, or back, over time.
    mutating func whatChanged() {
        var byPair: [String: [Relation]] = [:]
        for relation in timeline.relations where relation.polarity != .neutral {
            let pair = [relation.source.rawValue, relation.target.rawValue].sorted().joined(separator: "\u{0}")
            byPair[pair, default: []].append(relation)
        }
        var wroteHeading = false
        for key in byPair.keys.sorted() {
            let relations = byPair[key]!
            let cooperative = relations.filter { $0.polarity == .cooperative }
            let conflictual = relations.filter { $0.polarity == .conflictual }
            guard !cooperative.isEmpty, !conflictual.isEmpty else { continue }
            if !wroteHeading {
                line("## What changed")
                line()
                wroteHeading = true
            }
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
            out.append("- **")
            inline(name(ids[0]))
            out.append(" and ")
            inline(name(ids[1]))
            out.append("**: \(turn). Cooperative: \(describe(cooperative)). Conflictual: \(describe(conflictual)).\n")
            out.flushIfFull()
        }
        if wroteHeading { line() }
    }

    /// A Mermaid `timeline` block, which GitHub and other Mermaid-aware viewers draw inline, of the
    /// events of `pictured` (those reported with no date in the text stay out).
    mutating func mermaid(_ title: String, _ pictured: TimelineSelection) {
        line("## Timeline (Mermaid)")
        line()
        if pictured.extent.isCapped {
            out.append("It shows \(pictured.extent.shownPhrase), as the dated list above does.\n\n")
        }
        line("```mermaid")
        line("timeline")
        out.append("    title ")
        Report.appendMermaidText(title, to: &out)
        line()
        var label: String? = nil
        for index in pictured.indices {
            let event = timeline.events[index]
            guard TimexOrder.start(of: event.date.value) != nil, event.date.status != .reported else { continue }
            let phrase = DateWording.phrase(event.date)
            if phrase != label {
                if label != nil { line() }
                label = phrase
                out.append("    ")
                Report.appendMermaidText(phrase, to: &out)
                out.append(" : ")
            } else {
                out.append(" : ")
            }
            Report.appendMermaidText(event.summary, to: &out)
        }
        if label != nil { line() }
        line("```")
        line()
    }

    /// Mermaid timeline text: its separators (`:`, `;`, `#`), fence characters, line breaks and
    /// control characters are replaced by spaces, scalar by scalar (`"\r\n"`, or `:` followed by a combining mark, is one
    /// Swift `Character`, and is two spaces or a space and the mark here). Over UTF-8 bytes: each is
    /// ASCII but the line and paragraph separators (E2 80 A8, E2 80 A9).
    static func appendMermaidText(_ text: String, to output: inout UTF8Buffer) {
        output.appendRewritten(text, where: { mermaidSeparators[Int($0)] || $0 == 0xE2 }) { bytes, index, rewritten in
            if bytes[index] == 0xE2 {
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                    rewritten.append(0xE2)
                    return 1
                }
                rewritten.append(0x20)
                return 3
            }
            rewritten.append(0x20)
            return 1
        }
    }

    /// Also every control character (tab too), as in the rest of the report.
    private static let mermaidSeparators: [Bool] = (0..<256).map { ":;#`\n\r{}".utf8.contains(UInt8($0)) || $0 < 0x20 || $0 == 0x7F }
}
