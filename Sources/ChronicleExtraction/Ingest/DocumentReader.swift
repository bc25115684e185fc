import ChronicleModel

/// Reads one file's bytes into an `IngestedDocument`: checks the encoding, picks the reader
/// for the format, drops boilerplate, and settles the publication date.
public struct DocumentReader: Sendable {
    /// The date used when a document gives none of its own (`--date`).
    public var defaultDate: CalendarDay?

    public init(defaultDate: CalendarDay? = nil) {
        self.defaultDate = defaultDate
    }

    public struct Output: Sendable {
        /// Nil when the file could not be read at all; `diagnostics` then says why.
        public var document: IngestedDocument?
        public var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - bytes: the file as it is on disk.
    ///   - path: the path as the user gave it; it names the file in messages and in `Document.source`.
    ///   - id: the document id to use.
    ///   - manifest: what a manifest says about this file, which wins over the file itself.
    public func read(bytes original: [UInt8], path: String, id: DocumentID, manifest: DocumentHints? = nil) -> Output {
        let checked: TextEncodingCheck.Checked
        switch TextEncodingCheck.check(original, file: path) {
        case .failure(let diagnostic): return Output(document: nil, diagnostics: [diagnostic])
        case .success(let value): checked = value
        }
        var diagnostics = checked.diagnostics
        let bytes = checked.bytes
        let format = DocumentReader.format(ofPath: path, bytes: bytes, start: checked.start)
        var document = Document(id: id, source: path, format: format)
        var builder = CleanTextBuilder(capacity: bytes.count)
        var candidates: [(CalendarDay, PublicationDateSource)] = []
        var dateline: (month: Int, day: Int, year: Int?)?

        switch format {
        case .text:
            let result = PlainTextReader(bytes: bytes).read(from: checked.start, into: &builder)
            if let day = result.headerDate { candidates.append((day, .headerLine)) }
            dateline = result.dateline
        case .markdown:
            let result = MarkdownReader(bytes: bytes, file: path).read(from: checked.start, into: &builder)
            diagnostics += result.diagnostics
            if let frontMatter = result.frontMatter {
                document.title = frontMatter.title
                document.url = frontMatter.url
                document.videoID = frontMatter.videoID
                if let text = frontMatter.date {
                    if let day = PublicationDateScanner.isoDayPrefix(text) {
                        candidates.append((day, .frontMatter))
                    } else {
                        diagnostics.append(Diagnostic(.warning, file: path,
                            "front matter date \"\(text)\" is not YYYY-MM-DD; it is ignored"))
                    }
                }
            }
        case .html:
            let result = HTMLReader(bytes: bytes).read(from: checked.start, into: &builder)
            document.title = result.headline ?? result.title
            document.url = result.url
            if let day = (result.publishedTime ?? result.timeElement).flatMap(PublicationDateScanner.isoDayPrefix) {
                candidates.append((day, .htmlMetadata))
            }
        }
        let built = builder.finish()
        var ingested = IngestedDocument(document: document, text: built.bytes, offsets: built.map, blocks: built.blocks, mediaAnchors: built.media)
        ingested.blocks = DocumentReader.articleBlocks(of: ingested)
        if ingested.document.title == nil,
           let heading = ingested.blocks.prefix(3).first(where: { $0.kind == .heading && ingested.text[$0.range].split(separator: 0x20).count >= 3 })
        {
            ingested.document.title = ingested.string(heading.range)
        }

        let fileNameDay = PublicationDateScanner.fileNameDate(fileName(of: path))
        if let dateline {
            if let year = dateline.year, let day = CalendarDay(year: year, month: dateline.month, day: dateline.day) {
                candidates.append((day, .dateline))
            } else if let reference = manifest?.published ?? fileNameDay ?? defaultDate,
                      let day = PublicationDateScanner.nearestPast(month: dateline.month, day: dateline.day, before: reference)
            {
                candidates.append((day, .dateline))
            }
        }
        if let day = fileNameDay { candidates.append((day, .fileName)) }

        if let hints = manifest {
            ingested.document.title = hints.title ?? ingested.document.title
            ingested.document.url = hints.url ?? ingested.document.url
            if let day = hints.published { candidates.insert((day, .manifest), at: 0) }
        }
        if let defaultDate { candidates.append((defaultDate, .defaultDate)) }
        if let (day, source) = candidates.first {
            ingested.document.published = day
            ingested.document.publishedFrom = source
        }
        if ingested.blocks.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: path, "no article text found (only markup or boilerplate)"))
        }
        return Output(document: ingested, diagnostics: diagnostics)
    }

    /// The format a path's extension names. A `.txt` (or unknown) file is sniffed: notes exported
    /// with YAML front matter are Markdown, a page saved with `<!DOCTYPE html>` or `<html>` is HTML.
    public static func format(ofPath path: String, bytes: [UInt8] = [], start: Int = 0) -> DocumentFormat {
        let name = Array(fileName(of: path).utf8)
        let hasExtension = { (suffix: StaticString) in equalsLowered(name.suffix(suffix.utf8CodeUnitCount), suffix) }
        if hasExtension(".md") || hasExtension(".markdown") { return .markdown }
        if hasExtension(".html") || hasExtension(".htm") || hasExtension(".xhtml") { return .html }
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        let head = asciiLowercased(bytes[index..<min(bytes.count, index + 15)])
        if head.starts(with: Array("<!doctype html".utf8)) || head.starts(with: Array("<html".utf8)) { return .html }
        if index == start, bytes[start...].starts(with: Array("---".utf8)),
           case .parsed = FrontMatter.parse(bytes, from: start, file: path)
        {
            return .markdown
        }
        return .text
    }

    /// The blocks that are the article, with boilerplate and captions removed.
    static func articleBlocks(of document: IngestedDocument) -> [TextBlock] {
        // Lists made at their full size once, not grown by doubling from empty.
        var candidates: [TextBlock] = []
        candidates.reserveCapacity(document.blocks.count)
        for block in document.blocks where block.kind != .caption { candidates.append(block) }
        let keep = BoilerplateFilter.keep(candidates.map { document.text[$0.range] })
        var article: [TextBlock] = []
        article.reserveCapacity(candidates.count)
        for (block, kept) in zip(candidates, keep) where kept { article.append(block) }
        return article
    }
}

/// The last component of a path (trailing slashes ignored); the path itself when it is all slashes.
/// Found in the UTF-8 bytes: splitting into Characters cost more than reading a small file.
func fileName(of path: String) -> String {
    let bytes = Array(path.utf8)
    var end = bytes.count
    while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
    guard end > 0 else { return path }
    var start = end
    while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
}
