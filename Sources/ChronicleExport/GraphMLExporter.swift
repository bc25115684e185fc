import ChronicleModel

/// The actor graph as GraphML, which networkx, yEd, Gephi and Cytoscape read: one node per actor,
/// one edge per relation (parallel edges kept), with the relation's fields as data.
public enum GraphMLExporter {
    public static func export(_ timeline: Timeline) -> String {
        export(CanonicalTimeline(timeline))
    }

    package static func export(_ canonical: CanonicalTimeline) -> String {
        let relations = canonical.timeline.relations.count
        return String(decoding: UTF8Buffer.bytes(capacity: 2048 + 512 * relations) { write(canonical, into: &$0) }, as: UTF8.self)
    }

    /// `graph.graphml` handed to `sink` a megabyte at a time, as `build` writes it.
    package static func write(_ canonical: CanonicalTimeline, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try UTF8Buffer.write(to: sink) { write(canonical, into: &$0) }
    }

    private static let edgeKeys = [("kind", "string"), ("cameo", "string"), ("quadClass", "int"), ("polarity", "string"), ("goldstein", "double"),
                                   ("weight", "int"), ("firstSeen", "string"), ("lastSeen", "string"), ("standing", "boolean"), ("evidence", "string")]

    private static func write(_ canonical: CanonicalTimeline, into xml: inout UTF8Buffer) {
        let timeline = canonical.timeline
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for (name, type) in [("name", "string"), ("kind", "string"), ("mentions", "int")] {
            xml.append("  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n")
        }
        for (name, type) in edgeKeys {
            xml.append("  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n")
        }
        xml.append("  <graph id=\"chronicle\" edgedefault=\"directed\">\n")
        for actor in timeline.actors {
            xml.append("    <node")
            xml.appendXMLAttribute("id", actor.id.rawValue)
            xml.append(">\n")
            appendData("n_name", actor.name, to: &xml)
            appendData("n_kind", actor.kind.rawValue, to: &xml)
            appendData("n_mentions", String(actor.mentions), to: &xml)
            xml.append("    </node>\n")
            xml.flushIfFull()
        }
        for (index, relation) in timeline.relations.enumerated() {
            xml.append("    <edge id=\"e")
            xml.append(index)
            xml.append("\"")
            xml.appendXMLAttribute("source", relation.source.rawValue)
            xml.appendXMLAttribute("target", relation.target.rawValue)
            xml.append(">\n")
            appendData("e_kind", relation.kind.rawValue, to: &xml)
            appendData("e_cameo", relation.cameo, to: &xml)
            appendData("e_quadClass", String(relation.quadClass.rawValue), to: &xml)
            appendData("e_polarity", relation.polarity.rawValue, to: &xml)
            appendData("e_goldstein", String(relation.goldstein), to: &xml)
            appendData("e_weight", String(relation.weight), to: &xml)
            if let first = relation.firstSeen { appendData("e_firstSeen", first, to: &xml) }
            if let last = relation.lastSeen { appendData("e_lastSeen", last, to: &xml) }
            appendData("e_standing", relation.standing == true ? "true" : "false", to: &xml)
            if let evidence = relation.evidence.first { appendData("e_evidence", evidence.text, to: &xml) }
            xml.append("    </edge>\n")
            xml.flushIfFull()
        }
        xml.append("  </graph>\n</graphml>\n")
    }

    /// `      <data key="key">value</data>` and a line break.
    private static func appendData(_ key: StaticString, _ value: String, to xml: inout UTF8Buffer) {
        xml.append("      <data")
        xml.appendXMLAttribute("key", key)
        xml.append(">")
        xml.appendXMLText(value)
        xml.append("</data>\n")
    }
}
