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
            xml.append("    <node id=\"")
            xml.appendXMLAttribute(actor.id.rawValue)
            xml.append("\">\n      <data key=\"n_name\">")
            xml.appendXMLText(actor.name)
            xml.append("</data>\n      <data key=\"n_kind\">")
            xml.append(actor.kind.rawValue)
            xml.append("</data>\n      <data key=\"n_mentions\">")
            xml.append(actor.mentions)
            xml.append("</data>\n    </node>\n")
            xml.flushIfFull()
        }
        for (index, relation) in timeline.relations.enumerated() {
            xml.append("    <edge id=\"e")
            xml.append(index)
            xml.append("\" source=\"")
            xml.appendXMLAttribute(relation.source.rawValue)
            xml.append("\" target=\"")
            xml.appendXMLAttribute(relation.target.rawValue)
            xml.append("\">\n")
            func data(_ key: StaticString, _ value: String) {
                xml.append("      <data key=\"e_")
                xml.append(key)
                xml.append("\">")
                xml.appendXMLText(value)
                xml.append("</data>\n")
            }
            data("kind", relation.kind.rawValue)
            data("cameo", relation.cameo)
            data("quadClass", String(relation.quadClass.rawValue))
            data("polarity", relation.polarity.rawValue)
            data("goldstein", String(relation.goldstein))
            data("weight", String(relation.weight))
            if let first = relation.firstSeen { data("firstSeen", first) }
            if let last = relation.lastSeen { data("lastSeen", last) }
            data("standing", relation.standing == true ? "true" : "false")
            if let evidence = relation.evidence.first { data("evidence", evidence.text) }
            xml.append("    </edge>\n")
            xml.flushIfFull()
        }
        xml.append("  </graph>\n</graphml>\n")
    }
}
