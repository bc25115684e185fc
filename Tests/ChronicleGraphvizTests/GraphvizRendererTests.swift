import ChronicleGraphviz
import ChronicleTestSupport
import Foundation
import Testing

struct GraphvizRendererTests {
    static let graph = """
    digraph "chronicle" { "RUS" [label="Russia"]; "IRN" [label="Iran"]; "RUS" -> "IRN" [label="aid"]; }
    """

    @Test func rendersSVGInProcess() throws {
        let svg = String(decoding: try GraphvizRenderer().render(dot: Self.graph), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Russia</text>"))
        #expect(svg.contains(">Iran</text>"))
        #expect(xmlError(Data(svg.utf8)) == nil, "SVG must be well-formed XML")
    }

    @Test(arguments: [GraphvizEngine.dot, .neato, .circo, .twopi])
    func reproducibleEnginesGiveIdenticalBytes(engine: GraphvizEngine) throws {
        let renderer = GraphvizRenderer()
        #expect(engine.isReproducible)
        #expect(try renderer.render(dot: Self.graph, engine: engine) == renderer.render(dot: Self.graph, engine: engine))
    }

    /// Node sizes come from `LabelTextMetrics`, not from the fonts a machine has, so the SVG is the
    /// same everywhere. A Cyrillic "Ж" measures an average capital (0.667 em) here, where a real
    /// font gives it nearly a full em.
    @Test func labelsAreMeasuredWithoutTheMachinesFonts() throws {
        let graph = """
        digraph { node [shape=box, fontname="Helvetica", fontsize=10, margin=0, width=0, height=0];
          a [label="WWWW"]; b [label="ЖЖЖЖ"]; c [label="Ḥamās"]; }
        """
        let svg = String(decoding: try GraphvizRenderer().render(dot: graph), as: UTF8.self)
        let metrics = LabelTextMetrics(fontName: "Helvetica")
        for (node, label) in [("a", "WWWW"), ("b", "ЖЖЖЖ"), ("c", "Ḥamās")] {
            let width = try #require(Self.boxWidth(of: node, in: svg), "no box for \(node)")
            // Graphviz rounds a node's size up to whole points.
            #expect(abs(width - metrics.width(of: label, points: 10)) < 1.01, "\(label): box \(width) pt")
        }
    }

    /// The width of the `points` of the first polygon in node `name`'s group.
    static func boxWidth(of name: String, in svg: String) -> Double? {
        guard let group = svg.range(of: "<title>\(name)</title>"),
              let points = svg.range(of: "points=\"", range: group.upperBound..<svg.endIndex),
              let end = svg[points.upperBound...].firstIndex(of: "\"") else { return nil }
        let xs = svg[points.upperBound..<end].split(separator: " ").compactMap { $0.split(separator: ",").first.flatMap { Double($0) } }
        guard let low = xs.min(), let high = xs.max() else { return nil }
        return high - low
    }

    @Test func rendersPNGAndPDF() throws {
        let png = try GraphvizRenderer().render(dot: Self.graph, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try GraphvizRenderer().render(dot: Self.graph, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func malformedDOTIsAParseErrorWithGraphvizsMessage() {
        do {
            _ = try GraphvizRenderer().render(dot: "digraph { a -> ; }")
            Issue.record("expected a parse error")
        } catch {
            // `render` throws only GraphvizError (typed throws).
            #expect(error.stage == .parse)
            #expect(error.message.contains("syntax error"), "\(error)")
        }
    }

    @Test func emptyInputIsAParseError() {
        #expect(throws: GraphvizError.self) { try GraphvizRenderer().render(dot: "  \n") }
    }

    @Test func badHTMLLabelFailsInsteadOfRenderingGarbage() {
        do {
            _ = try GraphvizRenderer().render(dot: "digraph { a [label=<<b>unclosed>]; }")
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .parse || error.stage == .layout, "\(error)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func rendererWorksAgainAfterAnError() throws {
        _ = try? GraphvizRenderer().render(dot: "digraph { a -> ; }")
        let svg = try GraphvizRenderer().render(dot: Self.graph)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func concurrentRendersAreSerialisedAndCorrect() async throws {
        let expected = try GraphvizRenderer().render(dot: Self.graph)
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<32 {
                group.addTask { try GraphvizRenderer().render(dot: Self.graph) }
            }
            var count = 0
            for try await svg in group {
                #expect(svg == expected)
                count += 1
            }
            #expect(count == 32)
        }
    }
}
