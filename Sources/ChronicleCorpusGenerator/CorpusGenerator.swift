import Foundation

/// Makes a corpus of news-shaped documents, the same for the same seed on every machine, for
/// benchmarks and scale tests: several actors per story, people with titles, cue phrases of
/// cooperation and conflict, every common date form, FAQs, video notes with timestamps,
/// HTML pages and scraped pages with boilerplate.
///
/// The text is assembled from phrase lists written for this project; it reads like news but
/// reports nothing that happened.
public struct CorpusGenerator: Sendable {
    public struct GeneratedDocument: Sendable {
        public var name: String
        public var text: String
    }

    public let seed: UInt64

    public init(seed: UInt64 = 2023) {
        self.seed = seed
    }

    /// Document `index` of the corpus (independent of every other index, so shards can be made in parallel).
    public func document(_ index: Int) -> GeneratedDocument {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let day = Day(daysSinceStart: random.below(200))
        let shape = random.below(20)
        let paragraphs = (0..<(3 + random.below(6))).map { _ in paragraph(&random) }
        let title = headline(&random)
        switch shape {
        case 0..<11:
            var text = " date \(day.iso) " + paragraphs.joined(separator: "\n\n")
            if random.below(4) == 0 { text += "\n\nFAQ\n\n" + faq(&random) }
            return GeneratedDocument(name: "\(day.iso)-story-\(index).txt", text: text + "\n")
        case 11..<15:
            var lines = ["---", "title: \"\(title)\"", "videoId: vid\(index % 997)X", "---", "", "From: [[newsdesk_channel]] <br/>", ""]
            var seconds = 30 + random.below(60)
            for paragraph in paragraphs {
                lines.append("## " + headline(&random))
                lines.append("")
                let sentences = paragraph.split(separator: ".").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
                lines.append(sentences.map { sentence in
                    seconds += 5 + random.below(40)
                    let stamp = Self.clock(seconds)
                    return "\(sentence) <a class=\"yt-timestamp\" data-t=\"\(stamp)\">[\(stamp)]</a>."
                }.joined(separator: " "))
                lines.append("")
            }
            return GeneratedDocument(name: "notes-\(index).md", text: lines.joined(separator: "\n"))
        case 15..<18:
            let body = paragraphs.map { "<p>\(escapeHTML($0))</p>" }.joined(separator: "\n")
            let html = """
            <!DOCTYPE html>
            <html><head><title>\(escapeHTML(title)) | The Daily Courier</title>
            <meta property="article:published_time" content="\(day.iso)T08:00:00Z"></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>\(escapeHTML(title))</h1>
            \(body)
            </article><footer><a href="/privacy">Privacy Policy</a> &middot; <a href="/subscribe">Subscribe</a></footer>
            <script>window.analytics = {page: "story"};</script></body></html>

            """
            return GeneratedDocument(name: "page-\(index).html", text: html)
        default:
            let text = ["Support independent reporting!", title, "Officials at a meeting in the capital. Jane Roe / Agency"]
                + paragraphs
                + ["Sign up for our weekly newsletter", "Subscribers agree to the Privacy Policy", "A Message from the Editors:",
                   "Dear readers,", "We rely on your support to keep our reporting free. Please support us today.", "Once\nMonthly\nContinue", "Read more"]
            return GeneratedDocument(name: "scraped-\(index).txt", text: text.joined(separator: "\n\n") + "\n")
        }
    }

    /// The first `count` documents.
    /// Writes documents 0..<count under `folder`, a thousand to a sub-folder; returns the bytes written.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<count {
            let document = document(index)
            // Spread files over sub-folders of 1,000 so no folder grows huge.
            let subfolder = folder + "/" + String(format: "%04d", index / 1000)
            if index % 1000 == 0 { try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true) }
            let data = Data(document.text.utf8)
            try data.write(to: URL(fileURLWithPath: subfolder + "/" + document.name))
            bytes += data.count
        }
        return bytes
    }

    public func documents(count: Int) -> [GeneratedDocument] {
        (0..<count).map(document)
    }

    private func paragraph(_ random: inout SplitMix64) -> String {
        (0..<(2 + random.below(4))).map { _ in sentence(&random) }.joined(separator: " ")
    }

    private func sentence(_ random: inout SplitMix64) -> String {
        let source = random.pick(Phrases.actors)
        var target = random.pick(Phrases.actors)
        if target == source { target = random.pick(Phrases.actors) }
        let cue = random.pick(Phrases.cues)
        let date = random.below(3) == 0 ? "" : " " + random.pick(Phrases.dates)
        let tail = random.below(3) == 0 ? ", " + random.pick(Phrases.tails) : ""
        let attribution = random.below(5) == 0 ? random.pick(Phrases.attributions) + " " : ""
        return attribution + capitalised(source) + date + " " + cue + " " + target + tail + "."
    }

    private func headline(_ random: inout SplitMix64) -> String {
        let source = random.pick(Phrases.headlineActors)
        let target = random.pick(Phrases.headlineActors)
        return "\(source) \(random.pick(Phrases.headlineVerbs)) \(target) \(random.pick(Phrases.headlineTails))"
    }

    private func faq(_ random: inout SplitMix64) -> String {
        (0..<3).map { _ in
            "Q: What did \(random.pick(Phrases.headlineActors)) say about the talks?\n\n" + sentence(&random)
        }.joined(separator: "\n\n")
    }

    static func clock(_ seconds: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private func escapeHTML(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "’": result += "&#8217;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// A day counted from 2023-10-01, written as ISO 8601 (kept free of the model so this target stands alone).
struct Day {
    let iso: String

    init(daysSinceStart: Int) {
        var remaining = daysSinceStart
        var year = 2023
        var month = 10
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        while true {
            let length = month == 2 && year % 4 == 0 ? 29 : lengths[month - 1]
            if remaining < length { break }
            remaining -= length
            month += 1
            if month == 13 { month = 1; year += 1 }
        }
        let day = remaining + 1
        iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// SplitMix64: a small, fast, well-mixed generator whose sequence is fixed by its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

extension Substring {
    func trimmingCharacters() -> String {
        var view = self
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
