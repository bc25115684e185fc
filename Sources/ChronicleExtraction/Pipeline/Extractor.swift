import ChronicleModel

/// A document after segmentation: what later stages (actors, dates, events) read.
public struct AnalyzedDocument: Sendable {
    public var ingested: IngestedDocument
    public var sentences: [Sentence]

    public var document: Document { ingested.document }

    public func text(of sentence: Sentence) -> String { ingested.string(sentence.range) }

    /// The evidence record for a sentence: its text and its byte range in the file on disk.
    public func evidence(for sentence: Sentence) -> Evidence {
        let media = sentence.media.first.map {
            MediaOffset(offset: $0.offset, seconds: $0.seconds, url: ingested.mediaURL(seconds: $0.seconds))
        }
        return Evidence(
            document: document.id,
            text: text(of: sentence),
            byteStart: ingested.offsets.originalStart(ofClean: sentence.range.lowerBound),
            byteEnd: ingested.offsets.originalEnd(ofClean: sentence.range.upperBound),
            media: media
        )
    }
}

/// Runs the extraction stages over read documents and assembles the timeline.
///
/// Stages so far: segmentation. Actor recognition, temporal tagging and event coding
/// plug in here as they land; the timeline holds only what the stages produce.
public struct Extractor: Sendable {
    public init() {}

    public func analyze(_ document: IngestedDocument) -> AnalyzedDocument {
        AnalyzedDocument(ingested: document, sentences: Segmenter.sentences(of: document))
    }

    public func timeline(from documents: [AnalyzedDocument]) -> Timeline {
        Timeline(documents: documents.map(\.document))
    }
}
