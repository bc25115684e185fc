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

    /// Its place when several threads make the outputs, the longest to make first so that none is
    /// left to run alone at the end (measured on 1,000 and 10,000 generated documents).
    var makingRank: Int {
        switch self {
        case .report: 0
        case .timelineSVG: 1
        case .timelineJS: 2
        case .eventsCSV: 3
        case .timelineJSON: 4
        case .graphML: 5
        case .relationsCSV: 6
        case .gexf: 7
        case .graphDOT: 8
        case .graphSVG, .graphPNG, .graphPDF: 9
        }
    }

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
    /// The most events `timeline.svg`, the report's dated list and Mermaid timeline, and the
    /// slides of `timelinejs.json` show (nil: all).
    public var maximumTimelineEvents: Int?

    public init(graph: GraphOptions = GraphOptions(), engine: GraphvizEngine? = nil,
                maximumTimelineEvents: Int? = TimelineExtent.defaultMaximumEvents)
    {
        self.graph = graph
        self.engine = engine
        self.maximumTimelineEvents = maximumTimelineEvents
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
    /// edges a picture leaves out). The pictures of the graph are written after the other outputs.
    ///
    /// With `threads` over one, Graphviz draws the pictures on a thread of its own meanwhile;
    /// timeline.json is encoded on that many threads, and the other outputs are then made on that
    /// many threads at once, each written as soon as it is made. The bytes are the same for any
    /// number of threads; after a failure to write, files not yet begun are left alone.
    @discardableResult
    public static func write(_ timeline: Timeline, outputs: [OutputFile] = OutputFile.defaults, options: RenderOptions = RenderOptions(),
                             threads: Int = 1, to directory: inout OutputDirectory) throws
        -> (written: [String], warnings: [String], notes: [String])
    {
        let threads = Chronicle.usefulThreads(jobs: threads)
        var warnings: [String] = []
        var notes: [String] = []
        let pictures = outputs.filter(\.isPicture)
        // In canonical order once, for every exporter (each would check it again).
        let canonical = CanonicalTimeline(timeline, threads: threads)
        let graphShown = outputs.contains { $0 == .graphDOT || $0.isPicture || $0 == .report }
        let (dot, extent) = graphShown ? DOTExporter.exportGraph(canonical, options: options.graph) : ("", nil)
        if let extent, extent.isCapped, outputs.contains(where: { $0 == .graphDOT || $0.isPicture }) {
            notes.append(capNote(extent))
        }
        let timelineExtent = TimelineExtent(of: timeline, maximum: options.maximumTimelineEvents)
        if timelineExtent.isCapped, let note = timelineCapNote(timelineExtent, picture: outputs.contains(.timelineSVG),
                                                               report: outputs.contains(.report))
        {
            notes.append(note)
        }
        if outputs.contains(.timelineJS) {
            let slides = TimelineExtent.slides(of: timeline, maximum: options.maximumTimelineEvents)
            if slides.isCapped { notes.append(slidesCapNote(slides)) }
        }
        var drawing: PictureDrawing? = nil
        if let extent, !pictures.isEmpty {
            let (engine, warning) = engine(for: extent, requested: options.engine)
            if let warning { warnings.append(warning) }
            drawing = PictureDrawing(dot: dot, engine: engine, pictures: pictures, concurrently: threads > 1)
        }
        let maker = OutputMaker(timeline: canonical, options: options, requested: Set(outputs), dot: dot, extent: extent, threads: threads)
        let make = maker.make
        var files = outputs.filter { !$0.isPicture }
        var written: Set<OutputFile> = []
        // Files in the folder that Chronicle did not write, or that were edited since, are tried
        // first, in the order asked: when one is refused, nothing else has been written, on every
        // run and with any number of threads.
        for output in outputs where directory.holdsFileItMayRefuse(named: output.rawValue) {
            if output.isPicture {
                try directory.write(try drawing!.picture(output), as: output.rawValue)
            } else {
                try make(output).write(as: output.rawValue, to: &directory)
            }
            written.insert(output)
        }
        files.removeAll(where: written.contains)
        if threads > 1, files.count > 1 {
            // timeline.json is encoded on all the threads by itself, and is the largest by far (103 MB
            // for 10,000 generated documents): made beside another output, the two would be held at once.
            if let json = files.firstIndex(of: .timelineJSON) {
                try make(.timelineJSON).write(as: OutputFile.timelineJSON.rawValue, to: &directory)
                written.insert(files.remove(at: json))
            }
            written.formUnion(try writeConcurrently(files, make: make, threads: threads, to: &directory))
        } else {
            for output in files {
                try make(output).write(as: output.rawValue, to: &directory)
                written.insert(output)
            }
        }
        for picture in pictures where !written.contains(picture) {
            try directory.write(try drawing!.picture(picture), as: picture.rawValue)
            written.insert(picture)
        }
        return (outputs.filter(written.contains).map(\.rawValue), warnings, notes)
    }

    /// Makes `files` on up to `threads` threads, the longest to make first, and writes each as soon
    /// as it is made (so no more of them are held at once than there are threads). After a failure
    /// no other file is begun; the failure of the earliest file in `files` is thrown.
    private static func writeConcurrently(_ files: [OutputFile], make: @escaping (OutputFile) throws -> MadeOutput, threads: Int,
                                          to directory: inout OutputDirectory) throws -> Set<OutputFile>
    {
        let writing = ConcurrentWriting(files, make: make, directory: directory)
        DispatchQueue.concurrentPerform(iterations: min(threads, files.count)) { _ in writing.run() }
        directory = writing.directory
        if let failed = files.first(where: { writing.failures[$0] != nil }) { throw writing.failures[failed]! }
        return writing.written
    }

    /// What `build` and `render` say when a picture leaves edges out.
    public static func capNote(_ extent: GraphExtent) -> String {
        "the graph shows \(extent.shownPhrase) (by evidence sentences); --max-edges N shows more, 0 all, "
            + "and --min-weight, --actors, --since and --until choose others"
    }

    /// What `build` says when the views of the timeline it writes (`timeline.svg`, the report's
    /// dated list and Mermaid block) leave events out; nil when it writes neither.
    public static func timelineCapNote(_ extent: TimelineExtent, picture: Bool, report: Bool) -> String? {
        let pictures = picture && report ? "timeline.svg, the report's dated list and its Mermaid timeline show"
            : picture ? "timeline.svg shows" : report ? "the report's dated list and Mermaid timeline show" : nil
        return pictures.map { "\($0) \(extent.shownPhrase); --max-events N shows more, 0 all" }
    }

    /// What `build` says when `timelinejs.json` makes slides of only some of the dated events.
    public static func slidesCapNote(_ extent: TimelineExtent) -> String {
        "timelinejs.json has slides for \(extent.events) of the \(extent.availableEvents) dated events, those with the most evidence "
            + "sentences; --max-events N makes more, 0 all"
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

/// Makes the outputs other than pictures from one timeline, with what they share: the DOT text
/// (`graph.dot`), how much of the graph the picture shows (for the report), the options.
private struct OutputMaker: Sendable {
    let timeline: CanonicalTimeline
    let options: RenderOptions
    let requested: Set<OutputFile>
    let dot: String
    let extent: GraphExtent?
    let threads: Int

    func make(_ output: OutputFile) throws -> MadeOutput {
        switch output {
        case .timelineJSON:
            // Written to its file as it is encoded: 950 MB for 100,000 generated documents.
            return .streamed { [timeline, threads] write in try TimelineJSON.write(timeline, threads: threads, to: write) }
        // The large outputs are written to their files as they are made, a megabyte at a time.
        case .graphML:
            return .streamed { [timeline] write in try GraphMLExporter.write(timeline, to: write) }
        case .gexf:
            return .streamed { [timeline] write in try GEXFExporter.write(timeline, to: write) }
        case .relationsCSV:
            return .streamed { [timeline] write in try CSVExporter.writeRelations(timeline, to: write) }
        case .eventsCSV:
            return .streamed { [timeline] write in try CSVExporter.writeEvents(timeline, to: write) }
        case .timelineJS:
            return .streamed { [timeline, options] write in
                try TimelineJSExporter.write(timeline, title: options.graph.title, maximumEvents: options.maximumTimelineEvents, to: write)
            }
        case .timelineSVG:
            return .bytes(TimelineSVGExporter.exportUTF8(timeline, title: options.graph.title ?? "Timeline",
                                                          maximumEvents: options.maximumTimelineEvents))
        case .report:
            let report = MarkdownReportExporter.Options(
                title: options.graph.title ?? "Chronicle report",
                graphImage: requested.contains(.graphSVG) ? OutputFile.graphSVG.rawValue : nil,
                timelineImage: requested.contains(.timelineSVG) ? OutputFile.timelineSVG.rawValue : nil,
                graphExtent: extent, maximumTimelineEvents: options.maximumTimelineEvents)
            return .streamed { [timeline] write in try MarkdownReportExporter.write(timeline, options: report, to: write) }
        case .graphDOT:
            return .text(dot)
        case .graphSVG, .graphPNG, .graphPDF:
            preconditionFailure("pictures are drawn by PictureDrawing")
        }
    }
}

/// An output as its exporter made it, written as it lies.
private enum MadeOutput {
    case text(String)
    case bytes([UInt8])
    /// Made as it is written: the function hands its bytes in order to the one it is given.
    case streamed((_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)

    func write(as name: String, to directory: inout OutputDirectory) throws {
        try directory.commit(try stage(as: name, in: directory))
    }

    /// Writes the output beside its place in `directory`, to be put in place by `commit`.
    func stage(as name: String, in directory: OutputDirectory) throws -> OutputDirectory.StagedFile {
        switch self {
        case .text(var text): return try text.withUTF8 { text in try directory.stage(as: name) { try $0(UnsafeRawBufferPointer(text)) } }
        case .bytes(let bytes): return try bytes.withUnsafeBytes { bytes in try directory.stage(as: name) { try $0(bytes) } }
        case .streamed(let produce): return try directory.stage(as: name, produce)
        }
    }
}

/// The state threads share while they make and write outputs (`Chronicle.writeConcurrently`):
/// which file is next, what was written, what failed, and the folder, all under one lock. Each
/// thread writes its file beside its place on its own, then takes the lock to put it in place, so
/// the folder's record is changed by one thread at a time.
private final class ConcurrentWriting: @unchecked Sendable {
    private let queue: [OutputFile]
    private let make: (OutputFile) throws -> MadeOutput
    private let lock = NSLock()
    private var next = 0
    private(set) var directory: OutputDirectory
    /// The folder as it was opened, for staging files (which reads nothing that changes).
    private let folder: OutputDirectory
    private(set) var failures: [OutputFile: any Error] = [:]
    private(set) var written: Set<OutputFile> = []

    init(_ files: [OutputFile], make: @escaping (OutputFile) throws -> MadeOutput, directory: OutputDirectory) {
        queue = files.enumerated().sorted { ($0.element.makingRank, $0.offset) < ($1.element.makingRank, $1.offset) }.map(\.element)
        self.make = make
        self.directory = directory
        folder = directory
    }

    /// Makes and writes files until none is left or one has failed.
    func run() {
        while let output = take() {
            do {
                let staged = try make(output).stage(as: output.rawValue, in: folder)
                try lock.withLock {
                    try directory.commit(staged)
                    written.insert(output)
                }
            } catch {
                lock.withLock { failures[output] = error }
            }
        }
    }

    private func take() -> OutputFile? {
        lock.withLock {
            guard failures.isEmpty, next < queue.count else { return nil }
            next += 1
            return queue[next - 1]
        }
    }
}
