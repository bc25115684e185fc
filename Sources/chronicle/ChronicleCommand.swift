import ArgumentParser
import Chronicle
import ChronicleGraphviz
import Foundation

@main
struct ChronicleCommand: ParsableCommand {
    // Every command names itself: without `commandName`, ArgumentParser derives each name from the
    // type's name through reflection: 7% of the instructions of a one-document run.
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn news text into a dated event timeline and an actor-relationship graph.",
        discussion: """
        Exit codes: 0 success; 1 outputs could not be written; 2 finished, but some inputs were \
        skipped (or, with --strict, warned about); 64 usage error; 65 a lexicon or manifest is malformed; \
        66 no input could be read.
        """,
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Merge.self, Render.self, Sentences.self, Timex.self, LexiconCommand.self]
    )
}

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt, .md, .markdown, .html, .htm; folders recursively).")
    var arguments: [String] = []

    @Option(name: .customLong("files-from"),
            help: "Also read the files or folders listed in this file, one per line ('-' for standard input).")
    var filesFrom: String?

    @Option(name: .customLong("date"), help: "Publication date for documents that carry none (YYYY-MM-DD).")
    var defaultDate: String?

    @Option(help: "A YAML or CSV file giving per-file date, title and url.")
    var manifest: String?

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Treat warnings as failures (exit code 2).")
    var strict = false

    @Option(parsing: .unconditional, help: "Threads to spread documents over (default: one per core; at most four per core and one per document run). The output is the same for any number.")
    var jobs: Int?

    /// Threads for the run: `--jobs`, or one per core.
    var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let defaultDate, CalendarDay(iso: defaultDate) == nil {
            throw ValidationError("--date expects a date YYYY-MM-DD, found \"\(defaultDate)\"")
        }
        if arguments.isEmpty && filesFrom == nil { throw ValidationError("name at least one file or folder to read, or give --files-from") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The files and folders named on the command line, then those listed by `--files-from`
    /// (one per line; blank lines are skipped, so a trailing newline or CRLF does no harm).
    var paths: [String] {
        get throws {
            guard let filesFrom else { return arguments }
            let bytes: [UInt8]
            if filesFrom == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let data = FileManager.default.contents(atPath: filesFrom) else {
                    Console.error("\(filesFrom): error: cannot read the list of files (--files-from)")
                    throw ExitCode(66)
                }
                bytes = Array(data)
            }
            let listed = bytes.split(separator: UInt8(ascii: "\n")).map { line in
                String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
            }
            return arguments + listed.filter { !$0.isEmpty }
        }
    }

    /// Reads and extracts, printing messages to standard error; exits 66 when nothing could be read.
    func run(paths: [String]) throws -> ExtractionRun {
        let options = try extractionOptions()
        let run: ExtractionRun
        do { run = try Chronicle.extract(paths: paths, options: options, progress: progressHandler()) } catch {
            Console.error("\(error)")
            throw ExitCode(65)
        }
        try report(run.diagnostics, documentCount: run.documentCount)
        return run
    }

    /// The progress line on a terminal, unless `--quiet`.
    func progressHandler() -> (@Sendable (Chronicle.Progress) -> Void)? {
        guard !quiet, let line = ProgressLine.forTerminal() else { return nil }
        return line.handler
    }

    func extractionOptions() throws -> ExtractionOptions {
        var options = ExtractionOptions(defaultDate: defaultDate.flatMap { CalendarDay(iso: $0) }, lexicon: try lexicon.load(quiet: quiet),
                                        cues: try lexicon.loadCues())
        if let jobs { options.jobs = jobs }
        if let manifest {
            do {
                options.manifest = try Manifest.load(path: manifest)
            } catch {
                Console.error("\(error)")
                throw ExitCode(65)
            }
        }
        // The lexicons are tens of thousands of small objects, which freeing one by one at the end
        // of a command cost a twentieth of a one-document run: the process's exit frees them at once.
        KeptUntilExit.keep(options)
        return options
    }

    /// Prints messages to standard error; exits 66 when no document could be read.
    func report(_ diagnostics: [Diagnostic], documentCount: Int) throws {
        printDiagnostics(diagnostics)
        if documentCount == 0 {
            Console.error("error: no document could be read")
            throw ExitCode(66)
        }
    }

    /// Prints messages to standard error, only errors with `--quiet`.
    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            Console.error(diagnostic.description)
        }
    }

    /// The exit code for a run that produced its outputs.
    func exitCode(for run: ExtractionRun) -> ExitCode {
        exitCode(skippedFiles: run.skippedFiles, diagnostics: run.diagnostics)
    }

    func exitCode(skippedFiles: [String], diagnostics: [Diagnostic]) -> ExitCode {
        if !skippedFiles.isEmpty { return ExitCode(2) }
        if strict, diagnostics.contains(where: { $0.severity >= .warning }) { return ExitCode(2) }
        return .success
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read documents and write the outputs (timeline.json, graph.dot, graph.svg ...) into a folder."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The folder to write into; created when missing. Files chronicle did not write are never replaced.")
    var out: String

    @Option(help: "Outputs to write, comma-separated: json, dot, svg, png, pdf, graphml, gexf, relations, events, timelinejs, timeline-svg, report (default: all but png and pdf).")
    var formats: String?

    @OptionGroup var graph: GraphArguments

    // `.unconditional`: "-1" is read as the value, so validate() can say what is wrong with it,
    // where the parser took it for an option and reported the value missing.
    @Option(name: .customLong("max-events"), parsing: .unconditional,
            help: "Show at most this many events in timeline.svg, the report (its dated list and Mermaid timeline) and timelinejs.json's slides, those with the most evidence sentences (0: all).")
    var maximumEvents: Int = TimelineExtent.defaultMaximumEvents

    @Flag(help: "Replace output files even if chronicle did not write them or they were edited.")
    var force = false

    func validate() throws {
        try Self.refuseOutInsideInputs(out, input.arguments)
        if maximumEvents < 0 { throw ValidationError("--max-events must be 0 (all) or more") }
    }

    static func refuseOutInsideInputs(_ out: String, _ paths: [String]) throws {
        if let folder = OutputDirectory.inputFolder(holding: out, among: paths) {
            throw ValidationError("--out \(out) lies inside the input folder \(folder); choose a folder outside the inputs")
        }
    }

    func run() throws {
        let outputs = try GraphArguments.outputs(formats)
        let paths = try input.paths
        try Self.refuseOutInsideInputs(out, paths)
        let run = try input.run(paths: paths)
        KeptUntilExit.keep(run)
        if !input.quiet, let warning = graph.unknownActorsWarning(in: run.timeline, source: "the documents read") { Console.error("warning: \(warning)") }
        do {
            var directory = try OutputDirectory(path: out, force: force)
            var options = try graph.renderOptions(outFolder: out)
            options.maximumTimelineEvents = maximumEvents == 0 ? nil : maximumEvents
            let (written, warnings, notes) = try Chronicle.write(run.timeline, outputs: outputs, options: options, threads: input.threads, to: &directory)
            for warning in warnings { Console.error("warning: \(warning)") }
            if !input.quiet {
                for note in notes { Console.error("note: \(note)") }
                Console.error("wrote \(written.map { out + "/" + $0 }.joined(separator: ", ")) from \(run.documentCount) document\(run.documentCount == 1 ? "" : "s")")
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        let code = input.exitCode(for: run)
        if code != .success { throw code }
    }
}

/// Options of the actor graph, shared by `build` and `render`.
struct GraphArguments: ParsableArguments {
    @Option(help: "Layout engine: dot (default), neato, circo, twopi (reproducible), fdp, sfdp.")
    var engine: String?

    @Option(name: .customLong("min-weight"), parsing: .unconditional, help: "Leave out relations seen in fewer sentences than this.")
    var minimumWeight: Int = 1

    @Option(help: "Only these actors and the relations among them, comma-separated ids (RUS,ISR,...).")
    var actors: String?

    @Option(help: "Only relations seen on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only relations seen on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("max-edges"), parsing: .unconditional, help: "Draw at most this many edges, the strongest by evidence sentences (0: all).")
    var maximumEdges: Int = GraphOptions.defaultMaximumEdges

    @Flag(help: "Draw the people who spoke or acted for each actor.")
    var people = false

    @Option(help: "The title of the graph (and report).")
    var title: String?

    func validate() throws {
        if let engine, GraphvizEngine(rawValue: engine) == nil {
            throw ValidationError("unknown engine \"\(engine)\"; expected one of \(GraphvizEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, TimexOrder.start(of: value) == nil || value.contains("X") {
                throw ValidationError("\(name) expects a date YYYY, YYYY-MM or YYYY-MM-DD, found \"\(value)\"")
            }
        }
        if let since, let until, let start = TimexOrder.start(of: since), let end = TimexOrder.end(of: until),
           (end.year, end.month, end.day) < (start.year, start.month, start.day)
        {
            throw ValidationError("--until \(until) ends before --since \(since) begins; no relation could be shown")
        }
        if minimumWeight < 1 { throw ValidationError("--min-weight must be at least 1") }
        if maximumEdges < 0 { throw ValidationError("--max-edges must be 0 (all) or more") }
    }

    /// Render options; links to local documents are made relative to `outFolder` when it lies below the current folder.
    func renderOptions(outFolder: String?) throws -> RenderOptions {
        var linkBase: String? = nil
        if let outFolder, !outFolder.hasPrefix("/") {
            let depth = outFolder.split(separator: "/").filter { $0 != "." }.count
            if !outFolder.split(separator: "/").contains("..") { linkBase = String(repeating: "../", count: depth) }
        }
        let chosen = actors.map { Set($0.split(separator: ",").map { ActorID(String($0).trimmingCharacters(in: .whitespaces)) }) }
        return RenderOptions(
            graph: GraphOptions(title: title, minimumWeight: minimumWeight, actors: chosen, since: since, until: until,
                                maximumEdges: maximumEdges == 0 ? nil : maximumEdges, people: people, sourceLinkBase: linkBase),
            engine: engine.flatMap(GraphvizEngine.init(rawValue:)))
    }

    /// The ids of `--actors` that name no actor of `timeline`, in the order given: the picture would
    /// leave them out without a word, and a mistyped id would look like an actor with no relations.
    func unknownActors(in timeline: ChronicleModel.Timeline) -> [String] {
        guard let actors else { return [] }
        let known = Set(timeline.actors.map(\.id))
        var seen = Set<String>()
        return actors.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !known.contains(ActorID($0)) && seen.insert($0).inserted }
    }

    /// A warning for `unknownActors(in:)`, or nil when every id is known.
    func unknownActorsWarning(in timeline: ChronicleModel.Timeline, source: String) -> String? {
        let unknown = unknownActors(in: timeline)
        guard !unknown.isEmpty else { return nil }
        let names = unknown.map { "\"\($0)\"" }.joined(separator: ", ")
        return "--actors: \(names) \(unknown.count == 1 ? "is" : "are") not an actor of \(source); ids are as in timeline.json's actors (RUS, ISR, HAMAS ...)"
    }

    static func outputs(_ formats: String?) throws -> [OutputFile] {
        guard let formats else { return OutputFile.defaults }
        guard formats.contains(where: { $0 != "," && !$0.isWhitespace }) else {
            throw ValidationError("--formats names no output; give one or more of json, dot, svg, png, pdf, graphml, gexf, relations, events, timelinejs, timeline-svg, report")
        }
        return try formats.split(separator: ",").map { word in
            guard let output = OutputFile(format: String(word).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown format \"\(word)\" in --formats; expected json, dot, svg, png, pdf, graphml, gexf, relations, events, timelinejs, timeline-svg, report")
            }
            return output
        }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the actor graph of a saved timeline.json, without reading the documents again."
    )

    @Argument(help: "A timeline.json written by chronicle.")
    var timeline: String

    @Option(help: "svg (default), png, pdf, or dot (the DOT text).")
    var format: String = "svg"

    @Option(help: "Write here instead of standard output (atomically; an existing file is replaced only with --force).")
    var out: String?

    @Flag(help: "Replace --out even if it exists.")
    var force = false

    @OptionGroup var graph: GraphArguments

    func validate() throws {
        if !["svg", "png", "pdf", "dot"].contains(format) { throw ValidationError("--format expects svg, png, pdf or dot") }
    }

    func run() throws {
        let decoded = try Console.readTimeline(timeline)
        if let warning = graph.unknownActorsWarning(in: decoded, source: timeline) { Console.error("warning: \(warning)") }
        let options = try graph.renderOptions(outFolder: nil)
        let (dot, extent) = DOTExporter.exportGraph(decoded, options: options.graph)
        if extent.isCapped { Console.error("note: \(Chronicle.capNote(extent))") }
        let bytes: Data
        if format == "dot" {
            bytes = Data(dot.utf8)
        } else {
            let (engine, warning) = Chronicle.engine(for: extent, requested: options.engine)
            if let warning { Console.error("warning: \(warning)") }
            do {
                bytes = Data(try GraphvizRenderer().render(dot: dot, engine: engine, format: GraphvizFormat(rawValue: format)!))
            } catch {
                Console.error("error: \(error)")
                throw ExitCode(1)
            }
        }
        guard let out else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        if FileManager.default.fileExists(atPath: out), !force {
            Console.error("\(out): error: exists; pass --force to replace it")
            throw ExitCode(1)
        }
        do { try OutputDirectory.atomicWrite(bytes, to: out) } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documents and print timeline.json to standard output.",
        discussion: "With --jsonl, print one partial timeline per document per line instead; `chronicle merge` combines such lines (from any number of machines) into the same timeline.json."
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "One compact partial timeline per document per line, for merging later.")
    var jsonl = false

    @OptionGroup var spill: SpillOptions

    func run() throws {
        if jsonl {
            // Streamed: each document's line is written as soon as those before it are.
            let options = try input.extractionOptions()
            let paths = try input.paths
            let partial: Chronicle.PartialTimelinesRun
            do {
                partial = try Chronicle.writePartialTimelines(paths: paths, options: options, to: .standardOutput, progress: input.progressHandler())
            } catch let failure as Chronicle.PartialTimelinesWriteError {
                input.printDiagnostics(failure.run.diagnostics)
                Console.error("error: cannot write the lines: \(failure.error)")
                throw ExitCode(1)
            } catch {
                Console.error(error is LexiconError ? "\(error)" : "error: \(error)")
                throw ExitCode(error is LexiconError ? 65 : 1)
            }
            try input.report(partial.diagnostics, documentCount: partial.documentCount)
            let code = input.exitCode(skippedFiles: partial.skippedFiles, diagnostics: partial.diagnostics)
            if code != .success { throw code }
            return
        }
        var options = try input.extractionOptions()
        options.memoryBudget = spill.budget
        options.temporaryDirectory = spill.temporaryDirectory
        let paths = try input.paths
        let run: SpooledRun
        do { run = try Chronicle.extractForJSON(paths: paths, options: options, progress: input.progressHandler()) } catch {
            Console.error(error is LexiconError ? "\(error)" : "error: \(error)")
            throw ExitCode(error is LexiconError ? 65 : 1)
        }
        try input.report(run.diagnostics, documentCount: run.documentCount)
        KeptUntilExit.keep(run)
        do { try run.writeTimelineJSON(to: .standardOutput, threads: input.threads) } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        let code = input.exitCode(skippedFiles: run.skippedFiles, diagnostics: run.diagnostics)
        if code != .success { throw code }
    }
}

struct Sentences: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print each sentence Chronicle reads, as JSON Lines, with its byte range in the file and its role.",
        discussion: "Shows what ingest and segmentation keep: boilerplate is gone, FAQ answers are marked, video timestamps are attached."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let analysis = try Chronicle.analyze(paths: try input.paths, options: try input.extractionOptions())
        try input.report(analysis.diagnostics, documentCount: analysis.documents.count)
        var records: [SentenceRecord] = []
        for document in analysis.documents {
            let mentions = Dictionary(grouping: document.mentions, by: \.sentence)
            let timexes = Dictionary(grouping: document.timexes, by: \.sentence)
            for (index, sentence) in document.sentences.enumerated() {
                let actors = mentions[index]?.map { "\($0.actor):\(document.ingested.string($0.range))" }
                let timex = timexes[index]?.map { $0.timex.temporalValue(text: document.ingested.string($0.timex.range), status: nil) }
                records.append(SentenceRecord(document: document.document.id, index: index, role: sentence.role.rawValue,
                                              evidence: document.evidence(for: sentence), actors: actors, timex: timex))
            }
        }
        FileHandle.standardOutput.write(try JSONLines.encode(records))
        if !analysis.skippedFiles.isEmpty { throw ExitCode(2) }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge timeline.json files made from separate parts of a corpus into one, printed to standard output.",
        discussion: "The merge is associative and order-independent: shards extracted apart give the same whole. "
            + "JSON Lines are read a line at a time, and the merged result is held under --memory like extract's."
    )

    @Argument(help: "timeline.json files, or JSON Lines of partial timelines from `extract --jsonl`, to merge (- reads standard input).")
    var files: [String]

    @Flag(help: "Print the result as one compact line, a partial timeline for a later merge (as from a reducer).")
    var jsonl = false

    @Option(parsing: .unconditional, help: "Threads that decode lines and encode the result (default: one per core). The output is the same for any number.")
    var jobs: Int?

    @OptionGroup var spill: SpillOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var options = MergeOptions()
        if let jobs { options.jobs = jobs }
        options.memoryBudget = spill.budget
        options.temporaryDirectory = spill.temporaryDirectory
        let run: SpooledRun
        do { run = try Chronicle.mergeForJSON(paths: files, options: options) } catch let failure as Chronicle.MergeInputError {
            Console.error(failure.description)
            if failure.problem == .notATimeline {
                Console.error("\(failure.path): note: merge reads a timeline.json, or JSON Lines with one compact timeline per line (extract --jsonl, merge --jsonl)")
            }
            throw ExitCode(failure.problem == .unreadable ? 66 : 65)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        for diagnostic in run.diagnostics { Console.error(diagnostic.description) }
        KeptUntilExit.keep(run)
        do { try run.writeTimelineJSON(to: .standardOutput, threads: options.jobs, pretty: !jsonl) } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Where `extract` and `merge` keep a result larger than memory.
struct SpillOptions: ParsableArguments {
    @Option(help: ArgumentHelp("About how much of the result to hold in memory, in MB or with a unit (64K, 512M, 2G); beyond that, "
                               + "it waits in sorted temporary files until timeline.json is written.", valueName: "size"))
    var memory = "256M"

    @Option(name: .customLong("temporary-directory"), help: ArgumentHelp("The folder for those temporary files (default: $TMPDIR, else /tmp).", valueName: "folder"))
    var temporaryDirectory: String?

    func validate() throws {
        guard SpillOptions.bytes(memory) != nil else {
            throw ValidationError("--memory expects a size such as 512, 512M, 64K or 2G (at least 1K), found \"\(memory)\"")
        }
    }

    /// `--memory` in bytes.
    var budget: Int? { SpillOptions.bytes(memory) }

    /// Bytes in a size such as `512` (MB), `64K`, `512M` or `2G`; nil for anything else or below 1K.
    static func bytes(_ size: String) -> Int? {
        var digits = Substring(size)
        var unit = 1 << 20
        if let last = digits.last, let shift = ["K": 10, "M": 20, "G": 30][last.uppercased()] {
            unit = 1 << shift
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count > 0,
              count <= Int.max / unit, count * unit >= 1 << 10 else { return nil }
        return count * unit
    }
}

struct Timex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Tag time expressions: TIMEX3 type and value for each, against a publication date.",
        discussion: """
        With --jsonl FILE: reads one {"id","dct","text"} object per line and writes one \
        {"id","timex":[{"start","end","type","value"}]} per line, offsets in Unicode scalars (the \
        format the TempEval-3 scorer reads). Otherwise tags TEXT against --date.
        """
    )

    @Option(help: "A JSON Lines file of {\"id\",\"dct\",\"text\"} objects (- for standard input).")
    var jsonl: String?

    @Option(help: "The publication date (YYYY-MM-DD) for TEXT.")
    var date: String?

    @Argument(help: "Text to tag, when --jsonl is not given.")
    var text: String?

    func validate() throws {
        if jsonl == nil, text == nil { throw ValidationError("give --jsonl FILE or a text to tag") }
        if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date expects YYYY-MM-DD, found \"\(date)\"") }
    }

    func run() throws {
        if let jsonl {
            let data: Data
            if jsonl == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: jsonl) else {
                    Console.error("\(jsonl): error: cannot read the file")
                    throw ExitCode(66)
                }
                data = contents
            }
            do {
                FileHandle.standardOutput.write(try TimexJSONLines.tag(data))
            } catch {
                Console.error("\(jsonl):\(error)")
                throw ExitCode(65)
            }
            return
        }
        let bytes = Array((text ?? "").utf8)
        for timex in TemporalTagger().tagText(bytes, dct: date.flatMap { CalendarDay(iso: $0) }) {
            let words = String(decoding: bytes[timex.range], as: UTF8.self)
            print("\"\(words)\" -> \(timex.type.rawValue) \(timex.value)" + (timex.modifier.map { " \($0.rawValue)" } ?? ""))
        }
    }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A saved timeline.json (`-` reads standard input); exits 66 when unreadable, 65 when it is not one.
    static func readTimeline(_ path: String) throws -> ChronicleModel.Timeline {
        let data: Data? = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else {
            error("\(path): error: cannot read the file")
            throw ExitCode(66)
        }
        do {
            return try TimelineJSON.decode(data)
        } catch let failure {
            error("\(path): error: not a Chronicle timeline.json: \(TimelineJSON.explain(failure, in: data))")
            throw ExitCode(65)
        }
    }
}
