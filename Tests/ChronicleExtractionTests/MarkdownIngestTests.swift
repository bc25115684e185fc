import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct MarkdownIngestTests {
    static let note = """
    ---
    title: Notes on a briefing
    videoId: abc_DEF-123
    url: https://example.org/briefing
    ---

    From: [[some_channel]] <br/>

    ## Talks in Doha

    Iran's foreign minister met [[hamas_leaders | Hamas leaders]] in Doha <a class="yt-timestamp" data-t="00:02:05">[00:02:05]</a>. The speaker calls it **a warning** to [Israel](https://example.org/il) <a class="yt-timestamp" data-t="01:00">[01:00]</a>.

    - Russia hosted a delegation <a class="yt-timestamp" data-t="00:10:00">[00:10:00]</a>.
    - [[washington]] objected.

    > Quoted text that
    > spans two lines.
    """

    @Test func frontMatterGivesTitleVideoAndLink() throws {
        let doc = try #require(analyze(Self.note, name: "note.md").document)
        #expect(doc.document.title == "Notes on a briefing")
        #expect(doc.document.videoID == "abc_DEF-123")
        #expect(doc.document.url == "https://example.org/briefing")
        #expect(doc.document.format == .markdown)
        #expect(doc.document.published == nil)
    }

    @Test func wikiLinksKeepTheShownTextAndMarkupIsGone() throws {
        let doc = try #require(analyze(Self.note, name: "note.md").document)
        #expect(doc.sentenceTexts == [
            "From: some_channel",
            "Talks in Doha",
            "Iran's foreign minister met Hamas leaders in Doha.",
            "The speaker calls it a warning to Israel.",
            "Russia hosted a delegation.",
            "washington objected.",
            "Quoted text that spans two lines.",
        ])
        #expect(doc.sentences.map(\.role) == [.body, .heading, .body, .body, .listItem, .listItem, .quote])
    }

    /// Links as CommonMark reads them: parentheses in pairs inside a destination, a title in
    /// quotes, reference links by their text, and their definitions' lines not text at all.
    @Test func linksShowOnlyTheirText() throws {
        let note = """
        [Hamas](https://en.wikipedia.org/wiki/Hamas_(group)) attacked Israel on March 1, 2024.

        Iran praised [Hamas][1] on March 3 and [Israel](<https://x.org/a b> "the (state)") replied.

        Egypt quoted [Qatar](https://x.org/say"so) on March 4.

        [1]: https://example.org/h
        [Hamas]: https://example.org/h "Hamas"

        A note[^1] and [brackets] stay, as does [this](unclosed.
        """
        let doc = try #require(analyze(note, name: "links.md").document)
        #expect(doc.sentenceTexts == [
            "Hamas attacked Israel on March 1, 2024.",
            "Iran praised Hamas on March 3 and Israel replied.",
            "Egypt quoted Qatar on March 4.",
            "A note[^1] and [brackets] stay, as does [this](unclosed.",
        ])
    }

    @Test func timestampsAreMediaProvenanceNotText() throws {
        let doc = try #require(analyze(Self.note, name: "note.md").document)
        let evidence = doc.sentences.map { doc.evidence(for: $0) }
        #expect(evidence[2].media == MediaOffset(offset: "00:02:05", seconds: 125, url: "https://youtu.be/abc_DEF-123?t=125"))
        #expect(evidence[3].media?.seconds == 60)
        #expect(evidence[4].media?.offset == "00:10:00")
        #expect(evidence[0].media == nil && evidence[5].media == nil)
        #expect(!evidence.contains { $0.text.contains("00:") || $0.text.contains("yt-timestamp") })
    }

    @Test func evidenceRangesCoverTheSentenceInTheFile() throws {
        let bytes = Array(Self.note.utf8)
        let doc = try #require(analyze(bytes: bytes, name: "note.md").document)
        let third = doc.evidence(for: doc.sentences[2])
        let slice = String(decoding: bytes[third.byteStart..<third.byteEnd], as: UTF8.self)
        #expect(slice.hasPrefix("Iran's foreign minister met [[hamas_leaders"))
        #expect(slice.hasSuffix("</a>."))
    }

    @Test func textFileWithFrontMatterIsReadAsMarkdown() throws {
        let doc = try #require(analyze("---\ntitle: T\ndate: 2023-12-13\n---\n\n# Head\n\nBody [[x | shown]].", name: "export.txt").document)
        #expect(doc.document.format == .markdown)
        #expect(doc.document.published == CalendarDay(iso: "2023-12-13"))
        #expect(doc.document.publishedFrom == .frontMatter)
        #expect(doc.sentenceTexts == ["Head", "Body shown."])
    }

    @Test func unclosedFrontMatterWarnsAndKeepsTheText() throws {
        let (document, diagnostics) = analyze("---\ntitle: never closed\n\nRussia spoke.", name: "a.md")
        let doc = try #require(document)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("never closed") && $0.file == "a.md" })
        #expect(doc.sentenceTexts.contains("Russia spoke."))
    }

    @Test func frontMatterThatIsNotYAMLWarns() throws {
        let (document, diagnostics) = analyze("---\ntitle: [unclosed\n---\nRussia spoke.", name: "b.md")
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("not valid YAML") && $0.line == 2 })
        #expect(try #require(document).sentenceTexts == ["Russia spoke."])
    }

    /// An unquoted colon in a title is not YAML; its lines still say what they mean, and the
    /// warning says they were read as plain text.
    @Test func frontMatterWithAnUnquotedColonKeepsItsDate() throws {
        let (document, diagnostics) = analyze("---\ntitle: Nigeria-Niger spat: border towns fear the worst\ndate: 2024-12-28\n---\nNiger spoke.",
                                               name: "d.md")
        let doc = try #require(document)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("read as plain text") && $0.line == 2 })
        #expect(doc.document.published == CalendarDay(iso: "2024-12-28"))
        #expect(doc.document.title == "Nigeria-Niger spat: border towns fear the worst")
        #expect(doc.sentenceTexts == ["Niger spoke."])
    }

    @Test func codeFencesAndImagesAreNotText() throws {
        let doc = try #require(analyze("Before.\n\n```\nlet x = 1. Y = 2.\n```\n\n![a chart](c.png) After.", name: "c.md").document)
        #expect(doc.sentenceTexts == ["Before.", "After."])
    }
}

struct PathologicalMarkdownTests {
    /// A line of a hundred thousand unmatched brackets and tags: each is given up within a bounded
    /// distance, so reading stays linear (a quadratic reader would not finish this test).
    @Test func unmatchedBracketsAndTagsAreReadInLinearTime() throws {
        let line = String(repeating: "[[", count: 50_000) + String(repeating: "[x", count: 50_000)
            + String(repeating: "<a data-t=\"00:01\">", count: 20_000) + " Russia spoke."
        let (document, _) = analyze("---\ntitle: t\n---\n" + line, name: "bad.md")
        let doc = try #require(document)
        #expect(doc.sentenceTexts.last?.hasSuffix("Russia spoke.") == true)
    }
}
