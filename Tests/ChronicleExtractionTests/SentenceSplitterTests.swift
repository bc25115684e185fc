import ChronicleTestSupport
import Testing
@testable import ChronicleExtraction

struct SentenceSplitterTests {
    static func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(arguments: [
        ("Mr. Smith met Dr. Jones in St. Petersburg. They talked.", ["Mr. Smith met Dr. Jones in St. Petersburg.", "They talked."]),
        ("The U.S. and the U.N. disagreed. Talks failed.", ["The U.S. and the U.N. disagreed.", "Talks failed."]),
        ("Troops reached the U.S. The talks began.", ["Troops reached the U.S.", "The talks began."]),
        ("Fighting began at 6:30 a.m. on Saturday. It spread.", ["Fighting began at 6:30 a.m. on Saturday.", "It spread."]),
        ("He arrived at 10 a.m. The talks began.", ["He arrived at 10 a.m.", "The talks began."]),
        ("It began on Oct. 7 in the south. Then it spread.", ["It began on Oct. 7 in the south.", "Then it spread."]),
        ("J. R. Smith spoke. Others listened.", ["J. R. Smith spoke.", "Others listened."]),
        ("Gen. Smith and Sen. Jones met. Rep. Lee did not.", ["Gen. Smith and Sen. Jones met.", "Rep. Lee did not."]),
        ("She called it \u{201C}a spiral of violence.\u{201D} While it fell short, it spoke.", ["She called it \u{201C}a spiral of violence.\u{201D}", "While it fell short, it spoke."]),
        ("He said \"enough.\" Then he left.", ["He said \"enough.\"", "Then he left."]),
        ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
        ("Prices rose 2.5 percent. Stocks fell.", ["Prices rose 2.5 percent.", "Stocks fell."]),
        ("Acme Inc. said so. Acme Inc. The end.", ["Acme Inc. said so.", "Acme Inc.", "The end."]),
        ("Wait\u{2026} It went on.", ["Wait\u{2026}", "It went on."]),
        ("Он сказал. Она ответила.", ["Он сказал.", "Она ответила."]),
        ("It ended (finally). Next came talks.", ["It ended (finally).", "Next came talks."]),
        ("the talks resumed. at noon they ended.", ["the talks resumed. at noon they ended."]),
        ("No terminal punctuation", ["No terminal punctuation"]),
    ])
    func splitsNewsSentences(text: String, expected: [String]) {
        #expect(Self.split(text) == expected)
    }

    @Test(arguments: ["Frequently Asked Questions:", "  FAQs ", "Q&A.", "questions and answers"])
    func faqHeadingsAreReadWhateverTheirCaseAndTrailingMarks(heading: String) throws {
        let text = "Russia hosted talks.\n\n## \(heading)\n\nRussia hosted it.\n\n## Background\n\nIran replied.\n"
        let doc = try #require(analyze(text, name: "doc.md").document)
        #expect(doc.sentences.map(\.role) == [.body, .heading, .faqAnswer, .heading, .body], "\(heading)")
    }

    /// A dateline that names a place ("QUITO, Ecuador (AP) —") opens a block's first sentence but is
    /// not part of it, in every format; words in capitals that run on into the sentence are.
    @Test(arguments: [
        ("QUITO, Ecuador (AP) — The Mexican president broke off ties.", "The Mexican president broke off ties."),
        ("JOHANNESBURG — World leaders met.", "World leaders met."),
        ("WASHINGTON (Reuters) - Trump spoke.", "Trump spoke."),
        ("WINSTON-SALEM, N.C. – Talks began.", "Talks began."),
        ("NATO allies met in Brussels.", "NATO allies met in Brussels."),
        ("UN - the body - met.", "UN - the body - met."),
        ("Hamas — the group — fired rockets.", "Hamas — the group — fired rockets."),
        ("BRUSSELS - the talks went on.", "BRUSSELS - the talks went on."),
        ("SARAJEVO, Bosnia-Herzegovina (AP) — Talks began.", "Talks began."),
        ("ECOWAS — West Africa's bloc — suspended Niger.", "ECOWAS — West Africa's bloc — suspended Niger."),
        // copied text may lose the dash after the agency
        ("QANA, Lebanon (AP) A barrage of Israeli shells fell.", "A barrage of Israeli shells fell."),
        ("THE HAGUE, Netherlands (AP) The World Court ruled.", "The World Court ruled."),
        ("ECOWAS (AFP) Leaders threatened Niger.", "ECOWAS (AFP) Leaders threatened Niger."),
        ("NATO (North Atlantic Treaty Organization) Allies met.", "NATO (North Atlantic Treaty Organization) Allies met."),
        ("GAZA (AP) the strikes went on.", "GAZA (AP) the strikes went on."),
        ("ISIS (Daesh) Militants attacked Mosul.", "ISIS (Daesh) Militants attacked Mosul."),
        ("UNIFIL (UN) Peacekeepers accused Israel.", "UNIFIL (UN) Peacekeepers accused Israel."),
    ])
    func placeDatelinesAreNotPartOfTheSentence(text: String, sentence: String) throws {
        for name in ["doc.txt", "doc.md"] {
            let doc = try #require(analyze(text + "\n\nRussia spoke.\n", name: name).document)
            #expect(doc.ingested.string(doc.sentences[0].range) == sentence)
        }
    }

    /// A dateline with a date is read at ingest from plain text; elsewhere its date stays in the
    /// sentence, whose date it gives, and its place, which would read as the subject, does not.
    @Test(arguments: [
        ("BRUSSELS, Oct. 23 — The EU acted.", "The EU acted.", "Oct. 23 — The EU acted."),
        ("Belgrade, Sep 24 (EFE).- Gunmen stormed a monastery.", "Gunmen stormed a monastery.", "Sep 24 (EFE).- Gunmen stormed a monastery."),
    ])
    func aDatelinesDateStaysWhereIngestDoesNotReadIt(text: String, plainSentence: String, markdownSentence: String) throws {
        let plain = try #require(analyze(text + "\n\nRussia spoke.\n", name: "doc.txt").document)
        #expect(plain.ingested.string(plain.sentences[0].range) == plainSentence)
        let markdown = try #require(analyze(text + "\n\nRussia spoke.\n", name: "doc.md").document)
        #expect(markdown.ingested.string(markdown.sentences[0].range) == markdownSentence)
    }

    /// Near misses: a place and a date that open a sentence without an agency or a dash are its words.
    @Test func aPlaceAndDateWithoutAgencyOrDashAreTheSentences() throws {
        for line in ["Belgrade, Sep 24 was a quiet day.", "Meanwhile, May 9 (Victory Day) passed quietly.",
                     "In Gaza, Oct. 7 (a Saturday) Hamas fighters crossed the fence.", "On Tuesday, Nov. 5 (Election Day), Americans voted."]
        {
            for name in ["doc.txt", "doc.md"] {
                let doc = try #require(analyze(line + "\n\nRussia spoke.\n", name: name).document)
                #expect(doc.ingested.string(doc.sentences[0].range) == line)
            }
        }
    }

    @Test func aHeadingThatOnlyMentionsQuestionsIsNotAnFAQ() throws {
        let text = "Russia hosted talks.\n\n## Questions remain\n\nRussia hosted it.\n"
        let doc = try #require(analyze(text, name: "doc.md").document)
        #expect(doc.sentences.map(\.role) == [.body, .heading, .body])
    }

    @Test func faqQuestionsAndAnswersAreMarkedAsRestatements() throws {
        let text = """
        Russia hosted a delegation. It said talks went well.

        FAQ

        Q: Who hosted the delegation?

        Russia hosted it.

        Q: What was said?

        A: Talks went well.
        """
        let doc = try #require(analyze(text).document)
        #expect(doc.sentences.map(\.role) == [.body, .body, .heading, .faqQuestion, .faqAnswer, .faqQuestion, .faqAnswer])
        #expect(doc.sentences.filter { $0.role.isRestatement }.count == 4)
    }

    /// Text that never ends a sentence is cut at spaces, so no sentence outgrows the per-sentence work.
    @Test func runOnTextIsCutAtSpacesBelowTheLimit() {
        let words = (0..<3_000).map { $0 % 7 == 0 ? "Russia" : "talks\u{2019}" }.joined(separator: " ")
        let text = Array(("Hamas met Iran. " + words + " and Israel.").utf8)
        var cuts = 0
        let sentences = SentenceSplitter.split(text, 0..<text.count, cuts: &cuts)
        #expect(cuts >= 5)
        #expect(sentences.count == cuts + 2)
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.longestSentence })
        #expect(String(decoding: text[sentences[0]], as: UTF8.self) == "Hamas met Iran.")
        for range in sentences.dropFirst() {
            // Cut between words: every piece starts and ends with a whole word.
            #expect(text[range.lowerBound] != 0x20 && text[range.upperBound - 1] != 0x20)
            #expect(String(validating: text[range], as: UTF8.self) != nil)
        }
        // Nothing is lost: the pieces hold every word.
        #expect(sentences.dropFirst().map { text[$0].count }.reduce(0, +) + sentences.count - 2 == text.count - 16)
    }

    /// The scan for the next byte that could end a sentence stops at the first such byte among
    /// each eight (`.`, `!`, `?`, or any byte beyond ASCII), or where fewer than eight remain.
    @Test func theScanStopsAtTheFirstPossibleTerminator() {
        let alphabet: [UInt8] = Array("ab .!?,x'".utf8) + [0xE2, 0x80, 0xA6, 0xC3]
        var random = SplitMix64(seed: 5)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "w")
            }
            let start = Int.random(in: 0...text.count, using: &random)
            let fullSteps = start + (text.count - start) / 8 * 8
            let first = text[start...].firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") || $0 >= 0x80 }
            let expected = first.map { $0 < fullSteps ? $0 : fullSteps } ?? fullSteps
            #expect(SentenceSplitter.firstPossibleTerminator(text, from: start, end: text.count) == expected, "\(text) from \(start)")
        }
    }
}
