@testable import ChronicleExtraction
import Testing

/// The depth check that keeps hostile YAML away from Yams' recursive composer.
struct YAMLNestingTests {
    @Test func ordinaryFilesPass() {
        let lexicon = """
        actors:
          - id: RUS
            name: Russia
            aliases: [Russian Federation, "the Russian Federation", '[not] nested']
        people:
          - {name: Dmitry Peskov, roles: [{actor: RUS, role: "Kremlin spokesperson [2012-]"}]}
        notes: |
          [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
          - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
        """
        #expect(YAMLNesting.tooDeep(lexicon) == nil)
        #expect(YAMLNesting.tooDeep("title: \"" + String(repeating: "[", count: 500) + "\"") == nil, "brackets in a quoted string are text")
        #expect(YAMLNesting.tooDeep("") == nil)
        #expect(YAMLNesting.tooDeep(String(repeating: "[", count: 10) + String(repeating: "]", count: 10)) == nil)
    }

    @Test func deepFlowAndBlockNestingIsFoundWithItsPlace() throws {
        let flow = try #require(YAMLNesting.tooDeep("actors:\n  - " + String(repeating: "[", count: 100_000)))
        // Level 1 is the top mapping, 2 the `actors` list: the 65th level is the 63rd bracket, at column 5 + 62.
        #expect(flow.line == 2 && flow.column == 67)
        let block = try #require(YAMLNesting.tooDeep("list:\n" + String(repeating: "- ", count: 10_000) + "x\n"))
        #expect(block.line == 2)
        let mappings = try #require(YAMLNesting.tooDeep(String(repeating: "{a: ", count: 70)))
        #expect(mappings.line == 1)
        #expect(YAMLNesting.tooDeep(String(repeating: "[", count: 64)) == nil, "64 levels are allowed")
        #expect(YAMLNesting.tooDeep(String(repeating: "[", count: 65)) != nil)
    }

    /// The fallback used where libyaml's module cannot be imported never lets more through.
    @Test(arguments: [
        "actors:\n  - " + String(repeating: "[", count: 1000),
        "list:\n" + String(repeating: "- ", count: 1000) + "x\n",
        String(repeating: "{a: ", count: 200),
        "[\"]\", " + String(repeating: "[\"]\", ", count: 200),
    ])
    func theFallbackIsNoLaxer(yaml: String) {
        #expect(YAMLNesting.roughlyTooDeep(Array(yaml.utf8), limit: YAMLNesting.limit) != nil)
    }

    @Test func frontMatterTooDeepIsAWarningAndTheTextIsRead() {
        let text = "---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\nRussia spoke.\n"
        let output = DocumentReader().read(bytes: Array(text.utf8), path: "deep.md", id: "deep")
        #expect(output.diagnostics.contains { $0.severity == .warning && $0.line == 2 && $0.message.contains("nests more than 64 levels deep") })
        #expect(output.document != nil)
    }

    @Test func lexiconTooDeepIsAnErrorWithItsPlace() {
        #expect(throws: LexiconError.self) { try LexiconParser.parse("actors: " + String(repeating: "[", count: 100_000), path: "deep.yaml") }
        do {
            _ = try LexiconParser.parse("actors: " + String(repeating: "[", count: 100_000), path: "deep.yaml")
        } catch {
            #expect(error.description.hasPrefix("deep.yaml:1:"))
            #expect(error.description.contains("nested more than 64 levels deep"))
        }
    }
}
