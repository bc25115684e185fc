import ChronicleTestSupport
import Testing
@testable import ChronicleExtraction

/// The eight-bytes-at-once tests answer as the byte-by-byte ones do, and the readers built on them
/// find the same words wherever a word starts or ends within the eight.
@Suite struct EightBytesTests {
    /// A text lowered whole (an HTML page, to find its tags) eight bytes at a time, at every length
    /// and from every start, gives what lowering byte by byte gives.
    @Test func lowercasingATextMatchesLoweringEachByte() {
        var random = SplitMix64(seed: 0x10_3E5)
        let text = (0..<300).map { _ in UInt8.random(in: 0...255, using: &random) }
        for start in 0..<9 {
            for end in stride(from: start, through: text.count, by: 7) {
                let slice = text[start..<end]
                #expect(asciiLowercased(slice) == slice.map { isUpper($0) ? $0 | 0x20 : $0 }, "bytes \(start)..<\(end)")
                #expect(asciiLowercased(Array(slice)) == slice.map { isUpper($0) ? $0 | 0x20 : $0 }, "array \(start)..<\(end)")
            }
        }
    }

    /// Every byte value in every lane, among neighbours of every kind.
    @Test func lettersDigitsVisibleASCIIAndLoweringMatchTheByteTests() {
        let neighbours: [UInt8] = [0x41, 0x7A, 0x30, 0x20, 0xFF, 0x80, 0x5B, 0x60]
        for lane in 0..<8 {
            for value in 0...255 {
                var bytes = neighbours
                bytes[lane] = UInt8(value)
                let word = bytes.withUnsafeBufferPointer { EightBytes.load($0.baseAddress!) }
                let letters = EightBytes.letters(word)
                let digits = EightBytes.digits(word)
                let lowered = EightBytes.lowered(word, letters: letters)
                let visible = EightBytes.visibleASCII(word)
                let apostrophes = EightBytes.equal(to: UInt8(ascii: "'"), in: word)
                for position in 0..<8 {
                    let byte = bytes[position]
                    let bit = UInt64(0x80) << (8 * UInt64(position))
                    #expect((letters & bit != 0) == isLetter(byte), "letter \(byte) in lane \(position)")
                    #expect((digits & bit != 0) == isDigit(byte), "digit \(byte) in lane \(position)")
                    #expect((visible & bit != 0) == (byte > 0x20 && byte < 0x80), "visible \(byte) in lane \(position)")
                    #expect((apostrophes & bit != 0) == (byte == UInt8(ascii: "'")), "apostrophe \(byte) in lane \(position)")
                    let expected = isUpper(byte) ? byte | 0x20 : byte
                    #expect(UInt8(truncatingIfNeeded: lowered >> (8 * UInt64(position))) == expected, "lowered \(byte)")
                }
            }
        }
        #expect(EightBytes.leadingCount(EightBytes.high) == 8)
        // The "any" tests, for each byte value alone among neighbours that never match.
        for value in 0...255 {
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: 0x7F, count: 8)
                bytes[lane] = UInt8(value)
                let word = bytes.withUnsafeBufferPointer { EightBytes.load($0.baseAddress!) }
                #expect(EightBytes.anyByte(below: 0x0E, in: word) == (value < 0x0E), "below 0x0E: \(value)")
                // The lowest flagged byte is the first one below the limit, wherever later ones are.
                var twice = bytes
                twice[7] = 0x0A
                let below = EightBytes.bytes(below: 0x0E, in: twice.withUnsafeBufferPointer { EightBytes.load($0.baseAddress!) })
                #expect(below.trailingZeroBitCount >> 3 == (value < 0x0E ? lane : 7), "first below 0x0E: \(value) in lane \(lane)")
                #expect((EightBytes.matches(UInt8(ascii: "."), in: word) != 0) == (value == 0x2E), "is '.': \(value)")
            }
        }
        #expect(EightBytes.leadingCount(0) == 0)
        #expect(EightBytes.leadingCount(0x0000_0000_0080_8080) == 3)
    }

    /// Words that cross the eight-byte steps at every offset, with what may end or continue them
    /// (abbreviations, inner apostrophes, decimals, possessives, non-ASCII letters), tokenize alike.
    @Test(arguments: ["Zelenskyy’s", "U.S.", "d'Ivoire", "2.5", "1,000", "counteroffensives", "Côte", "Hamas’", "ABCDEFGHIJKLMNOP-backed"])
    func tokensDoNotDependOnWhereAWordStarts(word: String) {
        func words(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return Tokenizer.tokens(bytes, 0..<bytes.count).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        }
        let alone = words(word)
        for padding in 0..<9 {
            let prefix = String(repeating: "x", count: padding)
            // The word after a space at every offset, then a long word so the step can read past it.
            #expect(Array(words(prefix + " " + word + " overthehorizon").dropFirst(padding == 0 ? 0 : 1).dropLast()) == alone,
                    "\(word) after \(padding) bytes")
        }
    }

    /// Short words are read from one eight-byte load when eight bytes remain, and by `wordEnd`
    /// near the end of the text: random text tokenizes alike with and without more text after it.
    @Test func tokensDoNotDependOnWhatFollowsASpace() {
        let pieces = ["Hamas", "it", "a", "U.S.", " ", "  ", "\t", "\n", "\u{1}", ",", ".", "’s", "'s", "’", "-", "—", "2.5", "1,000", "Côte",
                      "d'Ivoire", "ABCDEFGHIJ", "x7", "\u{A0}", "(", ")", "“"]
        var random = SplitMix64(seed: 7)
        func tokens(_ bytes: [UInt8]) -> [String] {
            Tokenizer.tokens(bytes, 0..<bytes.count).map { "\($0.kind):" + String(decoding: bytes[$0.range], as: UTF8.self) }
        }
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let bytes = Array(text.utf8)
            #expect(tokens(bytes) == Array(tokens(bytes + Array(" overthehorizon".utf8)).dropLast()), "\(text)")
        }
    }

    /// `BoilerplateFilter.Words` against the rule it implements, read a byte at a time: lower-case
    /// runs of ASCII letters, digits and apostrophes (’ read as '), and of bytes beyond ASCII but
    /// for Latin-1 punctuation (C2 ..) and general punctuation (E2 80 ..).
    @Test func boilerplateWordsMatchTheRuleOnRandomText() {
        let pieces = ["Hamas", "ISRAEL", "sign", "up", " ", "  ", ",", ".", "’", "'", "\u{A0}", "—", "Côte", "日本", "2024", "a1b2",
                      "ABCDEFGHIJ", "\n", "you're", "“", "x"]
        var random = SplitMix64(seed: 99)
        // One list of words read into again and again, as the filter reads a page's blocks, and
        // blocks that are slices of a longer text.
        var reused = BoilerplateFilter.Words()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let bytes = Array(text.utf8)
            let words = BoilerplateFilter.Words(bytes[...])
            let found = (0..<words.count).map { Array(words[$0]) }
            #expect(found == Self.expectedWords(bytes), "\(text)")
            let cut = Int.random(in: 0...bytes.count, using: &random)
            reused.read(bytes[cut...])
            #expect((0..<reused.count).map { Array(reused[$0]) } == Self.expectedWords(Array(bytes[cut...])), "\(text) from \(cut)")
        }
    }

    static func expectedWords(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x99 { current.append(UInt8(ascii: "'")) } else { flush() }
                index += 3
            } else if byte == 0xC2 {
                flush()
                index += 2
            } else if byte >= 0x80 || isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "'") {
                current.append(isUpper(byte) ? byte | 0x20 : byte)
                index += 1
            } else {
                flush()
                index += 1
            }
        }
        flush()
        return result
    }
}
