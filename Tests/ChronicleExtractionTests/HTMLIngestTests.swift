import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct HTMLIngestTests {
    static let page = """
    <!DOCTYPE html>
    <html><head><title>Site | Iran &amp; Israel</title>
    <meta property="article:published_time" content="2024-04-14T09:30:00Z">
    <link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
    <script>var s = "<p>not text</p>";</script><style>p { color: red }</style></head>
    <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <article><h1>Iran Fires Drones at Israel</h1>
    <p>Iran launched drones at Israel&#8217;s territory &mdash; its first direct attack. The U.S. helped&nbsp;intercept them.</p>
    <figure><img src="x.jpg"><figcaption>Launchers at night. Photo: Agency</figcaption></figure>
    <p>Russia urged <em>restraint</em>, and <a href="/k">Kyiv</a> condemned &quot;the attack&quot;.</p>
    </article>
    <footer><a href="/privacy">Privacy Policy</a> <a href="/subscribe">Subscribe</a></footer></body></html>
    """

    @Test func readsTheArticleAndItsMetadata() throws {
        let doc = try #require(analyze(Self.page, name: "page.html").document)
        #expect(doc.document.format == .html)
        #expect(doc.document.title == "Iran Fires Drones at Israel")
        #expect(doc.document.published == CalendarDay(iso: "2024-04-14"))
        #expect(doc.document.publishedFrom == .htmlMetadata)
        #expect(doc.document.url == "https://example.org/a?x=1&y=2")
        #expect(doc.sentenceTexts == [
            "Iran Fires Drones at Israel",
            "Iran launched drones at Israel\u{2019}s territory \u{2014} its first direct attack.",
            "The U.S. helped intercept them.",
            "Russia urged restraint, and Kyiv condemned \"the attack\".",
        ])
    }

    /// Elements marked hidden are not on the page, however deep the same element nests inside
    /// them; `hidden` on an element without content hides nothing after it.
    @Test func hiddenElementsAreNotRead() throws {
        let page = """
        <html><body><article><p>Iran launched drones.</p>
        <div hidden><div><p>Hidden inner text.</p></div><p>Hidden after the inner div.</p></div>
        <p style="color: red; DISPLAY : none">Hidden by its style.</p>
        <input hidden value="x"><p>Israel intercepted them.</p>
        <section style="display:block"><p>Russia urged restraint.</p></section>
        </article></body></html>
        """
        let doc = try #require(analyze(page, name: "hidden.html").document)
        #expect(doc.sentenceTexts == ["Iran launched drones.", "Israel intercepted them.", "Russia urged restraint."])
    }

    @Test func evidenceRangesPointIntoTheRawHTML() throws {
        let bytes = Array(Self.page.utf8)
        let doc = try #require(analyze(bytes: bytes, name: "page.html").document)
        for sentence in doc.sentences {
            let evidence = doc.evidence(for: sentence)
            #expect(visibleText(bytes[evidence.byteStart..<evidence.byteEnd]) == evidence.text)
        }
    }

    @Test func timeElementAndNoArticleElement() throws {
        let html = "<html><body><nav>Menu</nav><p>Posted <time datetime=\"2023-10-26\">Oct 26</time>.</p><p>Moscow hosted talks.</p></body></html>"
        let doc = try #require(analyze(html, name: "b.htm").document)
        #expect(doc.document.published == CalendarDay(iso: "2023-10-26"))
        #expect(doc.sentenceTexts == ["Posted Oct 26.", "Moscow hosted talks."])
    }

    @Test func deeplyNestedMarkupDoesNotExhaustTheStack() throws {
        let html = String(repeating: "<div>", count: 10_000) + "Russia spoke." + String(repeating: "</div>", count: 10_000)
        let doc = try #require(analyze(html, name: "deep.html").document)
        #expect(doc.sentenceTexts == ["Russia spoke."])
    }
}
