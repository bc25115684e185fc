/// The word lists `SentenceView` tests words against, built once rather than on every call.
enum SentenceWords {
    static let relativePronouns: ByteTable<Bool> = ["who", "which", "whom", "whose"]
    static let boundaries: ByteTable<Bool> = ["that", "which", "who", "whom", "because", "if", "whether", "although", "though", "when", "where"]
    static let nounContext: ByteTable<Bool> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "for", "of", "and", "with", "seeks", "sought", "seek", "wants", "needs",
        "receives", "received", "new", "more", "military", "further", "any", "no", "such", "this", "that", "these", "those",
        // verbs whose object is a plural noun of the cue lexicon: "continues to reject calls for", "ignored appeals"
        "reject", "rejects", "rejected", "rejecting", "ignore", "ignores", "ignored", "heed", "heeded", "echo", "echoed", "renew",
        "renewed", "repeated", "resisted", "dismissed", "welcomed",
        // "Maduro faces sanctions from the EU": what one faces is done to one
        "face", "faces", "faced", "facing",
    ]
    static let auxiliaries: ByteTable<Bool> = [
        "has", "have", "had", "also", "since", "then", "later", "would", "will", "did", "is", "was", "are", "were", "been", "be",
    ]
    /// Past participles that are no past tense, read as adjectives without an auxiliary: "frozen Russian assets".
    static let participlesOnly: ByteTable<Bool> = ["frozen", "stolen", "broken", "taken", "given", "shaken", "beaten"]
    static let participles: ByteTable<Bool> = ["met", "held", "sent", "given", "struck", "fought", "sought", "taken", "led", "made", "kept", "won", "cut", "hit", "shot", "told", "bought", "sold", "brought", "frozen", "broken", "paid", "seen", "sunk"]
    /// Irregular past forms, which no list of bare infinitives holds ("urged Hamas to accept the deal
    /// and spoke with Trump").
    static let irregularPasts: ByteTable<Bool> = [
        "met", "held", "sent", "gave", "struck", "fought", "sought", "took", "led", "made", "kept", "won", "shot", "told", "bought",
        "sold", "brought", "froze", "broke", "paid", "spoke", "withdrew", "sank", "went", "threw", "began", "drew", "flew", "rode",
    ]
    /// First words of an aside that are neither participles nor adverbs: relative pronouns, and the
    /// words that open a noun phrase in apposition ("Israel, a close ally of", "Qatar, long a patron of").
    static let asideOpeners: ByteTable<Bool> = [
        "which", "who", "whose", "whom", "a", "an", "the", "its", "their", "his", "her", "long", "once", "already", "still",
        "now", "itself", "himself", "herself", "themselves", "known", "home", "both", "each", "like", "unlike", "despite", "as",
        // "Fidan, alongside his Iranian counterpart, condemned", "Lavrov, at a news conference with ..., accused"
        "alongside", "at", "during", "with", "after", "before", "in", "on",
    ]
    /// Words that open an adverbial phrase whose participle takes the sentence's subject ("After meeting").
    static let participleOpeners: ByteTable<Bool> = ["after", "before", "while", "when", "since", "upon", "on", "following", "despite", "by", "without", "in"]
    /// Participles after a hyphen that make the actor before them a backer ("Iran-backed", "Saudi-led").
    static let backingParticiples: ByteTable<Bool> = [
        "backed", "supported", "funded", "armed", "sponsored", "aligned", "allied", "financed", "supplied", "installed", "led",
    ]
    /// Participles after a hyphen that make the actor before them the author of what follows, which
    /// it qualifies: "a UN-brokered grain deal", "the US-drafted resolution", "US-imposed sanctions".
    static let authoringParticiples: ByteTable<Bool> = ["brokered", "mediated", "drafted", "proposed", "negotiated", "imposed"]
    /// Those of them whose author a refusal is aimed at: "vetoed a US-drafted resolution".
    static let proposingParticiples: ByteTable<Bool> = ["drafted", "proposed", "imposed"]
    /// Prefixes that make an actor's name an attitude toward it ("pro-Kremlin", "anti-American").
    static let attitudePrefixes: ByteTable<Bool> = ["pro", "anti", "non"]
    /// Participles that make an actor's name a place of origin ("Iranian-made", "U.S.-based"), unlike
    /// those of acting ("Iran-backed"), which the cue lexicon reads.
    static let originParticiples: ByteTable<Bool> = ["made", "built", "based", "born", "owned", "registered", "flagged", "listed", "style", "educated", "designed", "manufactured"]
    static let formsOfBe: ByteTable<Bool> = ["is", "are", "was", "were", "be", "been", "being"]
    static let speechVerbs: ByteTable<Bool> = ["said", "says", "added", "stated", "told"]
    /// Verbs by which a sayer inside a relative clause attributes its verb: "which Seoul said sank",
    /// "who Washington claims attacked".
    static let relativeSayings: ByteTable<Bool> = [
        "said", "says", "say", "claims", "claimed", "claim", "alleges", "alleged", "allege", "believes", "believed", "believe",
        "suspects", "suspected", "suspect",
    ]
    /// Verbs whose "that" opens what is said or known, not a relative clause.
    static let reportingVerbs: ByteTable<Bool> = [
        "said", "says", "say", "told", "tell", "tells", "claim", "claims", "believe", "believes", "know", "knows", "knew",
        "think", "thinks", "thought", "insist", "insists", "warn", "warns", "argue", "argues", "show", "shows", "showed", "shown",
        "found", "find", "finds", "suggest", "suggests", "deny", "denies", "denied", "fear", "fears", "hope", "hopes", "so", "such", "now",
    ]
    static let proposalNouns: ByteTable<Bool> = [
        "proposal", "proposals", "plan", "plans", "initiative", "initiatives", "idea", "ideas", "bid", "call", "calls", "resolution",
        "position", "stance", "decision", "move", "effort", "efforts", "candidacy", "request", "offer", "draft", "roadmap",
        "framework", "vision", "approach", "policy", "policies", "agenda", "push",
    ]
    /// Particles that complete a verb ("carried out", "stepped up"), so that what follows is its object.
    static let particles: ByteTable<Bool> = ["out", "up", "off", "down", "back", "over", "away", "in", "on", "forward"]
    /// Duties laid on goods, which name the goods' maker after "from" ("tariffs on barley from Australia").
    static let dutyNouns: Set<String> = ["tariff", "tariffs", "duty", "duties", "levy", "levies"]
    /// Texts that a body adopts, issues or refuses: "a UN resolution condemning Russia".
    static let textNouns: ByteTable<Bool> = [
        "resolution", "resolutions", "statement", "statements", "motion", "motions", "text", "draft", "declaration",
        "declarations", "communique", "communiqué", "bill", "bills", "letter",
    ]
    /// Verbs of opposing a text, whose words are then no one's: "opposed a resolution condemning Israel"
    /// (refusing it, "vetoed", "rejected", is the cue lexicon's `refusing`).
    static let opposingVerbs: ByteTable<Bool> = [
        "opposed", "opposes", "oppose", "opposing", "criticised", "criticized", "criticises", "criticizes", "denounced",
        "denounces", "condemned", "condemns", "slammed", "slams", "against", "objected", "objects", "protested", "protests",
    ]
    /// A partner's forces stationed in a country, whom ordering out cuts a tie: "ordered French troops out".
    static let stationedForces: ByteTable<Bool> = ["troops", "forces", "soldiers", "units", "personnel", "contingent"]
    /// Flows of goods (`CueIndex.flowNouns`), and the relief that may flow in them ("food deliveries").
    static let flowNouns = ByteTable<Bool>(words: CueIndex.flowNouns)
    static let reliefGoods: ByteTable<Bool> = ["aid", "food", "relief", "humanitarian", "medical", "medicine", "vaccine", "water"]
    /// The bundled lexicon's humanitarian agencies, whose halted relief coerces no one (a bloc's does).
    static let reliefAgencies: Set<String> = ["WFP", "UNRWA", "UNICEF", "WHO", "UNHCR", "OCHA", "ICRC", "IFRC", "MSF"]
    /// Participles of what a thing is made for, whose infinitive names no act: "an office designed to foster ties".
    static let purposeParticiples: ByteTable<Bool> = ["designed", "meant", "intended", "created", "established", "built", "formed"]
    /// Nouns of deciding and deliberating, whose "on" names a topic: "the decisions on the expulsion of".
    static let deliberationNouns: ByteTable<Bool> = [
        "decision", "decisions", "debate", "debates", "vote", "votes", "discussion", "discussions", "consultations", "report",
        "reports", "referendum", "ruling", "rulings", "question", "questions", "views", "position", "stance", "guidance",
    ]
    /// Verbs by which a subject makes a decision its own: "announced a decision on sanctions".
    static let decidingVerbs: ByteTable<Bool> = [
        "announced", "announces", "announce", "made", "makes", "make", "took", "takes", "take", "reached", "reaches",
        "adopted", "adopts", "issued", "issues", "unveiled",
    ]
    /// Nouns of an affair a country's name may qualify: "the Zimbabwe crisis", "the Iran issue".
    static let affairNouns: ByteTable<Bool> = [
        "crisis", "issue", "issues", "situation", "conflict", "question", "dispute", "problem", "file", "matter", "case",
    ]
    /// Nouns of a preposition's phrase that is an adverb: "at times", "in turn", "in fact", "for now".
    static let adverbialNouns: ByteTable<Bool> = [
        "times", "time", "turn", "fact", "return", "response", "part", "particular", "contrast", "course", "once", "short",
        "now", "example", "instance", "least", "general", "addition", "effect", "total", "principle",
        "practice", "theory", "reality", "sum", "years", "months", "weeks", "days", "tandem", "parallel",
    ]
    static let conductNouns: ByteTable<Bool> = [
        "position", "stance", "policy", "policies", "action", "actions", "decision", "conduct", "behavior", "behaviour", "remarks",
        "statement", "comments", "role", "approach", "response", "treatment", "handling", "proposal", "plan", "move", "moves",
    ]
    /// Words of a phrase of manner before "terms": "in the strongest possible terms", "in no uncertain terms".
    static let mannerWords: ByteTable<Bool> = ["the", "strongest", "possible", "no", "uncertain", "harshest", "clearest", "firmest", "strong"]
    /// Parts and people of an actor: "the headquarters of", "members of", "the president of".
    static let partNouns: ByteTable<Bool> = [
        "headquarters", "positions", "position", "bases", "base", "territory", "forces", "troops", "soldiers", "fighters", "members",
        "leaders", "leader", "leadership", "officials", "embassy", "consulate", "capital", "army", "government", "ministry",
        "president", "units", "vessels", "ships", "infrastructure", "facilities", "representatives", "delegation", "envoy",
        "ambassador", "spokesman", "spokesperson", "minister", "citizens", "nationals", "commanders", "commander",
        // "arrested the captain of a Chinese fishing boat", "sanctions against the regime of Zimbabwe's President"
        "captain", "crew", "crews", "sailors", "regime", "junta", "administration",
        // "summoned a senior official of the Pakistan high commission", "expelled the staff of the Colombian embassy"
        // (not a firm's employees: "detained employees of the Japanese firm Astellas")
        "official", "diplomat", "diplomats", "envoys", "representative", "staff",
    ]
    /// The people of an actor or its mission, named before it and "from": "expelled employees from the
    /// Colombian embassy", "diplomats from Bulgaria".
    static let missionStaff: ByteTable<Bool> = [
        "official", "officials", "diplomat", "diplomats", "envoy", "envoys", "representative", "representatives", "staff",
        "personnel", "employees",
    ]
    /// Verbs whose object is something told, known or remembered, not done by their subject.
    static let tellingVerbs: ByteTable<Bool> = [
        "cited", "cites", "cite", "citing", "recalled", "recalls", "recalling", "mentioned", "mentions", "noted", "notes", "described",
        "describes", "reported", "reports", "investigated", "investigates", "investigating", "documented", "mourned", "commemorated",
        "marked", "marks", "remembered", "discussed", "discusses", "discussing", "feared", "fears", "blamed", "denied", "denies",
    ]
    /// Verbs that name what something was, before "it" or "them" ("called it an attack on").
    static let namingVerbs: ByteTable<Bool> = [
        "called", "calls", "call", "calling", "described", "describes", "describing", "termed", "terms", "terming", "branded",
        "brands", "branding", "labelled", "labeled", "labels", "labelling", "labeling", "deemed", "deems", "considered",
        "considers",
    ]
    /// Words of a plan between "be" and "to": "are expected to take place", "is due to begin".
    static let scheduledWords: ByteTable<Bool> = ["expected", "due", "set", "scheduled", "slated", "planned", "poised"]
    /// Verbs whose object does the bare verb after it: "helped Russia attack Ukraine".
    static let helpingVerbs: ByteTable<Bool> = [
        "help", "helps", "helped", "helping", "enable", "enables", "enabled", "enabling", "allow", "allows", "allowed", "allowing",
        "assist", "assists", "assisted", "assisting",
    ]
    /// The bodies an actor speaks through, after its name: "South Korean intelligence said".
    static let sourceNouns: ByteTable<Bool> = ["intelligence", "ministry", "media", "sources", "agency", "spokesman", "spokesperson", "office"]
    /// Words that qualify the body an actor speaks through: "foreign ministry", "state media".
    static let bodyModifiers: ByteTable<Bool> = [
        "foreign", "defence", "defense", "interior", "state", "military", "presidential", "press", "army", "news", "government",
    ]
    /// Nouns that call what was said a claim: "a claim Ukraine dismissed", "a charge Kyiv denied".
    static let claimNouns: ByteTable<Bool> = ["claim", "charge", "accusation", "allegation", "assertion"]
    /// Words that put a claim in doubt before it: "no evidence that", "asked whether", "not yet seen".
    static let doubtWords: ByteTable<Bool> = ["not", "no", "never", "whether", "if", "evidence", "unclear", "unknown", "denied", "n't"]
    /// What one may be behind without blame: "behind bars", "behind schedule".
    static let notBlamed: ByteTable<Bool> = ["bars", "schedule", "closed", "him", "her", "them", "us", "me"]
    /// A state's missions abroad, whose seat names the host: "its embassy in Kyiv".
    static let diplomaticMissions: ByteTable<Bool> = ["embassy", "embassies", "mission", "missions", "consulate", "consulates"]
    /// Those a state posts abroad, whose seat is the state that hosts them: "its ambassador in Canberra".
    static let postedEnvoys: ByteTable<Bool> = [
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
        // the last word of "chargé d'affaires": "the Afghan Charge d'Affaires in Islamabad was summoned"
        "d'affaires", "d’affaires",
    ]
    /// Nouns "host" qualifies as a noun itself: "host countries", "the host nation".
    static let hostedPlaces: ByteTable<Bool> = [
        "country", "countries", "nation", "nations", "city", "cities", "state", "states", "government", "governments", "community",
        "communities", "family", "families",
    ]
    /// Those who pay a visit, after their actor's name: "received a Hamas delegation", "the Iranian foreign minister".
    static let visitorNouns: ByteTable<Bool> = [
        "delegation", "delegations", "envoy", "envoys", "minister", "president", "leader", "leaders", "counterpart", "ambassador",
        "officials", "representatives", "chancellor", "king", "emir", "premier", "secretary", "negotiators", "team",
    ]
    static let receivedWords: ByteTable<Bool> = [
        // people sent back are no supplies: "received 100 migrants deported from the United States"
        "migrants", "deportees", "refugees", "asylum", "nationals", "citizens", "returnees", "flight", "flights",
        "response", "reply", "answer", "message", "messages", "letter", "invitation", "assurance", "assurances", "request", "offer",
        "proposal", "approval", "praise", "congratulations", "condolences", "warning", "warnings", "threat", "threats", "criticism",
        "signal", "signals", "word", "news", "briefing", "visit", "visits", "call", "calls", "delegation", "envoy", "apology",
        "credentials", "exemption", "waiver", "permission", "invitations", "guarantees", "guarantee", "information", "details",
        "list", "names", "confirmation", "documents", "memorandum", "communication", "communications", "note", "notes",
    ]
    static let enactingVerbs: ByteTable<Bool> = [
        "decided", "decides", "moved", "moves", "voted", "votes", "began", "begins", "started", "starts", "continued", "continues",
        "proceeded", "chose", "opted", "resolved", "went", "rushed", "hastened", "managed",
    ]
    static let becomingVerbs: ByteTable<Bool> = ["became", "become", "becomes"]
    /// Words of rank before the one who does something first or last: "the latest nation to recognize".
    static let rankingWords: ByteTable<Bool> = [
        "latest", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "only",
        "newest", "fourteenth", "eleventh", "twelfth",
    ]
    static let proposalModifiers: ByteTable<Bool> = ["peace", "ceasefire", "truce", "draft", "new", "latest", "recent", "mediation", "diplomatic"]
    static let placePrepositions: ByteTable<Bool> = ["in", "at", "near", "outside", "around"]
    static let articles: ByteTable<Bool> = ["the", "a", "an"]
    static let indefiniteArticles: ByteTable<Bool> = ["a", "an"]
    /// Nouns for an actor's people or body after its name: "the Hamas militant group", "Houthi rebels".
    static let groupNouns: ByteTable<Bool> = [
        "group", "militant", "militants", "fighters", "movement", "government", "authorities", "officials", "leaders",
        "leadership", "forces", "army", "military", "rebels", "regime", "administration", "delegation", "troops",
    ]
    /// What a treaty or a forum is called after the city where it was made: "the Bogota Pact", "the
    /// Oslo Accords", "the Normandy format".
    static let accordNames: ByteTable<Bool> = [
        "pact", "accord", "accords", "agreement", "agreements", "treaty", "protocol", "protocols", "declaration", "convention",
        "conventions", "charter", "process", "format", "statute", "consensus", "communique", "memorandum",
    ]
    /// Armed people who act for themselves, not for whoever supplies them: "weapons to militias
    /// attacking US-led forces" (`SentenceView.participleDoer`).
    static let armedPeople: ByteTable<Bool> = [
        "militants", "militias", "militiamen", "fighters", "rebels", "insurgents", "guerrillas", "gunmen", "proxies",
        "separatists", "jihadists", "extremists", "factions", "groups", "mujahideen", "mujahedeen", "mujahedin", "contras",
        "partisans", "paramilitaries",
    ]
    /// Participles of fighting that may describe the one armed or backed (`SentenceView.participleDoer`).
    static let forceParticiples: ByteTable<Bool> = [
        "fighting", "attacking", "firing", "targeting", "shelling", "bombing", "battling", "raiding", "clashing", "striking",
        "launching",
    ]
    /// Verbs of arming, funding or backing, which take the one helped as their object: "armed Houthi rebels".
    static let armingVerbs: ByteTable<Bool> = [
        "arm", "arms", "armed", "arming", "fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing",
        "back", "backs", "backed", "backing", "support", "supports", "supported", "supporting", "train", "trains", "trained",
        "training", "equip", "equips", "equipped", "equipping", "aid", "aids", "aided", "aiding", "help", "helps", "helped",
        "helping", "assist", "assists", "assisted", "assisting", "sponsor", "sponsors", "sponsored", "sponsoring",
    ]
    /// The arms and services an actor acts through, after its name: "Israeli jets struck", "its navy
    /// seized", "Russian air defences downed" (with `groupNouns`).
    static let armedMeans: ByteTable<Bool> = [
        "jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "missiles", "rockets", "artillery", "tanks", "navy",
        "warships", "ships", "vessels", "soldiers", "police", "gunmen", "air", "fighter", "defences", "defenses", "coast", "guard",
        "bombers", "warship", "submarines", "artillery", "units", "commandos", "special",
        // "Afghan helicopter gunships attacked a village in Pakistan"
        "gunships", "gunboats", "frigates", "destroyers", "interceptors",
    ]
    /// One craft of war, which `armedMeans` names in the plural: "the American cruiser, which fired".
    static let warCraft: ByteTable<Bool> = [
        "cruiser", "destroyer", "frigate", "corvette", "submarine", "gunboat", "jet", "warplane", "bomber", "helicopter", "gunship",
        "drone", "tank", "ship", "vessel", "carrier",
    ]
    /// Words that open a clause of its own after a verb's phrase: "will visit Moscow after Russia attacked".
    static let clauseOpeners: ByteTable<Bool> = [
        "after", "before", "because", "while", "when", "since", "as", "following", "although", "though", "but", "and", "whereas",
    ]
    /// Words that open a clause of time, cause or condition after a noun, whose own verbs say nothing
    /// of it: "agreed to hold talks after relations soured" (unlike `clauseOpeners`, no "and" or "but").
    static let timeOrCauseOpeners: ByteTable<Bool> = [
        "after", "before", "following", "when", "since", "because", "until", "although", "though", "if", "unless", "amid",
    ]
    /// Adjectives before a participle and its noun: "the current armed conflict", "a new coordinated attack".
    static let nounPhraseAdjectives: ByteTable<Bool> = [
        "current", "recent", "latest", "new", "fresh", "first", "last", "previous", "ongoing", "renewed", "heavy", "fierce",
        "deadly", "large", "major", "joint", "direct", "indirect", "alleged", "so-called",
    ]
    static let determiners: ByteTable<Bool> = ["a", "an", "the", "its", "their"]
    /// Words of time or standing that qualify an actor's name after an article: "the new Ukrainian
    /// government", "the former Soviet republic", "the interim Malian authorities".
    static let nameQualifiers: ByteTable<Bool> = [
        "new", "former", "interim", "current", "incoming", "outgoing", "caretaker", "transitional", "ruling", "rival",
        "neighbouring", "neighboring", "self-declared", "self-proclaimed",
    ]
    /// Verbs of giving, which may name the thing given before the one who receives it ("supplied
    /// drones to Russia"); "arm", "train" or "fund" take the receiver as their object.
    static let givingVerbs: ByteTable<Bool> = [
        "supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing", "deliver", "delivers",
        "delivered", "delivering", "send", "sends", "sent", "sending", "give", "gives", "gave", "given", "giving",
    ]
    static let sendingVerbs: ByteTable<Bool> = ["send", "sends", "sent", "sending"]
    /// Verbs of joining an organisation: "Poland joined NATO", "Ukraine acceded to the WTO", "became members of".
    static let joiningVerbs: ByteTable<Bool> = [
        "join", "joins", "joined", "joining", "accede", "accedes", "acceded", "acceding", "become", "becomes", "became", "becoming",
    ]
    /// Verbs of praise, which tell of what they praise as done: "Hezbollah applauded the Iranian strike on Israel".
    static let praisingVerbs: ByteTable<Bool> = [
        "praise", "praises", "praised", "praising", "welcome", "welcomes", "welcomed", "welcoming", "laud", "lauds", "lauded",
        "lauding", "commend", "commends", "commended", "commending", "applaud", "applauds", "applauded", "applauding", "hail",
        "hails", "hailed", "hailing",
    ]
    /// The verbs of the frames that drive forces out: "drove Iraq's forces out of Kuwait", "pushed the PLO out of".
    static let drivingOutVerbs: ByteTable<Bool> = [
        "drive", "drives", "drove", "driven", "driving", "push", "pushes", "pushed", "pushing",
    ]
    static let perfectAuxiliaries: ByteTable<Bool> = ["has", "have", "had"]
    /// Verbs of taking ground by degrees, which "nearly" leaves largely done: "nearly captured the town".
    static let gradualConquests: ByteTable<Bool> = [
        "capture", "captured", "captures", "capturing", "encircle", "encircled", "encircles", "encircling", "surround", "surrounded",
        "surrounds", "surrounding", "destroy", "destroyed", "destroys", "destroying", "occupy", "occupied", "occupies", "occupying",
    ]
    static let releasingVerbs: ByteTable<Bool> = ["release", "releases", "released", "releasing", "free", "frees", "freed", "freeing"]
    /// People held by another, whom a release hands over to their own state: "released 32 prisoners of war to Armenia".
    static let captiveNouns: ByteTable<Bool> = [
        // (not hostages, most often freed through a mediator: "released 14 foreign hostages to Oman")
        "prisoner", "prisoners", "detainee", "detainees", "pows", "fishermen", "sailors", "soldiers", "servicemen", "nationals",
        "citizens", "remains", "bodies",
    ]
    /// Words that may stand between a backer's participle and the group it backs: "Iran-backed Shiite
    /// militia Kataib Hezbollah", "Rwanda-backed M23 rebels".
    static let groupWords: ByteTable<Bool> = [
        "militia", "militias", "group", "groups", "rebel", "rebels", "fighters", "militants", "militant", "paramilitary",
        "shiite", "shia", "sunni", "islamist", "armed", "terror", "terrorist", "insurgent", "insurgents", "separatist",
        "separatists", "proxy", "proxies", "faction", "factions", "movement", "forces", "government", "regime",
    ]
    /// What trade brings in, before "from" in a cue of tariffs: "tariffs on imports from Brazil".
    static let tradedGoods: ByteTable<Bool> = ["imports", "goods", "products", "exports"]
    /// Nouns of armed groups that are no state: "the Iran-backed Lebanese terror group", "Iraqi militias".
    static let nonStateGroupNouns: ByteTable<Bool> = [
        "militia", "militias", "group", "groups", "rebels", "rebel", "fighters", "militants", "terror", "terrorist", "terrorists",
        "paramilitary", "paramilitaries", "insurgents", "separatists", "proxies", "proxy", "factions", "faction", "jihadists",
    ]
    /// Writings and hearsay with no author named: "reports alleging that", "leaked documents showing".
    static let unattributedReports: ByteTable<Bool> = ["reports", "report", "documents", "leaks", "rumours", "rumors", "allegations"]
    /// What such reports do before they say it: "reports surfaced alleging".
    static let surfacingVerbs: ByteTable<Bool> = ["surfaced", "emerged", "circulated", "appeared"]
    /// Armed groups a state's possessive names that are not the state: those who fight it and those
    /// it arms ("Colombia's rebels", "Iran's proxies").
    static let armedOthers: ByteTable<Bool> = [
        "rebels", "rebel", "insurgents", "insurgency", "separatists", "guerrillas", "guerrilla", "proxies", "proxy", "dissidents",
    ]
    /// What is fired rather than given when sent: "Russia sent 500 drones to Ukraine overnight".
    static let projectiles: ByteTable<Bool> = [
        "drones", "drone", "missiles", "missile", "rockets", "rocket", "bombs", "warplanes", "barrage", "salvo",
    ]
    static let expellingWords: ByteTable<Bool> = ["expel", "expels", "expelled", "expelling", "expulsion", "expulsions"]
    static let avengingVerbs: ByteTable<Bool> = ["avenge", "avenges", "avenged", "avenging"]
    /// Those who oppose what follows "of": "a critic of military aid to Ukraine".
    static let opponentNouns: ByteTable<Bool> = [
        "critic", "critics", "opponent", "opponents", "sceptic", "sceptics", "skeptic", "skeptics", "foe", "foes", "enemy",
    ]
    /// Nouns of talk and doubt, after which "surrounding" means "about": "discussions surrounding the FDLR".
    static let topicNouns: ByteTable<Bool> = [
        "discussions", "discussion", "questions", "question", "issues", "issue", "controversy", "concerns", "concern", "debate",
        "uncertainty", "tensions", "speculation", "rumours", "rumors", "circumstances", "events", "details", "allegations",
        "mystery", "secrecy", "confusion", "talks", "dispute", "row", "criticism", "outrage", "scandal",
    ]
    /// What may be expelled without a diplomatic break: "expelled a Philippine vessel", "Afghan refugees".
    static let expelledNonDiplomats: ByteTable<Bool> = [
        "vessel", "vessels", "ship", "ships", "boat", "boats", "refugees", "migrants", "nationals", "citizens", "workers",
        "troops", "soldiers", "forces", "fishermen", "aircraft", "warship", "warships", "coast",
        // "expelled Italian residents", "expelled the Rwandan units"
        "residents", "settlers", "expatriates", "immigrants", "civilians", "families", "journalists", "students", "units",
        "missionaries", "traders", "businessmen", "people",
    ]
    /// Verbs of a third party that offers talks to others: "offered to host talks between".
    static let offeringVerbs: ByteTable<Bool> = [
        "offer", "offers", "offered", "offering", "propose", "proposes", "proposed", "proposing", "host", "hosts", "hosted",
        "hosting", "mediate", "mediates", "mediated", "mediating", "broker", "brokers", "brokered", "brokering",
    ]
    /// Verbs that code only what an actor fired: "intercepted 137 Ukrainian drones", "downed".
    static let interceptingVerbs: ByteTable<Bool> = [
        "intercept", "intercepts", "intercepted", "intercepting", "down", "downs", "downed", "downing",
    ]
    /// What is said or promised rather than given: "provided direct commitments to Canada".
    static let wordsGiven: ByteTable<Bool> = [
        "commitment", "commitments", "assurance", "assurances", "details", "detail", "explanation", "explanations", "update",
        "updates", "briefing", "briefings", "evidence", "testimony", "answer", "answers", "clarification", "comment", "comments",
        "statement", "speech", "message", "messages", "letter", "warning", "warnings", "ultimatum", "signal", "signals", "proof",
        "response", "reply", "list", "names", "account", "blow", "verdict", "address", "report", "reports", "proposal", "proposals",
        // ("delivered the memorandum to Moldova's President")
        "memorandum", "note", "notes", "draft", "plan", "document", "documents", "invitation", "invitations", "demands",
        // ("delivering a sharp rebuke to Venezuela", "gave a tribute to")
        "rebuke", "rebukes", "reprimand", "reprimands", "snub", "condemnation", "criticism", "apology", "apologies",
        "condolences", "congratulations", "greetings", "praise", "thanks", "tribute", "tributes", "lecture", "setback", "defeat",
    ]
    /// What may be sent as aid: "sent tanks to Ukraine", "sends arms to Somalia", "sending oil to Cuba".
    static let materielNouns: ByteTable<Bool> = [
        "weapons", "weapon", "arms", "ammunition", "munitions", "shells", "missiles", "rockets", "drones", "tanks", "jets",
        "missile", "rocket", "drone", "tank", "jet", "system", "howitzer", "launcher", "vessel", "vessels", "ship", "ships",
        "fighter", "fighters", "planes", "helicopter", "submarine", "submarines", "shell",
        "aircraft", "helicopters", "artillery", "howitzers", "equipment", "aid", "assistance", "supplies", "fuel", "oil", "gas",
        "grain", "food", "money", "funds", "cash", "vehicles", "interceptors", "launchers", "rifles", "ammo", "vaccines",
        "medicines", "medicine", "batteries", "systems", "support", "intelligence", "training", "loan", "loans", "credit", "credits",
        "grants", "protection", "shelter", "refuge", "asylum", "backing", "help", "guarantees", "million", "billion", "dollars",
        "euros", "relief", "financing", "funding", "arsenal", "hardware",
    ]
    /// Nouns of an attack, in which one may be killed or wounded: "killed in an Israeli strike".
    static let attackNouns: ByteTable<Bool> = [
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing", "bombings",
        "bombardment", "shelling", "offensive", "ambush", "barrage", "assault", "downing",
    ]
    /// What an attack is made with, before its noun: "a Russian drone attack", "an Israeli air strike".
    static let weaponWords: ByteTable<Bool> = [
        "drone", "missile", "rocket", "air", "artillery", "mortar", "naval", "ground", "military", "ballistic", "cruise",
    ]
    /// Words before "at" that aim at someone rather than say where: "fired at", "lashed out at".
    static let aimingWords: ByteTable<Bool> = [
        "out", "fire", "fires", "fired", "firing", "shot", "shoot", "shoots", "shooting", "aimed", "aim", "aims", "aiming", "directed",
        "swipe", "jab", "shells", "missile", "rocket", "drone",
    ]
    /// What is struck in a city, before "in" and the city's name: "struck a hospital in Kyiv",
    /// "strikes on energy facilities in Kyiv".
    static let struckSites: ByteTable<Bool> = [
        "hospital", "hospitals", "building", "buildings", "block", "blocks", "site", "sites", "target", "targets", "facility",
        "facilities", "port", "airport", "base", "bases", "plant", "station", "depot", "depots", "warehouse", "school", "schools",
        "market", "district", "neighbourhood", "neighborhood", "suburb", "suburbs", "infrastructure", "headquarters", "camp",
        "refinery", "bridge", "compound", "positions", "airfield", "complex", "clinic", "homes", "houses", "area", "areas",
        "people", "civilians", "children",
    ]
    /// The people among `struckSites`, whose "of" names their people, not an actor's own site.
    static let peopleStruck: ByteTable<Bool> = ["people", "civilians", "children"]
    /// Participles that hedge the noun after them when a count or an article stands before: "20 alleged hackers".
    static let hedgingParticiples: ByteTable<Bool> = ["alleged", "suspected", "accused", "purported"]
    /// Firms, people and ships that act on their own account, no actor's: "companies helping Iran".
    static let privateAgents: ByteTable<Bool> = [
        "companies", "company", "firms", "firm", "entities", "entity", "individuals", "individual", "businesses", "business",
        "banks", "bank", "networks", "network", "people", "person", "men", "man", "women", "woman", "those", "ones",
        "suppliers", "traders", "brokers", "intermediaries", "middlemen", "vessels", "vessel", "ships", "ship", "tankers",
        "tanker", "boats", "boat", "smugglers", "organisations", "organizations", "charities", "nationals", "suspects",
        // and states no name tells: "countries buying weapons from Russia"
        "countries", "nations",
    ]
    /// Nouns of a charge, whose "of" names what the charged are said to have done: "on charges of killing".
    static let chargeNouns: ByteTable<Bool> = ["charges", "charge", "suspicion", "allegations", "allegation", "conviction", "counts"]
    /// Words of taking part, whose "in" names what those who take part do: "companies involved in arms sales".
    static let involvementWords: ByteTable<Bool> = ["involved", "engaged", "implicated", "complicit", "participating", "participated"]
    /// What a state claims and others endorse, after its possessive: "supported Ukraine's sovereignty".
    static let claimedStanding: ByteTable<Bool> = [
        "sovereignty", "independence", "right", "rights", "territorial", "integrity", "unity", "membership", "accession",
        "claim", "claims", "statehood", "sovereign", "security", "legitimate",
    ]
    /// Fighters of no state, crowds and private persons, whom a people's name before them does not make its state.
    static let privatePeople: ByteTable<Bool> = [
        "militants", "militant", "gunman", "gunmen", "insurgents", "insurgent", "jihadists", "jihadist",
        "rebels", "rebel", "protesters", "protestors", "demonstrators", "rioters", "tourists", "students", "man", "men", "woman",
        "women", "driver", "attacker", "attackers", "assailant", "assailants", "hijackers", "extremists", "mob", "crowd", "crowds",
        "nationals", "citizens", "civilians", "migrants", "refugees",
        // ("Nigerian human rights activists urged the Commonwealth": no state asks it)
        "activists", "activist", "dissidents", "dissident", "exiles", "exile",
    ]
    /// Words of a cause between a people's name and its private people: "human rights activists".
    static let causeWords: ByteTable<Bool> = [
        "human", "rights", "democracy", "opposition", "student", "peace", "civil", "society", "environmental", "exiled",
        "political", "labour", "labor", "union", "women", "animal", "climate", "anti", "war",
    ]
    /// What a place is called before its name: "struck the port city of Hodeidah", "the outskirts of Khan Younis".
    static let placeNouns: ByteTable<Bool> = [
        "city", "town", "village", "port", "region", "province", "district", "outskirts", "centre", "center", "capital",
        "enclave", "suburbs", "heart", "governorate", "state", "territory", "island", "islands", "strip", "oblast",
        "regions", "provinces", "areas", "area", "border", "districts", "towns", "villages", "parts",
        // a state's formal name: "cut relations with the Kingdom of Morocco", "the Republic of Korea"
        "kingdom", "republic", "sultanate", "emirate", "principality",
    ]
    /// Prepositions of a place around or through which something is struck: "killed three people near Kharkiv".
    static let aroundPlaces: ByteTable<Bool> = ["near", "across", "around", "outside", "inside", "within"]
    /// What makes, holds or fires projectiles, after the projectile's word: "missile launchers".
    static let launchingMeans: ByteTable<Bool> = [
        "launcher", "launchers", "factory", "factories", "production", "stockpile", "stockpiles", "storage", "workshop", "workshops",
        "systems", "system", "units", "unit", "carriers", "carrier", "batteries", "battery", "operators", "makers", "parts",
    ]
    /// Verbs of striking before what they struck: "hit an apartment block in Kyiv".
    static let strikingVerbs: ByteTable<Bool> = [
        "struck", "strike", "strikes", "striking", "hit", "hits", "hitting", "bombed", "bomb", "bombs", "bombing", "shelled",
        "shelling", "pounded", "pounding", "attacked", "attacking", "targeted", "targeting", "destroyed", "damaged", "raided",
        "killed", "wounded", "injured", "massacred", "massacre", "massacring", "slaughtered",
    ]
    /// Verbs of a journey, a visit only when a person makes it: "Kim Jong Un travelled to Beijing",
    /// "Macron arrived in Beijing".
    static let journeyVerbs: ByteTable<Bool> = [
        "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew", "flown", "flying",
        "arrive", "arrives", "arrived", "arriving",
    ]
    /// Verbs of striking that say a scolding when what they take is a stand or a deed: "East Germany
    /// attacked the Hungarian decision", "attacked the move by Japan".
    static let attackingVerbs: ByteTable<Bool> = ["attack", "attacks", "attacked", "attacking"]
    /// Verbs of scolding that say a strike when arms make it or sites take it: "Israeli jets slammed
    /// Hamas positions" (but "Erdogan slammed Netanyahu").
    static let poundingVerbs: ByteTable<Bool> = ["slam", "slams", "slammed", "slamming", "blast", "blasts", "blasted", "blasting"]
    /// What arms pound, one or two words after its actor (`SentenceView.poundsThing`): "blasted Israeli
    /// army positions", "blasted Pakistan's terror camps", "blasted US ships".
    static let poundedThings: ByteTable<Bool> = [
        "positions", "targets", "target", "bases", "base", "sites", "camps", "camp", "tunnels", "ships", "vessels", "boats", "posts",
        "outposts", "hideouts", "strongholds", "convoy", "convoys", "launchers", "tanks", "depots", "bunkers", "facilities",
        "installations", "airfields", "villages", "towns", "headquarters",
    ]
    /// Verbs of crossing a border, an incursion only when troops or a state named for itself make it:
    /// "Turkish troops crossed into northern Iraq" (not "Syrian refugees crossed into Turkey").
    static let crossingVerbs: ByteTable<Bool> = ["cross", "crosses", "crossed", "crossing"]
    /// Who crosses into a state in arms: "Sandinista troops crossed into Honduras".
    static let crossingForces: ByteTable<Bool> = [
        "troops", "forces", "soldiers", "tanks", "army", "units", "commandos", "paratroopers", "infantry", "armour", "armor",
    ]
    /// Participles of leaving before the state left: "Thousands fleeing Sudan crossed into Chad".
    static let leavingWords: ByteTable<Bool> = ["fleeing", "leaving", "escaping", "fled", "left"]
    /// Words after a crossing that tell flight or a peaceful errand, not an incursion: "crossed into
    /// India to seek refuge", "crossed into Poland for training".
    static let peacefulCrossings: ByteTable<Bool> = [
        "refuge", "flee", "fleeing", "fled", "escape", "escaping", "asylum", "shelter", "safety", "surrender", "surrendered",
        "training", "draft", "defect", "defected", "exercises", "drills", "invitation", "invited", "request", "parade",
    ]
    /// Words that open the errand told after a crossing: "to seek refuge", "for training", "and asked
    /// for asylum", "at the invitation of", "after deciding to defect", "seeking refuge".
    static let errandOpeners: ByteTable<Bool> = ["to", "for", "at", "after", "and", "seeking", "fleeing", "escaping", "asking"]
    /// Words between a crosser and its verb: "Turkey regularly crosses", "troops had crossed".
    static let crossingInterjections: ByteTable<Bool> = [
        "had", "have", "has", "also", "again", "reportedly", "allegedly", "regularly", "repeatedly", "briefly", "then", "later",
    ]
    /// Verbs that promise what follows rather than give it: "pledged 9 billion euros in military aid to Ukraine".
    static let promisingVerbs: ByteTable<Bool> = [
        "pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise", "promising", "offered", "offers", "offer",
    ]
    /// Nouns of a number or a run of things before "of": "a series of attacks", "a wave of strikes".
    static let partitiveNouns: ByteTable<Bool> = [
        "series", "wave", "waves", "string", "spate", "number", "campaign", "barrage", "flurry", "round", "rounds", "volley",
    ]
    /// Penalties one is hit or targeted with, which are no force: "hit Russia with new sanctions".
    static let penalties: ByteTable<Bool> = [
        "sanctions", "tariffs", "tariff", "duties", "levies", "penalties", "fines", "restrictions", "curbs", "controls", "embargo",
        "bans", "ban", "measures", "lawsuit", "lawsuits", "charges", "visa", "duty", "levy", "fine",
    ]
    /// Measures that aim at someone without force: "actions targeting America", "warrants targeting".
    static let measureNouns: ByteTable<Bool> = [
        "action", "actions", "measure", "measures", "warrant", "warrants", "sanctions", "tariffs", "legislation", "law", "laws",
        "policy", "policies", "rhetoric", "statement", "statements", "investigation", "investigations", "probe", "lawsuit", "case",
        "resolution", "resolutions", "bill", "bills", "order", "orders", "restrictions", "campaign", "campaigns", "ads", "propaganda",
        "notice", "notices", "bounty", "bounties", "decree", "decrees", "ban", "bans", "curbs", "controls", "those",
    ]
    /// Verbs that keep someone from doing what follows "from": "stop Israel from attacking Iran".
    static let preventingVerbs: ByteTable<Bool> = [
        "stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented", "preventing", "deter", "deters", "deterred",
        "deterring", "bar", "bars", "barred", "barring", "block", "blocks", "blocked", "blocking", "keep", "keeps", "kept", "keeping",
        "dissuade", "dissuaded", "restrain", "restrained", "prohibit", "prohibited", "ban", "banned",
    ]
    /// Words of when between an actor and its verb: "Israel on Friday struck".
    static let timeWords: ByteTable<Bool> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "overnight", "night",
        "morning", "afternoon", "evening", "weekend", "then", "also", "again",
    ]
    /// What names the kind of an attack before a plural noun of it, which is then no verb: "U.S. missile
    /// attacks on", "two terrorist bomb attacks in Kenya".
    static let attackKindWords: ByteTable<Bool> = [
        "drone", "missile", "rocket", "air", "artillery", "mortar", "bomb", "terror", "terrorist", "suicide", "car", "grenade",
        "sabotage", "cyber", "arson", "hybrid",
    ]
    /// Words that open a clause with a subject of its own: "Taiwan said ... as China's tactics exert pressure on".
    static let subordinators: ByteTable<Bool> = ["as", "because", "while", "whereas", "although", "though"]
    /// Words before a gerund whose subject is the clause's: "sanctioned after invading Ukraine".
    static let gerundOpeners: ByteTable<Bool> = ["after", "before", "upon", "while", "since"]
    /// Prepositions that open a sentence with a phrase of time or circumstance a comma closes.
    static let phraseOpeners: ByteTable<Bool> = [
        "since", "after", "before", "despite", "following", "amid", "during", "without", "until", "upon",
        // where: "In the capital, Mogadishu, one of the leaders called"
        "in", "at",
    ]
    /// Words that join a sentence to the one before it: "But since ...".
    static let sentenceJoiners: ByteTable<Bool> = ["but", "and", "yet", "so"]
    static let blockingVerbs: ByteTable<Bool> = ["block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing"]
    /// Nouns of what holds or pays for a thing, after which "of" and a gerund name that thing: "a
    /// new package of financing for military aid".
    static let containerNouns: ByteTable<Bool> = [
        "package", "packages", "tranche", "amount", "amounts", "source", "sources", "means", "cost", "costs", "programme",
        "program", "scheme", "round", "rounds",
    ]
    /// Verbs that take a gerund for what starts, goes on or stops: "to stop attacking", "to refrain from shelling".
    static let aspectVerbs: ByteTable<Bool> = [
        "stop", "cease", "halt", "end", "keep", "continue", "avoid", "quit", "resume", "start", "begin", "refrain", "desist",
    ]
    /// Proposals whose infinitive is done, as what one decides to do is.
    static let decisionNouns: ByteTable<Bool> = ["decision", "decisions"]

    /// Forces whose leader stands for them: "an attack on US-led forces".
    static let ledForceNouns: ByteTable<Bool> = [
        "forces", "force", "troops", "coalition", "soldiers", "peacekeepers", "militias", "militia", "fighters", "army",
        "units", "patrols", "navy", "fleet", "convoy", "alliance", "mission", "operation", "offensive",
    ]

    /// Forms of "stop", which sour only the noun they govern at once ("stopping food aid to"), not
    /// a stop on a trip ("stopped in Baghdad for talks with").
    static let stopForms: ByteTable<Bool> = ["stop", "stops", "stopped", "stopping"]
    /// Forms of "reduce", which sour only the tie they govern at once ("reduced its military aid
    /// to"), not what they ease ("reduce barriers to trade with"): `EventCoder.reducesAtOnce`.
    static let reduceForms: ByteTable<Bool> = ["reduce", "reduces", "reduced", "reducing"]
    /// What one's proposals or acts may be met with, which is no meeting: "met with a Chilean refusal".
    static let responseNouns: ByteTable<Bool> = [
        "refusal", "refusals", "rejection", "resistance", "opposition", "criticism", "condemnation", "skepticism", "scepticism",
        "silence", "approval", "disapproval", "anger", "outrage", "protest", "protests", "indifference", "hostility", "suspicion",
        "dismay", "derision", "ridicule", "scorn", "success", "failure", "reaction", "reactions", "response", "responses",
        "reluctance", "denial", "denials", "objections", "fury", "alarm", "concern", "praise", "applause", "enthusiasm", "caution",
        "defiance", "disbelief", "contempt", "mockery", "incredulity", "resentment",
    ]
    /// What an act not yet done may be said to be: "an attack on Armenia was very likely" (`SentenceView.isForetold`).
    static let foretellingWords: ByteTable<Bool> = [
        "likely", "unlikely", "possible", "impossible", "probable", "imminent", "inevitable", "expected", "feared", "looming",
    ]
    /// Verbs of coming about, after which "likely to" foretells the act itself: "an attack is likely to happen".
    static let happeningVerbs: ByteTable<Bool> = ["happen", "come", "occur", "take", "follow", "begin", "start", "resume", "continue", "be"]
    /// Open water and empty zones fired into as a show of force: "fired missiles into the sea near Japan".
    static let openWaters: ByteTable<Bool> = ["sea", "seas", "waters", "ocean", "gulf", "zone", "strait", "bay"]
    /// The forms of "meet", whose "with" may meet a response rather than people (`SentenceView.meetsResponse`).
    static let meetingForms: ByteTable<Bool> = ["meet", "meets", "met", "meeting"]
    /// Verbs that take one out of a deal or talks: "pulled the United States out of" (`EventCoder.soursLongerObject`).
    static let pullingVerbs: ByteTable<Bool> = ["pull", "pulls", "pulled", "pulling", "take", "takes", "took", "taking", "taken"]
    /// One's share in a deal or body, through which souring reaches it: "suspended its participation in the treaty with".
    static let shareNouns: ByteTable<Bool> = ["participation", "involvement", "membership", "role"]

    /// Words that open a clause set against the one before: ", but the rebels used".
    static let contrastJoiners: ByteTable<Bool> = ["but", "while", "although", "though", "whereas", "yet"]

    /// Words of a share that stand for the noun after their "of": "lift most of its sanctions".
    static let shareWords: ByteTable<Bool> = ["most", "all", "some", "part", "much", "many", "half", "rest", "remainder", "bulk", "majority"]
    static let backingVerbs: ByteTable<Bool> = ["back", "backs", "backed", "backing"]
    static let hostingVerbs: ByteTable<Bool> = ["host", "hosts", "hosted", "hosting"]
    static let blamingVerbs: ByteTable<Bool> = ["blame", "blames", "blamed", "blaming"]
    /// What one state keeps on another's ground: "hosting French troops", "hosts a Russian base".
    static let presenceNouns: ByteTable<Bool> = [
        "troops", "forces", "soldiers", "base", "bases", "personnel", "warships", "missiles", "weapons", "jets",
        "contingent", "garrison", "garrisons",
    ]
    /// Pronouns a reported clause may open with, which stand for an actor named before.
    static let pronounSubjects: ByteTable<Bool> = ["it", "they", "he", "she", "we", "who", "which", "that"]
    /// Nouns of an amount before "of": "tons of supplies".
    static let amountNouns: ByteTable<Bool> = ["tons", "tonnes", "truckloads", "shipments", "loads", "cargoes", "boxes", "millions"]
    /// Verbs of a vehicle bringing goods: "ships taking humanitarian aid to Gaza".
    static let carryingVerbs: ByteTable<Bool> = ["taking", "carrying", "bringing", "transporting", "ferrying", "delivering"]
    /// Fighters named before the group they belong to: "militants with al-Shabab".
    static let fighterNouns: ByteTable<Bool> = ["militants", "fighters", "insurgents", "gunmen", "jihadists", "members", "commanders"]
    /// What carries an actor's people and goods: "denying its airlines access".
    static let carriers: ByteTable<Bool> = ["airline", "airlines", "carrier", "carriers", "flights", "trucks", "goods", "exports"]
    /// Words of kind before a presence noun: "hosts French and U.S. military bases".
    static let presenceModifiers: ByteTable<Bool> = ["military", "naval", "air", "army", "foreign", "permanent", "combat"]
    /// Possessive pronouns that make the next word a noun ("his visit"), though not the one after
    /// ("his government supports": the verb).
    static let possessivePronouns: ByteTable<Bool> = ["his", "our"]
    /// Words of a quantity an object may stand after ("at least three", "dozens of").
    static let quantities: ByteTable<Bool> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "fifty", "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "several", "many", "least", "more", "than",
        "some", "about", "nearly", "around", "almost", "million", "millions", "billion", "billions", "tens", "roughly",
        "approximately",
    ]
    /// Words that count what follows them: a plural after one is a noun ("two attacks").
    static let numerals: ByteTable<Bool> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                                             "multiple", "numerous", "dozens", "hundreds", "thousands", "both", "these", "those"]
    static let regionWordTable = ByteTable<Bool>(words: SentenceView.regionWords)
    static let prepositions: ByteTable<Bool> = [
        "to", "of", "with", "for", "in", "at", "from", "on", "by", "against", "including", "between", "into", "near", "across",
        "inside", "outside", "around", "toward", "towards", "through", "along", "off", "beyond", "within",
        // ("raised the ante in the showdown over Ukraine, ..., while accusing": no subject after these either)
        "over", "amid", "among", "despite", "during",
    ]
    /// Common words that qualify the noun of an agreement, a truce or an attack (`a full
    /// ceasefire`, `a peace deal`, `a fresh attack`), for `SentenceView.isNounModifier`.
    static let nounModifiers: ByteTable<Bool> = [
        "full", "new", "final", "formal", "historic", "landmark", "major", "fresh", "first", "second", "third", "long", "big",
        "broad", "large", "massive", "huge", "deadly", "peace", "trade", "security", "defence", "defense", "nuclear", "energy",
        "gas", "oil", "grain", "arms", "prisoner", "maritime", "border", "ceasefire", "truce", "lasting", "sweeping", "binding",
        "framework", "cooperation", "partnership", "investment", "minerals", "much", "two", "three", "four", "five", "ten",
        "missile", "drone", "rocket", "air", "ground", "naval", "joint", "temporary", "short", "brief", "durable", "rare",
        "surprise", "coordinated", "renewed", "limited", "wide", "strong", "heavy", "fierce",
        // "broke its longstanding diplomatic ties with"
        "longstanding", "existing", "bilateral", "official", "friendly", "close", "normal",
        // "signed a free trade agreement", "a water-sharing accord", "a visa waiver deal"
        "free", "water", "visa", "transit", "fishing", "fisheries", "customs", "currency", "swap", "loan", "credit",
    ]
    /// Endings of adjectives that may stand between an article and a cue's noun (`immediate`,
    /// `permanent`, `comprehensive`, `ballistic`, `bilateral`, `unprecedented`).
    static let modifierEndings: [StaticString] = adjectiveEndings + ["ate", "ent", "ant"]
    /// Words of a list of actors between a noun cue and what is said of it (`between Israel and the Houthis`).
    static let listWords: ByteTable<Bool> = ["and", "or", "the", "its", "their", "both", "a", "an", "nor", "either", "neither"]
    /// Modal verbs before a passive that leave it to come: "sanctions would be lifted", "will be eased".
    static let futureModals: ByteTable<Bool> = ["will", "would", "could", "might", "may", "shall", "'ll"]
    /// Modal verbs that make what precedes them a possibility (`war ... could break out`).
    static let possibilityModals: ByteTable<Bool> = ["could", "would", "might", "may"]
    /// Those who act for a state from its capital (`the authorities in Damascus`).
    /// Bodies that speak for a state, before "of" and its name: "the Cabinet of Ministers of the Netherlands".
    static let cabinetNouns: ByteTable<Bool> = ["cabinet", "ministers", "parliament", "council", "presidency", "senate"]
    static let governingBodies: ByteTable<Bool> = [
        "authorities", "government", "officials", "leaders", "leadership", "regime", "rulers", "junta", "administration",
    ]
    /// What is handed over that is no yielding: papers ("handed over its memorandum").
    static let callingVerbs: ByteTable<Bool> = ["call", "calls", "called", "calling"]
    /// Criminals whom states fight, alone or together.
    static let outlawNouns: ByteTable<Bool> = [
        "traffickers", "smugglers", "gangs", "cartels", "pirates", "bandits", "poachers", "criminals", "extremists", "kidnappers",
    ]
    /// People sought by a court or the police, whom states hand over to each other.
    static let wantedNouns: ByteTable<Bool> = [
        "suspect", "suspects", "fugitive", "fugitives", "convict", "convicts", "wanted",
    ]
    static let documentNouns: ByteTable<Bool> = [
        "memorandum", "memorandums", "memoranda", "list", "lists", "document", "documents", "letter", "letters", "proposal",
        "proposals", "draft", "plan", "note", "notes", "terms", "paper", "papers", "report", "statement", "evidence", "dossier",
    ]
    /// Prepositions that open a phrase of setting, whose noun cue is no verb's object ("in its war").
    static let framingPrepositions: ByteTable<Bool> = ["in", "during", "amid", "throughout"]
    /// Verbs of going, bringing and repelling that "back" completes as an adverb: "bring back the
    /// ambassador", "sent back to Russia", "drove back Hezbollah fighters". Verbs of cutting and
    /// retracting ("scaled back aid", "walked back his threat") are not here: what follows them is
    /// reduced, and "back" read as a verb keeps it from being coded.
    static let backParticleVerbs: ByteTable<Bool> = [
        "bring", "brings", "brought", "bringing", "come", "came", "comes", "coming", "go", "goes", "went", "going", "fly", "flew",
        "flown", "send", "sends", "sent", "sending", "get", "got", "take", "took", "taken", "give", "gave", "given", "move", "moved",
        "head", "headed", "date", "dates", "dated", "dating", "return", "returned", "call", "calls", "called", "calling",
        "pull", "pulls", "pulled", "pulling", "scale", "scaled", "scaling", "roll", "rolled", "rolling", "hold", "held", "holding",
        // and of repelling or answering: "struggling to push back a Ukrainian incursion", "drove back Hezbollah fighters"
        "push", "pushed", "pushing", "drive", "drove", "driven", "beat", "beaten", "fight", "fought", "hit", "strike", "struck",
    ]
    /// Words of a reported clause that make it a saying of its own: "issued a statement", "sent a letter".
    static let speechActWords: ByteTable<Bool> = [
        "statement", "statements", "letter", "letters", "note", "notes", "speech", "order", "spoke", "speaking", "said", "says",
        "told", "announced", "declared", "warned", "wrote", "posted", "message", "address", "addressed", "remarks", "interview",
    ]
    /// Participles of harm before the attack it happened in: "were killed in the strike on".
    static let harmVerbs: ByteTable<Bool> = ["killed", "died", "wounded", "injured", "hurt", "dead", "slain", "lost", "destroyed", "damaged"]
    /// Words before a noun that make it the time of something else: "since the invasion".
    static let timeMarkers: ByteTable<Bool> = ["since", "before", "until", "amid"]
    /// Words before the start or anniversary of something that make it a time: "after the start of the war".
    static let timePointMarkers: ByteTable<Bool> = ["since", "before", "until", "after", "following", "marking", "marked", "on"]
    /// Nouns of a point in time before "of": "since the start of the invasion".
    static let timePoints: ByteTable<Bool> = ["start", "beginning", "outbreak", "onset", "anniversary", "eve", "launch", "height"]
    /// Prepositions of place and time after a participle that qualifies a noun ("detained in").
    static let settingPrepositions: ByteTable<Bool> = [
        "in", "at", "during", "since", "inside", "under", "near", "across", "throughout", "outside", "after", "before",
    ]
    /// Words that end a number ("$6 billion", "two dozen").
    static let numberNouns: ByteTable<Bool> = ["hundred", "thousand", "million", "billion", "trillion", "dozen"]
    /// Modal verbs, after which an actor has a verb of its own.
    static let modals: ByteTable<Bool> = ["will", "would", "could", "can", "may", "might", "must", "should", "shall"]
    /// Prepositions after which a possessor still names whom its head belongs to ("a delegation from
    /// Iran's parliament", "the secretary of Iran's council").
    static let belongingPrepositions: ByteTable<Bool> = ["of", "from", "with"]
    /// Participles of doing between a noun and its agent: "airstrikes conducted by the coalition on".
    static let conductParticiples: ByteTable<Bool> = ["conducted", "launched", "staged", "mounted", "led", "waged", "fired", "unleashed"]
    static let agreeingVerbs: ByteTable<Bool> = ["agreed", "agree", "agrees", "agreeing"]
    /// Verbs of a stated intention that "to" and a verb may follow after words of when and where:
    /// "pledged on Monday to send aid" (the intention phrases hold them with "to" right after).
    static let intendingVerbs: ByteTable<Bool> = [
        "pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised", "promises", "promise",
        "threatened", "threatens", "threaten", "planned", "plans", "plan", "intends", "intend", "intended",
        "offered", "offers", "offer", "proposed", "proposes", "propose",
    ]
    static let agreementNouns: ByteTable<Bool> = ["accord", "accords", "deal", "agreement", "treaty", "pact", "declaration"]
    /// What an agreement is about, before its noun: "the 2015 nuclear deal", "a trade pact".
    static let agreementModifiers: ByteTable<Bool> = ["nuclear", "trade", "peace", "arms", "grain", "gas", "security", "defence", "defense"]
    /// Words between a form of "be" and its participle that leave it passive ("were either killed").
    static let passiveAdverbs: ByteTable<Bool> = ["either", "also", "not", "never", "all", "both", "then", "later", "since"]
    /// Prefixes a hyphen joins to a verb that stays a verb ("re-imposed", "counter-attacked").
    static let verbPrefixes: ByteTable<Bool> = ["re", "co", "counter", "pre", "de", "over", "out", "un", "cross", "mis", "inter", "under"]
    /// The first words of standing cues that make a tie which was not there ("normalise relations").
    static let tieMakingVerbs: ByteTable<Bool> = [
        "normalize", "normalise", "restore", "establish", "reestablish", "resume", "forge", "cultivate", "ally", "improve",
        "strengthen", "deepen", "boost", "bolster",
    ]
    /// Endings of adjectives that make the plural after them a noun (`defensive strikes`).
    static let adjectiveEndings: [StaticString] = ["ive", "al", "ic", "ary", "ous", "ful", "ian", "ese", "ish", "ed"]
}
