import ChronicleModel
import Testing
@testable import ChronicleExtraction

/// A small lexicon written for these tests, so they do not depend on the bundled data.
enum TestLexicon {
    static let yaml = """
    actors:
      - {id: RUS, name: Russia, kind: state, aliases: [Russian Federation], demonyms: [Russian, Russians], metonyms: [Moscow, Kremlin, the Kremlin]}
      - {id: USA, name: United States, kind: state, aliases: [the United States, U.S., US, America], demonyms: [American, Americans], metonyms: [Washington, the White House, White House]}
      - {id: ISR, name: Israel, kind: state, demonyms: [Israeli, Israelis], metonyms: [IDF, Tel Aviv], ambiguous: true}
      - {id: IRN, name: Iran, kind: state, demonyms: [Iranian, Iranians], metonyms: [Tehran]}
      - {id: UKR, name: Ukraine, kind: state, demonyms: [Ukrainian, Ukrainians], metonyms: [Kyiv, Kiev]}
      - {id: TUR, name: Turkey, kind: state, aliases: ["Türkiye"], demonyms: [Turkish]}
      - {id: JOR, name: Jordan, kind: state, demonyms: [Jordanian], metonyms: [Amman], ambiguous: true}
      - {id: PSE, name: Palestinians, kind: population, aliases: [Palestine, the Palestinians], demonyms: [Palestinian]}
      - {id: HAMAS, name: Hamas, kind: armed_group, aliases: [Qassam Brigades]}
      - {id: PIJ, name: Palestinian Islamic Jihad, kind: armed_group, aliases: [Islamic Jihad]}
      - {id: HOUTHIS, name: Houthis, kind: armed_group, aliases: [the Houthis], demonyms: [Houthi]}
      - {id: CIV, name: "Côte d'Ivoire", kind: state, aliases: [Ivory Coast]}
      - {id: PRK, name: North Korea, kind: state, demonyms: [North Korean]}
      - {id: KOR, name: South Korea, kind: state, demonyms: [South Korean]}
    people:
      - {name: Dmitry Peskov, aliases: [Peskov], roles: [{actor: RUS, role: Kremlin spokesperson, from: "2012-05-22"}]}
      - {name: Dmitry Medvedev, aliases: [Medvedev], roles: [{actor: RUS, role: President of Russia, from: "2008-05-07", until: "2012-05-07"}]}
      - {name: Benjamin Netanyahu, aliases: [Netanyahu], roles: [{actor: ISR, role: Prime Minister, from: "2022-12-29"}]}
      - {name: Israel Katz, roles: [{actor: ISR, role: Foreign Minister}]}
      - {name: Sergei Lavrov, aliases: [Lavrov], roles: [{actor: RUS, role: Foreign Minister}]}
      - {name: Kim Jong Un, roles: [{actor: PRK, role: Supreme Leader}]}
      - {name: Anton Pavlenko, roles: [{actor: UKR, role: President of Ukraine, from: "2009-01-01", until: "2012-01-01"}]}
    not_actors: [Washington Post, The Washington Post]
    """

    static let lexicon: Lexicon = try! Lexicon(files: [LexiconParser.parse(yaml, path: "test.yaml")])
    static let extractor = Extractor(lexicon: lexicon, cues: try! CueLexicon.bundled())

    /// (surface text, actor, form) for each mention in `text`.
    static func mentions(_ text: String, date: String? = nil) -> [String] {
        let reader = DocumentReader(defaultDate: date.flatMap { CalendarDay(iso: $0) })
        let document = reader.read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let analyzed = extractor.analyze(document)
        return analyzed.mentions.map { "\(document.string($0.range))=\($0.actor)/\($0.form.rawValue)" }
    }
}

struct ActorRecognitionTests {
    @Test(arguments: [
        ("Kremlin spokesperson Dmitry Peskov said Moscow would respond.",
         ["Kremlin spokesperson Dmitry Peskov=RUS/person", "Moscow=RUS/metonym"]),
        ("Former Russian president Dmitry Medvedev alleged that Ukraine armed Hamas.",
         ["Russian president Dmitry Medvedev=RUS/person", "Ukraine=UKR/name", "Hamas=HAMAS/name"]),
        ("Russia\u{2019}s Foreign Minister Sergei Lavrov met Iran's envoy.",
         ["Russia\u{2019}s Foreign Minister Sergei Lavrov=RUS/person", "Iran=IRN/name"]),
        ("They told us about the US and the U.S. position.", ["US=USA/alias", "U.S.=USA/alias"]),
        ("Iran-backed Hamas attacked Israel, and a pro-Kremlin blogger cheered.",
         ["Iran=IRN/modifier", "Hamas=HAMAS/name", "Israel=ISR/name", "Kremlin=RUS/modifier"]),
        ("Russian-made drones hit Kyiv and Kiev.", ["Russian=RUS/modifier", "Kyiv=UKR/metonym", "Kiev=UKR/metonym"]),
        ("The Washington Post reported that Washington objected.", ["Washington=USA/metonym"]),
        ("Roast the turkey for two hours.", []),
        ("Turkey and Türkiye are one state.", ["Turkey=TUR/name", "Türkiye=TUR/alias"]),
        // a lexicon name's straight apostrophe also matches a curly one
        ("Côte d'Ivoire, or Côte d\u{2019}Ivoire, voted.", ["Côte d'Ivoire=CIV/name", "Côte d\u{2019}Ivoire=CIV/name"]),
        ("Jordan Peterson spoke, and Jordan closed its airspace.", ["Jordan=JOR/name", "its=JOR/coreference"]),
        // a capitalised function word opening the sentence is no one's first name
        ("Both Israel and Iran voted. Neither Jordan nor Turkey did.", ["Israel=ISR/name", "Iran=IRN/name", "Jordan=JOR/name", "Turkey=TUR/name"]),
        // a demonym of a name that is also a given name is no one's name
        ("Five Israelis and Two Jordanian soldiers were hurt.", ["Israelis=ISR/demonym", "Jordanian=JOR/demonym"]),
        ("Israel Katz said Israel would respond.", ["Israel Katz=ISR/person", "Israel=ISR/name"]),
        ("Palestinian Islamic Jihad backed the Palestinian cause.", ["Palestinian Islamic Jihad=PIJ/name", "Palestinian=PSE/demonym"]),
        ("Hamas said the militant group would not disarm.", ["Hamas=HAMAS/name", "the militant group=HAMAS/coreference"]),
        ("Hamas said the Palestinian movement would talk.", ["Hamas=HAMAS/name", "the Palestinian movement=HAMAS/coreference"]),
        ("The Kremlin and the White House spoke.", ["The Kremlin=RUS/metonym", "the White House=USA/metonym"]),
        ("Iran rejected the claim. The country said it was false.", ["Iran=IRN/name", "The country=IRN/coreference"]),
        // "it" as the one who acts stands for the sentence's subject, not the nearer actor; not before "seemed"
        ("The United States said Israel's actions were unwarranted as it called on Iran.",
         ["The United States=USA/alias", "Israel=ISR/name", "it=USA/coreference", "Iran=IRN/name"]),
        ("Iran rejected the claim, and it seemed calm.", ["Iran=IRN/name"]),
        ("IDF troops entered, said an idf fan.", ["IDF=ISR/metonym"]),
        ("The Houthis said five of their fighters died.", ["The Houthis=HOUTHIS/alias", "their=HOUTHIS/coreference"]),
        ("Hamas' leaders met.", ["Hamas=HAMAS/name"]),
        ("No actor here at all.", []),
        // an abbreviation the text defines beside a name names its actor in later sentences, not before
        ("The RSF took the port. The Russian Special Forces (RSF) said so. Later the RSF withdrew.",
         ["Russian=RUS/demonym", "RSF=RUS/alias"]),
        // only when its letters are the words' initials, and not for a lexicon name in brackets
        ("Russian Armed Forces (RSF) and the Houthi Movement (AHM) spoke. The RSF and AHM left.",
         ["Russian=RUS/demonym", "Houthi=HOUTHIS/demonym"]),
        ("The Islamic Resistance Movement (Hamas) spoke. Hamas left.",
         ["Hamas=HAMAS/name", "Hamas=HAMAS/name"]),
        // two actors among the words: no one to learn it for
        ("The Russian Ukrainian Council (RUC) met. The RUC ended.", ["Russian=RUS/demonym", "Ukrainian=UKR/demonym"]),
        // a person introduced by a title after an actor's name is one mention, and the surname alone names them later
        ("Iranian President Mahmoud Ahmadinejad spoke. Later, Mr. Ahmadinejad left.",
         ["Iranian President Mahmoud Ahmadinejad=IRN/person", "Ahmadinejad=IRN/person"]),
        ("Turkey's Foreign Minister Ahmet Davutoglu flew home. Davutoglu's aides stayed.",
         ["Turkey's Foreign Minister Ahmet Davutoglu=TUR/person", "Davutoglu=TUR/person"]),
        // a title is needed, the words of a title are no name, and a name must end where its words do
        ("Russian diplomat Ivan Petrov left. Iranian Embassy spokesman Ali Rezaei spoke. Petrov and Rezaei met.",
         ["Russian diplomat Ivan Petrov=RUS/person", "Iranian Embassy spokesman Ali Rezaei=IRN/person",
          "Petrov=RUS/person", "Rezaei=IRN/person"]),
        ("Russian businessman Ivan Petrov left. Petrov stayed.", ["Russian=RUS/demonym"]),
        ("Iranian President Hassan al-Rouhani spoke. Hassan left.", ["Iranian=IRN/demonym"]),
        // a lexicon person named in full is named by surname after; a common given name is learnt as no one's surname
        ("Israel Katz spoke. Later Katz left.", ["Israel Katz=ISR/person", "Katz=ISR/person"]),
        ("Iranian President Ali Hassan spoke. Hassan left.", ["Iranian=IRN/demonym"]),
        // Korean and Chinese names put the family name first, and it is learnt too
        ("Kim Jong Un spoke. Later Kim left.", ["Kim Jong Un=PRK/person", "Kim=PRK/person"]),
        ("South Korean President Moon Jae-in spoke. Moon left.",
         ["South Korean President Moon Jae-in=KOR/person", "Moon=KOR/person"]),
        // one surname for two actors' people names neither
        ("Russian envoy Ivan Smirnov and Ukrainian envoy Oleg Smirnov met. Smirnov left.",
         ["Russian envoy Ivan Smirnov=RUS/person", "Ukrainian=UKR/demonym"]),
    ])
    func recognisesMentions(text: String, expected: [String]) {
        #expect(TestLexicon.mentions(text) == expected)
    }

    /// A post and a surname alone name the one person of the lexicon with that surname who holds
    /// such a post on the document's day; the surname then names them alone too.
    @Test(arguments: [
        ("Foreign Minister Katz spoke. Later Katz left.", "2024-01-01", ["Foreign Minister Katz=ISR/person", "Katz=ISR/person"]),
        // the post must be the person's (Katz is no president), and there must be a day to hold it on
        ("President Katz spoke.", "2024-01-01", []),
        ("Foreign Minister Katz spoke.", nil, []),
        // a role no longer held on the day names no one
        ("President Pavlenko spoke.", "2015-01-01", []),
        ("President Pavlenko spoke.", "2010-01-01", ["President Pavlenko=UKR/person"]),
    ] as [(String, String?, [String])])
    func postAndSurnameNameTheHolder(text: String, date: String?, expected: [String]) {
        #expect(TestLexicon.mentions(text, date: date) == expected)
    }

    @Test func coreferenceLooksBackOnlyOneSentence() {
        let text = "Iran rejected the claim. Talks went on. The country said nothing."
        #expect(TestLexicon.mentions(text) == ["Iran=IRN/name"])
    }

    /// Coreference turns a word away by its length and first letter before looking it up among
    /// the openers: every opener, in any case, passes that test, and words of other lengths or
    /// letters do not.
    @Test func everyOpenerPassesTheQuickTest() {
        for (word, _) in Coreference.openerWords {
            for spelling in [word, word.capitalized, word.uppercased()] {
                let bytes = Array(spelling.utf8)
                #expect(Coreference.mayOpen(0..<bytes.count, in: bytes), "\(spelling)")
            }
        }
        for word in ["a", "said", "Iran", "when", "iranian", "own", "here", "this", "They"] {
            let bytes = Array(word.utf8)
            #expect(!Coreference.mayOpen(0..<bytes.count, in: bytes), "\(word)")
        }
    }

    @Test func personsCountForTheActorOfTheirRoleAtTheDocumentDate() {
        #expect(TestLexicon.mentions("Medvedev spoke.", date: "2010-01-01") == ["Medvedev=RUS/person"])
        #expect(TestLexicon.mentions("Netanyahu spoke.", date: "2023-11-01") == ["Netanyahu=ISR/person"])
        #expect(TestLexicon.mentions("Medvedev spoke.", date: "2020-01-01") == ["Medvedev=RUS/person"], "a former office-holder still counts")
        #expect(TestLexicon.mentions("Netanyahu spoke.", date: "2020-01-01") == [], "before the only known role began: no actor")
        #expect(TestLexicon.mentions("Netanyahu spoke.") == ["Netanyahu=ISR/person"], "undated: the newest role")
    }

    /// Older wire copy writes a middle initial: "Eduard A. Shevardnadze", "Alberto K. Fujimori".
    @Test func aMiddleInitialInsideAPersonsNameIsReadPast() {
        #expect(TestLexicon.mentions("Sergei V. Lavrov spoke.") == ["Sergei V. Lavrov=RUS/person"])
        #expect(TestLexicon.mentions("Israel A. Katz spoke.") == ["Israel A. Katz=ISR/person"])
        #expect(TestLexicon.mentions("Dmitry A. Peskov and Dmitry Medvedev met.", date: "2015-01-01")
                == ["Dmitry A. Peskov=RUS/person", "Dmitry Medvedev=RUS/person"])
    }

    @Test func tallyCountsMentionsAndKeepsNamesAndPeople() throws {
        let text = " date 2023-11-11 Moscow and the Kremlin agreed. Peskov said Russia would help.\n\nFAQ\n\nQ: What did Russia say?\n\nRussia agreed."
        let document = DocumentReader().read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let timeline = TestLexicon.extractor.timeline(from: [TestLexicon.extractor.analyze(document)])
        let russia = try #require(timeline.actors.first { $0.id == .russia })
        #expect(russia.mentions == 4, "FAQ restatements are not counted")
        #expect(russia.aliases == ["Moscow", "Russia", "the Kremlin"])
        #expect(russia.people == ["Dmitry Peskov"])
        #expect(timeline.actors.map(\.id) == [.russia], "only actors mentioned appear")
    }
}

struct LexiconFileTests {
    static func load(_ yaml: String, path: String = "user.yaml") throws(LexiconError) -> Lexicon {
        try Lexicon(files: [LexiconParser.parse(TestLexicon.yaml, path: "base.yaml"), LexiconParser.parse(yaml, path: path)])
    }

    @Test func userFilesAddOverrideAndDisable() throws {
        let lexicon = try Self.load("""
        actors:
          - {id: RUS, name: Russian Federation state, kind: state, aliases: [Rossiya]}
          - {id: WAGNER, name: Wagner Group, kind: armed_group}
        disable: [HAMAS]
        disable_aliases: [Kiev]
        """)
        #expect(lexicon.actors[.russia]?.name == "Russian Federation state")
        #expect(lexicon.actors[.russia]?.aliases.contains("Rossiya") == true)
        #expect(lexicon.actors[.russia]?.metonyms.contains("Moscow") == true, "defaults are kept")
        #expect(lexicon.actors[.hamas] == nil)
        #expect(lexicon.actors["WAGNER"]?.kind == .armedGroup)
        #expect(lexicon.actors[.ukraine]?.metonyms == ["Kyiv"])
    }

    @Test func aUserNameTakesOverADefaultOneWithANote() throws {
        let lexicon = try Self.load("actors:\n  - {id: KREMLIN_WATCH, name: Kremlin Watch, kind: media, aliases: [Kremlin]}\n")
        #expect(lexicon.actors["KREMLIN_WATCH"]?.aliases == ["Kremlin"])
        #expect(lexicon.actors[.russia]?.metonyms.contains("Kremlin") == false)
        #expect(lexicon.notes.contains { $0.message.contains("Kremlin") && $0.file == "user.yaml" })
    }

    @Test(arguments: [
        ("actors:\n  - {id: ABC, name: A, kind: state}\n  - {id: ABC, name: B, kind: state}\n", "user.yaml:3:5", "defined twice"),
        ("actors:\n  - {id: ABC, name: A, kind: state, aliases: [Same]}\n  - {id: DEF, name: D, kind: state, aliases: [Same]}\n", "user.yaml", "`Same` is claimed by both"),
        ("actors:\n  - {id: ABC, name: A, kind: nation}\n", "user.yaml:2:", "unknown kind `nation`"),
        ("actors:\n  - {id: abc, name: A, kind: state}\n", "user.yaml:2:", "must be upper-case"),
        ("actors: [\n  - broken\n", "user.yaml:", "not valid YAML"),
        ("people:\n  - {name: Some One, roles: [{actor: NOWHERE, role: x}]}\n", "user.yaml", "names actor NOWHERE"),
        ("people:\n  - {name: Some One}\n", "user.yaml:2:", "has no `roles`"),
        ("actors:\n  - {id: ABC, name: A, kind: state, colour: red}\n", "user.yaml:2:", "unknown field `colour`"),
        ("disable: [NOPE]\n", "user.yaml", "NOPE"),
        ("people:\n  - {name: X, roles: [{actor: RUS, from: 2023-13-01}]}\n", "user.yaml:2:", "not a date"),
    ])
    func problemsNameTheFileLineAndWhatIsWrong(yaml: String, place: String, message: String) {
        do {
            _ = try Self.load(yaml)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.hasPrefix(place), "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }
}
