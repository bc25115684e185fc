import ChronicleModel

/// `timeline.svg`: dated events on a time axis, one row each in date order, coloured like the
/// graph's edges. An uncertain date is drawn as a span (early October is the first third of the
/// month, a month-precision date its whole month); events known only from when they were reported,
/// and those without any date, are listed apart below. Hand-written SVG with every text escaped.
public enum TimelineSVGExporter {
    static let width = 1000
    static let dateColumn = 190
    static let axisLeft = 200
    static let axisWidth = 330
    static let labelLeft = 545
    static let rowHeight = 22

    public static func export(_ timeline: Timeline, title: String = "Timeline") -> String {
        var timeline = timeline
        timeline.sortCanonically()
        let names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        let placed = timeline.events.filter { $0.date.status != .reported && TimexOrder.start(of: $0.date.value) != nil }
        let reported = timeline.events.filter { $0.date.status == .reported && TimexOrder.start(of: $0.date.value) != nil }
        let unknown = timeline.events.filter { TimexOrder.start(of: $0.date.value) == nil }
        let spans = placed.map(span)
        let low = spans.map(\.0).min() ?? 0
        let high = max((spans.map(\.1).max() ?? 1), low + 1)
        func x(_ day: Int) -> Int { axisLeft + Int(Double(day - low) / Double(high - low) * Double(axisWidth)) }

        var body: [String] = []
        var y = 50
        body.append(text(x: 10, y: 28, size: 18, weight: "bold", title))
        body += axis(low: low, high: high, y: y, x: x)
        y += 24
        for (event, (start, end)) in zip(placed, spans) {
            body += row(event, y: y, names: names) { color in
                let left = x(start)
                let right = max(x(end), left + 6)
                return "<rect x=\"\(left)\" y=\"\(y - 9)\" width=\"\(right - left)\" height=\"10\" rx=\"3\" fill=\"\(color)\"\(event.evidence.contains { $0.claim != nil } ? " fill-opacity=\"0.45\"" : "")/>"
            }
            y += rowHeight
        }
        /// A titled list of events below the axis, each drawn with `marker(event, color, y)`.
        func section(_ heading: String, _ events: [Event], marker: (Event, String, Int) -> String) {
            guard !events.isEmpty else { return }
            y += 14
            body.append(text(x: 10, y: y, size: 13, weight: "bold", heading))
            y += rowHeight
            for event in events {
                let rowY = y
                body += row(event, y: rowY, names: names) { color in marker(event, color, rowY) }
                y += rowHeight
            }
        }
        section("Reported, with no date in the text (drawn at the publication date)", reported) { event, color, rowY in
            let (start, _) = span(event)
            return "<circle cx=\"\(min(max(x(start), axisLeft), axisLeft + axisWidth))\" cy=\"\(rowY - 4)\" r=\"5\" fill=\"white\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        }
        section("Date unknown", unknown) { _, _, _ in "" }
        let height = y + 10
        let header = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\">"
        return (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", header, "<title>\(XMLText.text(title))</title>",
                 "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"] + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// The days an event may have happened on, from its value and modifier (early = first third).
    static func span(_ event: Event) -> (Int, Int) {
        guard let start = TimexOrder.start(of: event.date.value), let first = CalendarDay(year: start.year, month: start.month, day: start.day) else {
            return (0, 0)
        }
        let begin = first.daysSinceEpoch
        let length: Int
        switch event.date.precision {
        case .day: length = 1
        case .week: length = 7
        case .month: length = CalendarDay.daysIn(month: first.month, year: first.year)
        case .quarter: length = 91
        case .year: length = event.date.value.contains("-H") ? 182 : 365
        case .decade: length = 3652
        case .unknown: length = 1
        }
        switch event.date.modifier {
        case .start?: return (begin, begin + max(1, length / 3))
        case .mid?: return (begin + length / 3, begin + max(1, 2 * length / 3))
        case .end?: return (begin + 2 * length / 3, begin + length)
        default: return (begin, begin + length)
        }
    }

    static func axis(low: Int, high: Int, y: Int, x: (Int) -> Int) -> [String] {
        var lines = ["<line x1=\"\(axisLeft)\" y1=\"\(y)\" x2=\"\(axisLeft + axisWidth)\" y2=\"\(y)\" stroke=\"#555\"/>"]
        var day = CalendarDay(daysSinceEpoch: low)
        day = CalendarDay(year: day.year, month: day.month, day: 1)!
        var ticks: [CalendarDay] = []
        while day.daysSinceEpoch <= high {
            if day.daysSinceEpoch >= low { ticks.append(day) }
            let next = day.adding(months: 1)
            guard next != day else { break }  // December 9999: the calendar ends
            day = next
        }
        let step = max(1, ticks.count / 6)
        for (index, tick) in ticks.enumerated() where index % step == 0 {
            let position = x(tick.daysSinceEpoch)
            lines.append("<line x1=\"\(position)\" y1=\"\(y - 4)\" x2=\"\(position)\" y2=\"\(y + 4)\" stroke=\"#555\"/>")
            lines.append(text(x: position - 18, y: y - 8, size: 10, "\(DateWording.months[tick.month - 1].prefix(3)) \(tick.year)"))
        }
        return lines
    }

    static func row(_ event: Event, y: Int, names: [ActorID: String], marker: (String) -> String) -> [String] {
        let color = DOTExporter.color(of: event.quadClass)
        let pair = [event.source, event.target].compactMap { $0.map { names[$0] ?? $0.rawValue } }.joined(separator: " → ")
        var label = "\(pair): \(event.kind.words)"
        if event.evidence.contains(where: { $0.claim != nil }) { label += " (claim)" }
        var lines = [text(x: 10, y: y, size: 11, DateWording.phrase(event.date))]
        let shape = marker(color)
        if !shape.isEmpty { lines.append(shape) }
        // The first sentence is the label's tooltip.
        lines.append(text(x: labelLeft, y: y, size: 11, fill: color, label, tooltip: event.evidence.first?.text))
        return lines
    }

    static func text(x: Int, y: Int, size: Int, weight: String = "normal", fill: String = "#222", _ content: String, tooltip: String? = nil) -> String {
        let title = tooltip.map { "<title>\(XMLText.text($0))</title>" } ?? ""
        return "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(XMLText.text(content))\(title)</text>"
    }
}
