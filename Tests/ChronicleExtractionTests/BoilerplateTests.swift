import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct BoilerplateTests {
    static let page = """
    Subscribe to The Harbour Post!

    Turkey Offers to Host Ukraine Talks

    Delegates gather in the conference hall. John Smith / Anadolu

    Turkey on Tuesday offered to host new talks between Russia and Ukraine, the foreign ministry in Ankara said in a statement.

    Officials said the offer had been passed to both governments and that no date had been set for a meeting.

    Sign up for our morning newsletter

    Our newsletter brings you the day's top stories from the region every morning. Preview
    Subscribers agree to the Privacy Policy

    Advertisement

    A Message from the Editors:

    Dear readers,

    We have reported on Russia and Ukraine for twenty years. Our work depends on you, and we need your support now.

    If you value what we do, please support us with a monthly gift. It takes a minute.

    Once
    Monthly
    Continue
    Not ready to support today?
    Remind me later.

    Read more
    """

    @Test func dropsAppealsSignUpsCaptionsAndButtonsButKeepsTheArticle() throws {
        let doc = try #require(analyze(Self.page, name: "scraped.txt").document)
        #expect(doc.sentenceTexts == [
            "Turkey Offers to Host Ukraine Talks",
            "Turkey on Tuesday offered to host new talks between Russia and Ukraine, the foreign ministry in Ankara said in a statement.",
            "Officials said the offer had been passed to both governments and that no date had been set for a meeting.",
        ])
        #expect(doc.document.title == "Turkey Offers to Host Ukraine Talks")
    }

    @Test(arguments: [
        "Support for Hamas has grown in the West Bank, a new poll found on Monday.",
        "The newsletter of the ministry said the talks would resume, officials in Kyiv told reporters on Friday afternoon after the session closed.",
        "Russia signed up to the plan.",
    ])
    func ordinaryNewsIsKept(sentence: String) throws {
        let doc = try #require(analyze("Headline Here Today\n\n\(sentence)").document)
        #expect(doc.sentenceTexts.contains(sentence))
    }

    /// A page's blocks are read into one list of words: a short block after a long one has only its own.
    @Test func wordsReadAgainHoldOnlyTheNewBlock() {
        let long = Array("Officials said the offer had been passed to both governments on Tuesday.".utf8)[...]
        let short = Array("Read More".utf8)[...]
        var words = BoilerplateFilter.Words()
        words.read(long)
        words.read(short)
        #expect((0..<words.count).map { Array(words[$0]) } == [Array("read".utf8), Array("more".utf8)])
        #expect(BoilerplateFilter.cueHits(words) == BoilerplateFilter.cueHits(BoilerplateFilter.Words(short)))
        #expect(BoilerplateFilter.cueHits(words) == 1)
        #expect(!words.contains(Array("officials".utf8)[...]) && words.contains(Array("more".utf8)[...]), "left-over words are not the block's")
    }

    @Test(arguments: [
        ("A view of the chamber in New York. Jane Doe / Reuters", true),
        ("Photo: Reuters", true),
        ("Soldiers near the border (Photo by Jane Doe)", true),
        ("Russia and Iran signed a deal on Monday.", false),
        // The credit is after the last " / ", wherever the slashes fall among the eight-byte steps.
        ("Talks in Geneva, 24/7 and/or later. Jane Doe / AFP", true),
        ("A / B test / Getty", true),
        ("Jane Doe / Reuters / a quote that runs on.", false),
        ("Delegates / reporters met in Vienna/Geneva", false),
        ("/ AFP", false),
        ("Seen from space: / Reuters", true),
    ])
    func captionsAndCredits(text: String, isCaption: Bool) {
        let bytes = Array(text.utf8)[...]
        #expect(BoilerplateFilter.isCaptionCredit(bytes, BoilerplateFilter.Words(bytes)) == isCaption)
    }
}
