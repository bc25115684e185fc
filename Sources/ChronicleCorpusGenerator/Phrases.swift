/// The phrase lists the corpus generator assembles sentences from.
enum Phrases {
    static let actors = [
        "Russia", "Moscow", "the Kremlin", "Kremlin spokesman Dmitry Peskov", "Russian Foreign Minister Sergei Lavrov",
        "Iran", "Tehran", "Iranian Foreign Minister Hossein Amirabdollahian", "Iran’s Revolutionary Guards",
        "Israel", "Israeli Prime Minister Benjamin Netanyahu", "the IDF", "Israel’s war cabinet",
        "Hamas", "the militant group", "Hamas leader Ismail Haniyeh", "Palestinian Islamic Jihad",
        "the United States", "Washington", "U.S. Secretary of State Antony Blinken", "the White House", "the Pentagon",
        "Ukraine", "Kyiv", "President Volodymyr Zelensky", "Ukrainian officials",
        "Qatar", "Egypt", "Turkey", "China", "Saudi Arabia", "Jordan", "the U.N. Security Council", "the Houthis",
        "Hezbollah", "the European Union", "NATO", "the Palestinian Authority", "the Palestinians", "Britain", "France",
    ]
    static let cues = [
        "condemned", "called for restraint by", "accused", "met with", "held talks with", "supplied drones to",
        "launched strikes on", "threatened", "urged", "criticized", "expressed support for", "imposed sanctions on",
        "rejected a proposal from", "praised", "warned", "signed an agreement with", "agreed to release hostages held by",
        "demanded a ceasefire from", "sent aid to", "fell short of condemning", "reportedly pressured", "allegedly armed",
        "spoke by phone with", "hosted a delegation from", "blamed", "vowed to retaliate against", "mediated between Israel and",
    ]
    static let dates = [
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "on Oct. 7", "on October 26",
        "on 12 January 2024", "earlier this month", "two days ago", "in early November", "in mid-December", "late last year",
        "on 2023-11-06", "yesterday", "this week", "last month", "on Nov. 24", "in recent weeks",
    ]
    static let tails = [
        "according to officials", "the ministry said in a statement", "a move that drew criticism", "amid the war in Gaza",
        "as fighting continued", "diplomats said", "state media reported", "citing security concerns",
        "though no evidence was provided", "after weeks of talks", "in a televised address",
    ]
    static let attributions = [
        "Officials said that", "According to the ministry,", "Analysts noted that", "In a statement,", "Meanwhile,",
        "Reports suggest that", "Diplomats said that",
    ]
    static let headlineActors = ["Russia", "Iran", "Israel", "Hamas", "U.S.", "Ukraine", "Qatar", "Egypt", "China", "UN"]
    static let headlineVerbs = ["Warns", "Condemns", "Meets", "Backs", "Accuses", "Urges", "Strikes", "Rejects"]
    static let headlineTails = ["Over Gaza", "on Ceasefire", "as Talks Stall", "After Attack", "in Red Sea", "Over Drones"]
}
