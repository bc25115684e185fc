import ChronicleModel
import Foundation

/// `timelinejs.json`: Knight Lab's TimelineJS format, to paste into a TimelineJS page. Each dated
/// event is a slide whose `start_date` holds only the parts that are known (a month-precision event
/// gives year and month), grouped by the pair of actors; a title slide describes the corpus.
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

    public static func export(_ timeline: Timeline, title: String? = nil) throws -> Data {
        var timeline = timeline
        timeline.sortCanonically()
        let names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        let titles = Dictionary(uniqueKeysWithValues: timeline.documents.map { ($0.id, $0.title ?? $0.source) })
        var slides: [Slide] = []
        var unplaced = 0
        for event in timeline.events {
            guard let start = TimexOrder.start(of: event.date.value) else { unplaced += 1; continue }
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
            slides.append(Slide(start_date: parts, text: Text(headline: escapeHTML(event.summary), text: body),
                                group: pair.isEmpty ? event.kind.rawValue : pair, display_date: DateWording.phrase(event.date),
                                unique_id: uniqueID(event.id.rawValue), media: media))
        }
        let days = timeline.documents.compactMap(\.published).sorted()
        var summary = "\(timeline.events.count - unplaced) dated events from \(timeline.documents.count) documents"
        if let first = days.first, let last = days.last { summary += ", published \(DateWording.phrase(first)) to \(DateWording.phrase(last))" }
        if unplaced > 0 { summary += "; \(unplaced) without a date are listed in the report only" }
        let document = Document(title: Slide(start_date: nil, text: Text(headline: escapeHTML(title ?? "Chronicle timeline"), text: summary + ".")),
                                events: slides)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// TimelineJS puts text into HTML: escape what would be markup.
    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Slide ids become URL fragments: letters, digits and hyphens only.
    static func uniqueID(_ id: String) -> String {
        String(id.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? $0 : "-" })
    }
}
