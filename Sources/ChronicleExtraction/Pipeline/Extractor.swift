import ChronicleModel

/// A document after segmentation: what later stages (actors, dates, events) read.
public struct AnalyzedDocument: Sendable {
    public var ingested: IngestedDocument
    public var sentences: [Sentence]
    /// Actors named in the sentences, in reading order.
    public var mentions: [ActorMention] = []

    public init(ingested: IngestedDocument, sentences: [Sentence], mentions: [ActorMention] = []) {
        self.ingested = ingested
        self.sentences = sentences
        self.mentions = mentions
    }

    public var document: Document { ingested.document }

    public func text(of sentence: Sentence) -> String { ingested.string(sentence.range) }

    /// The mention as the model keeps it: byte range in the file on disk.
    public func modelMention(_ mention: ActorMention) -> Mention {
        Mention(actor: mention.actor, document: document.id,
                byteStart: ingested.offsets.originalStart(ofClean: mention.range.lowerBound),
                byteEnd: ingested.offsets.originalEnd(ofClean: mention.range.upperBound),
                text: ingested.string(mention.range), form: mention.form, person: mention.person)
    }

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
/// Stages so far: segmentation and actor recognition. Temporal tagging and event coding plug in
/// here as they land; the timeline holds only what the stages produce.
public struct Extractor: Sendable {
    public let recognizer: ActorRecognizer

    public init(lexicon: Lexicon) {
        recognizer = ActorRecognizer(index: LexiconIndex(lexicon))
    }

    public func analyze(_ document: IngestedDocument) -> AnalyzedDocument {
        var analyzed = AnalyzedDocument(ingested: document, sentences: Segmenter.sentences(of: document))
        analyzed.mentions = recognizer.mentions(in: analyzed)
        return analyzed
    }

    public func timeline(from documents: [AnalyzedDocument]) -> Timeline {
        var tally = ActorTally()
        for document in documents { tally.add(document) }
        return Timeline(documents: documents.map(\.document), actors: tally.actors(lexicon: recognizer.index.lexicon))
    }
}
