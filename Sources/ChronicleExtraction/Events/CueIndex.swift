/// A trie over the lower-case words of every cue phrase: each word of text costs one look-up,
/// however many cues there are.
struct CueIndex: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var cue: Int?
    }

    let lexicon: CueLexicon
    private var nodes = [Node()]
    /// The last word of every hedge phrase, to find hedges with one look-up per word.
    let hedgeLastWords: Set<String>

    init(_ lexicon: CueLexicon) {
        self.lexicon = lexicon
        hedgeLastWords = Set(lexicon.hedges.compactMap(\.last))
        for (index, cue) in lexicon.cues.enumerated() {
            var node = 0
            for word in cue.words {
                if let next = nodes[node].children[word] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[word] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            // The first entry for a phrase wins, so the bundled file cannot be silently redefined.
            if nodes[node].cue == nil { nodes[node].cue = index }
        }
    }

    /// The longest cue starting at `start`: its last word and the cue.
    func longestMatch(_ words: [String], from start: Int) -> (end: Int, cue: CueLexicon.Cue)? {
        var node = 0
        var best: (Int, CueLexicon.Cue)? = nil
        var position = start
        while position < words.count, let next = nodes[node].children[words[position]] {
            node = next
            if let cue = nodes[node].cue { best = (position, lexicon.cues[cue]) }
            position += 1
        }
        return best
    }

    /// One of `phrases` that ends before `index` with at most `window` words between it and `index`.
    static func phrase(_ phrases: [[String]], before index: Int, within window: Int, in words: [String]) -> String? {
        for phrase in phrases where !phrase.isEmpty {
            var start = max(0, index - window - phrase.count)
            while start + phrase.count <= index {
                if words[start..<start + phrase.count].elementsEqual(phrase) { return phrase.joined(separator: " ") }
                start += 1
            }
        }
        return nil
    }
}
