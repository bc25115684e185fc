import ChronicleModel

/// A document after segmentation: what later stages (actors, dates, events) read.
public struct AnalyzedDocument: Sendable {
    public var ingested: IngestedDocument
    public var sentences: [Sentence]
    /// Actors named in the sentences, in reading order.
    public var mentions: [ActorMention] = []
    /// Time expressions in the sentences, normalised against the publication date, in reading order.
    public var timexes: [SentenceTimex] = []
    /// Relations coded from the sentences, in reading order.
    public var relations: [CodedRelation] = []
    /// Sentences cut because they ran past `SentenceSplitter.longestSentence` bytes without ending.
    public var sentencesCut = 0

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
/// Each document becomes a partial timeline of its own; the corpus timeline is their merge, which
/// is associative and order-independent, so shards processed apart combine into the same whole.
public struct Extractor: Sendable {
    public let recognizer: ActorRecognizer
    public let tagger = TemporalTagger()
    public let coder: EventCoder

    public init(lexicon: Lexicon, cues: CueLexicon) {
        recognizer = ActorRecognizer(index: LexiconIndex(lexicon))
        coder = EventCoder(cues: cues, kinds: lexicon.actors.mapValues(\.kind))
    }

    /// The sentences `analyze` looks for time expressions in.
    public enum TimexScope: Sendable {
        /// Every sentence: for showing them (`chronicle sentences`) and for scoring the tagger.
        case everySentence
        /// Only sentences relations were coded from: an event's date is read from its own sentence,
        /// and nothing else in the timeline reads a time expression. Most sentences of real news code
        /// no relation, and tagging was a tenth of the analysis.
        case eventSentences
    }

    public func analyze(_ document: IngestedDocument, timexes scope: TimexScope = .everySentence) -> AnalyzedDocument {
        var cuts = 0
        var analyzed = AnalyzedDocument(ingested: document, sentences: Segmenter.sentences(of: document, cuts: &cuts))
        analyzed.sentencesCut = cuts
        // Sentence by sentence, every stage reading the same tokens: the same results as running
        // each stage over the whole document, with one tokenization per sentence instead of three.
        let text = document.text
        let dct = document.document.published
        // The document's lists made once at about their size (news names an actor or two a
        // sentence), not grown by doubling from empty as each sentence adds to them. Capped, so a
        // document of a million sentences that names no one does not hold room for millions.
        let expected = min(analyzed.sentences.count, 1_024)
        analyzed.mentions.reserveCapacity(2 * expected)
        analyzed.relations.reserveCapacity(expected)
        if scope == .everySentence { analyzed.timexes.reserveCapacity(expected) }
        var previous: [ActorMention] = []
        // The list a sentence's names are found into: the one before last's, which nothing holds by then.
        var spare: [ActorMention] = []
        var tokens: [Token] = []
        var view = SentenceView()
        var dateTokens = DateTokens()
        var names = DocumentNames()
        for (index, sentence) in analyzed.sentences.enumerated() {
            Tokenizer.tokens(text, sentence.range, into: &tokens)
            let mentions = recognizer.mentions(inSentence: index, tokens: tokens, text: text, day: dct, previous: previous,
                                               names: &names, reusing: &spare)
            analyzed.mentions += mentions
            spare = previous
            previous = mentions
            // Coded straight into the document's list, not into one per sentence.
            let relationsBefore = analyzed.relations.count
            if coder.isCoded(sentence, mentions: mentions) {
                coder.relations(inSentence: index, tokens: tokens, text: text, mentions: mentions, view: &view, into: &analyzed.relations)
            }
            if scope == .everySentence || analyzed.relations.count > relationsBefore {
                for timex in tagger.tag(text, tokens: tokens, dct: dct, reading: &dateTokens) {
                    analyzed.timexes.append(SentenceTimex(sentence: index, timex: timex))
                }
            }
        }
        if analyzed.timexes.contains(where: { $0.timex.value.utf8.count == 7 }) {
            var timexes = analyzed.timexes.map(\.timex)
            TemporalTagger.comparingQuarters(&timexes, text: text)
            for index in timexes.indices { analyzed.timexes[index].timex.value = timexes[index].value }
        }
        // "the following day" after "on May 10" is May 11; "two days later" dates an event too.
        TemporalTagger.anchoringToNamedDays(&analyzed.timexes, timex: \.timex, text: text, dct: dct, datingDurations: true)
        return analyzed
    }

    public func timeline(from documents: [AnalyzedDocument]) -> Timeline {
        // One merge over every document's records: merging is associative, so this equals merging
        // each document's partial timeline, without building them one by one. The actors are
        // gathered apart and made into records once, as a run's threads do.
        var actors = ActorTotals(extractor: self)
        var parts: [Timeline] = []
        parts.reserveCapacity(documents.count + 1)
        for document in documents {
            let result = recordsLeavingActors(of: document)
            actors.add(result.actors)
            parts.append(result.records)
        }
        parts.append(Timeline(unsortedDocuments: [], actors: actors.actors(), relations: [], events: []))
        return Timeline.merged(parts)
    }

    /// One document's contribution: itself, the actors it mentions, its relations and events.
    public func partialTimeline(_ document: AnalyzedDocument) -> Timeline {
        Timeline.merged([records(of: document)])
    }

    /// A document's records before merging (a relation told twice in it is still two records);
    /// `Timeline.merged` over any grouping of them gives the corpus timeline.
    public func records(of document: AnalyzedDocument) -> Timeline {
        var result = recordsLeavingActors(of: document)
        result.records.actors = result.actors.actors(index: recognizer.index)
        return result.records
    }

    /// A document's records but its actors, and the tally its actors are made from.
    public struct RecordsAndActorTally: Sendable {
        /// The document, its relations and its events; no actors.
        public var records: Timeline
        public var actors: ActorTally
    }

    /// A document's records but its actors, and the tally its actors are made from, for a run that
    /// gathers the tallies of many documents in `ActorTotals` and makes each actor's record once.
    public func recordsLeavingActors(of document: AnalyzedDocument) -> RecordsAndActorTally {
        let index = recognizer.index
        let tally = ActorTally(document, index: index)
        var relations: [Relation] = []
        var events: [Event] = []
        // Time expressions come in reading order (a document built otherwise is put in it, by a
        // stable sort): a sentence's are found by binary search, not by grouping them into a
        // dictionary of lists per document.
        var timexes = document.timexes
        if !zip(timexes, timexes.dropFirst()).allSatisfy({ $0.sentence <= $1.sentence }) {
            timexes.sort { $0.sentence < $1.sentence }
        }
        func timexesOf(sentence: Int) -> ArraySlice<SentenceTimex> {
            let first = timexes.partitionIndex { $0.sentence >= sentence }
            var end = first
            while end < timexes.count, timexes[end].sentence == sentence { end += 1 }
            return timexes[first..<end]
        }
        // One evidence record per sentence, so relations read from one sentence share its text
        // (a sentence's relations come one after another).
        var sentenceEvidence: (sentence: Int, evidence: Evidence)? = nil
        // Dates are worked out once: the last time expression's, and the document's own for
        // relations no expression dates (the sentence's relations mostly share one).
        var lastTimexDate: (timex: Int, date: TemporalValue, placed: Bool)? = nil
        var reportedDate: (date: TemporalValue, placed: Bool)? = nil
        for coded in document.relations {
            var evidence: Evidence
            if let known = sentenceEvidence, known.sentence == coded.sentence {
                evidence = known.evidence
            } else {
                evidence = document.evidence(for: document.sentences[coded.sentence])
                sentenceEvidence = (coded.sentence, evidence)
            }
            evidence.claim = coded.claim
            evidence.person = coded.person
            let date: TemporalValue, placed: Bool
            let sentenceTimexes = timexesOf(sentence: coded.sentence)
            let governing = Extractor.governingTimex(of: coded, among: sentenceTimexes, text: document.ingested.text,
                                                     sentence: document.sentences[coded.sentence].range,
                                                     published: document.document.published)
            // "since Russia's invasion of Ukraine", no date of its own: it happened before the report, when
            // the text does not say. The relation stands, undated; the timeline gets no event to misdate.
            if coded.backdrop, governing == nil {
                relations.append(Relation(source: coded.source, target: coded.target, kind: coded.kind, weight: 1, firstSeen: nil, lastSeen: nil,
                                          standing: nil, evidence: [evidence]))
                continue
            }
            if let timex = governing {
                if let anchored = AnchoredDate.shifted(cueOffset: coded.cueOffset, governing: timexes[timex].timex,
                                                       sentence: sentenceTimexes, document: document)
                {
                    (date, placed) = (anchored, TimexOrder.start(of: anchored.value) != nil)
                } else if let known = lastTimexDate, known.timex == timex {
                    (date, placed) = (known.date, known.placed)
                } else {
                    date = Extractor.date(of: timexes[timex].timex, in: document)
                    placed = TimexOrder.start(of: date.value) != nil
                    lastTimexDate = (timex, date, placed)
                }
            } else if let known = reportedDate {
                (date, placed) = known
            } else {
                date = Extractor.reportedDate(of: document)
                placed = TimexOrder.start(of: date.value) != nil
                reportedDate = (date, placed)
            }
            let seen = placed ? date.value : nil
            // One list for the relation and its event: merging copies it only when it grows.
            let cited = [evidence]
            relations.append(Relation(source: coded.source, target: coded.target, kind: coded.kind, weight: 1, firstSeen: seen, lastSeen: seen,
                                      standing: coded.standing ? true : nil, evidence: cited))
            guard !coded.standing else { continue }
            // source-kind-target-date, and for an undated event also where it was read.
            var idParts = [coded.source.rawValue, coded.kind.rawValue, coded.target.rawValue, date.value]
            if !placed { idParts += [document.document.id.rawValue, String(evidence.byteStart)] }
            let id = String(joining: idParts, separator: UInt8(ascii: "-"))
            let name = { (actor: ActorID) in index.place(of: actor).map { index.actorEntries[$0].name } ?? actor.rawValue }
            events.append(Event(
                id: EventID(id), date: date, actors: Extractor.participants(coded.source, coded.target), source: coded.source,
                target: coded.target, kind: coded.kind,
                summary: String(joining: [name(coded.source), coded.kind.phrase, name(coded.target)], separator: UInt8(ascii: " ")),
                evidence: cited))
        }
        return RecordsAndActorTally(records: Timeline(unsortedDocuments: [document.document], actors: [], relations: relations, events: events),
                                    actors: tally)
    }

    /// The distinct actors of a relation, in order.
    static func participants(_ source: ActorID, _ target: ActorID) -> [ActorID] {
        source == target ? [source] : source < target ? [source, target] : [target, source]
    }

    /// Where in `sentenceTimexes` the time expression that dates `coded` is (else the event is
    /// "reported" on the document's date): the date or time (not a duration, set or vague
    /// reference) nearest its cue in its clause, with no comma or semicolon of `text` between
    /// them ("Iran, which attacked Israel last month, warned the U.S. on Tuesday": the warning
    /// was on Tuesday); failing that, the nearest in the sentence ("On Monday, Israel struck");
    /// the first of two as near; nil for none. Some dates date no cue: one after `since` or in a
    /// `since` clause, after a gerund clause, in an opening concession (`Despite a truce in
    /// November,`), a deadline still ahead of `published` (`by 2035`), any date still ahead for an
    /// intention or threat (voiced by the report, whatever day the act is meant for), a date that qualifies a
    /// noun (`the 2015 nuclear deal`) for any cue but one right after it, and one in a relative clause
    /// the cue stands outside (`Maduro, who returned to office in January, has rejected`). A date's
    /// own `when` clause is the date's, inside a relative or `since` clause too (`who lived in London
    /// from 1968, when the Soviets invaded`: 1968).
    static func governingTimex(of coded: CodedRelation, among sentenceTimexes: ArraySlice<SentenceTimex>, text: [UInt8],
                               sentence: Range<Int>, published: CalendarDay?) -> Int? {
        guard !sentenceTimexes.isEmpty else { return nil }
        var nearest: (index: Int, inClause: Bool, distance: Int)? = nil
        // "Despite a truce brokered in November, attacks have continued": an opening concession's date is its own.
        let concession = TextWords.openingConcessionEnd(of: sentence, in: text)
        for index in sentenceTimexes.indices {
            let timex = sentenceTimexes[index].timex
            guard timex.type == .date || timex.type == .time, !timex.value.hasSuffix("_REF") else { continue }
            let between = timex.range.lowerBound > coded.cueOffset
                ? coded.cueOffset..<timex.range.lowerBound : timex.range.upperBound..<coded.cueOffset
            // "in 2014, when Russia annexed Crimea": a "when" clause after a date tells what happened then.
            let dateFirst = timex.range.upperBound <= coded.cueOffset
            let whenClauseOfDate = dateFirst && TextWords.opensWhenClause(between, in: text)
            // "since November" starts a state, and a date in a "since" clause is that clause's: neither
            // dates a cue ("the first time the U.S. had struck the Houthis since the group began in November").
            // (But a "when" clause right after the date tells what happened then: "the first casualties
            // since October 1975, when Chinese troops ambushed an Indian patrol"; nor does a "since" an aside
            // has closed: "agreed to restore relations, severed since 1961, in December 2014".)
            if (timex.range.lowerBound > coded.cueOffset ? TextWords.holdsOpenSince(between, in: text) : TextWords.contains("since", in: between, of: text))
                || equalsLowered(text[TextWords.word(before: timex.range.lowerBound, in: text)], "since") && !whenClauseOfDate
            {
                continue
            }
            if let concession, timex.range.upperBound <= concession, coded.cueOffset > concession { continue }
            // "Maduro, who returned to office in January, has rejected US claims", "the war that began
            // with the Hamas attack on October 7": a date in a relative clause the cue stands outside is that clause's
            // (but "who lived in London from 1968, when the Soviets invaded", the date's own "when" clause is the date's).
            if !whenClauseOfDate, TextWords.isInRelativeClause(timex.range, apartFrom: coded.cueOffset, sentence: sentence, in: text) { continue }
            // "a goal of 5% of GDP by 2035": a deadline still ahead dates what is due, not what happened
            // ("had filed reports by Wednesday", "killed by Saturday's airstrike" keep their dates).
            let wordBefore = text[TextWords.word(before: timex.range.lowerBound, in: text)]
            if equalsLowered(wordBefore, "by") || equalsLowered(wordBefore, "until") || equalsLowered(wordBefore, "till"),
               let published, Extractor.isAfter(timex.value, published)
            {
                continue
            }
            // "Putin will visit China next month", "threatened to impose tariffs from August 1": a date
            // still ahead dates what is intended, not the intention, which was voiced by the report.
            if coded.kind == .intentToCooperate || coded.kind == .threaten, let published, Extractor.liesAhead(timex.value, of: published) {
                continue
            }
            // "met Abbas before arriving in Turkey on Monday": a date after a gerund clause is the gerund's,
            // and one after "in response to" the cause's.
            if timex.range.lowerBound > coded.cueOffset,
               TextWords.hasGerundClause(in: between, of: text) || TextWords.answersCause(in: between, of: text)
            {
                continue
            }
            // "accusing Tehran of breaching the 2015 nuclear deal": a date that qualifies a noun dates
            // that noun alone, and so only a cue a word or two after it ("Hamas's October 7 attack").
            if TextWords.isAttributive(timex.range, in: text),
               !(timex.range.upperBound <= coded.cueOffset && TextWords.words(in: between, of: text).count <= 2)
            {
                continue
            }
            // "in protest at the killing of Khangoshvili, a Georgian national shot dead in August": an
            // appositive's date is the one it describes'.
            if !dateFirst, TextWords.endsInAppositive(between, in: text) { continue }
            // "on Tuesday after Ukraine attacked Russian airfields": a clause that happened before or
            // after the other has none of its dates.
            let separation = TextWords.separatingWord(between, dateFirst: dateFirst, sentence: sentence, in: text)
            // Only a day is so parted: a year or a month holds both ("In 2010, Turkey broke off ties with Israel
            // after activists were killed in clashes"), and a noun after "after" is no clause ("came after talks").
            if let separation, timex.value.utf8.count >= 10, TextWords.opensAnotherTime(separation, in: text),
               !dateFirst || TextWords.isPastVerb(TextWords.word(after: coded.cueOffset, in: text), in: text)
            {
                continue
            }
            let inClause = whenClauseOfDate || !TextWords.hasClauseMark(in: between, of: text) && separation == nil
            if let best = nearest, best.inClause && !inClause || best.inClause == inClause && best.distance <= between.count { continue }
            nearest = (index, inClause, between.count)
        }
        return nearest?.index
    }

    /// Whether a TIMEX3 date value (`2035`, `2025-11`, `2025-11-30`) lies after `day` at its own
    /// precision; values of other shapes (`PAST_REF`, weeks, quarters, halves, seasons) are not.
    static func isAfter(_ value: String, _ day: CalendarDay) -> Bool {
        let precision = DatePrecision(timexValue: value)
        guard precision == .day || precision == .month || precision == .year && value.utf8.count == 4,
              let start = TimexOrder.start(of: value)
        else { return false }
        return (start.year, start.month, start.day) > (day.year, day.month, day.day)
    }

    /// Whether a TIMEX3 date or time value starts after `day`: as `isAfter`, and a time, a week or a
    /// weekend too ("this weekend" written on a Tuesday lies ahead, from its Saturday).
    static func liesAhead(_ value: String, of day: CalendarDay) -> Bool {
        if isAfter(value, day) { return true }
        // "from 6 a.m. on Friday": a time lies ahead with its day.
        if value.utf8.count > 10, value.utf8.dropFirst(10).first == UInt8(ascii: "T") { return isAfter(String(value.prefix(10)), day) }
        guard DatePrecision(timexValue: value) == .week, let start = TimexOrder.start(of: value),
              var first = CalendarDay(year: start.year, month: start.month, day: start.day)
        else { return false }
        if value.hasSuffix("-WE") { first = first.adding(days: 5) }
        return (first.year, first.month, first.day) > (day.year, day.month, day.day)
    }

    /// The date a time expression of `document` gives the events it governs.
    static func date(of timex: Timex, in document: AnalyzedDocument) -> TemporalValue {
        timex.temporalValue(text: document.ingested.string(timex.range), status: .happened)
    }

    /// The date of an event no time expression dates: "reported" on the document's date, or unknown.
    static func reportedDate(of document: AnalyzedDocument) -> TemporalValue {
        if let day = document.document.published { return TemporalValue(day: day, status: .reported) }
        return TemporalValue(value: "XXXX-XX-XX", type: .date, precision: .unknown, status: .reported)
    }
}

/// A time expression and the sentence it stands in (its range is in clean-text bytes).
public struct SentenceTimex: Hashable, Sendable {
    public var sentence: Int
    public var timex: Timex
}
