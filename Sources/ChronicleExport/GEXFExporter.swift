import ChronicleModel

/// The actor graph as GEXF 1.3 for Gephi, with each relation alive from the first to the last day
/// it was seen, so Gephi's timeline can play the graph over time.
public enum GEXFExporter {
    public static func export(_ timeline: Timeline) -> String {
        export(CanonicalTimeline(timeline))
    }

    package static func export(_ canonical: CanonicalTimeline) -> String {
        let timeline = canonical.timeline
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">",
            "  <meta><creator>Chronicle</creator><description>Actor relations</description></meta>",
            "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">",
            "    <attributes class=\"node\">",
            "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>",
            "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>",
            "    </attributes>",
            "    <attributes class=\"edge\">",
            "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>",
            "      <attribute id=\"cameo\" title=\"cameo\" type=\"string\"/>",
            "      <attribute id=\"quadClass\" title=\"quadClass\" type=\"integer\"/>",
            "      <attribute id=\"polarity\" title=\"polarity\" type=\"string\"/>",
            "    </attributes>",
            "    <nodes>",
        ]
        for actor in timeline.actors {
            lines.append("      <node id=\"\(XMLText.attribute(actor.id.rawValue))\" label=\"\(XMLText.attribute(actor.name))\">")
            lines.append("        <attvalues><attvalue for=\"kind\" value=\"\(actor.kind.rawValue)\"/><attvalue for=\"mentions\" value=\"\(actor.mentions)\"/></attvalues>")
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for (index, relation) in timeline.relations.enumerated() {
            var open = "      <edge id=\"e\(index)\" source=\"\(XMLText.attribute(relation.source.rawValue))\" target=\"\(XMLText.attribute(relation.target.rawValue))\" weight=\"\(relation.weight)\" label=\"\(relation.kind.rawValue)\""
            if let first = relation.firstSeen.flatMap(day), let last = relation.lastSeen.flatMap(day) {
                open += " start=\"\(first)\" end=\"\(last)\""
            }
            lines.append(open + ">")
            lines.append("        <attvalues><attvalue for=\"kind\" value=\"\(relation.kind.rawValue)\"/><attvalue for=\"cameo\" value=\"\(relation.cameo)\"/><attvalue for=\"quadClass\" value=\"\(relation.quadClass.rawValue)\"/><attvalue for=\"polarity\" value=\"\(relation.polarity.rawValue)\"/></attvalues>")
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first day a TIMEX3 value denotes, as GEXF's `date` format wants it.
    static func day(_ value: String) -> String? {
        guard let start = TimexOrder.start(of: value), let day = CalendarDay(year: start.year, month: start.month, day: start.day) else { return nil }
        return day.description
    }
}
