import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct PlainTextIngestTests {
    @Test func headerDateLineIsThePublicationDateAndNotText() throws {
        let text = " date 2023-11-11 Russia\u{2019}s stance is complex. Its reaction was measured.\n\nA second paragraph follows."
        let (document, diagnostics) = analyze(text)
        let doc = try #require(document)
        #expect(diagnostics.isEmpty)
        #expect(doc.document.published == CalendarDay(iso: "2023-11-11"))
        #expect(doc.document.publishedFrom == .headerLine)
        #expect(doc.sentenceTexts == ["Russia\u{2019}s stance is complex.", "Its reaction was measured.", "A second paragraph follows."])
        #expect(!doc.sentenceTexts.joined().contains("2023"))
    }

    @Test(arguments: [
        "Date: 2023-10-05\n\nBody text here.", "date 2023-10-05\nBody text here.", "  DATE 2023-10-05 14:05 Body text here.",
    ])
    func headerDateLineVariants(text: String) throws {
        let doc = try #require(analyze(text).document)
        #expect(doc.document.published == CalendarDay(iso: "2023-10-05"))
        #expect(doc.sentenceTexts == ["Body text here."])
    }

    @Test func evidenceByteRangesReadBackAsTheSentence() throws {
        let text = " date 2023-11-11 Kremlin spokesman Dmitry Peskov said Russia was “concerned.” Iran denied it.\n\nSecond   paragraph\twith  odd spacing. End."
        let bytes = Array(text.utf8)
        let doc = try #require(analyze(bytes: bytes).document)
        #expect(doc.sentences.count == 4)
        for sentence in doc.sentences {
            let evidence = doc.evidence(for: sentence)
            #expect(visibleText(bytes[evidence.byteStart..<evidence.byteEnd]) == evidence.text)
        }
        let first = doc.evidence(for: doc.sentences[0])
        #expect(first.byteStart == 17)
        #expect(String(decoding: bytes[first.byteStart..<first.byteEnd], as: UTF8.self) == first.text)
    }

    @Test func datelineIsAPublicationDateCandidateWithTheYearFromElsewhere() throws {
        let text = "Russia urges restraint\nMOSCOW, October 26. /TASS/. Russia urged restraint on Thursday.\n"
        let withDefault = try #require(analyze(text, defaultDate: "2023-11-01").document)
        #expect(withDefault.document.published == CalendarDay(iso: "2023-10-26"))
        #expect(withDefault.document.publishedFrom == .dateline)
        #expect(withDefault.sentenceTexts == ["Russia urges restraint", "Russia urged restraint on Thursday."])
        let withoutYear = try #require(analyze(text).document)
        #expect(withoutYear.document.published == nil)
        let withYear = try #require(analyze("WASHINGTON, Oct. 7, 2023 (Reuters) - The U.S. condemned the attack.").document)
        #expect(withYear.document.published == CalendarDay(iso: "2023-10-07"))
        #expect(withYear.sentenceTexts == ["The U.S. condemned the attack."])
    }

    @Test(arguments: [
        ("2023-10-09-blinken.txt", "2023-10-09"), ("report_20240114.txt", "2024-01-14"), ("notes-2023_12_01.md", "2023-12-01"),
        ("plain.txt", nil), ("version-12345678.txt", nil),
    ])
    func fileNameDates(name: String, expected: String?) throws {
        let doc = try #require(analyze("Some text.", name: name).document)
        #expect(doc.document.published?.description == expected)
        if expected != nil { #expect(doc.document.publishedFrom == .fileName) }
    }

    @Test func undatedDocumentIsAcceptedWithoutAGuessedDate() throws {
        let doc = try #require(analyze("Last month, Russia hosted a Hamas delegation.").document)
        #expect(doc.document.published == nil)
        #expect(doc.document.publishedFrom == nil)
    }

    @Test func defaultDateAppliesOnlyWhenTheDocumentHasNone() throws {
        let own = try #require(analyze(" date 2023-11-11 Text.", defaultDate: "2024-01-01").document)
        #expect(own.document.published == CalendarDay(iso: "2023-11-11"))
        let fallback = try #require(analyze("Text.", defaultDate: "2024-01-01").document)
        #expect(fallback.document.published == CalendarDay(iso: "2024-01-01"))
        #expect(fallback.document.publishedFrom == .defaultDate)
    }

    @Test func manifestWinsOverTheFile() throws {
        let hints = DocumentHints(published: CalendarDay(iso: "2023-10-30"), title: "Given title", url: "https://example.org/a")
        let doc = try #require(analyze(" date 2023-11-11 Text.", manifest: hints).document)
        #expect(doc.document.published == CalendarDay(iso: "2023-10-30"))
        #expect(doc.document.publishedFrom == .manifest)
        #expect(doc.document.title == "Given title")
        #expect(doc.document.url == "https://example.org/a")
    }

    @Test func hardWrappedParagraphsJoinAndScrapedLinesStayApart() throws {
        let wrapped = """
        Kremlin spokesman Dmitry Peskov told reporters in Moscow on Tuesday that
        the government was following the talks closely and hoped for a result
        soon.
        """
        #expect(try #require(analyze(wrapped).document).sentenceTexts.count == 1)
        let scraped = "Russia Vetoes Draft on Gaza\nThe vote failed on Wednesday after a long debate in the council chamber."
        let doc = try #require(analyze(scraped).document)
        #expect(doc.sentenceTexts == ["Russia Vetoes Draft on Gaza", "The vote failed on Wednesday after a long debate in the council chamber."])
        #expect(doc.sentences[0].role == .heading)
        #expect(doc.document.title == "Russia Vetoes Draft on Gaza")
    }
}
