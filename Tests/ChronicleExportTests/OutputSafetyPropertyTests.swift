import ChronicleExport
import ChronicleModel
import ChronicleTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Property tests: names, titles, sentences and links drawn from a hostile alphabet go through every
/// exporter, and a real parser reads each output back. The outputs must parse, keep their structure
/// (rows, columns, elements), give the text back where the format can carry it, and never emit a
/// link that is not http, https or relative. Seeded, so a failure names a case that can be replayed.
struct OutputSafetyPropertyTests {
    static let cases = 200

    /// One generated timeline per case, the same on every run.
    static let samples: [HostileSample] = {
        var random = SplitMix64(seed: 0xC0FFEE)
        return (0..<cases).map { HostileSample(index: $0, random: &random) }
    }()

    /// A second seed, for the formats whose escaping once depended on Swift's Characters (CSV and
    /// Markdown), so that they see twice as many cases.
    static let moreSamples: [HostileSample] = {
        var random = SplitMix64(seed: 0xBADC0DE)
        return (0..<cases).map { HostileSample(index: 1000 + $0, random: &random) }
    }()

    // MARK: - JSON

    @Test func timelineJSONGivesEveryStringBack() throws {
        for sample in Self.samples {
            let data = try TimelineJSON.encode(sample.timeline)
            // Chronicle's own reader (JSONDecoder) gives back exactly what was written.
            let decoded = try TimelineJSON.decode(data)
            #expect(Dictionary(uniqueKeysWithValues: decoded.actors.map { ($0.id.rawValue, $0.name) }) == sample.names, "case \(sample.index)")
            #expect(Set(decoded.documents) == Set(sample.timeline.documents), "case \(sample.index)")
            #expect(Set(decoded.events.map(\.summary)) == Set(sample.timeline.events.map(\.summary)), "case \(sample.index)")
            #expect(try TimelineJSON.encode(decoded) == data, "case \(sample.index): reading and writing again changes nothing")
            // Foundation's JSONSerialization reads it too (U+FEFF aside, see `withoutBOM`).
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "case \(sample.index)")
            let actors = try #require(object["actors"] as? [[String: Any]])
            let names = Dictionary(uniqueKeysWithValues: actors.map { ($0["id"] as? String ?? "", withoutBOM($0["name"] as? String) ?? "") })
            #expect(names == sample.names.mapValues { withoutBOM($0)! }, "case \(sample.index)")
            let documents = try #require(object["documents"] as? [[String: Any]])
            for document in sample.timeline.documents {
                let read = try #require(documents.first { withoutBOM($0["id"] as? String) == withoutBOM(document.id.rawValue) },
                                        "case \(sample.index): document \(document.id.rawValue.debugDescription)")
                #expect(withoutBOM(read["title"] as? String) == withoutBOM(document.title), "case \(sample.index)")
                #expect(withoutBOM(read["url"] as? String) == withoutBOM(document.url), "case \(sample.index)")
                #expect(withoutBOM(read["source"] as? String) == withoutBOM(document.source), "case \(sample.index)")
            }
            let sentences = (object["relations"] as? [[String: Any]] ?? []).flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
                .compactMap { withoutBOM($0["text"] as? String) }
            #expect(Set(sentences) == Set(sample.timeline.relations.flatMap(\.evidence).compactMap { withoutBOM($0.text) }), "case \(sample.index)")
        }
    }

    @Test func timelineJSKeepsTextOutOfMarkupAndLinksSafe() throws {
        for sample in Self.samples {
            let data = try TimelineJSExporter.export(sample.timeline, title: sample.title)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "case \(sample.index)")
            let title = try #require((object["title"] as? [String: Any])?["text"] as? [String: Any])
            #expect(withoutBOM(unescapeHTML(title["headline"] as? String ?? "")) == withoutBOM(sample.title), "case \(sample.index)")
            let slides = try #require(object["events"] as? [[String: Any]])
            #expect(!slides.isEmpty, "case \(sample.index): dated events make slides")
            for slide in slides {
                let text = try #require(slide["text"] as? [String: Any])
                let headline = text["headline"] as? String ?? ""
                #expect(sample.timeline.events.map { withoutBOM($0.summary) }.contains(withoutBOM(unescapeHTML(headline))),
                        "case \(sample.index): \(headline.debugDescription)")
                // TimelineJS puts the group's label into the page as HTML too.
                for html in [headline, text["text"] as? String ?? "", slide["group"] as? String ?? ""] {
                    let markup = html.replacingOccurrences(of: "<em>", with: "").replacingOccurrences(of: "</em>", with: "")
                    #expect(!markup.contains("<") && !markup.contains(">"), "case \(sample.index): markup in \(html.debugDescription)")
                }
                if let media = slide["media"] as? [String: Any] {
                    #expect(isSafeLink(media["url"] as? String ?? ""), "case \(sample.index): media \(String(describing: media["url"]))")
                }
            }
        }
    }

    // MARK: - XML

    @Test func graphMLParsesAndGivesNamesBack() throws {
        for sample in Self.samples {
            let xml = GraphMLExporter.export(sample.timeline)
            let root = try #require(XMLTree.parse(Data(xml.utf8)), "case \(sample.index): \(xmlError(Data(xml.utf8)) ?? "")")
            #expect(root.name == "graphml")
            expectNoActiveContent(root, sample)
            let nodes = root.all("node")
            #expect(nodes.count == sample.timeline.actors.count, "case \(sample.index)")
            for node in nodes {
                let id = node.attributes["id"] ?? ""
                let name = try #require(sample.names[id], "case \(sample.index): node \(id.debugDescription)")
                let read = node.children.first { $0.attributes["key"] == "n_name" }?.text ?? ""
                #expect(read == XMLExpect.ideal(name), "case \(sample.index): read \(read.debugDescription), expected \(XMLExpect.ideal(name).debugDescription)")
            }
            let edges = root.all("edge")
            #expect(edges.count == sample.timeline.relations.count, "case \(sample.index): one edge per relation")
            let evidence = Set(sample.timeline.relations.compactMap { $0.evidence.first?.text })
            for edge in edges {
                let read = edge.children.first { $0.attributes["key"] == "e_evidence" }?.text ?? ""
                #expect(evidence.contains { XMLExpect.ideal($0) == read }, "case \(sample.index): evidence \(read.debugDescription)")
            }
        }
    }

    @Test func gexfParsesAndGivesLabelsBack() throws {
        for sample in Self.samples {
            let xml = GEXFExporter.export(sample.timeline)
            let root = try #require(XMLTree.parse(Data(xml.utf8)), "case \(sample.index): \(xmlError(Data(xml.utf8)) ?? "")")
            #expect(root.name == "gexf")
            expectNoActiveContent(root, sample)
            let nodes = root.all("node")
            #expect(nodes.count == sample.timeline.actors.count, "case \(sample.index)")
            for node in nodes {
                let name = try #require(sample.names[node.attributes["id"] ?? ""], "case \(sample.index)")
                let label = node.attributes["label"] ?? ""
                #expect(label == XMLExpect.ideal(name), "case \(sample.index): read \(label.debugDescription), expected \(XMLExpect.ideal(name).debugDescription)")
            }
            #expect(root.all("edge").count == sample.timeline.relations.count, "case \(sample.index)")
        }
    }

    @Test func timelineSVGParsesAndGivesTitlesBack() throws {
        for sample in Self.samples {
            let svg = TimelineSVGExporter.export(sample.timeline, title: sample.title)
            let root = try #require(XMLTree.parse(Data(svg.utf8)), "case \(sample.index): \(xmlError(Data(svg.utf8)) ?? "")")
            #expect(root.name == "svg")
            expectNoActiveContent(root, sample)
            let title = root.children.first { $0.name == "title" }?.text ?? ""
            #expect(title == XMLExpect.ideal(sample.title), "case \(sample.index): read \(title.debugDescription), expected \(XMLExpect.ideal(sample.title).debugDescription)")
            // Each event is a row; its first sentence is the tooltip of its label.
            let tooltips = root.all("title").map(\.text)
            for event in sample.timeline.events {
                let sentence = try #require(event.evidence.first?.text)
                #expect(tooltips.contains(XMLExpect.ideal(sentence)),
                        "case \(sample.index): \(sentence.debugDescription)")
            }
        }
    }

    // MARK: - DOT

    @Test func dotProgramReadsEveryGraphAndLabelsComeBack() throws {
        let graphs = Self.samples.map { DOTExporter.export($0.timeline, options: GraphOptions(title: $0.title, people: true, sourceLinkBase: "../")) }
        // Links in the DOT text itself, whether or not Graphviz is installed.
        for (sample, dot) in zip(Self.samples, graphs) {
            for url in attributeValues(named: "URL", inDOT: dot) {
                #expect(isSafeLink(url.replacingOccurrences(of: "&amp;", with: "&")), "case \(sample.index): URL=\(url.debugDescription)")
            }
        }
        // Graphviz's own reader, where the `dot` program is installed (CI installs it).
        guard let dotProgram = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            return
        }
        // All graphs in one file, one `dot -Tjson` run: one pretty-printed JSON object per graph.
        let folder = makeTemporaryFolder("chronicle-dot-property")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try graphs.joined().write(toFile: folder + "/graphs.dot", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotProgram)
        // Standard output to a file (`-o` would keep only the last graph), errors through a pipe.
        process.arguments = ["-Tjson", folder + "/graphs.dot"]
        #expect(FileManager.default.createFile(atPath: folder + "/graphs.json", contents: nil))
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/graphs.json"))
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try output.close()
        #expect(process.terminationStatus == 0, "dot: \(warnings.prefix(2000))")
        #expect(!warnings.contains("syntax error"), "dot: \(warnings.prefix(2000))")
        let json = try String(contentsOfFile: folder + "/graphs.json", encoding: .utf8)
        var documents: [String] = []
        var current = ""
        for line in json.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line == "}" { documents.append(current); current = "" }
        }
        #expect(documents.count == Self.cases, "dot read \(documents.count) of \(Self.cases) graphs")
        for (sample, json) in zip(Self.samples, documents) {
            let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "case \(sample.index)")
            #expect(withoutBOM(decodeEscString(graph["label"] as? String ?? "")) == withoutBOM(DOTExpect.label(sample.title)),
                    "case \(sample.index): graph label")
            let objects = graph["objects"] as? [[String: Any]] ?? []
            for (id, name) in sample.names {
                let node = try #require(objects.first { $0["name"] as? String == id }, "case \(sample.index): node \(id)")
                #expect(withoutBOM(decodeEscString(node["label"] as? String ?? "")) == withoutBOM(DOTExpect.label(name)), "case \(sample.index): label of \(id)")
            }
            let people = sample.timeline.actors.flatMap { $0.people ?? [] }
            let labels = objects.compactMap { $0["label"] as? String }.compactMap { withoutBOM(decodeEscString($0)) }
            for person in people {
                #expect(labels.contains(withoutBOM(DOTExpect.label(person))!), "case \(sample.index): person \(person.debugDescription)")
            }
            for edge in graph["edges"] as? [[String: Any]] ?? [] {
                if let url = edge["URL"] as? String {
                    #expect(isSafeLink(url.replacingOccurrences(of: "&amp;", with: "&")), "case \(sample.index): URL \(url.debugDescription)")
                }
                // Graphviz reads a tooltip's backslashes twice, so the exporter writes four for one.
                if let tooltip = edge["tooltip"] as? String, let text = withoutBOM(decodeEscString(firstTooltipReading(tooltip))) {
                    let quoted = sample.timeline.relations.flatMap(\.evidence).contains { text.contains("“" + withoutBOM(DOTExpect.label($0.text))! + "”") }
                    #expect(quoted, "case \(sample.index): tooltip \(text.debugDescription)")
                }
            }
        }
    }

    // MARK: - CSV

    @Test func csvParsesWithOneRowPerRelationAndEventAndNoFormulas() throws {
        for sample in Self.samples + Self.moreSamples { try checkCSV(sample) }
    }

    func checkCSV(_ sample: HostileSample) throws {
        let relations = try #require(CSV.parse(CSVExporter.relations(sample.timeline)), "case \(sample.index): relations.csv is not RFC 4180")
        let events = try #require(CSV.parse(CSVExporter.events(sample.timeline)), "case \(sample.index): events.csv is not RFC 4180")
        for cell in (relations + events).joined() {
            let formula = cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
            #expect(!formula || Double(cell) != nil, "case \(sample.index): a spreadsheet would run \(cell.debugDescription)")
        }
        #expect(relations.count == sample.timeline.relations.count + 1, "case \(sample.index): relation rows")
        #expect(events.count == sample.timeline.events.count + 1, "case \(sample.index): event rows")
        guard relations.allSatisfy({ $0.count == 18 }), events.allSatisfy({ $0.count == 19 }) else {
            Issue.record("case \(sample.index): column counts \(relations.map(\.count)) \(events.map(\.count))")
            return
        }
        // Names and sentences come back, behind a `'` where they would have been formulas.
        let header = relations[0]
        let (source, sourceName, evidence) = (header.firstIndex(of: "source")!, header.firstIndex(of: "source_name")!, header.firstIndex(of: "evidence")!)
        for row in relations.dropFirst() {
            #expect(row[sourceName] == CSVExpect.cell(sample.names[row[source]] ?? "?"), "case \(sample.index): \(row[sourceName].debugDescription)")
            #expect(sample.timeline.relations.contains { CSVExpect.cell($0.evidence.first?.text ?? "") == row[evidence] }, "case \(sample.index)")
        }
        let summary = events[0].firstIndex(of: "summary")!
        #expect(Set(events.dropFirst().map { $0[summary] }) == Set(sample.timeline.events.map { CSVExpect.cell($0.summary) }), "case \(sample.index)")
    }

    // MARK: - Markdown

    @Test func reportTablesKeepTheirColumnsAndLinksAreSafe() throws {
        for sample in Self.samples + Self.moreSamples { try checkReport(sample) }
    }

    func checkReport(_ sample: HostileSample) throws {
        let report = MarkdownReportExporter.export(sample.timeline, options: .init(title: sample.title))
        // Lines as CommonMark sees them: LF, CRLF and a lone CR all end a line.
        let lines = Markdown.lines(report)
        let controlLine = lines.first { $0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F } }
        #expect(controlLine == nil, "case \(sample.index): a control character in the report: \(controlLine.debugDescription)")
        var tables = 0
        var index = 0
        while index + 1 < lines.count {
            guard lines[index].unicodeScalars.starts(with: "| ".unicodeScalars), lines[index + 1].unicodeScalars.starts(with: "| ---".unicodeScalars)
            else { index += 1; continue }
            tables += 1
            let columns = Markdown.cells(lines[index]).count
            #expect(Markdown.cells(lines[index + 1]).count == columns)
            var row = index + 2
            while row < lines.count, !lines[row].isEmpty {
                #expect(lines[row].unicodeScalars.starts(with: "| ".unicodeScalars) && Markdown.cells(lines[row]).count == columns,
                        "case \(sample.index): row \(lines[row].debugDescription) of a \(columns)-column table")
                row += 1
            }
            index = row
        }
        #expect(tables == 3, "case \(sample.index): corpus, actors and relations tables")
        // The actors table gives each name back once Markdown's escapes are undone (line breaks fold to spaces).
        let actorRows = lines.drop { !$0.unicodeScalars.starts(with: "| Actor".unicodeScalars) }.dropFirst(2).prefix { !$0.isEmpty }
        #expect(Set(actorRows.map { Markdown.unescape(Markdown.cells($0).first ?? "") }) == Set(sample.names.values.map(Markdown.expectedCell)),
                "case \(sample.index)")
        // A real CommonMark reader (cmark-gfm, raw HTML let through so that any the exporter failed
        // to escape shows): no script, three tables, and every href and src http(s) or relative.
        guard let html = try Markdown.render(report) else { return }
        #expect(!html.lowercased().contains("<script"), "case \(sample.index): a script element")
        #expect(html.components(separatedBy: "<table>").count - 1 == 3, "case \(sample.index): three tables in the HTML")
        for attribute in ["href", "src"] {
            for url in htmlAttributeValues(attribute, in: html) {
                #expect(isSafeLink(unescapeHTML(url)), "case \(sample.index): \(attribute)=\(url.debugDescription)")
            }
        }
    }

    // MARK: - Checks shared by the formats

    /// No element that runs code, no event-handler attribute, no link that is not http(s) or relative.
    func expectNoActiveContent(_ root: XMLTree.Element, _ sample: HostileSample, sourceLocation: SourceLocation = #_sourceLocation) {
        for element in root.all() {
            #expect(!["script", "foreignObject", "iframe", "object", "embed"].contains(element.name), "case \(sample.index): <\(element.name)>",
                    sourceLocation: sourceLocation)
            for (name, value) in element.attributes {
                #expect(!name.lowercased().hasPrefix("on"), "case \(sample.index): \(name)=", sourceLocation: sourceLocation)
                if name == "href" || name.hasSuffix(":href") || name == "src" {
                    #expect(isSafeLink(value), "case \(sample.index): \(name)=\(value.debugDescription)", sourceLocation: sourceLocation)
                }
            }
        }
    }

}

// MARK: - Hostile samples

/// A timeline whose every string is hostile: names, aliases, people, titles, sources, sentences,
/// summaries, claim cues and links.
struct HostileSample {
    let index: Int
    let timeline: Timeline
    let title: String
    /// Actor id to name.
    let names: [String: String]

    static let pieces: [String] = [
        "\"", "'", "\\", "\\\\", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}",
        "\u{7F}", "\u{85}", "<script>alert(1)</script>", "<b>", "</title>", "]]>", "<![CDATA[", "-->", "<!--", "&", "&amp;", "&#0;",
        "&lt;", "|", "||", "`", "```", "*", "_", "#", "[", "]", "(", ")", "{", "}", ";", ",", ":", "%", "%22", "%0A", "=", "+", "-",
        "@", "=HYPERLINK(\"http://x\")", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "\\N", "\\G", "\\l",
        "->", "--", "}}", "$", "~~", "![x](javascript:y)", "[x](data:z)", "<http://x>", "😀", "👩‍👩‍👧", "\u{1F1FA}\u{1F1F8}",
        "\u{0301}", "\u{200F}", "\u{202E}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{E000}",
        "\u{10FFFF}", "Россия", "إسرائيل", " ", "  ", "Russia", "a", "1", "-4.0",
    ]
    static let formulaStarts = ["=", "+", "-", "@", "\t", "\r", "=1+1", "@SUM(A1)"]
    static let urls: [String] = [
        "javascript:alert(1)", " JavaScript:alert(1)", "java\nscript:alert(1)", "\u{0}javascript:alert(1)", "data:text/html,<script>x</script>",
        "DATA:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd", "//evil.example/x", "http://example.org/a?b=1&c=\"<q>",
        "https://example.org/\u{202E}path with space", "HTTPS://EXAMPLE.ORG/", "../corpus/a b.txt", "notes/x.md#frag", "?q=1", "#top",
        "https://youtu.be/x?t=1&list=<y>", "mailto:a@b.c", "ftp://x", "http:javascript:alert(1)", "ht tp://x", "",
    ]

    init(index: Int, random: inout SplitMix64) {
        self.index = index
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        func text() -> String {
            var result = chance(25) ? pick(Self.formulaStarts) : ""
            for _ in 0..<(1 + Int(random.next() % 8)) {
                result += pick(Self.pieces)
            }
            return result
        }
        func url() -> String {
            chance(30) ? pick(Self.urls) + text() : pick(Self.urls)
        }
        func fileName() -> String {
            text()
        }

        title = text()
        let documentIDs = [DocumentID(chance(50) ? "d0" + fileName() : "d0"), DocumentID("d1")]
        let documents = documentIDs.map { id in
            Document(id: id, source: "corpus/" + fileName() + ".txt", title: chance(80) ? text() : nil,
                     published: chance(70) ? CalendarDay(iso: "2023-11-06") : nil, url: chance(70) ? url() : nil,
                     format: pick(DocumentFormat.allCases))
        }
        let actors = (0..<3).map { number in
            Actor(id: ActorID("A\(number)"), name: text(), kind: pick(ActorKind.allCases), aliases: [text(), text()],
                  mentions: 1 + Int(random.next() % 50), people: chance(60) ? [text()] : nil)
        }
        names = Dictionary(uniqueKeysWithValues: actors.map { ($0.id.rawValue, $0.name) })
        func evidence(_ offset: Int) -> Evidence {
            Evidence(document: pick(documentIDs), text: text(), byteStart: offset * 100, byteEnd: offset * 100 + 40,
                     media: chance(50) ? MediaOffset(offset: "00:01:0\(offset % 10)", seconds: 60 + offset, url: url()) : nil,
                     claim: chance(30) ? Claim(claimant: chance(50) ? actors[0].id : nil, cue: text()) : nil,
                     person: chance(30) ? text() : nil)
        }
        let relations = [(0, 1), (1, 2), (2, 0)].enumerated().map { number, pair in
            Relation(source: actors[pair.0].id, target: actors[pair.1].id, kind: pick(RelationKind.allCases),
                     firstSeen: chance(60) ? "2023-11-0\(number + 1)" : nil, lastSeen: chance(60) ? "2023-11-0\(number + 4)" : nil,
                     evidence: [evidence(number)])
        }
        let dates = [
            TemporalValue(day: CalendarDay(iso: "2023-11-06")!, status: .happened),
            TemporalValue(value: "2023-10", modifier: .start, text: text(), status: .happened),
            TemporalValue(day: CalendarDay(iso: "2023-11-07")!, status: .reported),
            TemporalValue(value: "XXXX", text: text()),
        ]
        let events = dates.enumerated().map { number, date in
            Event(id: EventID("e\(number)"), date: date, actors: [actors[number % 3].id, actors[(number + 1) % 3].id],
                  source: actors[number % 3].id, target: actors[(number + 1) % 3].id, kind: pick(RelationKind.allCases),
                  summary: text(), evidence: [evidence(10 + number)])
        }
        timeline = Timeline(documents: documents, actors: actors, relations: relations, events: events)
    }
}

// MARK: - What each format may do to a string

/// http, https, or relative (no scheme, not protocol-relative): what a browser makes of the link
/// after the URL standard's clean-up (outer C0 controls and spaces trimmed, tabs and line breaks
/// removed anywhere) must not be `javascript:`, `data:` or any other scheme.
func isSafeLink(_ url: String) -> Bool {
    var scalars = Array(url.unicodeScalars).filter { !["\t", "\n", "\r"].contains($0) }
    while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
    while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
    let cleaned = String(String.UnicodeScalarView(scalars)).lowercased()
    if cleaned.hasPrefix("//") || cleaned.hasPrefix("\\") || cleaned.hasPrefix("/\\") || cleaned.hasPrefix("\\/") { return false }
    guard let colon = cleaned.firstIndex(of: ":") else { return true }
    let scheme = cleaned[..<colon]
    if scheme.contains(where: { "/?#".contains($0) }) { return true }
    return scheme == "http" || scheme == "https"
}

enum XMLExpect {
    /// What XML can carry: everything but C0 controls other than tab, line feed and carriage return, and U+FFFE, U+FFFF.
    static func ideal(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

enum DOTExpect {
    /// A label as Graphviz draws it: line breaks (and U+2028, U+2029, U+0085) as line breaks, CR and
    /// NUL gone, other control characters as spaces.
    static func label(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}", "\u{85}": result += "\n"
            case "\r", "\u{0}": continue
            default: if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

/// A tooltip as Graphviz has it after its first reading of the backslashes: `\\` becomes `\`, other
/// escapes stay for the second (`decodeEscString`). Over scalars: a backslash and a combining mark
/// after it are one `Character`, which `replacingOccurrences` would not see as a backslash.
func firstTooltipReading(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        if scalars[index] == "\\", index + 1 < scalars.count {
            if scalars[index + 1] != "\\" { result.append(scalars[index]) }
            result.append(scalars[index + 1])
            index += 2
        } else {
            result.append(scalars[index])
            index += 1
        }
    }
    return String(result)
}

/// A Graphviz escString as a label shows it: `\\` is a backslash, `\n`, `\l`, `\r` end lines; any
/// other escape (`\N`, `\G`, ...) would be substituted, so a name must never produce one: nil.
func decodeEscString(_ text: String) -> String? {
    var result = String.UnicodeScalarView()
    var escaped = false
    for scalar in text.unicodeScalars {
        if escaped {
            switch scalar {
            case "\\": result.append("\\")
            case "n", "l", "r": result.append("\n")
            case "\"": result.append("\"")
            default: return nil
            }
            escaped = false
        } else if scalar == "\\" {
            escaped = true
        } else {
            result.append(scalar)
        }
    }
    return escaped ? nil : String(result)
}

enum CSVExpect {
    /// The cell a spreadsheet reads: the text, behind `'` when it would start a formula.
    static func cell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil else { return text }
        return "'" + text
    }
}

/// RFC 4180, strictly: CRLF after every record, quotes only around whole fields, `""` for a quote.
enum CSV {
    private enum State { case start, unquoted, quoted, afterQuote }

    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var state = State.start
        var scalars = Array(text.unicodeScalars)[...]
        func endField() { row.append(field); field = "" }
        while let scalar = scalars.popFirst() {
            switch (state, scalar) {
            case (.quoted, "\""): state = .afterQuote
            case (.quoted, _): field.unicodeScalars.append(scalar)
            case (.afterQuote, "\""): field.unicodeScalars.append("\""); state = .quoted
            case (.start, "\""): state = .quoted
            case (.unquoted, "\""): return nil  // a quote inside an unquoted field
            case (_, ","): endField(); state = .start
            case (_, "\r"):
                guard scalars.popFirst() == "\n" else { return nil }
                endField(); rows.append(row); row = []; state = .start
            case (.afterQuote, _): return nil  // text after a closing quote
            case (_, "\n"): return nil  // a bare line feed outside quotes
            default: field.unicodeScalars.append(scalar); state = .unquoted
            }
        }
        guard state == .start, row.isEmpty, field.isEmpty else { return nil }  // every record ends with CRLF
        return rows
    }
}

/// Markdown read the way CommonMark reads it: by Unicode scalars, not by Swift's Characters (a
/// combining mark after `|` is still a pipe to a Markdown reader).
enum Markdown {
    /// Lines split at LF, CRLF and a lone CR.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\n", previousCR { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// The cells of a GFM table row: split at pipes not escaped by a backslash, outer pipes dropped, trimmed.
    static func cells(_ line: String) -> [String] {
        var cells: [String.UnicodeScalarView] = []
        var current = String.UnicodeScalarView()
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped { current.append(scalar); escaped = false; continue }
            if scalar == "\\" { current.append(scalar); escaped = true; continue }
            if scalar == "|" { cells.append(current); current = String.UnicodeScalarView(); continue }
            current.append(scalar)
        }
        cells.append(current)
        let trimmed = cells.map { trim(String($0)) }
        var result = trimmed[...]
        if result.first?.isEmpty == true { result = result.dropFirst() }
        if result.last?.isEmpty == true { result = result.dropLast() }
        return Array(result)
    }

    /// Spaces and tabs off both ends, scalar by scalar.
    static func trim(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Backslash escapes of ASCII punctuation undone, `&amp;` back to `&`, runs of spaces as one.
    static func unescape(_ cell: String) -> String {
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in cell.unicodeScalars {
            if escaped {
                if !(scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)) { result.append("\\") }
                result.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
            }
        }
        return collapseSpaces(unescapeHTML(String(result)))
    }

    /// A name as the actors table shows it: line breaks folded to spaces, runs of spaces as one, ends trimmed.
    static func expectedCell(_ name: String) -> String {
        // Line breaks and control characters (but tab) become spaces.
        let folded = String(String.UnicodeScalarView(name.unicodeScalars.map {
            ["\n", "\r", "\u{2028}", "\u{2029}"].contains($0) || $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? " " : $0
        }))
        return collapseSpaces(trim(folded))
    }

    static func collapseSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !(scalar == " " && result.last == " ") { result.append(scalar) }
        return String(result)
    }

    /// HTML from cmark-gfm (GFM tables, footnotes, autolinks; raw HTML kept), or nil when it is not installed.
    static func render(_ markdown: String) throws -> String? {
        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm", "/opt/homebrew/bin/cmark-gfm"]
            .first(where: FileManager.default.isExecutableFile) else { return nil }
        let folder = makeTemporaryFolder("chronicle-cmark")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder + "/report.md"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmark)
        process.arguments = ["--unsafe", "--extension", "table", "--extension", "footnotes", "--extension", "autolink", folder + "/report.md"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return html
    }
}

/// The five entities cmark and the exporters write, undone scalar by scalar (Foundation's
/// `replacingOccurrences` is not used: it can treat a combining mark as part of what it replaces).
func unescapeHTML(_ text: String) -> String {
    let entities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")]
    var scalars = Array(text.unicodeScalars)[...]
    var result = String.UnicodeScalarView()
    while let scalar = scalars.first {
        if scalar == "&", let (entity, replacement) = entities.first(where: { scalars.starts(with: $0.0.unicodeScalars) }) {
            result.append(replacement)
            scalars = scalars.dropFirst(entity.unicodeScalars.count)
        } else {
            result.append(scalar)
            scalars = scalars.dropFirst()
        }
    }
    return String(result)
}

/// Foundation's JSONSerialization on Linux drops U+FEFF at the start of a string and after an
/// escape sequence (JSONDecoder does not); strings read with it are compared without U+FEFF.
func withoutBOM(_ text: String?) -> String? {
    text.map { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0 != "\u{FEFF}" })) }
}

/// Values of `name="..."` attributes in HTML as cmark writes it.
func htmlAttributeValues(_ name: String, in html: String) -> [String] {
    html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
}

/// Values of `NAME="..."` in DOT text (backslash-escaped quotes inside).
func attributeValues(named name: String, inDOT dot: String) -> [String] {
    dot.components(separatedBy: "\(name)=\"").dropFirst().map { rest in
        var value = ""
        var escaped = false
        for character in rest {
            if escaped { value.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { break }
            value.append(character)
        }
        return value
    }
}

// MARK: - A small XML tree from Foundation's XMLParser

enum XMLTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and every one below it, in document order, optionally only those named `name`.
        func all(_ name: String? = nil) -> [Element] {
            var found: [Element] = []
            var stack = [self]
            while let element = stack.popLast() {
                if name == nil || element.name == name { found.append(element) }
                stack.append(contentsOf: element.children.reversed())
            }
            return found
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            let element = Element(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA data: Data) {
            stack.last?.text += String(decoding: data, as: UTF8.self)
        }
    }

    /// The document's root element, or nil when the document is not well-formed.
    static func parse(_ data: Data) -> Element? {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }
}
