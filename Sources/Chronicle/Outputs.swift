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

    /// Whether Graphviz draws it.
    var isPicture: Bool { self == .graphSVG || self == .graphPNG || self == .graphPDF }

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
    /// Pictures with more edges than this are laid out with `sfdp`. `dot`'s time climbs steeply with
    /// labelled edges, not with actors: on the dense graph of 10,000 generated documents it takes
    /// 1.3 s for 200 edges, 3.1 s for 250 and 35 s for 460, where `sfdp` takes 0.6 s for all 460;
    /// 100 edges among 300 actors take 0.06 s. Only `--max-edges` above this, or 0, comes here.
    public static let largeGraphEdges = 200

    /// Writes each requested output of `timeline` into `directory`; returns the file names written,
    /// in the order asked, any warnings (such as a change of layout engine) and notes (such as the
    /// edges a picture leaves out). The pictures of the graph are written after the other outputs;
    /// with `threads` over one, Graphviz draws them on a thread of its own meanwhile (a dense graph
    /// can take a second to lay out), and timeline.json is encoded on that many threads.
    @discardableResult
    public static func write(_ timeline: Timeline, outputs: [OutputFile] = OutputFile.defaults, options: RenderOptions = RenderOptions(),
                             threads: Int = 1, to directory: inout OutputDirectory) throws
        -> (written: [String], warnings: [String], notes: [String])
    {
        var warnings: [String] = []
        var notes: [String] = []
        let pictures = outputs.filter(\.isPicture)
        let graphShown = outputs.contains { $0 == .graphDOT || $0.isPicture || $0 == .report }
        let (dot, extent) = graphShown ? DOTExporter.exportGraph(timeline, options: options.graph) : ("", nil)
        if let extent, extent.isCapped, outputs.contains(where: { $0 == .graphDOT || $0.isPicture }) {
            notes.append(capNote(extent))
        }
        var drawing: PictureDrawing? = nil
        if let extent, !pictures.isEmpty {
            let (engine, warning) = engine(for: extent, requested: options.engine)
            if let warning { warnings.append(warning) }
            drawing = PictureDrawing(dot: dot, engine: engine, pictures: pictures, concurrently: threads > 1)
        }
        var written: Set<OutputFile> = []
        for output in outputs where !output.isPicture {
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
                let requested = Set(outputs)
                data = Data(MarkdownReportExporter.export(timeline, options: MarkdownReportExporter.Options(
                    title: options.graph.title ?? "Chronicle report",
                    graphImage: requested.contains(.graphSVG) ? OutputFile.graphSVG.rawValue : nil,
                    timelineImage: requested.contains(.timelineSVG) ? OutputFile.timelineSVG.rawValue : nil,
                    graphExtent: extent)).utf8)
            case .graphDOT:
                data = Data(dot.utf8)
            case .graphSVG, .graphPNG, .graphPDF:
                continue
            }
            try directory.write(data, as: output.rawValue)
            written.insert(output)
        }
        for picture in pictures {
            try directory.write(try drawing!.picture(picture), as: picture.rawValue)
            written.insert(picture)
        }
        return (outputs.filter(written.contains).map(\.rawValue), warnings, notes)
    }

    /// What `build` and `render` say when a picture leaves edges out.
    public static func capNote(_ extent: GraphExtent) -> String {
        "the graph shows \(extent.shownPhrase) (by evidence sentences); --max-edges N shows more, 0 all, "
            + "and --min-weight, --actors, --since and --until choose others"
    }

    /// The engine to lay out a picture of `extent` with, and a warning when a large one forces `sfdp`.
    public static func engine(for extent: GraphExtent, requested: GraphvizEngine?) -> (GraphvizEngine, String?) {
        if let requested { return (requested, nil) }
        guard extent.edges > largeGraphEdges else { return (.dot, nil) }
        return (.sfdp, "the picture has \(extent.edges) edges, more than dot lays out in reasonable time; "
            + "using sfdp, whose layout differs from run to run (force another engine with --engine)")
    }
}

/// The pictures of the actor graph, drawn in the order asked, on a thread of their own when
/// `concurrently` (Graphviz lets one thread in at a time anyway) or else when first asked for.
private final class PictureDrawing: @unchecked Sendable {
    private let dot: String
    private let engine: GraphvizEngine
    private let group = DispatchGroup()
    /// Written by the drawing thread before it leaves `group`, read after waiting on it.
    private var drawn: [OutputFile: Result<Data, GraphvizError>] = [:]

    init(dot: String, engine: GraphvizEngine, pictures: [OutputFile], concurrently: Bool) {
        self.dot = dot
        self.engine = engine
        guard concurrently else { return }
        DispatchQueue.global().async(group: group) { [self] in
            for picture in pictures { drawn[picture] = draw(picture) }
        }
    }

    /// The picture's bytes, once drawn.
    /// - Throws: `GraphvizError` when Graphviz could not draw it.
    func picture(_ picture: OutputFile) throws(GraphvizError) -> Data {
        group.wait()
        return try (drawn[picture] ?? draw(picture)).get()
    }

    private func draw(_ picture: OutputFile) -> Result<Data, GraphvizError> {
        let format: GraphvizFormat = picture == .graphSVG ? .svg : picture == .graphPNG ? .png : .pdf
        return Result { () throws(GraphvizError) -> Data in Data(try GraphvizRenderer().render(dot: dot, engine: engine, format: format)) }
    }
}
