import ChronicleTestSupport
import Testing
@testable import ChronicleExtraction

/// The coder's view of a sentence finds each word in the cue vocabulary by its lower-cased bytes,
/// however the word lies against the eight-byte steps it is lowered in and the end of the text.
@Suite struct SentenceViewTests {
    /// A word as the view compares it: ASCII capitals lowered, `’` read as `'`, other bytes as they are.
    static func lowered(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index...].starts(with: [0xE2, 0x80, 0x99]) {
                result.append(UInt8(ascii: "'"))
                index += 3
                continue
            }
            let byte = bytes[index]
            result.append(isUpper(byte) ? byte | 0x20 : byte)
            index += 1
        }
        return result
    }

    /// Reads `text` into a view whose vocabulary holds every word of it lowered, and checks each
    /// word got its own id; the words' ids come from the same lowering spelled out byte by byte.
    static func expectEveryWordFound(in text: [UInt8], _ comment: String) {
        let tokens = Tokenizer.tokens(text, 0..<text.count)
        let words = tokens.filter { $0.kind == .word }.map { lowered(text[$0.range]) }
        var ids: [[UInt8]: Int32] = [:]
        for word in words where ids[word] == nil { ids[word] = Int32(ids.count) }
        let vocabulary = ByteTable(ids.map { ($0.key, $0.value) })
        var view = SentenceView()
        view.read(text: text, tokens: tokens, mentions: [], vocabulary: vocabulary)
        #expect(view.wordCount == words.count, "\(comment)")
        #expect(view.ids == words.map { ids[$0]! }, "\(comment)")
    }

    @Test func wordsAreFoundWhereverTheyLie() {
        let words = ["Russia", "UNITED", "Nations", "counter-offensive", "Zelenskyy’s", "didn’t", "Bogotá", "ÉLYSÉE",
                     "abcdefgh", "ABCDEFGHI", "AbCdEfGhIjKlMnOpQ", "x", "2023", "U.S.", "Ḥamas", "NATO’S"]
        // Every word at every offset from the start, and as the text's last bytes (where eight
        // bytes cannot be read past it).
        for word in words {
            for padding in 0..<9 {
                let before = String(repeating: "a", count: padding)
                Self.expectEveryWordFound(in: Array("\(before) \(word) Tail".utf8), "\(word) after \(padding)")
                Self.expectEveryWordFound(in: Array("\(before) \(word)".utf8), "\(word) last after \(padding)")
            }
        }
    }

    @Test func randomSentencesMatchTheByteByByteLowering() {
        var random = SplitMix64(seed: 14)
        let pieces = ["A", "z", "Q", "m", "7", "’", "é", "Ω", "'", "-", " ", " ", " ", ",", "."]
        for _ in 0..<400 {
            let length = Int(random.next() % 60)
            let text = (0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            Self.expectEveryWordFound(in: Array(text.utf8), text)
        }
    }
}
