import ChronicleModel
import Testing
@testable import ChronicleExtraction

/// Lexicon files merge in order: a later file that gives a name to another actor takes it from the
/// actor an earlier file gave it to, and says so in a note.
struct LexiconMergeTests {
    static let base = """
    actors:
      - {id: RUS, name: Russia, kind: state, aliases: [Russian Federation], demonyms: [Russian], metonyms: [Moscow, Kremlin]}
      - {id: UKR, name: Ukraine, kind: state, demonyms: [Ukrainian], metonyms: [Kyiv]}
    """

    private func merged(_ user: String) throws -> Lexicon {
        try Lexicon(files: [LexiconParser.parse(Self.base, path: "base.yaml"), LexiconParser.parse(user, path: "user.yaml")])
    }

    @Test func aLaterFileTakesANameAndSaysSo() throws {
        let lexicon = try merged("""
        actors:
          - {id: MOSCOW_CITY, name: City of Moscow, kind: other, aliases: [Moscow]}
        """)
        #expect(lexicon.actors["RUS"]?.metonyms == ["Kremlin"])
        #expect(lexicon.actors["MOSCOW_CITY"]?.aliases == ["Moscow"])
        #expect(lexicon.actors["UKR"]?.metonyms == ["Kyiv"], "an actor that loses nothing keeps its names")
        #expect(lexicon.notes.map(\.message) == ["Moscow now name MOSCOW_CITY, no longer RUS"])
        #expect(lexicon.notes.first?.file == "user.yaml")
    }

    @Test func anActorUpdatedInTheSameFileLosesTheNameToo() throws {
        // RUS is updated by the user file, and another actor of that file claims one of its old names.
        let lexicon = try merged("""
        actors:
          - {id: RUS, name: Russia, kind: state, aliases: [RF]}
          - {id: RUS_GOV, name: Russian government, kind: other, metonyms: [Kremlin]}
        """)
        #expect(lexicon.actors["RUS"]?.metonyms == ["Moscow"])
        #expect(lexicon.actors["RUS"]?.aliases == ["Russian Federation", "RF"])
        #expect(lexicon.actors["RUS_GOV"]?.metonyms == ["Kremlin"])
        #expect(lexicon.notes.map(\.message) == ["Kremlin now name RUS_GOV, no longer RUS"])
    }

    @Test func aFileWithoutActorsTakesNothing() throws {
        let lexicon = try merged("""
        people:
          - {name: Dmitry Peskov, roles: [{actor: RUS, role: Kremlin spokesperson}]}
        """)
        #expect(lexicon.actors["RUS"]?.metonyms == ["Moscow", "Kremlin"])
        #expect(lexicon.notes.isEmpty)
        #expect(lexicon.people.map(\.name) == ["Dmitry Peskov"])
    }
}
