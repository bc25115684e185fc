import ChronicleModel

/// A document after segmentation: what later stages (actors, dates, events) read.
public struct AnalyzedDocument: Sendable {
    public var ingested: IngestedDocument
    public var sentences: [Sentence]
    /// Actors named in the sentences, in reading order.
    public var mentions: [ActorMention] = []
    /// Time expressions in the sentences, normalised against the publication date, in reading order.
    public var timexes: [SentenceTimex] = []

    public init(ingested: IngestedDocument, sentences: [Sentence], mentions: [ActorMention] = [], timexes: [SentenceTimex] = []) {
        self.ingested = ingested
        self.sentences = sentences
        self.mentions = mentions
        self.timexes = timexes
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
/// Stages so far: segmentation, actor recognition and temporal tagging. Event coding plugs in here
/// as it lands; the timeline holds only what the stages produce.
public struct Extractor: Sendable {
    public let recognizer: ActorRecognizer
    public let tagger = TemporalTagger()

    public init(lexicon: Lexicon) {
        recognizer = ActorRecognizer(index: LexiconIndex(lexicon))
    }

    public func analyze(_ document: IngestedDocument) -> AnalyzedDocument {
        var analyzed = AnalyzedDocument(ingested: document, sentences: Segmenter.sentences(of: document))
        analyzed.mentions = recognizer.mentions(in: analyzed)
        let dct = document.document.published
        for (index, sentence) in analyzed.sentences.enumerated() {
            for timex in tagger.tag(document.text, sentence.range, dct: dct) {
                analyzed.timexes.append(SentenceTimex(sentence: index, timex: timex))
            }
        }
        return analyzed
    }

    public func timeline(from documents: [AnalyzedDocument]) -> Timeline {
        var tally = ActorTally()
        for document in documents { tally.add(document) }
        return Timeline(documents: documents.map(\.document), actors: tally.actors(lexicon: recognizer.index.lexicon))
    }
}

/// A time expression and the sentence it stands in (its range is in clean-text bytes).
public struct SentenceTimex: Hashable, Sendable {
    public var sentence: Int
    public var timex: Timex
}
