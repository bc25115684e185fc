import Chronicle
import ChronicleTestSupport
import Foundation
import Testing

/// The user's own example documents, when `../shared/seeds` is present (skipped otherwise).
struct SeedTests {
    static func analyzed(_ name: String, date: String? = nil) throws -> AnalyzedDocument? {
        guard let seeds = Repository.seedsFolder else { return nil }
        let analysis = try Chronicle.analyze(paths: [seeds + "/" + name], options: ExtractionOptions(defaultDate: date.flatMap { CalendarDay(iso: $0) }))
        let document: AnalyzedDocument = try #require(analysis.documents.first)
        return document
    }

    static func fileBytes(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: Repository.seedsFolder! + "/" + name)!)
    }

    @Test func articleWithHeaderDate() throws {
        guard let doc = try Self.analyzed("000_45a64df650bbb841.txt") else { return }
        #expect(doc.document.published == CalendarDay(iso: "2023-11-11"))
        #expect(doc.sentences.first.map(doc.text(of:))?.hasPrefix("Russia\u{2019}s stance") == true)
        let faq = doc.sentences.filter { $0.role.isRestatement }
        #expect(faq.count >= 10, "the FAQ restates the article and is marked")
        #expect(faq.allSatisfy { doc.text(of: $0) != "FAQ" })
        let bytes = Self.fileBytes("000_45a64df650bbb841.txt")
        for sentence in doc.sentences {
            let evidence = doc.evidence(for: sentence)
            #expect(String(decoding: bytes[evidence.byteStart..<evidence.byteEnd], as: UTF8.self) == evidence.text)
        }
    }

    @Test func videoNotesCarryTheirTimestampsAsMediaProvenance() throws {
        guard let doc = try Self.analyzed("003_7f965c602193b9d0.txt") else { return }
        #expect(doc.document.format == .markdown)
        #expect(doc.document.videoID == "emFMpWaNZ1w")
        #expect(doc.document.title == "International relations and Russias position on PalestineIsrael conflict")
        let evidence = doc.sentences.map(doc.evidence(for:))
        let withMedia = evidence.compactMap(\.media)
        #expect(withMedia.count >= 10)
        #expect(withMedia.allSatisfy { $0.url == "https://youtu.be/emFMpWaNZ1w?t=\($0.seconds)" })
        #expect(Set(doc.sentences.flatMap { $0.media.map(\.offset) }) == Set([
            "00:13:13", "00:13:15", "00:13:23", "00:13:30", "00:13:34", "00:13:44", "00:13:50", "00:13:54", "00:14:02", "00:14:09", "00:14:26",
        ]))
        #expect(!evidence.contains { $0.text.contains("[[") || $0.text.contains("<a ") || $0.text.contains("[00:") })
        #expect(evidence.contains { $0.text == "Russia is reportedly withdrawing from supporting the Palestinians." && $0.media?.offset == "00:13:13" })
    }

    @Test func scrapedPageKeepsTheArticleAndDropsTheAppeal() throws {
        guard let doc = try Self.analyzed("004_2696032b51b31a1b.txt") else { return }
        let texts = doc.sentences.map(doc.text(of:))
        let everything = texts.joined(separator: "\n")
        for phrase in ["Moscow Times", "newsletter", "Dear readers", "Prosecutor General", "Remind me later", "support us",
                       "Privacy Policy", "Alexander Shcherbak", "Read more", "journalism"] {
            #expect(!everything.contains(phrase), "boilerplate leaked: \(phrase)")
        }
        #expect(texts.first == "Russia Calls for 'Collective Action' to End Hamas-Israel War")
        #expect(texts.contains { $0.hasPrefix("Russia on Monday called for \"collective action\"") })
        #expect(texts.last == "At least eight Russian citizens are believed to be among them.")
        #expect(doc.document.published == nil, "the page gives no date: nothing is guessed")
        let dated = try #require(try Self.analyzed("004_2696032b51b31a1b.txt", date: "2023-11-06"))
        #expect(dated.document.published == CalendarDay(iso: "2023-11-06"))
    }
}

/// The actors the seed texts talk about, and nothing else.
struct SeedActorTests {
    @Test func actorsFoundAreExactlyThoseTheSeedsTalkAbout() throws {
        guard let seeds = Repository.seedsFolder else { return }
        let run = try Chronicle.extract(paths: [seeds])
        let found = Dictionary(uniqueKeysWithValues: run.timeline.actors.map { ($0.id.rawValue, $0) })
        #expect(found.keys.sorted() == ["ARM", "CAS", "HAMAS", "IRN", "ISR", "PRK", "PSE", "RUS", "UKR", "USA"])
        #expect(found["RUS"]?.people == ["Dmitry Medvedev", "Dmitry Peskov", "Vladimir Putin"])
        #expect(found["ISR"]?.people == ["Benjamin Netanyahu"])
        #expect(found["USA"]?.aliases.contains("Washington") == true)
        #expect(found["PSE"]?.aliases.contains("Palestinian") == true, "\"Palestinian cause\" counts for the Palestinians")
        #expect(found["RUS"]!.mentions > found["ISR"]!.mentions)
    }
}

/// Dates in the seeds: nothing guessed without a publication date, resolved with one.
struct SeedDateTests {
    static func timexes(_ date: String?) throws -> [String]? {
        guard let seeds = Repository.seedsFolder else { return nil }
        let analysis = try Chronicle.analyze(paths: [seeds + "/004_2696032b51b31a1b.txt"],
                                             options: ExtractionOptions(defaultDate: date.flatMap { CalendarDay(iso: $0) }))
        let document = try #require(analysis.documents.first)
        return document.timexes.map { "\(document.ingested.string($0.timex.range))=\($0.timex.value)" + ($0.timex.modifier.map { " \($0.rawValue)" } ?? "") }
    }

    @Test func undatedScrapedPageResolvesNothingToAGuessedYear() throws {
        guard let found = try Self.timexes(nil) else { return }
        #expect(found.contains("early October=XXXX-10 START"))
        #expect(found.contains("Monday=XXXX-WXX-1"))
        #expect(!found.contains { $0.contains("=20") }, "\(found)")
    }

    @Test func withADateTheSameTextResolves() throws {
        guard let found = try Self.timexes("2023-11-06") else { return }
        #expect(found.contains("early October=2023-10 START"))
        #expect(found.contains("Monday=2023-11-06"))
        #expect(found.contains("last month=2023-10"))
    }
}

/// The relations the seeds must yield, and those they must not.
struct SeedRelationTests {
    static func relations() throws -> [String]? {
        guard let seeds = Repository.seedsFolder else { return nil }
        let run = try Chronicle.extract(paths: [seeds], options: ExtractionOptions(defaultDate: CalendarDay(iso: "2023-11-06")))
        return run.timeline.relations.map { relation in
            let claim = relation.evidence.contains { $0.claim != nil } ? ":claim" : ""
            return "\(relation.source)>\(relation.target):\(relation.kind.rawValue)\(claim)"
        }
    }

    @Test func expectedRelationsComeOut() throws {
        guard let found = try Self.relations() else { return }
        for expected in [
            "IRN>HAMAS:aid", "IRN>RUS:aid", "RUS>ISR:diplomatic_cooperation", "RUS>HAMAS:consult", "RUS>PSE:aid",
            "RUS>PSE:reduce_relations:claim", "HAMAS>ISR:assault", "RUS>UKR:fight", "RUS>UKR:accuse:claim",
            "ISR>USA:diplomatic_cooperation", "ISR>RUS:consult", "ISR>RUS:coerce:claim", "RUS>ISR:appeal", "RUS>USA:accuse",
        ] {
            #expect(found.contains(expected), "missing \(expected) in \(found)")
        }
    }

    @Test func falseRelationsDoNot() throws {
        guard let found = try Self.relations() else { return }
        #expect(!found.contains { $0.hasPrefix("RUS>HAMAS:disapprove") }, "falling short of condemning is no condemnation")
        #expect(!found.contains { $0.contains("WEST") })
        #expect(found.count < 30, "no every-pair links: \(found.count)")
    }
}
