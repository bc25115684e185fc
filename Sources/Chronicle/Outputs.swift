import ChronicleExport
import ChronicleGraphviz
import ChronicleModel
import Foundation

/// The files `chronicle build` writes, by name.
public enum OutputFile: String, CaseIterable, Sendable {
    case timelineJSON = "timeline.json"
    case graphDOT = "graph.dot"
    case graphSVG = "graph.svg"
    case graphPNG = "graph.png"
    case graphPDF = "graph.pdf"
    case graphML = "graph.graphml"
    case gexf = "graph.gexf"
    case relationsCSV = "relations.csv"
    case eventsCSV = "events.csv"
    case timelineJS = "timelinejs.json"
    case timelineSVG = "timeline.svg"
    case report = "report.md"

    /// What `build` writes unless `--formats` says otherwise.
    public static let defaults: [OutputFile] = [
        .timelineJSON, .graphDOT, .graphSVG, .graphML, .gexf, .relationsCSV, .eventsCSV, .timelineJS, .timelineSVG, .report,
    ]

    /// The file for a `--formats` word: `json`, `dot`, `svg`, `png`, `pdf`, or a file name.
    public init?(format: String) {
        switch format.lowercased() {
        case "json", "timeline", "timeline.json": self = .timelineJSON
        case "dot", "graph.dot": self = .graphDOT
        case "svg", "graph.svg": self = .graphSVG
        case "png", "graph.png": self = .graphPNG
        case "pdf", "graph.pdf": self = .graphPDF
        case "graphml", "graph.graphml": self = .graphML
        case "gexf", "graph.gexf": self = .gexf
        case "csv": return nil
        case "relations", "relations.csv": self = .relationsCSV
        case "events", "events.csv": self = .eventsCSV
        case "timelinejs", "timelinejs.json": self = .timelineJS
        case "timeline-svg", "timeline.svg": self = .timelineSVG
        case "report", "md", "report.md": self = .report
        default: return nil
        }
    }
}

/// How pictures are drawn.
public struct RenderOptions: Sendable {
    public var graph: GraphOptions
    /// The layout engine; nil picks `dot`, or `sfdp` for graphs too large for `dot` to finish.
    public var engine: GraphvizEngine?

    public init(graph: GraphOptions = GraphOptions(), engine: GraphvizEngine? = nil) {
        self.graph = graph
        self.engine = engine
    }
}

extension Chronicle {
    /// Graphs with more actors than this are laid out with `sfdp`: `dot` can take minutes on them.
    public static let largeGraphThreshold = 150

    /// Writes each requested output of `timeline` into `directory`; returns the file names written
    /// and any warnings (such as a change of layout engine). `threads` may encode timeline.json.
    @discardableResult
    public static func write(_ timeline: Timeline, outputs: [OutputFile] = OutputFile.defaults, options: RenderOptions = RenderOptions(),
                             threads: Int = 1, to directory: inout OutputDirectory) throws -> (written: [String], warnings: [String])
    {
        var written: [String] = []
        var warnings: [String] = []
        var dot: String? = nil
        for output in outputs {
            let data: Data
            switch output {
            case .timelineJSON:
                data = try TimelineJSON.encode(timeline, threads: threads)
            case .graphML:
                data = Data(GraphMLExporter.export(timeline).utf8)
            case .gexf:
                data = Data(GEXFExporter.export(timeline).utf8)
            case .relationsCSV:
                data = Data(CSVExporter.relations(timeline).utf8)
            case .eventsCSV:
                data = Data(CSVExporter.events(timeline).utf8)
            case .timelineJS:
                data = try TimelineJSExporter.export(timeline, title: options.graph.title)
            case .timelineSVG:
                data = Data(TimelineSVGExporter.export(timeline, title: options.graph.title ?? "Timeline").utf8)
            case .report:
                let pictures = Set(outputs)
                data = Data(MarkdownReportExporter.export(timeline, options: MarkdownReportExporter.Options(
                    title: options.graph.title ?? "Chronicle report",
                    graphImage: pictures.contains(.graphSVG) ? OutputFile.graphSVG.rawValue : nil,
                    timelineImage: pictures.contains(.timelineSVG) ? OutputFile.timelineSVG.rawValue : nil)).utf8)
            case .graphDOT:
                dot = dot ?? DOTExporter.export(timeline, options: options.graph)
                data = Data(dot!.utf8)
            case .graphSVG, .graphPNG, .graphPDF:
                dot = dot ?? DOTExporter.export(timeline, options: options.graph)
                let (engine, warning) = engine(for: timeline, requested: options.engine)
                if let warning, !warnings.contains(warning) { warnings.append(warning) }
                let format: GraphvizFormat = output == .graphSVG ? .svg : output == .graphPNG ? .png : .pdf
                data = Data(try GraphvizRenderer().render(dot: dot!, engine: engine, format: format))
            }
            try directory.write(data, as: output.rawValue)
            written.append(output.rawValue)
        }
        return (written, warnings)
    }

    /// The engine to lay a graph out with, and a warning when a large graph forces `sfdp`.
    public static func engine(for timeline: Timeline, requested: GraphvizEngine?) -> (GraphvizEngine, String?) {
        if let requested { return (requested, nil) }
        guard timeline.actors.count > largeGraphThreshold else { return (.dot, nil) }
        return (.sfdp, "the graph has \(timeline.actors.count) actors, more than dot lays out in reasonable time; "
            + "using sfdp (force another engine with --engine)")
    }
}
