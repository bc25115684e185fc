import ChronicleExport
import ChronicleExtraction
import ChronicleModel
import Foundation

/// The one function the fuzzer and the replay tool both run: ingest and extraction of one input,
/// then every text exporter, each output checked for well-formedness as cheaply as possible.
/// No Graphviz: rendering is slow, and the C library is not what is being fuzzed.
enum FuzzHarness {
    /// Loaded once: the bundled lexicon and cues take 15 ms to parse, far longer than one input.
    static let extractor: Extractor = {
        do { return Extractor(lexicon: try Lexicon.bundled(), cues: try CueLexicon.bundled()) } catch {
            fatalError("the bundled lexicon does not load: \(error)")
        }
    }()

    /// What one input gave: sizes for the replay tool, and every broken promise of the outputs.
    struct Outcome: Sendable {
        var read = false
        var sentences = 0
        var relations = 0
        var events = 0
        var outputBytes = 0
        var problems: [String] = []
    }

    /// Runs one input. A crash inside Chronicle crashes here too; a malformed output is a problem.
    static func run(_ data: some Collection<UInt8>) -> Outcome {
        var outcome = Outcome()
        guard let input = FuzzInput(data) else { return outcome }
        let reader = DocumentReader(defaultDate: input.defaultDate)
        guard let ingested = reader.read(bytes: input.bytes, path: input.path, id: DocumentID("fuzz")).document else { return outcome }
        outcome.read = true
        let analyzed = extractor.analyze(ingested)
        let timeline = extractor.partialTimeline(analyzed)
        outcome.sentences = analyzed.sentences.count
        outcome.relations = timeline.relations.count
        outcome.events = timeline.events.count

        var problems = OutputChecks.provenance(analyzed, timeline: timeline, fileSize: input.bytes.count)
        func check(_ name: String, _ produce: () throws -> Data, _ verify: (Data) -> [String]) {
            do {
                let data = try produce()
                outcome.outputBytes += data.count
                problems += verify(data).map { "\(name): \($0)" }
            } catch {
                problems.append("\(name): the exporter threw \(error)")
            }
        }
        check("timeline.json", { try TimelineJSON.encode(timeline) }) { OutputChecks.timelineJSON($0, timeline: timeline) }
        check("graph.dot", { Data(DOTExporter.export(timeline, options: input.graph).utf8) }, OutputChecks.dot)
        check("graph.graphml", { Data(GraphMLExporter.export(timeline).utf8) }, OutputChecks.xml)
        check("graph.gexf", { Data(GEXFExporter.export(timeline).utf8) }, OutputChecks.xml)
        check("relations.csv", { Data(CSVExporter.relations(timeline).utf8) }) { OutputChecks.csv($0, rows: timeline.relations.count) }
        check("events.csv", { Data(CSVExporter.events(timeline).utf8) }) { OutputChecks.csv($0, rows: timeline.events.count) }
        check("timelinejs.json", { try TimelineJSExporter.export(timeline, title: "Fuzz") }) { OutputChecks.json($0) }
        check("timeline.svg", { Data(TimelineSVGExporter.export(timeline, title: "Timeline").utf8) }, OutputChecks.xml)
        check("report.md", { Data(MarkdownReportExporter.export(timeline).utf8) }, OutputChecks.markdownReport)
        check("sentences.jsonl", { try JSONLines.encode(sentenceRecords(analyzed)) }) { OutputChecks.jsonLines($0, count: analyzed.sentences.count) }
        outcome.problems = problems
        return outcome
    }

    /// What `chronicle sentences` prints for the document.
    static func sentenceRecords(_ document: AnalyzedDocument) -> [SentenceRecord] {
        let mentions = Dictionary(grouping: document.mentions, by: \.sentence)
        let timexes = Dictionary(grouping: document.timexes, by: \.sentence)
        return document.sentences.enumerated().map { index, sentence in
            let actors = mentions[index]?.map { "\($0.actor):\(document.ingested.string($0.range))" }
            let timex = timexes[index]?.map { $0.timex.temporalValue(text: document.ingested.string($0.timex.range), status: nil) }
            return SentenceRecord(document: document.document.id, index: index, role: sentence.role.rawValue,
                                  evidence: document.evidence(for: sentence), actors: actors, timex: timex)
        }
    }
}
