import Foundation

/// Drops the parts of a scraped page that are not the article: subscription and donation appeals,
/// newsletter sign-ups, privacy-policy and cookie lines, photo captions and credits, "Read more".
///
/// It judges whole blocks, by cue phrases and by voice: an appeal that follows a marker such as
/// "A Message from ..." or "Sign up for ..." runs on for as long as it addresses the reader
/// ("we", "our", "you") or is a short button label, and ends at the first ordinary news paragraph.
enum BoilerplateFilter {
    /// Returns, for each block, whether it belongs to the article.
    static func keep(_ blocks: [String]) -> [Bool] {
        var keep = [Bool](repeating: true, count: blocks.count)
        var seenArticleProse = false
        var inTrailer = false
        for (index, text) in blocks.enumerated() {
            let words = lowercaseWords(text)
            if inTrailer {
                if isBoilerplate(text, words) || isAddressedToReader(words) || words.count <= 5 {
                    keep[index] = false
                    continue
                }
                inTrailer = false
            }
            if isAppealMarker(words) {
                keep[index] = false
                // An appeal after the article has started takes the rest of its run with it.
                inTrailer = seenArticleProse
                continue
            }
            if isBoilerplate(text, words) || isCaptionCredit(text, words) {
                keep[index] = false
                continue
            }
            if words.count >= 15 { seenArticleProse = true }
        }
        return keep
    }

    /// Phrases that no news paragraph needs and every web page repeats.
    static let cuePhrases: [[String]] = [
        ["subscribe"], ["subscribers"], ["subscription"], ["newsletter"], ["newsletters"], ["sign", "up"],
        ["donate"], ["donation"], ["donations"], ["support", "us"], ["support", "our"], ["privacy", "policy"],
        ["cookie"], ["cookies"], ["terms", "of", "use"], ["terms", "of", "service"], ["all", "rights", "reserved"],
        ["read", "more"], ["advertisement"], ["sponsored", "content"], ["share", "this"], ["follow", "us"],
        ["click", "here"], ["remind", "me", "later"], ["already", "a", "subscriber"], ["log", "in"],
        ["sign", "in"], ["skip", "to", "content"], ["related", "articles"], ["you", "may", "also", "like"],
        ["most", "read"], ["listen", "to", "this", "article"], ["paiment", "methods"], ["payment", "methods"],
    ]

    static func isBoilerplate(_ text: String, _ words: [Substring]) -> Bool {
        guard !words.isEmpty else { return true }
        if text.contains("©") && words.count <= 40 { return true }
        // A cue condemns a short line, or a paragraph that speaks to the reader; a news paragraph
        // that mentions a newsletter in passing stays, and long ones need dense cues.
        let hits = cueHits(words)
        guard hits > 0 else { return false }
        if words.count <= 12 || hits >= 2 && words.count <= 40 { return true }
        if words.count <= 60, isAddressedToReader(words) { return true }
        return hits >= 3
    }

    /// Openers of a reader appeal or sign-up box.
    static func isAppealMarker(_ words: [Substring]) -> Bool {
        guard !words.isEmpty, words.count <= 12 else { return false }
        let openers: [[String]] = [
            ["a", "message", "from"], ["dear", "reader"], ["dear", "readers"], ["sign", "up"],
            ["become", "a", "member"], ["help", "us"], ["join", "us"], ["we", "need", "your", "help"],
            ["before", "you", "go"], ["thank", "you", "for", "reading"],
        ]
        if openers.contains(where: { words.starts(with: $0.map { Substring($0) }) }) { return true }
        // "Support The Daily Ledger!", "Subscribe now": a bare imperative, not "Support for Hamas grew".
        let imperatives: Set<Substring> = ["support", "subscribe", "donate"]
        guard let first = words.first, imperatives.contains(first), words.count <= 6 else { return false }
        return words.count <= 2 || isAddressedToReader(words) || !words.contains("for")
            && !words.contains("of") && !words.contains("to")
    }

    /// First and second person: the voice of appeals, not of news reports.
    static func isAddressedToReader(_ words: [Substring]) -> Bool {
        let pronouns: Set<Substring> = ["we", "our", "us", "you", "your", "you're", "we're", "ours", "yours"]
        let count = words.lazy.filter { pronouns.contains($0) }.count
        return count >= 2 || (count == 1 && words.count <= 12)
    }

    /// A photo caption with its credit: "... in Moscow. Alexander Shcherbak / TASS", "Photo: Reuters".
    static func isCaptionCredit(_ text: String, _ words: [Substring]) -> Bool {
        guard words.count <= 35 else { return false }
        if let first = words.first, ["photo", "photograph", "credit", "image", "picture"].contains(first),
           text.drop(while: { $0 != ":" }).count > 0, words.count <= 20
        {
            return true
        }
        if text.contains("(Photo") || text.contains("Getty Images") || text.contains("AP Photo") { return true }
        // "... / AGENCY": a credit after the last slash, one to four capitalised words, no sentence end.
        guard let slash = text.range(of: " / ", options: .backwards) else { return false }
        let credit = text[slash.upperBound...].trimmingCharacters(in: .whitespaces)
        let creditWords = credit.split(separator: " ")
        return !creditWords.isEmpty && creditWords.count <= 4
            && creditWords.allSatisfy { $0.first?.isUppercase == true }
            && !credit.hasSuffix(".") && !credit.hasSuffix("?") && !credit.hasSuffix("!")
    }

    static func cueHits(_ words: [Substring]) -> Int {
        var hits = 0
        for start in words.indices {
            for phrase in cuePhrases where phrase.count <= words.count - start {
                var matches = true
                for (offset, word) in phrase.enumerated() where words[start + offset] != word {
                    matches = false
                    break
                }
                if matches { hits += 1 }
            }
        }
        return hits
    }

    /// Lower-cased words of letters, digits and apostrophes (curly ones read as straight).
    static func lowercaseWords(_ text: String) -> [Substring] {
        let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return folded.split { !($0.isLetter || $0.isNumber || $0 == "'") }
    }
}
