import Chronicle
import ChronicleTestSupport
import Foundation
import Testing

/// The DOT exporter's text through the real Graphviz, with names an attacker would choose.
struct GraphRenderingTests {
    static let hostileNames = [
        "Quote \" and backslash \\ and \\N", "Line\nbreak", "<script>alert(1)</script>", "&amp; &lt; ]]> -->", "Россия", "إسرائيل",
        "Tab\tand\u{0}nul", "{braces} [brackets] ;semicolon", "`backtick` |pipe|",
    ]

    static func hostileTimeline() -> Timeline {
        let actors = hostileNames.enumerated().map { index, name in
            Actor(id: ActorID("A\(index)"), name: name, kind: .state, aliases: [name], mentions: index + 1, people: [name + " person"])
        }
        let evidence = Evidence(document: "doc\"<x>", text: "He said \"<b>bold</b>\" & left]]>.", byteStart: 0, byteEnd: 10,
                                media: MediaOffset(offset: "00:01", seconds: 1, url: "https://youtu.be/x?t=1&a=\"<q>"))
        let relations = (1..<actors.count).map { index in
            Relation(source: actors[index - 1].id, target: actors[index].id, kind: RelationKind.allCases[index % RelationKind.allCases.count],
                     evidence: [evidence])
        }
        let document = Document(id: "doc\"<x>", source: "a\"b<c>.txt", title: "Title <with> \"quotes\" & ]]>", url: "javascript:alert(1)")
        return Timeline(documents: [document], actors: actors, relations: relations)
    }

    @Test func hostileNamesGiveValidSVGWithTheNamesIntact() throws {
        let dot = DOTExporter.export(Self.hostileTimeline(), options: GraphOptions(people: true))
        let svg = try GraphvizRenderer().render(dot: dot)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(xmlError(Data(svg)) == nil, "SVG must parse as XML: \(xmlError(Data(svg)) ?? "")")
        #expect(!text.contains("<script>"), "no markup injected")
        #expect(!text.contains("javascript:"))
        for name in ["Россия", "إسرائيل", "&lt;script&gt;alert(1)&lt;/script&gt;", "Quote &quot; and backslash \\ and \\N"] {
            #expect(text.contains(name), "\(name) should survive")
        }
    }

    /// Graphviz reads a tooltip's backslashes twice, and would put a node's name for `\N` (or the
    /// edge's for `\E`) into a tooltip a label shows right: every tooltip shows the text as written.
    @Test func tooltipsShowBackslashesAsWritten() throws {
        let names = ["Evil \\N back\\slash", "\\G \\E \\T \\H \\L \\\\ \\n end\\"]
        let actors = names.enumerated().map { index, name in
            Actor(id: ActorID("A\(index)"), name: name, kind: .state, mentions: 1, people: [name + " person"])
        }
        let sentence = "Said \\N and \\E, \\\"quoted\\\"."
        let relation = Relation(source: actors[0].id, target: actors[1].id, kind: .consult,
                                evidence: [Evidence(document: "d", text: sentence, byteStart: 0, byteEnd: 1)])
        let timeline = Timeline(documents: [Document(id: "d", source: "d.txt", title: "T \\G")], actors: actors, relations: [relation])
        let svg = try GraphvizRenderer().render(dot: DOTExporter.export(timeline, options: GraphOptions(people: true)))
        let titles = xmlAttributeValues(named: "xlink:title", in: Data(svg))
        for (index, name) in names.enumerated() {
            #expect(titles.contains { $0.hasPrefix("\(name) (A\(index))") }, "\(name.debugDescription) in \(titles)")
            #expect(titles.contains { $0.hasPrefix("\(name) person, for \(name)") }, "\(name.debugDescription) person in \(titles)")
        }
        #expect(titles.filter { $0.contains("“\(sentence)”") }.count == 2, "the edge and its label quote the sentence: \(titles)")
    }

    @Test func theDotProgramAcceptsTheExportUnchanged() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else { return }
        let folder = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/graph.dot"
        try DOTExporter.export(Self.hostileTimeline(), options: GraphOptions(people: true)).write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", path, "-o", folder + "/graph.svg"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let viaProgram = try Data(contentsOf: URL(fileURLWithPath: folder + "/graph.svg"))
        #expect(xmlError(viaProgram) == nil)
        // In-process rendering draws the same nodes and edges as the program.
        let inProcess = try GraphvizRenderer().render(dot: try String(contentsOfFile: path, encoding: .utf8))
        let titles = { (svg: Data) in String(decoding: svg, as: UTF8.self).components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: "</title>")[0] } }
        #expect(titles(Data(inProcess)) == titles(viaProgram))
        #expect(titles(viaProgram).count > Self.hostileNames.count)
    }

    @Test func examplesGraphShowsEveryRelationAndALegend() throws {
        let run = try Chronicle.extract(paths: [Repository.path("examples/corpus")])
        let svg = String(decoding: try GraphvizRenderer().render(dot: DOTExporter.export(run.timeline)), as: UTF8.self)
        #expect(xmlError(Data(svg.utf8)) == nil)
        #expect(svg.contains("verbal cooperation") && svg.contains("material conflict"))
        let linked = Set(run.timeline.relations.flatMap { [$0.source, $0.target] })
        for actor in run.timeline.actors where linked.contains(actor.id) {
            #expect(svg.contains(">\(actor.name.replacingOccurrences(of: "&", with: "&amp;"))<"), "\(actor.name) drawn")
        }
        for actor in run.timeline.actors where !linked.contains(actor.id) {
            #expect(!svg.contains("<title>\(actor.id)</title>"), "\(actor.name) has no relation and is left out")
        }
        let pairs = Set(run.timeline.relations.map { "\($0.source)&#45;&gt;\($0.target)" })
        for pair in pairs { #expect(svg.contains(pair), "edge \(pair)") }
    }

    @Test func onlyAPictureOfManyEdgesLeavesDotForSfdp() {
        let many = Chronicle.largeGraphEdges + 1
        let crowded = Chronicle.engine(for: GraphExtent(actors: 40, edges: many, availableEdges: many), requested: nil)
        #expect(crowded.0 == .sfdp && crowded.1?.contains("\(many) edges") == true)
        // A capped picture of many actors stays with dot, whose layout is the same on every run.
        let capped = Chronicle.engine(for: GraphExtent(actors: 2 * GraphOptions.defaultMaximumEdges, edges: GraphOptions.defaultMaximumEdges,
                                                       availableEdges: 5_000), requested: nil)
        #expect(capped.0 == .dot && capped.1 == nil)
        #expect(Chronicle.engine(for: GraphExtent(actors: 40, edges: many, availableEdges: many), requested: .twopi) == (.twopi, nil))
    }

    @Test func unknownEngineIsALayoutErrorWithGraphvizsMessage() {
        do {
            _ = try GraphvizRenderer().render(dot: "digraph { a -> b }", engineName: "nope", format: .svg)
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .layout)
            #expect(error.message.contains("nope"), "\(error)")
            #expect(!error.message.contains("dot -c"), "no plugin advice for an engine that does not exist")
        }
    }
}
