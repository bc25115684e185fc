import ChronicleModel

/// What the actor graph shows.
public struct GraphOptions: Sendable {
    /// The title above the graph; by default the corpus size and date range.
    public var title: String?
    /// Leave out relations seen in fewer sentences than this.
    public var minimumWeight: Int
    /// Only these actors and the relations among them (nil: all).
    public var actors: Set<ActorID>?
    /// Only relations seen in this date range (TIMEX3 values compared by calendar order).
    public var since: String?
    public var until: String?
    /// Draw at most this many edges (ordered pairs of actors), the strongest; nil draws them all.
    /// `dot`'s layout time climbs steeply with labelled edges: on the dense graph of 10,000
    /// generated documents it takes 0.16 s for 100 edges, 1.3 s for 200 and 35 s for all 460,
    /// and a picture of hundreds of labelled edges cannot be read anyway.
    public var maximumEdges: Int?
    /// Draw the people who spoke or acted for each actor as small nodes beside it.
    public var people: Bool
    /// A relative path from the graph's folder to the folder paths in `Document.source` are relative to
    /// (`"../"`), for linking evidence to documents that have no web address; nil: no such links.
    public var sourceLinkBase: String?

    /// The edges a picture shows unless asked otherwise (`--max-edges`).
    public static let defaultMaximumEdges = 100

    public init(title: String? = nil, minimumWeight: Int = 1, actors: Set<ActorID>? = nil, since: String? = nil,
                until: String? = nil, maximumEdges: Int? = GraphOptions.defaultMaximumEdges, people: Bool = false,
                sourceLinkBase: String? = nil)
    {
        self.title = title
        self.minimumWeight = minimumWeight
        self.actors = actors
        self.since = since
        self.until = until
        self.maximumEdges = maximumEdges
        self.people = people
        self.sourceLinkBase = sourceLinkBase
    }
}

/// The actor graph in DOT: nodes by actor kind, sized by mentions; one edge per ordered pair of
/// actors, coloured by the QuadClass of its strongest relation, as wide as its weight, labelled
/// with its kinds, dashed when it rests only on claims and dotted when it is only a lasting relation;
/// tooltips quote the best evidence and links open its source. Pure text from the model: the same
/// timeline gives the same bytes.
///
/// Parallel relations between one pair are merged into one edge so a report-sized picture stays
/// readable; each kind and its weight stay in the label and the tooltip, and the relation table of
/// the report lists them one by one.
public enum DOTExporter {
    public static func export(_ timeline: Timeline, options: GraphOptions = GraphOptions()) -> String {
        exportGraph(timeline, options: options).dot
    }

    /// The DOT text and how much of the graph it shows (`GraphOptions.maximumEdges`), for the
    /// notes beside the picture and the choice of layout engine.
    public static func exportGraph(_ timeline: Timeline, options: GraphOptions = GraphOptions()) -> (dot: String, extent: GraphExtent) {
        exportGraph(CanonicalTimeline(timeline), options: options)
    }

    package static func exportGraph(_ canonical: CanonicalTimeline, options: GraphOptions) -> (dot: String, extent: GraphExtent) {
        let timeline = canonical.timeline
        let graph = GraphSelection(timeline, options: options)
        let text = UTF8Buffer.bytes(capacity: 512 + 256 * (graph.actors.count + graph.edges.count)) { dot in
            dot.append("digraph \"chronicle\" {\n  graph [")
            dot.appendDOTAttributes([
                ("bgcolor", "white"), ("charset", "UTF-8"), ("fontname", "Helvetica"), ("fontsize", "18"), ("label", graph.title),
                ("labelloc", "t"), ("nodesep", "0.45"), ("outputorder", "edgesfirst"), ("overlap", "false"), ("pad", "0.3"),
                ("rankdir", "LR"), ("ranksep", "0.9"), ("splines", "true"), ("tooltip", graph.title),
            ])
            dot.append("];\n  node [")
            dot.appendDOTAttributes([("fontname", "Helvetica"), ("fontsize", "11"), ("penwidth", "1.2"), ("style", "filled")])
            dot.append("];\n  edge [")
            dot.appendDOTAttributes([("arrowsize", "0.7"), ("fontname", "Helvetica"), ("fontsize", "9")])
            dot.append("];\n")
            for actor in graph.actors {
                dot.appendDOTStatement(node: actor.id.rawValue, nodeAttributes(actor, maxMentions: graph.maxMentions))
            }
            if options.people {
                for actor in graph.actors {
                    for person in actor.people ?? [] {
                        let id = "person:" + person
                        dot.appendDOTStatement(node: id, [
                            ("color", "#888888"), ("fillcolor", "#f7f7f7"), ("fontsize", "9"), ("label", person), ("shape", "note"),
                            ("tooltip", "\(person), for \(actor.name)"),
                        ])
                        dot.appendDOTStatement(node: id, to: actor.id.rawValue, [
                            ("arrowhead", "none"), ("color", "#bbbbbb"), ("style", "dotted"),
                        ])
                    }
                }
            }
            for edge in graph.edges {
                dot.appendDOTStatement(node: edge.source.rawValue, to: edge.target.rawValue, edgeAttributes(edge, timeline: timeline, options: options))
            }
            appendLegend(graph.extent, to: &dot)
            dot.append("}\n")
        }
        return (String(decoding: text, as: UTF8.self), graph.extent)
    }

    // MARK: - Nodes and edges

    static func nodeAttributes(_ actor: Actor, maxMentions: Int) -> [(String, String)] {
        let (shape, fill) = style(of: actor.kind)
        // Width grows with the logarithm of mentions, so one dominant actor does not dwarf the rest.
        let scale = maxMentions > 1 ? log2(Double(actor.mentions) + 1) / log2(Double(maxMentions) + 1) : 1
        let fontSize = 11 + Int((scale * 7).rounded())
        var tooltip = "\(actor.name) (\(actor.id.rawValue)), \(actor.kind.words): \(actor.mentions) mention\(actor.mentions == 1 ? "" : "s")"
        if let people = actor.people, !people.isEmpty { tooltip += "; people: " + people.joined(separator: ", ") }
        return [("fillcolor", fill), ("fontsize", String(fontSize)), ("label", actor.name), ("shape", shape), ("tooltip", tooltip)]
    }

    /// Shape and fill by actor kind.
    public static func style(of kind: ActorKind) -> (shape: String, fill: String) {
        switch kind {
        case .state: ("box", "#e8eef7")
        case .internationalOrganization: ("hexagon", "#efe8f7")
        case .armedGroup: ("octagon", "#f7e8e8")
        case .movement, .party: ("house", "#f7f1e3")
        case .population: ("ellipse", "#e9f5ea")
        case .region: ("folder", "#eeeeee")
        case .company, .media, .other: ("ellipse", "#f2f2f2")
        }
    }

    /// Colours of the QuadClasses, shared with the other pictures.
    public static func color(of quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "#2b83ba"
        case .materialCooperation: "#1a9641"
        case .verbalConflict: "#e08214"
        case .materialConflict: "#d7191c"
        }
    }

    public static func name(of quadClass: QuadClass) -> String {
        switch quadClass {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }

    /// The most lines an edge's label has.
    static let labelLines = 4

    static func edgeAttributes(_ edge: GraphSelection.Edge, timeline: Timeline, options: GraphOptions) -> [(String, String)] {
        let strongest = edge.relations.max { ($0.weight, $1.kind) < ($1.weight, $0.kind) }!
        let weight = edge.relations.reduce(0) { $0 + $1.weight }
        // The strongest kinds, one a line; past `labelLines` the rest are counted (the tooltip names
        // them all): on a busy pair a label of ten lines would push the picture apart.
        let shown = edge.relations.count > labelLines ? labelLines - 1 : edge.relations.count
        var label = edge.relations[..<shown].map { $0.weight > 1 ? "\($0.kind.words) ×\($0.weight)" : $0.kind.words }
            .joined(separator: "\n")
        if shown < edge.relations.count { label += "\n+\(edge.relations.count - shown) more" }
        let onlyClaims = edge.relations.allSatisfy { relation in relation.evidence.allSatisfy { $0.claim != nil } }
        let onlyStanding = edge.relations.allSatisfy { $0.standing == true }
        var attributes: [(String, String)] = [
            ("color", color(of: strongest.quadClass)), ("fontcolor", color(of: strongest.quadClass)), ("label", label),
            ("penwidth", String(format1(1 + log2(Double(weight)) * 1.2))),
        ]
        if onlyClaims { attributes.append(("style", "dashed")) } else if onlyStanding { attributes.append(("style", "dotted")) }
        var tooltip = edge.relations.map { "\($0.kind.words) (CAMEO \($0.cameo), weight \($0.weight))" }.joined(separator: "; ")
        // A timeline.json edited by hand may give a relation no evidence: its edge has no quotation.
        let evidence = bestEvidence(edge)
        let document = evidence.flatMap { evidence in timeline.documents.first { $0.id == evidence.document } }
        if let evidence {
            tooltip += "\n“\(evidence.text)”"
            if let claim = evidence.claim { tooltip += "\n(claim: \(claim.cue)" + (claim.claimant.map { ", by \($0.rawValue)" } ?? "") + ")" }
        }
        if let document { tooltip += "\n— " + (document.title ?? document.source) + (document.published.map { ", \($0)" } ?? "") }
        attributes.append(("tooltip", tooltip))
        attributes.append(("labeltooltip", tooltip))
        if let evidence, let link = LinkPolicy.link(for: evidence, document: document, sourceBase: options.sourceLinkBase) {
            // Graphviz copies URL values into SVG as they are: "&" must already be an entity there.
            attributes.append(("URL", link.replacingOccurrences(of: "&", with: "&amp;")))
            attributes.append(("target", "_blank"))
        }
        return attributes
    }

    /// The evidence to show for an edge: from its strongest relation, preferring facts over claims,
    /// then the earliest; nil when that relation has none.
    static func bestEvidence(_ edge: GraphSelection.Edge) -> Evidence? {
        let strongest = edge.relations.max { ($0.weight, $1.kind) < ($1.weight, $0.kind) }!
        return strongest.evidence.min { ($0.claim == nil ? 0 : 1, EvidenceKey($0)) < ($1.claim == nil ? 0 : 1, EvidenceKey($1)) }
    }

    static func appendLegend(_ extent: GraphExtent, to dot: inout UTF8Buffer) {
        var rows = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Relations</B></TD></TR>"
        for quadClass in QuadClass.allCases {
            rows += "<TR><TD><FONT COLOR=\"\(color(of: quadClass))\">━━</FONT></TD><TD ALIGN=\"LEFT\">\(name(of: quadClass))</TD></TR>"
        }
        rows += "<TR><TD>╍╍</TD><TD ALIGN=\"LEFT\">claim only</TD></TR>"
        rows += "<TR><TD>┈┈</TD><TD ALIGN=\"LEFT\">lasting relation</TD></TR>"
        rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">width: evidence sentences</TD></TR>"
        if extent.isCapped { rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">shown: \(extent.shownPhrase)</TD></TR>" }
        rows += "</TABLE>"
        dot.append("  subgraph \"cluster_legend\" {\n    graph [")
        dot.appendDOTAttributes([("color", "#cccccc"), ("label", ""), ("style", "rounded")])
        // An HTML-like label (`<...>`) goes in as it is: it is made of the fixed words and numbers above.
        dot.append("];\n    \"legend\" [label=<")
        dot.append(rows)
        dot.append(">, shape=\"plaintext\", style=\"\", tooltip=\"Legend\"];\n  }\n")
    }

    // MARK: - DOT text

    /// A DOT double-quoted string. Backslashes are doubled first, so names cannot smuggle in
    /// Graphviz escapes (`\N`, `\G`, `\l`), and made four in tooltips, whose backslashes Graphviz
    /// reads twice (`appendDOTAttributes`); quotes are escaped; line breaks (and U+2028, U+2029,
    /// U+0085) become centred `\n`; carriage returns and NULs are dropped and other control
    /// characters become spaces.
    public static func quoted(_ text: String) -> String {
        String(decoding: UTF8Buffer.bytes(capacity: text.utf8.count + 2) { $0.appendDOTQuoted(text) }, as: UTF8.self)
    }

    /// The bytes `escape` rewrites: ASCII controls, DEL, `\`, `"`, and the lead bytes of U+0085
    /// (C2 85) and of U+2028 and U+2029 (E2 80 A8, E2 80 A9).
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0xC2 || byte == 0xE2
    }

    /// Rewrites the byte at `index` (one `needsEscape` picked) into `output`; how many bytes it took.
    /// In a `tooltip`, Graphviz reads backslashes twice (`\\N` still becomes the node's name, where
    /// a label shows `\N`), so a backslash is written as four there, which both readings bring
    /// back to one.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8], tooltip: Bool = false) -> Int {
        let backslash = UInt8(ascii: "\\")
        let byte = bytes[index]
        switch byte {
        case backslash where tooltip:
            output += [backslash, backslash, backslash, backslash]
            return 1
        case backslash, UInt8(ascii: "\""):
            output += [backslash, byte]
            return 1
        case UInt8(ascii: "\n"):
            output += [backslash, UInt8(ascii: "n")]
            return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
            output += [backslash, UInt8(ascii: "n")]
            return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            output += [backslash, UInt8(ascii: "n")]
            return 3
        case 0xC2, 0xE2:
            output.append(byte)
            return 1
        case UInt8(ascii: "\r"), 0:
            return 1
        default:
            output.append(UInt8(ascii: " "))
            return 1
        }
    }

    static func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

import Foundation

extension UTF8Buffer {
    /// `text` as a DOT double-quoted string (`DOTExporter.quoted`).
    /// `tooltip` for the value of a tooltip attribute (`DOTExporter.escape`).
    mutating func appendDOTQuoted(_ text: String, tooltip: Bool = false) {
        append("\"")
        appendRewritten(text, where: DOTExporter.needsEscape) { DOTExporter.escape($0, at: $1, into: &$2, tooltip: tooltip) }
        append("\"")
    }

    /// `name="value", ...` in the given order.
    mutating func appendDOTAttributes(_ pairs: [(String, String)]) {
        for (index, (name, value)) in pairs.enumerated() {
            if index > 0 { append(", ") }
            append(name)
            append("=")
            appendDOTQuoted(value, tooltip: name.hasSuffix("tooltip"))
        }
    }

    /// `  "node" [attributes];` or, with `target`, `  "node" -> "target" [attributes];` and a line break.
    mutating func appendDOTStatement(node: String, to target: String? = nil, _ attributes: [(String, String)]) {
        append("  ")
        appendDOTQuoted(node)
        if let target {
            append(" -> ")
            appendDOTQuoted(target)
        }
        append(" [")
        appendDOTAttributes(attributes)
        append("];\n")
    }
}
