import ChronicleModel

/// The actor graph as GraphML, which networkx, yEd, Gephi and Cytoscape read: one node per actor,
/// one edge per relation (parallel edges kept), with the relation's fields as data.
public enum GraphMLExporter {
    public static func export(_ timeline: Timeline) -> String {
        export(CanonicalTimeline(timeline))
    }

    package static func export(_ canonical: CanonicalTimeline) -> String {
        let timeline = canonical.timeline
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        let nodeKeys = [("name", "string"), ("kind", "string"), ("mentions", "int")]
        let edgeKeys = [("kind", "string"), ("cameo", "string"), ("quadClass", "int"), ("polarity", "string"), ("goldstein", "double"),
                        ("weight", "int"), ("firstSeen", "string"), ("lastSeen", "string"), ("standing", "boolean"), ("evidence", "string")]
        for (name, type) in nodeKeys {
            lines.append("  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        for (name, type) in edgeKeys {
            lines.append("  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        lines.append("  <graph id=\"chronicle\" edgedefault=\"directed\">")
        for actor in timeline.actors {
            lines.append("    <node id=\"\(XMLText.attribute(actor.id.rawValue))\">")
            lines.append("      <data key=\"n_name\">\(XMLText.text(actor.name))</data>")
            lines.append("      <data key=\"n_kind\">\(actor.kind.rawValue)</data>")
            lines.append("      <data key=\"n_mentions\">\(actor.mentions)</data>")
            lines.append("    </node>")
        }
        for (index, relation) in timeline.relations.enumerated() {
            lines.append("    <edge id=\"e\(index)\" source=\"\(XMLText.attribute(relation.source.rawValue))\" target=\"\(XMLText.attribute(relation.target.rawValue))\">")
            var data: [(String, String)] = [
                ("kind", relation.kind.rawValue), ("cameo", relation.cameo), ("quadClass", String(relation.quadClass.rawValue)),
                ("polarity", relation.polarity.rawValue), ("goldstein", String(relation.goldstein)), ("weight", String(relation.weight)),
            ]
            if let first = relation.firstSeen { data.append(("firstSeen", first)) }
            if let last = relation.lastSeen { data.append(("lastSeen", last)) }
            data.append(("standing", relation.standing == true ? "true" : "false"))
            if let evidence = relation.evidence.first { data.append(("evidence", evidence.text)) }
            for (key, value) in data { lines.append("      <data key=\"e_\(key)\">\(XMLText.text(value))</data>") }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }
}
