import ChronicleModel

/// The actor graph as GEXF 1.3 for Gephi, with each relation alive from the first to the last day
/// it was seen, so Gephi's timeline can play the graph over time.
public enum GEXFExporter {
    public static func export(_ timeline: Timeline) -> String {
        export(CanonicalTimeline(timeline))
    }

    package static func export(_ canonical: CanonicalTimeline) -> String {
        let relations = canonical.timeline.relations.count
        return String(decoding: UTF8Buffer.bytes(capacity: 2048 + 384 * relations) { write(canonical, into: &$0) }, as: UTF8.self)
    }

    /// `graph.gexf` handed to `sink` a megabyte at a time, as `build` writes it.
    package static func write(_ canonical: CanonicalTimeline, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try UTF8Buffer.write(to: sink) { write(canonical, into: &$0) }
    }

    private static func write(_ canonical: CanonicalTimeline, into xml: inout UTF8Buffer) {
        let timeline = canonical.timeline
        xml.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>Chronicle</creator><description>Actor relations</description></meta>
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
                <attributes class="node">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="cameo" title="cameo" type="string"/>
                  <attribute id="quadClass" title="quadClass" type="integer"/>
                  <attribute id="polarity" title="polarity" type="string"/>
                </attributes>
                <nodes>

            """)
        for actor in timeline.actors {
            xml.append("      <node")
            xml.appendXMLAttribute("id", actor.id.rawValue)
            xml.appendXMLAttribute("label", actor.name)
            xml.append(">\n        <attvalues>")
            appendAttValue("kind", actor.kind.rawValue, to: &xml)
            appendAttValue("mentions", String(actor.mentions), to: &xml)
            xml.append("</attvalues>\n      </node>\n")
            xml.flushIfFull()
        }
        xml.append("    </nodes>\n    <edges>\n")
        for (index, relation) in timeline.relations.enumerated() {
            xml.append("      <edge id=\"e")
            xml.append(index)
            xml.append("\"")
            xml.appendXMLAttribute("source", relation.source.rawValue)
            xml.appendXMLAttribute("target", relation.target.rawValue)
            xml.appendXMLAttribute("weight", relation.weight)
            xml.appendXMLAttribute("label", relation.kind.rawValue)
            if let first = relation.firstSeen.flatMap(day), let last = relation.lastSeen.flatMap(day) {
                xml.appendXMLAttribute("start", first)
                xml.appendXMLAttribute("end", last)
            }
            xml.append(">\n        <attvalues>")
            appendAttValue("kind", relation.kind.rawValue, to: &xml)
            appendAttValue("cameo", relation.cameo, to: &xml)
            appendAttValue("quadClass", String(relation.quadClass.rawValue), to: &xml)
            appendAttValue("polarity", relation.polarity.rawValue, to: &xml)
            xml.append("</attvalues>\n      </edge>\n")
            xml.flushIfFull()
        }
        xml.append("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// `<attvalue for="key" value="value"/>`.
    private static func appendAttValue(_ key: StaticString, _ value: String, to xml: inout UTF8Buffer) {
        xml.append("<attvalue")
        xml.appendXMLAttribute("for", key)
        xml.appendXMLAttribute("value", value)
        xml.append("/>")
    }

    /// The first day a TIMEX3 value denotes, as GEXF's `date` format wants it.
    static func day(_ value: String) -> String? {
        guard let start = TimexOrder.start(of: value), let day = CalendarDay(year: start.year, month: start.month, day: start.day) else { return nil }
        return day.description
    }
}
