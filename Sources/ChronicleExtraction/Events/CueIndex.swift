/// A trie over the lower-case words of every cue phrase: each word of text costs one look-up,
/// however many cues there are.
struct CueIndex: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var cue: Int?
    }

    let lexicon: CueLexicon
    private var nodes = [Node()]
    let negations: PhraseSet
    let irrealis: PhraseSet
    let worsening: PhraseSet
    let worsened: PhraseSet
    let hedges: PhraseSet

    init(_ lexicon: CueLexicon) {
        self.lexicon = lexicon
        negations = PhraseSet(lexicon.negations)
        irrealis = PhraseSet(lexicon.irrealis)
        worsening = PhraseSet(lexicon.worsening)
        worsened = PhraseSet(lexicon.worsened)
        hedges = PhraseSet(lexicon.hedges)
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
}

/// Word phrases (`fell short of`, `according to`) found by their last word: one look-up per word
/// of the window searched, however many phrases there are.
struct PhraseSet: Sendable {
    let phrases: [[String]]
    private let byLastWord: [String: [Int]]

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        var byLastWord: [String: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() {
            if let last = phrase.last { byLastWord[last, default: []].append(index) }
        }
        self.byLastWord = byLastWord
    }

    /// The phrase that ends before `index` with at most `window` words between it and `index`
    /// (the first in list order when several do).
    func phrase(before index: Int, within window: Int, in words: [String]) -> String? {
        first(endingIn: max(0, index - window - 1)..<index, startingFrom: 0, in: words)
    }

    /// Whether a phrase lies wholly inside `words[range]`.
    func occurs(in range: Range<Int>, of words: [String]) -> Bool {
        first(endingIn: range, startingFrom: range.lowerBound, in: words) != nil
    }

    /// The first phrase, in list order, whose last word lies in `ends` and whose first word is at or after `lowerBound`.
    private func first(endingIn ends: Range<Int>, startingFrom lowerBound: Int, in words: [String]) -> String? {
        var best: Int? = nil
        for last in ends.clamped(to: 0..<words.count) {
            guard let candidates = byLastWord[words[last]] else { continue }
            for candidate in candidates where candidate < (best ?? .max) {
                let phrase = phrases[candidate]
                let start = last - phrase.count + 1
                if start >= lowerBound, words[start...last].elementsEqual(phrase) { best = candidate }
            }
        }
        return best.map { phrases[$0].joined(separator: " ") }
    }
}
