import ChronicleModel
import Testing
@testable import ChronicleExtraction

/// A run gathers its documents' actors in `ActorTotals` and makes each actor's record once; that
/// must give the actors that merging every document's own records gives.
struct ActorTotalsTests {
    static let documents = [
        "Kremlin spokesperson Dmitry Peskov said Moscow would respond. Russia and the Russian Federation agreed.",
        "Turkey and Türkiye are one state. The Kremlin, the Kremlin and Moscow objected. Iran rejected the claim. The country said it was false.",
        "Foreign Minister Sergei Lavrov met Iran's envoy. Russia condemned Ukraine. Kyiv and Kiev answered.",
        "Côte d'Ivoire, or Côte d\u{2019}Ivoire, voted with the United States and the U.S. delegation.",
        "No actor here at all.",
        "Israel Katz said Israel would respond. Hamas said the militant group would not disarm.",
        // Restated in an FAQ: the answer repeats the article and is not counted.
        "Hamas attacked Israel.\n\n## FAQ\n\n**What did Hamas do?**\n\nHamas attacked Israel, said Benjamin Netanyahu.",
    ]

    private func analyzed(_ text: String, _ index: Int) -> AnalyzedDocument {
        let reader = DocumentReader(defaultDate: CalendarDay(iso: "2024-03-01"))
        let document = reader.read(bytes: Array(text.utf8), path: "d\(index).md", id: DocumentID("d\(index)")).document!
        return TestLexicon.extractor.analyze(document)
    }

    @Test func totalsGiveTheActorsOfTheMergedRecords() {
        let extractor = TestLexicon.extractor
        let documents = Self.documents.enumerated().map { analyzed($1, $0) }
        let merged = Timeline.merged(documents.map { extractor.records(of: $0) }).actors
        var totals = ActorTotals(extractor: extractor)
        for document in documents { totals.add(extractor.recordsLeavingActors(of: document).actors) }
        let gathered = totals.actors()
        #expect(gathered == merged)
        // The case is not empty: several spellings, people and counts over documents.
        let russia = gathered.first { $0.id == "RUS" }
        #expect(russia?.aliases.count ?? 0 >= 4, "\(String(describing: russia?.aliases))")
        #expect(russia?.people?.isEmpty == false)
        #expect((russia?.mentions ?? 0) >= 8)
        #expect(gathered.map(\.id) == gathered.map(\.id).sorted())
    }

    @Test func recordsLeavingActorsHaveEverythingButTheActors() {
        let extractor = TestLexicon.extractor
        for (index, text) in Self.documents.enumerated() {
            let document = analyzed(text, index)
            let whole = extractor.records(of: document)
            var part = extractor.recordsLeavingActors(of: document).records
            #expect(part.actors.isEmpty)
            part.actors = whole.actors
            #expect(part == whole)
        }
    }

    @Test func totalsInAnyOrderAndSplitAnyWayAreTheSame() {
        let extractor = TestLexicon.extractor
        let documents = Self.documents.enumerated().map { analyzed($1, $0) }
        var forwards = ActorTotals(extractor: extractor)
        for document in documents { forwards.add(extractor.recordsLeavingActors(of: document).actors) }
        // Two threads' shares, each made into records and merged, as a run with two threads does.
        var first = ActorTotals(extractor: extractor), second = ActorTotals(extractor: extractor)
        for (index, document) in documents.reversed().enumerated() {
            if index % 2 == 0 { first.add(extractor.recordsLeavingActors(of: document).actors) } else {
                second.add(extractor.recordsLeavingActors(of: document).actors)
            }
        }
        let halves = Timeline.merged([
            Timeline(unsortedDocuments: [], actors: first.actors(), relations: [], events: []),
            Timeline(unsortedDocuments: [], actors: second.actors(), relations: [], events: []),
        ]).actors
        #expect(halves == forwards.actors())
    }
}
