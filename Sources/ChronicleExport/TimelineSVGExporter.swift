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

    /// - Parameter maximumEvents: the most events to draw (`TimelineSelection` picks them); nil draws all.
    public static func export(_ timeline: Timeline, title: String = "Timeline",
                              maximumEvents: Int? = TimelineExtent.defaultMaximumEvents) -> String
    {
        String(decoding: exportUTF8(timeline, title: title, maximumEvents: maximumEvents), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, as a file takes them (a `String` of them checks every byte again).
    public static func exportUTF8(_ timeline: Timeline, title: String = "Timeline",
                                  maximumEvents: Int? = TimelineExtent.defaultMaximumEvents) -> [UInt8]
    {
        exportUTF8(CanonicalTimeline(timeline), title: title, maximumEvents: maximumEvents)
    }

    package static func exportUTF8(_ canonical: CanonicalTimeline, title: String, maximumEvents: Int?) -> [UInt8] {
        let timeline = canonical.timeline
        let selection = TimelineSelection(timeline, maximum: maximumEvents)
        let shown = selection.events(of: timeline)
        let names = Dictionary(uniqueKeysWithValues: timeline.actors.map { ($0.id, $0.name) })
        let placed = shown.filter { $0.date.status != .reported && TimexOrder.start(of: $0.date.value) != nil }
        let reported = shown.filter { $0.date.status == .reported && TimexOrder.start(of: $0.date.value) != nil }
        let unknown = shown.filter { TimexOrder.start(of: $0.date.value) == nil }
        let spans = placed.map(span)
        let low = spans.map(\.0).min() ?? 0
        let high = max((spans.map(\.1).max() ?? 1), low + 1)
        func x(_ day: Int) -> Int { axisLeft + Int(Double(day - low) / Double(high - low) * Double(axisWidth)) }

        // The body first, then the header that gives its height. About 300 bytes a row.
        var body = UTF8Buffer(capacity: 300 * shown.count + 4096)
        var y = 50
        text(x: 10, y: 28, size: 18, weight: "bold", title, into: &body)
        if selection.extent.isCapped {
            text(x: 10, y: 48, size: 11, "Shown: \(selection.extent.shownPhrase); timeline.json and events.csv hold them all.",
                 into: &body)
            y += 24
        }
        axis(low: low, high: high, y: y, x: x, into: &body)
        y += 24
        for (index, event) in placed.enumerated() {
            let (start, end) = spans[index]
            row(event, y: y, names: names, into: &body) { body, color in
                let left = x(start)
                let right = max(x(end), left + 6)
                body.append("<rect x=\"")
                body.append(left)
                body.append("\" y=\"")
                body.append(y - 9)
                body.append("\" width=\"")
                body.append(right - left)
                body.append("\" height=\"10\" rx=\"3\" fill=\"")
                body.append(color)
                body.append(event.evidence.contains { $0.claim != nil } ? "\" fill-opacity=\"0.45\"/>\n" : "\"/>\n")
            }
            y += rowHeight
        }
        /// A titled list of events below the axis, each drawn with `marker(&body, event, color, y)`.
        func section(_ heading: String, _ events: [Event], marker: (inout UTF8Buffer, Event, String, Int) -> Void) {
            guard !events.isEmpty else { return }
            y += 14
            text(x: 10, y: y, size: 13, weight: "bold", heading, into: &body)
            y += rowHeight
            for event in events {
                let rowY = y
                row(event, y: rowY, names: names, into: &body) { body, color in marker(&body, event, color, rowY) }
                y += rowHeight
            }
        }
        section("Reported, with no date in the text (drawn at the publication date)", reported) { body, event, color, rowY in
            let (start, _) = span(event)
            body.append("<circle cx=\"")
            body.append(min(max(x(start), axisLeft), axisLeft + axisWidth))
            body.append("\" cy=\"")
            body.append(rowY - 4)
            body.append("\" r=\"5\" fill=\"white\" stroke=\"")
            body.append(color)
            body.append("\" stroke-width=\"2\"/>\n")
        }
        section("Date unknown", unknown) { _, _, _, _ in }
        let height = y + 10
        var svg = UTF8Buffer(capacity: body.bytes.count + 512)
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        svg.append(width)
        svg.append("\" height=\"")
        svg.append(height)
        svg.append("\" viewBox=\"0 0 ")
        svg.append(width)
        svg.append(" ")
        svg.append(height)
        svg.append("\" font-family=\"Helvetica, Arial, sans-serif\">\n<title>")
        svg.appendXMLText(title)
        svg.append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        svg.append(body)
        svg.append("</svg>\n")
        return svg.bytes
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

    static func axis(low: Int, high: Int, y: Int, x: (Int) -> Int, into svg: inout UTF8Buffer) {
        svg.append("<line x1=\"")
        svg.append(axisLeft)
        svg.append("\" y1=\"")
        svg.append(y)
        svg.append("\" x2=\"")
        svg.append(axisLeft + axisWidth)
        svg.append("\" y2=\"")
        svg.append(y)
        svg.append("\" stroke=\"#555\"/>\n")
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
            svg.append("<line x1=\"")
            svg.append(position)
            svg.append("\" y1=\"")
            svg.append(y - 4)
            svg.append("\" x2=\"")
            svg.append(position)
            svg.append("\" y2=\"")
            svg.append(y + 4)
            svg.append("\" stroke=\"#555\"/>\n")
            text(x: position - 18, y: y - 8, size: 10, "\(DateWording.months[tick.month - 1].prefix(3)) \(tick.year)", into: &svg)
        }
    }

    /// An event's row: its date, what `marker` draws on the axis, and who did what, with the first
    /// sentence as the tooltip.
    static func row(_ event: Event, y: Int, names: [ActorID: String], into svg: inout UTF8Buffer,
                    marker: (inout UTF8Buffer, String) -> Void)
    {
        let color = DOTExporter.color(of: event.quadClass)
        text(x: 10, y: y, size: 11, DateWording.phrase(event.date), into: &svg)
        marker(&svg, color)
        // "Source → Target: kind (claim)", escaped piece by piece (XML escapes a character at a time).
        openText(x: labelLeft, y: y, size: 11, weight: "normal", fill: color, into: &svg)
        if let source = event.source { svg.appendXMLText(names[source] ?? source.rawValue) }
        if let target = event.target {
            if event.source != nil { svg.append(" → ") }
            svg.appendXMLText(names[target] ?? target.rawValue)
        }
        svg.append(": ")
        svg.appendXMLText(event.kind.words)
        if event.evidence.contains(where: { $0.claim != nil }) { svg.append(" (claim)") }
        closeText(tooltip: event.evidence.first?.text, into: &svg)
    }

    /// One `<text>` line, its content (and tooltip) escaped.
    static func text(x: Int, y: Int, size: Int, weight: StaticString = "normal", fill: String = "#222", _ content: String,
                     tooltip: String? = nil, into svg: inout UTF8Buffer)
    {
        openText(x: x, y: y, size: size, weight: weight, fill: fill, into: &svg)
        svg.appendXMLText(content)
        closeText(tooltip: tooltip, into: &svg)
    }

    private static func openText(x: Int, y: Int, size: Int, weight: StaticString, fill: String, into svg: inout UTF8Buffer) {
        svg.append("<text x=\"")
        svg.append(x)
        svg.append("\" y=\"")
        svg.append(y)
        svg.append("\" font-size=\"")
        svg.append(size)
        svg.append("\" font-weight=\"")
        svg.append(weight)
        svg.append("\" fill=\"")
        svg.append(fill)
        svg.append("\">")
    }

    private static func closeText(tooltip: String?, into svg: inout UTF8Buffer) {
        if let tooltip {
            svg.append("<title>")
            svg.appendXMLText(tooltip)
            svg.append("</title>")
        }
        svg.append("</text>\n")
    }
}
