import ChronicleTestSupport
import Testing
import Yams
@testable import ChronicleExtraction

/// Front matter of plain `key: value` lines is read without Yams (`FrontMatter.plainPairs`); it must
/// read every text it takes exactly as Yams does, and leave everything else to Yams.
@Suite struct FrontMatterTests {
    /// Yams's reading of `yaml`: its pairs when it is a mapping (none when empty), nil when Yams
    /// refuses it or reads something else.
    private func yamsPairs(_ yaml: String) -> [Pair]? {
        let composed: Node?
        do { composed = try YAMLText.compose(yaml) } catch { return nil }
        guard let node = composed else { return [] }
        return node.mapping.map { FrontMatter.yamlPairs($0).map(Pair.init) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var key: String
        var value: String
        init(_ pair: (key: String, value: String)) { (key, value) = pair }
        var description: String { "\(key.debugDescription): \(value.debugDescription)" }
    }

    private func plain(_ yaml: String) -> [Pair]? { FrontMatter.plainPairs(yaml)?.map(Pair.init) }

    @Test(arguments: [
        "\ntitle: Notes on a briefing\nvideoId: abc_DEF-123\nurl: https://example.org/briefing\n",
        "\ntitle: \"U.S. Strikes Ukraine on Ceasefire\"\nvideoId: vid85X\n",
        "\r\ntitle: 'Iran: the talks'\r\ndate: 2023-12-13\r\n",
        "\ndate: 2023-12-13T08:00:00Z\npublished_at: 13 December 2023\n",
        "\ntitle: Iran's envoy, [again] {sic} \"quoted\" a#b c:d\nempty:\nblank:    \n\n   \nsource_url: http://x.test/a?b=c&d=e#f\n",
        "\ntitle: Москва и Киев — переговоры\nlink: ~\ncanonical: null\n",
        "",
        "\n",
    ])
    func plainLinesAreReadAsYamsReadsThem(yaml: String) throws {
        let read = try #require(plain(yaml), "plain key-value lines should not need Yams: \(yaml.debugDescription)")
        #expect(read == yamsPairs(yaml))
    }

    @Test(arguments: [
        "\ntitle: a # comment\n",           // a comment
        "\ntitle: a: b\n",                  // a nested mapping, which Yams refuses
        "\ntitle:\n  nested: x\n",          // an indented block
        "\ntags:\n- a\n- b\n",              // a list
        "\ntitle: [a, b]\n",                // a flow sequence
        "\ntitle: \"a \\\" b\"\n",          // an escape in double quotes
        "\ntitle: 'it''s'\n",               // an escaped single quote
        "\ntitle: &anchor x\n",             // an anchor
        "\ntitle: |\n  block\n",            // a block scalar
        "\ntitle: a\ntitle: b\n",           // a repeated key
        "\ntitle:\tx\n",                    // a tab
        "\n# only a comment\n",
        "\nkey : value\n",                  // a space before the colon
        "\ntitle: a\u{2028}b\n",            // a line separator, which YAML 1.1 reads as a line break
        "\ntitle: a\rb\n",                  // a lone carriage return
        "\ntitle: a\u{85}b\n",              // NEL
        "\n%YAML 1.1\n",
        "\n? complex\n: key\n",
        "\ntitle:x\n",                      // no space after the colon: one scalar, not a pair
    ])
    func anythingElseIsLeftToYams(yaml: String) {
        #expect(plain(yaml) == nil, "\(yaml.debugDescription) should go to Yams")
    }

    /// Thousands of lines made from pieces that mean something to YAML: whatever the plain reader
    /// takes, Yams reads to the same pairs.
    @Test func generatedLinesAgreeWithYams() {
        // Each piece that YAML reads plainly comes several times, so that many texts are all plain.
        let keys = ["title", "Title", "date", "url", "video_id", "a-b", "1", "title", "date", "url", "-x", "t x", "#", ""]
        let separators = [": ", ": ", ": ", ":  ", ":", " : ", ":\t", "::"]
        let values = ["", "plain", "two words", "plain", "2023-12-13", "https://x.test/a:b", "Iran's \"deal\"", "'quoted: #'", "\"dq # :\"", "a: b", "a:b", "a #b", "a#b", "#c", "'q'", "'it''s'", "\"d\"", "\"e\\\"f\"",
                      "\"unclosed", "x\"y\"", "- item", "-5", "?x", "[1, 2]", "{a: b}", "*alias", "&a x", "!tag x", "|", ">",
                      "%p", "@at", "`tick`", "~", "yes", "ends:", "a, b", "é ü", "a\u{2029}b", "a\u{FEFF}b", "tail  ", "\u{7F}"]
        var random = SplitMix64(seed: 0xC0FFEE)
        var taken = 0
        for _ in 0..<10_000 {
            var yaml = "\n"
            for _ in 0..<(1 + pick(&random, 2)) {
                yaml += keys[pick(&random, keys.count)] + separators[pick(&random, separators.count)]
                    + values[pick(&random, values.count)] + (pick(&random, 4) == 0 ? "\r\n" : "\n")
            }
            guard let read = plain(yaml) else { continue }
            taken += 1
            let yams = yamsPairs(yaml)
            #expect(read == yams, "\(yaml.debugDescription): plain \(read), Yams \(String(describing: yams))")
        }
        // The plain reader takes a fair share, or the comparison says little.
        #expect(taken > 500, "only \(taken) texts taken")
    }

    @Test func aMarkdownFileWithPlainFrontMatterGetsItsFields() throws {
        let bytes = Array("---\nTitle: \"Talks in Doha\"\ndate: 2024-01-12\nyoutube: abc123\nurl: https://x.test/a\n---\nBody.".utf8)
        guard case .parsed(let front, let bodyStart) = FrontMatter.parse(bytes, from: 0, file: "a.md") else {
            Issue.record("front matter not parsed")
            return
        }
        #expect(front == FrontMatter(title: "Talks in Doha", date: "2024-01-12", url: "https://x.test/a", videoID: "abc123"))
        #expect(String(decoding: bytes[bodyStart...], as: UTF8.self) == "Body.")
    }
}

/// A number below `bound` from `random`.
private func pick(_ random: inout SplitMix64, _ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
