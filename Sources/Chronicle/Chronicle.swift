import ChronicleExport
import ChronicleExtraction
import ChronicleModel
import Foundation

/// What a run needs to know beyond the files themselves.
public struct ExtractionOptions: Sendable {
    /// The publication date of documents that carry none (`--date`).
    public var defaultDate: CalendarDay?
    /// Per-file dates, titles and links (`--manifest`), which win over what the files say.
    public var manifest: Manifest?
    /// The actor lexicon; nil means the bundled one.
    public var lexicon: Lexicon?
    /// The event cue lexicon; nil means the bundled one.
    public var cues: CueLexicon?

    public init(defaultDate: CalendarDay? = nil, manifest: Manifest? = nil, lexicon: Lexicon? = nil, cues: CueLexicon? = nil) {
        self.defaultDate = defaultDate
        self.manifest = manifest
        self.lexicon = lexicon
        self.cues = cues
    }

    /// The extractor these options describe.
    public func extractor() throws(LexiconError) -> Extractor {
        let cueLexicon: CueLexicon
        if let cues { cueLexicon = cues } else { cueLexicon = try CueLexicon.bundled() }
        return Extractor(lexicon: try resolvedLexicon(), cues: cueLexicon)
    }

    /// The lexicon to use: the one given, or the bundled one.
    public func resolvedLexicon() throws(LexiconError) -> Lexicon {
        if let lexicon { return lexicon }
        return try Lexicon.bundled()
    }
}

/// The result of reading and extracting a corpus, with everything the user should be told.
public struct ExtractionRun: Sendable {
    public var timeline: Timeline
    /// Messages about the inputs, in input order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all.
    public var skippedFiles: [String]
    public var documentCount: Int { timeline.documents.count }
}

/// Chronicle as a library: what the `chronicle` command does, callable from Swift.
///
/// ```swift
/// import Chronicle
///
/// let run = try Chronicle.extract(paths: ["examples/corpus"], options: ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06")))
/// for diagnostic in run.diagnostics { print(diagnostic) }
/// let json = try TimelineJSON.encode(run.timeline)
/// ```
public enum Chronicle {
    /// Reads every document under `paths` (files, or folders searched recursively) and extracts the timeline.
    /// - Throws: `LexiconError` when the lexicon cannot be read; problems with documents are diagnostics instead.
    public static func extract(paths: [String], options: ExtractionOptions = ExtractionOptions()) throws(LexiconError) -> ExtractionRun {
        let extractor = try options.extractor()
        let analysis = analyze(paths: paths, options: options, extractor: extractor)
        return ExtractionRun(timeline: extractor.timeline(from: analysis.documents), diagnostics: analysis.diagnostics,
                             skippedFiles: analysis.skippedFiles)
    }

    /// The documents under `paths`, read and segmented, before they are merged into one timeline.
    public static func analyze(paths: [String], options: ExtractionOptions = ExtractionOptions()) throws(LexiconError)
        -> (documents: [AnalyzedDocument], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        analyze(paths: paths, options: options, extractor: try options.extractor())
    }

    static func analyze(paths: [String], options: ExtractionOptions, extractor: Extractor)
        -> (documents: [AnalyzedDocument], diagnostics: [Diagnostic], skippedFiles: [String])
    {
        let found = CorpusScanner.files(in: paths)
        var diagnostics = found.diagnostics
        var skipped = found.diagnostics.filter { $0.severity == .error }.map(\.file)
        let ids = documentIDs(for: found.files)
        let reader = DocumentReader(defaultDate: options.defaultDate)
        var analyzed: [AnalyzedDocument] = []
        for (path, id) in zip(found.files, ids) {
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.readBytes(path)
            } catch let failure as FileSystem.Failure {
                diagnostics.append(Diagnostic(.error, file: path, failure.reason))
                skipped.append(path)
                continue
            } catch {
                diagnostics.append(Diagnostic(.error, file: path, "\(error)"))
                skipped.append(path)
                continue
            }
            let output = reader.read(bytes: bytes, path: path, id: id, manifest: options.manifest?.hints(for: path))
            diagnostics += output.diagnostics
            guard let document = output.document else {
                skipped.append(path)
                continue
            }
            analyzed.append(extractor.analyze(document))
        }
        let undated = analyzed.filter { $0.document.published == nil }.map(\.document.source)
        if !undated.isEmpty {
            let list = undated.count <= 5 ? undated.joined(separator: ", ") : undated.prefix(5).joined(separator: ", ") + ", ..."
            diagnostics.append(Diagnostic(.note, file: "",
                "\(undated.count) document\(undated.count == 1 ? " has" : "s have") no publication date (\(list)); "
                + "relative dates in them stay unresolved. Give --date YYYY-MM-DD, a `date:` in front matter, or a --manifest entry."))
        }
        return (analyzed, diagnostics, skipped)
    }

    /// Document ids from file names: the name without its extension, or the path where two names clash.
    public static func documentIDs(for paths: [String]) -> [DocumentID] {
        func stem(_ path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return String(name[..<dot])
        }
        var counts: [String: Int] = [:]
        for path in paths { counts[stem(path), default: 0] += 1 }
        var used = Set<String>()
        return paths.map { path in
            var id = stem(path)
            if counts[id, default: 0] > 1 {
                let trimmed = path.split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "/")
                let dot = trimmed.lastIndex(of: ".").map { trimmed[..<$0] } ?? Substring(trimmed)
                id = String(dot)
            }
            var candidate = id
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(id)-\(suffix)"
                suffix += 1
            }
            return DocumentID(candidate)
        }
    }
}
