import ChronicleModel
import ChronicleTestSupport
import Foundation
import Testing
@testable import ChronicleExtraction

struct BundledLexiconTests {
    static let lexicon = try! Lexicon.bundled()

    /// `Lexicon.bundled()` skips the check every user lexicon gets, so it is made here: no name is
    /// claimed twice and every role's actor exists, and the checked lexicon is the one the runs use.
    @Test func passesTheChecksItSkipsAtStartUp() throws {
        let checked = try Lexicon(files: Lexicon.bundledFiles())
        #expect(checked.actors == Self.lexicon.actors)
        #expect(checked.people == Self.lexicon.people)
        #expect(checked.notActors == Self.lexicon.notActors)
        #expect(checked.notes.isEmpty, "bundled files must not take names from each other: \(checked.notes)")
        // And a run with no user lexicon loads that same lexicon.
        let loaded = try Lexicon.load(userFiles: [])
        #expect(loaded.actors == checked.actors && loaded.people == checked.people)
    }

    @Test func isValidAndHasTheCoreActors() throws {
        let core: [(ActorID, ActorKind)] = [(.russia, .state), (.iran, .state), (.israel, .state), (.unitedStates, .state),
                                             (.ukraine, .state), (.hamas, .armedGroup), ("PSE", .population)]
        for (id, kind) in core {
            #expect(Self.lexicon.actors[id]?.kind == kind, "\(id)")
        }
    }

    @Test func coversEveryUNMemberAndObserver() {
        let states = Self.lexicon.actors.values.filter { $0.kind == .state }
        #expect(states.count >= 195, "193 members, the Holy See, Taiwan")
        for id in ["VAT", "CHN", "QAT", "EGY", "TUR", "PRK", "ARM", "SAU", "ARE", "JOR", "LBN", "SYR", "YEM", "IRQ", "GBR", "FRA", "DEU"] {
            #expect(Self.lexicon.actors[ActorID(id)] != nil, "\(id)")
        }
        for id in ["UN", "EU", "NATO", "PIJ", "HEZBOLLAH", "HOUTHIS", "FATAH", "PA", "PLO", "WAGNER", "TALIBAN", "ISIS", "AL_QAEDA"] {
            #expect(Self.lexicon.actors[ActorID(id)] != nil, "\(id)")
        }
    }

    @Test(arguments: [
        ("Dmitry Peskov", "RUS"), ("Dmitry Medvedev", "RUS"), ("Vladimir Putin", "RUS"), ("Maria Zakharova", "RUS"),
        ("Benjamin Netanyahu", "ISR"), ("Ebrahim Raisi", "IRN"), ("Joe Biden", "USA"), ("Volodymyr Zelensky", "UKR"),
        ("Mousa Abu Marzouk", "HAMAS"), ("Ismail Haniyeh", "HAMAS"), ("Wang Yi", "CHN"), ("Hakan Fidan", "TUR"),
    ])
    func knowsTheOfficeHolders(name: String, actor: String) throws {
        let person = try #require(Self.lexicon.people.first { $0.name == name })
        #expect(person.role(on: CalendarDay(iso: "2023-11-01"))?.actor == ActorID(actor))
    }

    @Test func roleDatesAreKept() throws {
        let raisi = try #require(Self.lexicon.people.first { $0.name == "Ebrahim Raisi" })
        #expect(raisi.roles.last?.until == CalendarDay(iso: "2024-05-19"))
        let netanyahu = try #require(Self.lexicon.people.first { $0.name == "Benjamin Netanyahu" })
        #expect(netanyahu.roles.contains { $0.from == CalendarDay(iso: "2022-12-29") })
    }

    /// The compiled-in copy must be what `lexicon/*.yaml` says, read by Chronicle's own YAML parser,
    /// places included: run scripts/embed-lexicon after editing them.
    @Test func compiledCopyMatchesTheYAMLFiles() throws {
        let compiled = CompiledLexicon.files(BundledLexicon.compiled)
        var names = [BundledLexicon.cueFileName]
        for file in compiled {
            let onDisk = try String(contentsOfFile: Repository.path(file.path), encoding: .utf8)
            let parsed = try LexiconParser.parse(onDisk, path: file.path)
            #expect(parsed == file, "\(file.path) changed: run scripts/embed-lexicon")
            #expect(!file.actors.isEmpty || !file.people.isEmpty, "\(file.path) compiled to nothing")
            names.append(String(file.path.dropFirst("lexicon/".count)))
        }
        var cues = CueLexicon()
        let cuePath = "lexicon/" + BundledLexicon.cueFileName
        try cues.add(String(contentsOfFile: Repository.path(cuePath), encoding: .utf8), path: cuePath)
        let compiledCues = try CueLexicon.bundled()
        #expect(compiledCues == cues, "\(cuePath) changed: run scripts/embed-lexicon")
        #expect(compiledCues.cues.count > 300 && !compiledCues.negations.isEmpty && !compiledCues.worsened.isEmpty)
        #expect([compiledCues.easing, compiledCues.ending, compiledCues.possibility, compiledCues.planned, compiledCues.figurative,
                  compiledCues.onsets, compiledCues.deferred].allSatisfy { !$0.isEmpty })
        #expect(names.sorted() == (try FileManager.default.contentsOfDirectory(atPath: Repository.path("lexicon")).filter { $0.hasSuffix(".yaml") }.sorted()))
    }

    /// Phrases of lower-case letters and spaces are split at the spaces without the tokenizer: the
    /// split agrees with it on every phrase of the bundled cues and on odd spacing.
    @Test func plainPhrasesSplitAsTheTokenizerSplitsThem() {
        var phrases = BundledLexicon.compiledCues.split(separator: "\n")
            .flatMap { $0.split(separator: "\t").dropFirst(2) }
            .flatMap { $0.split(separator: "\u{1F}") }
            .flatMap { $0.split(separator: "*") }
            .map(String.init)
        phrases += ["call  for", " call for ", "a", "x", "", "talks with "]
        #expect(phrases.count > 1_000)
        for phrase in phrases { #expect(CueLexicon.words(phrase) == CueLexicon.tokenizedWords(phrase), "\(phrase)") }
    }

    /// Recognition cost does not grow with the lexicon: the trie is walked once per token.
    @Test func recognitionOfTrickyMentionsWithTheRealLexicon() {
        let extractor = Extractor(lexicon: Self.lexicon, cues: try! CueLexicon.bundled())
        func ids(_ text: String) -> [String] {
            let document = DocumentReader(defaultDate: CalendarDay(iso: "2023-11-06")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
            return extractor.analyze(document).mentions.map(\.actor.rawValue)
        }
        #expect(ids("Kiev and Kyiv, the Kremlin and the White House, IDF and the Pentagon.") == ["UKR", "UKR", "RUS", "USA", "ISR", "USA"])
        #expect(ids("The Washington Post said Washington was right.") == ["USA"])
        #expect(ids("Latin America and South American leaders met.") == [])
        #expect(ids("Raisi and Amirabdollahian spoke with Haniyeh.") == ["IRN", "IRN", "HAMAS"])
        #expect(ids("Palestinian Islamic Jihad and the Palestinian cause.") == ["PIJ", "PSE"])
        #expect(ids("we told us to go") == [])
        // actors of contested states, autonomous regions and armed groups, with their leaders
        #expect(ids("Kosovar police in Pristina, Haftar's LNA, Erbil and the KRG, Dodik and AFC/M23.")
                == ["XKX", "XKX", "LNA", "LNA", "KRG", "KRG", "SRPSKA", "M23"])
        // a former state's names are the state that continues it, but not the region it left behind;
        // two states' names joined by "and" are two states
        #expect(ids("The Soviet Union and West Germany talked; so did the former Soviet republics and the former Yugoslavia.") == ["RUS", "DEU"])
        #expect(ids("Relations between Serbia and Montenegro soured over the former Yugoslav Republic of Macedonia.") == ["SRB", "MNE", "MKD"])
        // a name that takes its article from a longer name right after it leaves the words to that one;
        // West Africa is no Western power
        #expect(ids("The West German government and the West African bloc condemned the West.") == ["DEU", "WEST"])
        #expect(ids("The United Nations Security Council met.") == ["UNSC"])
        #expect(ids("Namibia, also known as South-West Africa, and Macedonia.") == ["NAM", "NAM", "MKD"])
        // long official names, one longer than another state's ("the Islamic Republic" is Iran)
        #expect(ids("The Republic of Türkiye, the Hellenic Republic, the Islamic Republic of Pakistan and the Islamic Republic.")
                == ["TUR", "GRC", "PAK", "IRN"])
        // an Arabic article written apart from the name it joins
        #expect(ids("Omar al Bashir met Bashar al Assad and Abdel Fattah el-Sisi.") == ["SDN", "SYR", "EGY"])
        // a state's own armed forces whose name ends in an armed group's
        #expect(ids("The Uganda People's Defence Forces, the Tatmadaw and the People's Defence Force.") == ["UGA", "MMR", "PDF_MYANMAR"])
    }

    /// The recognizer turns a word away before looking it up when no name starts with a token of
    /// its first byte and length: every name's first token, in each spelling the trie holds, passes,
    /// and words of prose that start no name are turned away.
    @Test func everyNameStartPassesTheFirstTokenFilter() {
        let index = LexiconIndex(Self.lexicon)
        func passes(_ name: String) -> Bool {
            let bytes = Array(name.utf8)
            guard let first = Tokenizer.tokens(bytes, 0..<bytes.count).first else { return true }
            return bytes.withUnsafeBufferPointer { index.mayStartName(UnsafeBufferPointer(rebasing: $0[first.range])) }
        }
        var names = Self.lexicon.actors.values.flatMap { Self.lexicon.names(of: $0).map(\.0) }
        names += Self.lexicon.people.flatMap { [$0.name] + $0.aliases } + Self.lexicon.notActors
        // Names that start in lower case are also held capitalised, and ' as ’.
        names += names.map { $0.prefix(1).uppercased() + $0.dropFirst() } + names.map { $0.replacingOccurrences(of: "'", with: "’") }
        #expect(names.count > 1_000)
        for name in names { #expect(passes(name), "\(name)") }
        let prose = ["said", "would", "which", "yesterday", "officials", "reported", "because", "thousands"]
        #expect(prose.filter(passes).count <= 2, "the filter lets most words of prose through: \(prose.filter(passes))")
    }
}
