import ChronicleModel
import Yams

/// The cue phrases of the event coder, read from YAML (`lexicon/cues.yaml` plus `--cues` files).
public struct CueLexicon: Equatable, Sendable {
    /// How a cue names its relation, which decides where source and target stand.
    public enum Form: Hashable, Sendable {
        /// "Russia condemned Hamas": source before, target after.
        case verb
        /// "Russia's condemnation of Hamas", "a telephone call from Netanyahu".
        case noun
        /// "Russia's dependence on Iran": the possessor receives.
        case inverse
        /// "Iran-backed Hamas": the hyphenated actor acts on the one that follows.
        case participle
        /// "Ukraine received F-16s from Denmark": the actor after "from" acts on the subject.
        case receiving
        /// "Russia-Ukraine talks", "the US-China trade deal": a noun after two actors a hyphen joins,
        /// the first acting on the second.
        case pair
        /// "held Washington responsible", "called Netanyahu a butcher": a verb phrase with its object
        /// inside, written with `*` where the object stands; the subject acts on the object.
        case frame
    }

    public struct Cue: Hashable, Sendable {
        /// Lower-case words, as matched in text.
        public var words: [String]
        public var kind: RelationKind
        public var form: Form
        public var standing: Bool
        public var symmetric: Bool
    }

    public private(set) var cues: [Cue] = []
    public private(set) var negations: [[String]] = []
    /// Words that undo every cue after them in their clause ("Iran denied any involvement in the
    /// attack on Israel"), where a negation undoes only the cue right after it.
    public private(set) var denials: [[String]] = []
    public private(set) var hedges: [[String]] = []
    /// Words that make a dated cue an attempt or a possibility, not a happening ("tried to free").
    public private(set) var irrealis: [[String]] = []
    /// Words that make a cue a stated intention ("will strike", "vowed to attack", "plans to meet"):
    /// force becomes a threat, cooperation an intent to cooperate, as CAMEO codes them.
    public private(set) var intentions: [[String]] = []
    /// Words before a cooperative cue that turn it sour ("complicated its relations with").
    public private(set) var worsening: [[String]] = []
    /// Words before a cooperative noun cue that turn it down ("ruled out talks with"): a rejection.
    public private(set) var refusing: [[String]] = []
    /// Words after a cooperative cue that say it went sour ("ties ... have frayed").
    public private(set) var worsened: [[String]] = []
    /// Cue phrases that name a relation but not its tone ("relations with"): coded only when
    /// words around them give one, soured (`worsening`, `worsened`) or warm (`warming`).
    public private(set) var toneless: [[String]] = []
    /// Words just before a toneless cue that make it cooperative ("close relations with").
    public private(set) var warming: [[String]] = []
    /// Verbs that lift a coercion they govern ("lifted sanctions on", "lower its tariffs on"): a concession.
    public private(set) var easing: [[String]] = []
    /// Verbs that end what they govern: a fight is then no intended one ("to end hostilities
    /// between"), a tie is reduced ("to end its defence partnership with").
    public private(set) var ending: [[String]] = []
    /// Words before a noun cue that make it a possibility ("a potential deal with").
    public private(set) var possibility: [[String]] = []
    /// Words before a noun cue that make it a plan ("the planned talks with").
    public private(set) var planned: [[String]] = []
    /// Words before a cue of force that say no force is meant ("a diplomatic offensive", "a trade war").
    public private(set) var figurative: [[String]] = []
    /// Verbs of onset after a noun cue's actors and a modal, which make it a possibility or an
    /// intention ("war between ... could break out", "talks between ... will resume").
    public private(set) var onsets: [[String]] = []
    /// Words before or after a cue that put it off ("postponed talks with", "the visit was
    /// postponed"): it has not happened.
    public private(set) var deferred: [[String]] = []

    public init() {}

    /// Where a frame's object stands among its words ("hold * responsible").
    static let objectSlot = "*"

    /// The bundled cues, compiled in from `lexicon/cues.yaml` (see `scripts/embed-lexicon`).
    public static func bundled() throws(LexiconError) -> CueLexicon {
        CompiledLexicon.cues(BundledLexicon.compiledCues)
    }

    /// The bundled cues extended by user files.
    public static func load(userFiles: [String]) throws(LexiconError) -> CueLexicon {
        var lexicon = try bundled()
        for path in userFiles {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw LexiconError(SourceLocation(file: path), "cannot read the cue file as UTF-8 text")
            }
            try lexicon.add(text, path: path)
        }
        return lexicon
    }

    mutating func add(_ text: String, path: String) throws(LexiconError) {
        // Yams recurses once per level: refuse absurd nesting before it can exhaust the stack.
        if let (line, column) = YAMLNesting.tooDeep(text) {
            throw LexiconError(SourceLocation(file: path, line: line, column: column),
                               "nested more than \(YAMLNesting.limit) levels deep; a cue file needs three at most")
        }
        let root: Node?
        do { root = try YAMLText.compose(text) } catch {
            throw LexiconError(SourceLocation(file: path), "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let root else { return }
        guard let mapping = root.mapping else { throw LexiconError(place(root, path), "expected a mapping with `cues`") }
        for (key, value) in mapping {
            switch key.string {
            case "cues":
                guard let entries = value.sequence else { throw LexiconError(place(value, path), "`cues` must be a list") }
                for entry in entries { try addEntry(entry, path: path) }
            default:
                guard let list = key.string.flatMap(PhraseList.init(rawValue:)) else {
                    throw LexiconError(place(key, path), "unknown key `\(key.string ?? "?")`; expected cues, negations, denials, hedges, irrealis, intentions, worsening, refusing, worsened, toneless, warming, easing, ending, possibility, planned, figurative, onsets or deferred")
                }
                add(try phrases(value, path), to: list)
            }
        }
    }

    /// The lists of phrases that qualify a cue rather than name a relation.
    enum PhraseList: String {
        case negations, denials, hedges, irrealis, intentions, worsening, refusing, worsened, toneless, warming, easing, ending, possibility, planned,
             figurative, onsets, deferred
    }

    mutating func add(_ phrases: [String], to list: PhraseList) {
        let words = phrases.map(Self.words)
        switch list {
        case .negations: negations += words
        case .denials: denials += words
        case .hedges: hedges += words
        case .irrealis: irrealis += words
        case .intentions: intentions += words
        case .worsening: worsening += words
        case .refusing: refusing += words
        case .worsened: worsened += words
        case .toneless: toneless += words
        case .warming: warming += words
        case .easing: easing += words
        case .ending: ending += words
        case .possibility: possibility += words
        case .planned: planned += words
        case .figurative: figurative += words
        case .onsets: onsets += words
        case .deferred: deferred += words
        }
    }

    private mutating func addEntry(_ entry: Node, path: String) throws(LexiconError) {
        guard let fields = entry.mapping else { throw LexiconError(place(entry, path), "each cue entry must be a mapping") }
        guard let kindText = fields["kind"]?.string else { throw LexiconError(place(entry, path), "cue entry without `kind`") }
        guard let kind = RelationKind(rawValue: kindText) else {
            throw LexiconError(place(fields["kind"]!, path), "unknown kind `\(kindText)`; expected one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (key, _) in fields {
            guard let name = key.string, ["kind", "verbs", "nouns", "inverse", "participles", "receiving", "pairs", "frames", "standing", "symmetric"].contains(name) else {
                throw LexiconError(place(key, path), "unknown field `\(key.string ?? "?")` in a cue entry")
            }
        }
        func list(_ field: String) throws(LexiconError) -> [String] {
            try fields[field].map { node throws(LexiconError) in try phrases(node, path) } ?? []
        }
        let frames = try list("frames")
        for frame in frames where frame.split(separator: "*", omittingEmptySubsequences: false).count != 2 || frame.hasPrefix("*") {
            throw LexiconError(place(fields["frames"]!, path), "a frame needs a verb, then exactly one `*` where its object stands: `\(frame)`")
        }
        addEntry(kind: kind, standing: fields["standing"]?.bool ?? false, symmetric: fields["symmetric"]?.bool ?? false,
                 verbs: try list("verbs"), nouns: try list("nouns"), inverse: try list("inverse"), participles: try list("participles"),
                 receiving: try list("receiving"), pairs: try list("pairs"), frames: frames)
    }

    /// Adds the cues of one entry, verbs in each of their inflections.
    mutating func addEntry(kind: RelationKind, standing: Bool, symmetric: Bool,
                           verbs: [String], nouns: [String], inverse: [String], participles: [String], receiving: [String] = [],
                           pairs: [String] = [], frames: [String] = []) {
        func append(_ words: [String], _ form: Form) {
            cues.append(Cue(words: words, kind: kind, form: form, standing: standing, symmetric: symmetric))
            // Older wire copy hyphenates what the lexicon writes as one word ("agreed to a cease-fire"):
            // the hyphen splits it into two words for the matcher, so the cue is added so spelled too.
            // (Asked of every word of every cue at start-up: a word's first byte turns most away before
            // the dictionary hashes it.)
            if let split = words.firstIndex(where: {
                   CueLexicon.hyphenatedFirstBytes[Int($0.utf8.first ?? 0)] && CueLexicon.hyphenatedSpellings[$0] != nil
               }),
               let spelled = CueLexicon.hyphenatedSpellings[words[split]]
            {
                var hyphenated = words
                hyphenated.replaceSubrange(split...split, with: spelled)
                cues.append(Cue(words: hyphenated, kind: kind, form: form, standing: standing, symmetric: symmetric))
            }
        }
        for phrase in verbs {
            for inflected in Inflection.verbForms(Self.words(phrase)) { append(inflected, .verb) }
        }
        for phrase in nouns { append(Self.words(phrase), .noun) }
        for phrase in inverse { append(Self.words(phrase), .inverse) }
        for phrase in participles { append(Self.words(phrase), .participle) }
        for phrase in receiving {
            for inflected in Inflection.verbForms(Self.words(phrase)) { append(inflected, .receiving) }
        }
        for phrase in pairs { append(Self.words(phrase), .pair) }
        for phrase in frames {
            let parts = phrase.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !Self.words(parts[0]).isEmpty else { continue }
            for inflected in Inflection.verbForms(Self.words(parts[0])) { append(inflected + [CueLexicon.objectSlot] + Self.words(parts[1]), .frame) }
        }
    }

    private func phrases(_ node: Node, _ path: String) throws(LexiconError) -> [String] {
        guard let items = node.sequence else { throw LexiconError(place(node, path), "expected a list of phrases") }
        return try items.map { item throws(LexiconError) in
            guard let text = item.string, !text.isEmpty else { throw LexiconError(place(item, path), "expected a phrase") }
            return text
        }
    }

    private func place(_ node: Node, _ path: String) -> SourceLocation {
        node.mark.map { SourceLocation(file: path, line: $0.line, column: $0.column) } ?? SourceLocation(file: path)
    }

    /// Words of the lexicon that text often splits with a hyphen, and the words it then reads as.
    static let hyphenatedSpellings: [String: [String]] = ["ceasefire": ["cease", "fire"], "ceasefires": ["cease", "fires"]]
    /// Per byte, whether a word of `hyphenatedSpellings` starts with it (looked up without hashing).
    static let hyphenatedFirstBytes: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for word in hyphenatedSpellings.keys { if let first = word.utf8.first { starts[Int(first)] = true } }
        return starts
    }()

    /// The words of a phrase as the matcher sees them: lower case, apostrophes straight, split like text.
    static func words(_ phrase: String) -> [String] {
        // Most phrases are lower-case letters and spaces, whose words are the runs between spaces:
        // split so without lowering, copying and tokenizing them (a twentieth of start-up).
        var phrase = phrase
        let plain: [String]? = phrase.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
                if byte == UInt8(ascii: " ") {
                    if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    start = index + 1
                } else if !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                    return nil
                }
            }
            return words
        }
        return plain ?? tokenizedWords(phrase)
    }

    /// `words(_:)` for any phrase: lowered, apostrophes straightened and split by the tokenizer.
    static func tokenizedWords(_ phrase: String) -> [String] {
        let bytes = Tokenizer.apostrophes(in: Array(phrase.lowercased().utf8), curled: false)
        // `#` stands for any number (`CueIndex.numberWord`): "give * # hours to leave".
        return Tokenizer.tokens(bytes, 0..<bytes.count)
            .filter { $0.kind == .word || $0.kind == .possessive || $0.range.count == 1 && bytes[$0.range.lowerBound] == UInt8(ascii: "#") }
            .map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
}

/// English verb inflection for cue phrases: the first word of "call for" becomes calls, called, calling.
enum Inflection {
    static let irregular: [String: [String]] = [
        "meet": ["meets", "met", "meeting"], "hold": ["holds", "held", "holding"], "send": ["sends", "sent", "sending"],
        "give": ["gives", "gave", "given", "giving"], "strike": ["strikes", "struck", "striking", "stricken"],
        "fight": ["fights", "fought", "fighting"], "seek": ["seeks", "sought", "seeking"], "take": ["takes", "took", "taken", "taking"],
        "lead": ["leads", "led", "leading"], "withdraw": ["withdraws", "withdrew", "withdrawn", "withdrawing"],
        "bring": ["brings", "brought", "bringing"], "buy": ["buys", "bought", "buying"], "sell": ["sells", "sold", "selling"],
        "shoot": ["shoots", "shot", "shooting"], "speak": ["speaks", "spoke", "spoken", "speaking"], "tell": ["tells", "told", "telling"],
        "make": ["makes", "made", "making"], "keep": ["keeps", "kept", "keeping"], "win": ["wins", "won", "winning"],
        "go": ["goes", "went", "gone", "going"], "cut": ["cuts", "cut", "cutting"], "hit": ["hits", "hit", "hitting"],
        "put": ["puts", "put", "putting"], "freeze": ["freezes", "froze", "frozen", "freezing"], "break": ["breaks", "broke", "broken", "breaking"],
        "forge": ["forges", "forged", "forging"], "wage": ["wages", "waged", "waging"], "seize": ["seizes", "seized", "seizing"],
        "be": ["is", "are", "was", "were", "been", "being"], "have": ["has", "had", "having"], "do": ["does", "did", "done", "doing"],
        "pay": ["pays", "paid", "paying"], "lay": ["lays", "laid", "laying"], "bid": ["bids", "bid", "bidding"],
        "sign": ["signs", "signed", "signing"], "storm": ["storms", "stormed", "storming"], "arm": ["arms", "armed", "arming"],
        "veto": ["vetoes", "vetoed", "vetoing"], "host": ["hosts", "hosted", "hosting"], "visit": ["visits", "visited", "visiting"],
        "target": ["targets", "targeted", "targeting"], "mass": ["masses", "massed", "massing"], "free": ["frees", "freed", "freeing"],
        "ally": ["allies", "allied", "allying"], "deny": ["denies", "denied", "denying"], "supply": ["supplies", "supplied", "supplying"],
        "rally": ["rallies", "rallied", "rallying"], "criticise": ["criticises", "criticised", "criticising"],
        "equip": ["equips", "equipped", "equipping"], "sink": ["sinks", "sank", "sunk", "sinking"],
        "begin": ["begins", "began", "begun", "beginning"], "open": ["opens", "opened", "opening"],
        "kidnap": ["kidnaps", "kidnapped", "kidnaped", "kidnapping", "kidnaping"],
        "come": ["comes", "came", "coming"], "fly": ["flies", "flew", "flown", "flying"], "lend": ["lends", "lent", "lending"],
        "let": ["lets", "let", "letting"], "shut": ["shuts", "shut", "shutting"], "plead": ["pleads", "pleaded", "pled", "pleading"],
        "retake": ["retakes", "retook", "retaken", "retaking"], "drive": ["drives", "drove", "driven", "driving"],
        "become": ["becomes", "became", "becoming"],
    ]

    /// The base form and its inflections, each with the rest of the phrase unchanged.
    static func verbForms(_ words: [String]) -> [[String]] {
        guard let head = words.first else { return [] }
        let rest = Array(words.dropFirst())
        return ([head] + forms(of: head)).map { [$0] + rest }
    }

    /// Verbs of two syllables or more stressed on the last, which double their last consonant like
    /// short verbs do (expelled, conferred, committed); "visit" and "target" do not.
    static let stressedLastSyllable: Set<String> = [
        "expel", "compel", "repel", "propel", "patrol", "control", "commit", "admit", "readmit", "submit", "acquit",
        "deter", "refer", "prefer", "confer", "defer", "occur", "abet", "embed", "regret", "rebel", "transfer", "extol",
    ]

    private static func isVowel(_ letter: Character) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u": true
        default: false
        }
    }

    static func forms(of verb: String) -> [String] {
        if let known = irregular[verb] { return known }
        let last = verb.last!
        let third = verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") || verb.hasSuffix("z")
            ? verb + "es" : last == "y" && !isVowel(verb.dropLast().last ?? "a") ? String(verb.dropLast()) + "ies" : verb + "s"
        let stem: String
        if verb.hasSuffix("ee") {
            return [third, verb + "d", verb + "ing"]  // agree -> agreed, agreeing
        } else if last == "e" {
            stem = String(verb.dropLast())
        } else if last == "y", !isVowel(verb.dropLast().last ?? "a") {
            return [third, String(verb.dropLast()) + "ied", verb + "ing"]
        } else if verb.count <= 4 || stressedLastSyllable.contains(verb), let middle = verb.dropLast().last, isVowel(middle),
                  let before = verb.dropLast(2).last, !isVowel(before), !"wxy".contains(last), !isVowel(last)
        {
            stem = verb + String(last)  // ban -> bann(ed), plan -> plann(ed), expel -> expell(ed)
        } else if last == "l", verb.count > 4, let middle = verb.dropLast().last, isVowel(middle), !isVowel(verb.dropLast(2).last ?? "a") {
            // travel, label, cancel: American "traveled", British "travelled", both in the news.
            return [third, verb + "ed", verb + "led", verb + "ing", verb + "ling"]
        } else {
            stem = verb
        }
        return [third, stem + "ed", stem + "ing"]
    }
}

import Foundation
