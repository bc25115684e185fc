import ChronicleModel
import Foundation

/// `timelinejs.json`: Knight Lab's TimelineJS format, to paste into a TimelineJS page. Each dated
/// event is a slide whose `start_date` holds only the parts that are known (a month-precision event
/// gives year and month), grouped by the pair of actors; a title slide describes the corpus.
///
/// TimelineJS is a slide show, which its makers advise keeping to a few dozen slides, and it builds
/// every slide into the page: the 43,617 slides of 10,000 generated documents would stall a browser.
/// So beyond `maximumEvents` dated events it makes slides of the ones `TimelineSelection` picks for
/// the other pictures of the timeline (the most evidence sentences first), and the title slide
/// says so; `timeline.json` and `events.csv` keep every event.
public enum TimelineJSExporter {
    struct Document: Encodable {
        var title: Slide
        var events: [Slide]
    }

    struct Slide: Encodable {
        var start_date: DateParts?
        var text: Text
        var group: String?
        var display_date: String?
        var unique_id: String?
        var media: Media?
    }

    struct DateParts: Encodable {
        var year: String
        var month: String?
        var day: String?
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    struct Media: Encodable {
        var url: String
        var caption: String
    }

    /// The file's bytes: what `JSONEncoder` makes of `document(_:title:)` with sorted keys, pretty
    /// printed, slashes as they are (a test holds the two together), written by `JSONOutput`:
    /// through `JSONEncoder`, 1,000 documents' slides took 2,000 M instructions, more than reading
    /// and analysing the documents.
    /// - Parameter maximumEvents: the most dated events to make slides of; nil makes all.
    public static func export(_ timeline: Timeline, title: String? = nil,
                              maximumEvents: Int? = TimelineExtent.defaultMaximumEvents) throws -> Data
    {
        try export(CanonicalTimeline(timeline), title: title, maximumEvents: maximumEvents)
    }

    package static func export(_ canonical: CanonicalTimeline, title: String?, maximumEvents: Int?) throws -> Data {
        var output = JSONOutput(pretty: true)
        write(canonical.timeline, title: title, maximumEvents: maximumEvents, into: &output)
        output.endLine()
        return output.data
    }

    /// The file handed to `sink` a megabyte at a time, as `build` writes it.
    package static func write(_ canonical: CanonicalTimeline, title: String?, maximumEvents: Int?,
                              to sink: (UnsafeRawBufferPointer) throws -> Void) throws
    {
        try JSONOutput.write(pretty: true, to: sink) { write(canonical.timeline, title: title, maximumEvents: maximumEvents, into: &$0) }
    }

    /// The slides are made one at a time as they are written, not gathered first: 140 MB of
    /// them for 100,000 generated documents without a maximum.
    private static func write(_ timeline: Timeline, title: String?, maximumEvents: Int?, into output: inout JSONOutput) {
        let maker = SlideMaker(timeline, maximumEvents: maximumEvents)
        output.object {
            // By index: an iterator over the events would copy each one, retaining all it holds.
            $0.key("events"); $0.array(maker.shown.indices.lazy.compactMap { maker.slide(timeline.events[$0]) }) { $0.write($1) }
            $0.key("title"); $0.write(maker.titleSlide(title))
        }
    }

    /// The title slide and a slide for each dated event shown, from a timeline in canonical order:
    /// what `export` writes, as values `JSONEncoder` can encode (the tests hold the two together).
    static func document(_ timeline: Timeline, title: String?, maximumEvents: Int? = TimelineExtent.defaultMaximumEvents) -> Document {
        let maker = SlideMaker(timeline, maximumEvents: maximumEvents)
        return Document(title: maker.titleSlide(title), events: maker.shown.events(of: timeline).compactMap(maker.slide))
    }

    /// Makes the slides of one timeline, in canonical order.
    private struct SlideMaker {
        let timeline: Timeline
        let names: [ActorID: String]
        let titles: [DocumentID: String]
        /// The dated events that get a slide.
        let shown: TimelineSelection

        init(_ timeline: Timeline, maximumEvents: Int?) {
            self.timeline = timeline
            names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
            titles = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0.title ?? $0.source) })
            shown = TimelineSelection(timeline, maximum: maximumEvents, eligible: TimelineSelection.isDated)
        }

        /// The slide of a dated event; nil for an event without a date.
        func slide(_ event: Event) -> Slide? {
            guard let start = TimexOrder.start(of: event.date.value) else { return nil }
            var parts = DateParts(year: String(start.year))
            switch event.date.precision {
            case .day, .week:
                parts.month = String(start.month)
                parts.day = String(start.day)
            case .month:
                parts.month = String(start.month)
            default:
                break
            }
            let evidence = event.evidence.first
            var body = evidence.map { "“\(escapeHTML($0.text))”" } ?? ""
            if let claim = evidence?.claim {
                body += " <em>(a claim" + (claim.claimant.flatMap { names[$0] }.map { " by \(escapeHTML($0))" } ?? "") + ")</em>"
            }
            if let evidence { body += " — " + escapeHTML(titles[evidence.document] ?? evidence.document.rawValue) }
            let pair = [event.source, event.target].compactMap { $0.flatMap { names[$0] } }.joined(separator: " – ")
            let media = evidence?.media.flatMap { media in
                media.url.flatMap(LinkPolicy.safeURL).map { Media(url: $0, caption: "Video at \(media.offset)") }
            }
            return Slide(start_date: parts, text: Text(headline: escapeHTML(event.summary), text: body),
                         group: pair.isEmpty ? event.kind.rawValue : escapeHTML(pair), display_date: DateWording.phrase(event.date),
                         unique_id: uniqueID(event.id.rawValue), media: media)
        }

        /// The slide that describes the corpus.
        func titleSlide(_ title: String?) -> Slide {
            let dated = shown.extent.availableEvents
            let unplaced = timeline.events.count - dated
            let days = timeline.documents.compactMap(\.published).sorted()
            var summary = "\(dated) dated events from \(timeline.documents.count) documents"
            if let first = days.first, let last = days.last { summary += ", published \(DateWording.phrase(first)) to \(DateWording.phrase(last))" }
            if unplaced > 0 { summary += "; \(unplaced) without a date have no slide" }
            summary += "."
            if shown.extent.isCapped {
                summary += " The slides show \(shown.extent.events) of the dated events, those with the most evidence sentences;"
                    + " timeline.json and events.csv hold them all."
            }
            return Slide(start_date: nil, text: Text(headline: escapeHTML(title ?? "Chronicle timeline"), text: summary))
        }
    }

    /// TimelineJS puts text into HTML: escape what would be markup. Over UTF-8 bytes, so `&` or `<`
    /// followed by a combining mark (one Swift `Character`) is escaped too, as an HTML reader, which
    /// reads code points, sees it.
    static func escapeHTML(_ text: String) -> String {
        text.rewritingUTF8(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) {
            bytes, index, escaped in
            switch bytes[index] {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            default: escaped += "&quot;".utf8
            }
            return 1
        }
    }

    /// Slide ids become URL fragments: letters, digits and hyphens only, one hyphen for each other
    /// character. Ids are ASCII but for names from a user's lexicon; those go character by character.
    static func uniqueID(_ id: String) -> String {
        guard id.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return String(id.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? $0 : "-" })
        }
        return String(decoding: id.utf8.map { isASCIILetterOrDigit($0) ? $0 : UInt8(ascii: "-") }, as: UTF8.self)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension JSONOutput {
    /// A slide, members in byte order and absent ones left out, as `JSONEncoder` writes it.
    mutating func write(_ slide: TimelineJSExporter.Slide) {
        object {
            if let date = slide.display_date { $0.key("display_date"); $0.string(date) }
            if let group = slide.group { $0.key("group"); $0.string(group) }
            if let media = slide.media {
                $0.key("media")
                $0.object {
                    $0.key("caption"); $0.string(media.caption)
                    $0.key("url"); $0.string(media.url)
                }
            }
            if let start = slide.start_date {
                $0.key("start_date")
                $0.object {
                    if let day = start.day { $0.key("day"); $0.string(day) }
                    if let month = start.month { $0.key("month"); $0.string(month) }
                    $0.key("year"); $0.string(start.year)
                }
            }
            $0.key("text")
            $0.object {
                $0.key("headline"); $0.string(slide.text.headline)
                $0.key("text"); $0.string(slide.text.text)
            }
            if let id = slide.unique_id { $0.key("unique_id"); $0.string(id) }
        }
    }
}
