import ChronicleModel
import Testing
@testable import ChronicleExtraction

/// Sentences written for these tests in the style of news, with the relations they should yield:
/// "SOURCE>TARGET:kind", plus ":claim" for a hedged one and ":standing" for a lasting one.
struct EventCodingTests {
    static let extractor = Extractor(lexicon: try! Lexicon.bundled(), cues: try! CueLexicon.bundled())

    static func relations(_ text: String, date: String? = "2023-11-20") -> [String] {
        let reader = DocumentReader(defaultDate: date.flatMap { CalendarDay(iso: $0) })
        let document = reader.read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        return extractor.analyze(document).relations.map {
            "\($0.source)>\($0.target):\($0.kind.rawValue)" + ($0.claim != nil ? ":claim" : "") + ($0.standing ? ":standing" : "")
        }.sorted()
    }

    /// The timeline of `text` read as one document published on `date`.
    static func timeline(_ text: String, date: String) -> Timeline {
        let document = DocumentReader(defaultDate: CalendarDay(iso: date)).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        return extractor.timeline(from: [extractor.analyze(document)])
    }

    /// Each event's date value by "SOURCE>TARGET".
    static func eventDates(_ timeline: Timeline) -> [String: String] {
        Dictionary(uniqueKeysWithValues: timeline.events.map { ("\($0.source!)>\($0.target!)", $0.date.value) })
    }

    static let cases: [CodingCase] = [
        // those harmed in a clash took part in it; in an attack, they did not make it
        CodingCase("20 Indian soldiers were killed in a clash with Chinese troops.", ["IND>CHN:fight"]),
        CodingCase("Three Israeli soldiers were wounded in fighting with Hamas.", ["ISR>HAMAS:fight"]),
        CodingCase("Four Israeli soldiers were killed in an attack on Gaza.", []),
        CodingCase("Chinese troops ambushed an Indian patrol.", ["CHN>IND:assault"]),
        // a noun cue split by its agent after a participle of doing
        CodingCase("Airstrikes carried out by Saudi Arabia against the Houthis killed 29 people.", ["SAU>HOUTHIS:assault"]),
        CodingCase("Strikes launched by Israel on Lebanon killed 29 people.", ["ISR>LBN:assault"]),
        CodingCase("Pakistani forces and the Afghan Taliban exchanged gunfire.", ["PAK>TALIBAN:fight"]),
        // leaving a deal named by its party after "with" or "between"
        CodingCase("Trump pulled out of the nuclear deal with Iran.", ["USA>IRN:reduce_relations"]),
        CodingCase("The Trump administration pulled out of a nuclear deal between Iran and world powers.", ["USA>IRN:reduce_relations"]),
        // a war named by its sides is lasting; clashes so named are dated
        CodingCase("The Russia-Ukraine war continued.", ["RUS>UKR:fight:standing"]),
        CodingCase("The India-China border clashes killed 20.", ["IND>CHN:fight"]),
        // an intention parted from its "to" by when it was voiced
        CodingCase("Iran pledged on Monday to send aid to Lebanon.", ["IRN>LBN:intent_to_cooperate"]),
        CodingCase("Hamas vowed last week to attack Israel.", ["HAMAS>ISR:threaten"]),
        CodingCase("The statement described Ilham Aliyev's call with Antony Blinken.", ["AZE>USA:consult"]),
        // a currency sign makes a name money; a phrase that opens the sentence holds no subject
        CodingCase("Taiwan would also provide US$1.5 million for the airport in Guatemala City.", []),
        CodingCase("Since the break with Honduras, many countries recognise Taiwan.", []),
        CodingCase("After the talks, Iran condemned Israel.", ["IRN>ISR:disapprove"]),
        // a recognition moved; ties cut "to"; a border shut whole; a possessive inside a verb's phrase
        CodingCase("Nicaragua shifted its allegiance to Beijing in 2021.", ["NIC>CHN:diplomatic_cooperation"]),
        CodingCase("Eritrea cut diplomatic ties to Qatar.", ["ERI>QAT:reduce_relations"]),
        CodingCase("The Dominican Republic will shut its entire border with Haiti.", ["DOM>HTI:threaten"]),
        CodingCase("Iran and Saudi Arabia agreed to re-establish and restore their diplomatic ties.", ["IRN>SAU:diplomatic_cooperation"]),
        CodingCase("A Chinese coast guard ship bumped a Philippine coast guard ship on Sunday.", ["CHN>PHL:assault"]),
        CodingCase("The talks were held during the Uzbek president's state visit to Bishkek.", ["UZB>KGZ:consult"]),
        // retaliation in kind, disappointment voiced, an ambassador recalled from where the post is
        CodingCase("The European Commission launched countermeasures on U.S. imports.", ["EU>USA:coerce"]),
        CodingCase("Myanmar's junta expressed disappointment with ASEAN's decision.", ["MMR>ASEAN:disapprove"]),
        CodingCase("Somalia has recalled its ambassador based in the Ethiopian capital, Addis Ababa.", ["SOM>ETH:reduce_relations"]),
        // a tie between two others that a third refuses is still theirs, and no refusal of either
        CodingCase("It strongly rejected the memorandum of understanding between Somaliland and Ethiopia.", []),
        CodingCase("Iran rejected talks with the United States.", ["IRN>USA:reject"]),
        // an envoy declared unwelcome past the post held; ties established; hostilities ceased; a meeting of
        // commitments is none
        CodingCase("Peru declared Mexico's ambassador to Lima persona non grata.", ["PER>MEX:reduce_relations"]),
        CodingCase("El Salvador announced the establishment of diplomatic relations with China after breaking official ties with Taiwan.",
                   ["SLV>CHN:diplomatic_cooperation", "SLV>TWN:reduce_relations"]),
        CodingCase("Ethiopia and Eritrea agreed to cease hostilities.", ["ETH>ERI:yield"]),
        CodingCase("Iran and Russia met their commitments.", []),
        CodingCase("Putin met his Chinese counterpart.", ["RUS>CHN:consult"]),
        // a participle after a comma tells of the name before it; "and its" after a possessed noun has one owner
        CodingCase("Algeria backs the Polisario in Western Sahara, annexed by Morocco in 1975.", ["DZA>POLISARIO:diplomatic_cooperation"]),
        CodingCase("Ukraine, attacked by Russia in 2022, resisted.", ["RUS>UKR:assault"]),
        CodingCase("Rwanda's aggression against Burundi and its support for the M23 worry Kinshasa.", ["RWA>M23:aid"]),
        // an agreement signed by two binds them to each other; one signer binds no one named
        CodingCase("The agreement on the border was signed by Uzbek President Shavkat Mirziyoyev and Kyrgyz President Almazbek Atambayev.",
                   ["UZB>KGZ:material_cooperation"]),
        CodingCase("The decree was signed by Putin on Monday.", []),
        CodingCase("A letter signed by France and Germany urged calm.", []),
        // a rate may stand between "with" and the penalty it names
        CodingCase("Beijing hit Australian barley with a 73.6 per cent anti-dumping duty.", ["CHN>AUS:coerce"]),
        // those named after "neither" or "nor" do not do it, nor have it done to them
        CodingCase("Neither Moscow nor Tehran wants a direct clash with the U.S.", []),
        CodingCase("Israel attacked neither Hamas nor Hezbollah.", []),
        // active and passive voice
        CodingCase("Turkey condemned Israel on Tuesday.", ["TUR>ISR:disapprove"]),
        CodingCase("The convoy was attacked by Hamas near the border.", []),
        CodingCase("Israel was condemned by Turkey and Jordan.", ["JOR>ISR:disapprove", "TUR>ISR:disapprove"]),
        CodingCase("Egypt hosted a Hamas delegation in Cairo.", ["EGY>HAMAS:consult"]),
        // possessives and nouns
        CodingCase("Iran's support for Hezbollah worries Washington.", ["IRN>HEZBOLLAH:aid"]),
        CodingCase("Russia's alliance with Iran has deepened.", ["RUS>IRN:diplomatic_cooperation:standing"]),
        CodingCase("The Houthi attack on Saudi Arabia failed.", ["HOUTHIS>SAU:assault"]),
        CodingCase("Qatar has long been a patron of Hamas.", ["QAT>HAMAS:aid"]),
        CodingCase("With a growing reliance on China for parts, Russia changed course.", ["CHN>RUS:aid"]),
        // what an appeal asks for has not happened: no talks are coded
        CodingCase("Egypt pressed for talks between Israel and Hamas.", ["EGY>HAMAS:demand", "EGY>ISR:demand"]),
        // conjunctions and lists
        CodingCase("Britain and France sanctioned Iran.", ["FRA>IRN:coerce", "GBR>IRN:coerce"]),
        CodingCase("Qatar maintains ties with both Hamas and Israel.", ["QAT>HAMAS:diplomatic_cooperation:standing", "QAT>ISR:diplomatic_cooperation:standing"]),
        // people count for their actor
        CodingCase("Kremlin spokesman Dmitry Peskov criticized Washington.", ["RUS>USA:disapprove"]),
        CodingCase("Antony Blinken met Benjamin Netanyahu in Tel Aviv.", ["USA>ISR:consult"]),
        // negation and hedging
        CodingCase("China fell short of condemning Hamas.", []),
        CodingCase("China refused to condemn Hamas.", []),
        CodingCase("Egypt did not criticize Israel.", []),
        // a denial, a condition: it did not, or has not yet, happened
        CodingCase("Iran denied attacking Israel.", []),
        CodingCase("Russia denies that Belarus supplied Ukraine.", []),
        CodingCase("If Iran attacks Israel, the United States will respond.", []),
        CodingCase("Unless Hamas frees the hostages, Israel will not negotiate.", []),
        CodingCase("Iran attacked Israel, and Israel denied it.", ["IRN>ISR:assault"]),
        CodingCase("Egypt didn't criticize Israel, and Jordan didn\u{2019}t either.", []),
        CodingCase("Iran reportedly armed the Houthis.", ["IRN>HOUTHIS:aid:claim"]),
        CodingCase("Ukraine alleged, without evidence, that Belarus supplied Russia.", ["BLR>RUS:aid:claim", "UKR>BLR:accuse:claim"]),
        // intentions and objects that are not actors
        CodingCase("Qatar tried to free the hostages held by Hamas.", []),
        CodingCase("Jordan condemned the strikes on the hospital.", []),
        CodingCase("Iran's envoy to the United Nations warned that Israel would pay.", []),
        // no every-pair links
        CodingCase("Russia, China and Iran attended a summit in Moscow where Turkey spoke about trade.", []),
        CodingCase("The attack by Hamas, known to be supported by Iran, shocked Israel.", ["IRN>HAMAS:aid"]),
        // an aside between commas or a relative clause describes the actor before it, which keeps its part
        CodingCase("Russia, backed by Iran, attacked Ukraine.", ["IRN>RUS:diplomatic_cooperation", "RUS>UKR:assault"]),
        CodingCase("Russia, supported by China, condemned Ukraine.", ["CHN>RUS:aid", "RUS>UKR:disapprove"]),
        CodingCase("Russia, which invaded Ukraine, praised China.", ["RUS>CHN:diplomatic_cooperation", "RUS>UKR:assault"]),
        CodingCase("Hamas, which Israel attacked on October 7, condemned Egypt.", ["HAMAS>EGY:disapprove", "ISR>HAMAS:assault"]),
        CodingCase("Israel struck Hamas, which attacked Egypt.", ["HAMAS>EGY:assault", "ISR>HAMAS:assault"]),
        CodingCase("The Houthis, who are armed by Iran, attacked Israel.", ["HOUTHIS>ISR:assault", "IRN>HOUTHIS:aid"]),
        CodingCase("Turkey, Iran's neighbour, condemned Israel.", ["TUR>ISR:disapprove"]),
        CodingCase("Israel, officials said, struck Hamas.", ["ISR>HAMAS:assault"]),
        CodingCase("Qatar, long a patron of Hamas, criticized Israel.", ["QAT>HAMAS:aid", "QAT>ISR:disapprove"]),
        CodingCase("In a statement, released by the Kremlin, the two leaders pledged closer relations with NATO, officials said.", []),
        // a denial undoes what follows it in its clause; abstaining from a vote is not voting
        CodingCase("Iran denied any involvement in the attack on Israel.", []),
        CodingCase("Iran denied any role in the attack, but Hezbollah struck Israel.", ["HEZBOLLAH>ISR:assault"]),
        CodingCase("India abstained from the UN vote condemning Russia.", []),
        // what sours a relation: "suspended normalization talks with"
        CodingCase("Saudi Arabia suspended normalization talks with Israel.", ["SAU>ISR:reduce_relations"]),
        // a part of a country is still the country; a clause's own subject is not a second target
        CodingCase("Hezbollah fired rockets at northern Israel, and Israel responded with airstrikes on Lebanon.",
                   ["HEZBOLLAH>ISR:assault", "ISR>LBN:assault"]),
        CodingCase("Hezbollah fired rockets at Israel, and Israel launched strikes on Lebanon.", ["HEZBOLLAH>ISR:assault", "ISR>LBN:assault"]),
        CodingCase("Britain sanctioned Iran and Syria on Monday.", ["GBR>IRN:coerce", "GBR>SYR:coerce"]),
        CodingCase("Russia's alliances with Iran and North Korea have complicated its relations with Armenia.",
                   ["RUS>ARM:reduce_relations:standing", "RUS>IRN:diplomatic_cooperation:standing", "RUS>PRK:diplomatic_cooperation:standing"]),
        // a relation that holds both ways, between those who share the verb
        CodingCase("Putin and Xi met in Moscow on Tuesday.", ["RUS>CHN:consult"]),
        CodingCase("Russia, China and Iran held talks.", ["CHN>IRN:consult", "RUS>CHN:consult", "RUS>IRN:consult"]),
        CodingCase("France, Germany, Italy, Spain and Poland met in Brussels.", []),
        CodingCase("Iran and Saudi Arabia restored diplomatic ties in March.", ["IRN>SAU:diplomatic_cooperation"]),
        CodingCase("Russia and Iran signed a deal on drones.", ["RUS>IRN:material_cooperation"]),
        CodingCase("Britain and France condemned.", []),
        // what is received comes from the actor after "from", unless it is a cue of its own
        CodingCase("Ukraine received F-16 jets from Denmark and the Netherlands.", ["DNK>UKR:aid", "NLD>UKR:aid"]),
        CodingCase("Russia bought drones from Iran.", ["IRN>RUS:material_cooperation"]),
        CodingCase("Israel received a call from Biden.", ["USA>ISR:consult"]),
        CodingCase("Ukraine received praise, not weapons, from Germany.", []),
        CodingCase("The Houthis seized a cargo ship in the Red Sea, prompting condemnation from Britain.", ["GBR>HOUTHIS:disapprove"]),
        // the object of a verb whose subject is unnamed is still no subject for a later cue: Israel did
        // not protest against Hamas (it protested against the host, whom the pronoun leaves unnamed)
        CodingCase("It hosted a Hamas delegation in Moscow, drawing an angry protest from Israel.", []),
        // an opening participle's subject is the sentence's; an opening phrase's object is no list member
        CodingCase("After meeting Putin in Moscow, Xi praised Russia.", ["CHN>RUS:consult", "CHN>RUS:diplomatic_cooperation"]),
        CodingCase("Following talks with Iran, Russia signed a deal.", []),
        // ... even when an actor stands inside the phrase and the subject after the comma is none of the lexicon's
        CodingCase("After touring the Tanzanian capital and meeting with Kenyan police, the FBI chief spoke.", []),
        // an actor that only qualifies a thing ("pro-British towns", "Japanese-made copiers") does not act
        CodingCase("Extremists bombed pro-British towns, in punishment for killings blamed on the Irish Republican Army.", []),
        CodingCase("Nashua sells Japanese-made copiers and copier supplies in the U.S.", []),
        // the object of a preposition, over "southern", is no subject ("provided" is a conjunction here)
        CodingCase("Israel was willing to withdraw from southern Lebanon provided Israel's frontier was secured.", ["ISR>LBN:intent_to_cooperate"]),
        // a passive's patient is the clause's subject, not the object of a preposition in its phrase
        CodingCase("The U.S.'s demand for extradition from Afghanistan was refused by the Taliban.", ["TALIBAN>USA:reject"]),
        // a noun cue that finds no source still takes its object out of the running as a later subject
        CodingCase("He plunged his country into a war against Iran and then into a war against the U.S.", []),
        // an embargo on trade is no trade
        CodingCase("The Security Council ordered an embargo on trade with Iraq.", ["UNSC>IRQ:coerce"]),
        CodingCase("The Security Council kept the sanctions imposed on Iraq.", ["UNSC>IRQ:coerce"]),
        // an object counted ("three Palestinians", "at least 20 Hamas fighters"); a plural after a verb that
        // linked actors is its object ("supplied artillery shells"), not a verb
        CodingCase("Israeli forces killed three Palestinians in the West Bank.", ["ISR>PSE:assault"]),
        CodingCase("Hamas released two American hostages.", ["HAMAS>USA:yield"]),
        CodingCase("North Korea has supplied artillery shells to Russia.", ["PRK>RUS:aid"]),
        // a cause after "over" or "for" is the nearest actor's ("its" is Russia's); an abbreviation in
        // brackets stands where its name stands, inside the phrase ("its" is not the IAEA's)
        CodingCase("The Islamic Republic suspended cooperation with the International Atomic Energy Agency (IAEA) following its war with Israel.",
                   ["IRN>IAEA:reduce_relations:standing", "IRN>ISR:fight"]),
        // when stands between a verb and its object
        CodingCase("Blinken met on Tuesday with Saudi officials.", ["USA>SAU:consult"]),
        CodingCase("Mahmoud Abbas and Netanyahu meet separately Monday with Antony Blinken.", ["ISR>USA:consult", "PA>USA:consult"]),
        // ... and inside a verb's phrase, up to three words of when or how
        CodingCase("Biden spoke by phone on Sunday with Netanyahu.", ["USA>ISR:consult"]),
        CodingCase("Putin talked separately with Xi and Modi.", ["RUS>CHN:consult", "RUS>IND:consult"]),
        CodingCase("Hamas was attacked by Israel.", ["ISR>HAMAS:assault"]),
        // "he" and "she" carry on the first person named before them, in the sentence or the one before
        CodingCase("Lavrov met Blinken in Geneva. He condemned Israel.", ["RUS>ISR:disapprove", "RUS>USA:consult"]),
        CodingCase("The minister spoke. He condemned Israel.", []),
        CodingCase("The United States continues to reject calls for a ceasefire, Zakharova said.", []),
        // ... numbers too ("exchanged 1,000 prisoners")
        CodingCase("Russia and Ukraine exchanged 1,000 prisoners of war.", ["RUS>UKR:yield"]),
        CodingCase("Russia and Ukraine agreed to exchange 1,000 prisoners of war each.", ["RUS>UKR:intent_to_cooperate"]),
        CodingCase("Zelensky reached out via phone to Biden.", ["UKR>USA:consult"]),
        CodingCase("Russia deported thousands of Ukrainian children.", ["RUS>UKR:coerce"]),
        // modifiers listed together share a noun cue
        CodingCase("Israeli and U.S. attacks on Iran continued.", ["ISR>IRN:assault", "USA>IRN:assault"]),
        CodingCase("The European Union imposed new sanctions on Russia over its invasion of Ukraine.", ["EU>RUS:coerce", "RUS>UKR:assault"]),
        // force done by one side, and truces agreed by both
        CodingCase("Russian troops captured the Ukrainian town of Avdiivka.", ["RUS>UKR:fight"]),
        CodingCase("U.S. and British warships shot down the drones.", []),
        CodingCase("Hezbollah fired rockets into northern Israel.", ["HEZBOLLAH>ISR:assault"]),
        CodingCase("Israel and Hamas agreed to a truce.", ["ISR>HAMAS:yield"]),
        // a participle after a preposition is an adjective; a comma right after a cue ends it; a relative
        // clause about others is no noun cue's subject
        CodingCase("Very few of the Americans in occupied Kuwait complied with the order.", []),
        CodingCase("With Kuwait now annexed, Iraq controls the oil.", []),
        CodingCase("Tanzania expelled a man who was questioned over the bombing of two U.S. embassies.", []),
        // a participle after a hyphen is the participle cue even where a verb is spelled alike ("backed"
        // of "back"); what it qualifies may still act, and a backer is not what a verb strikes
        CodingCase("Iran-backed Hezbollah fired rockets at Israel.", ["HEZBOLLAH>ISR:assault", "IRN>HEZBOLLAH:aid:standing"]),
        CodingCase("Israel struck Iran-backed Hezbollah in Lebanon.", ["IRN>HEZBOLLAH:aid:standing", "ISR>HEZBOLLAH:assault"]),
        CodingCase("U.S. forces struck Iranian-backed militias in Iraq and Syria.", []),
        // joint statements, thanks and vows
        CodingCase("Putin and Xi signed a joint statement in Beijing.", ["RUS>CHN:diplomatic_cooperation"]),
        CodingCase("Zelensky thanked Germany for its support.", ["UKR>DEU:diplomatic_cooperation"]),
        CodingCase("Netanyahu vowed to destroy Hamas.", ["ISR>HAMAS:threaten"]),
        // a stated intention: force intended is a threat, cooperation an intent to cooperate (CAMEO 13 and 03),
        // words intended are not coded; "will not" negates, "would" stays a possibility
        CodingCase("Israel will strike Iran next week, officials said.", ["ISR>IRN:threaten"]),
        CodingCase("Israel threatened to strike Iran.", ["ISR>IRN:threaten"]),
        CodingCase("Putin plans to meet Xi in Beijing.", ["RUS>CHN:intent_to_cooperate"]),
        CodingCase("Hamas agreed to release Israeli hostages.", ["HAMAS>ISR:intent_to_cooperate"]),
        CodingCase("China will condemn Japan.", []),
        CodingCase("Russia will not attack NATO.", []),
        // what a report says one would do is intended (CAMEO codes "said it would strike" as a threat)
        CodingCase("Iran said it would strike Israel.", ["IRN>ISR:threaten"]),
        CodingCase("Iran could strike Israel.", []),
        CodingCase("Israel declared that it will respond to an Iraqi attack on Jordan.", []),
        // a verb that reads as a noun is the noun spelled alike; those listed with the subject share a noun cue
        CodingCase("Qatar, Egypt and the United States issued a joint call for Israel and Hamas to return to talks.",
                   ["EGY>HAMAS:appeal", "EGY>ISR:appeal", "QAT>HAMAS:appeal", "QAT>ISR:appeal", "USA>HAMAS:appeal", "USA>ISR:appeal"]),
        // "between X and Y" when X's phrase runs on past its name
        CodingCase("Heavy fighting erupted between Sudan's army and the paramilitary Rapid Support Forces.", ["SDN>RSF:fight"]),
        CodingCase("The talks drew attention, with discussions between Joe Biden and Mohammed bin Zayed Al Nahyan.", ["USA>ARE:consult"]),
        // departments that speak and act for their state
        CodingCase("The Treasury Department sanctioned Venezuelan officials.", ["USA>VEN:coerce"]),
        // shows of force: drills and war games around a state, forces surrounding it
        CodingCase("China ended a day of military drills around Taiwan yesterday.", ["CHN>TWN:military_posture"]),
        CodingCase("Chinese warships conducted drills near Taiwan.", ["CHN>TWN:military_posture"]),
        // the object of "near" is no subject either ("Yemen" did not hit Tel Aviv)
        CodingCase("Israel hit targets near Yemen's Hodeidah port, a day after a drone launched by the Houthis hit Tel Aviv.", ["ISR>YEM:assault"]),
        CodingCase("The Houthi air force launched drones against the U.S. destroyer Cole.", ["HOUTHIS>USA:assault"]),
        // after "from", a possessor is not the source: the one named beside what it possesses is
        CodingCase("Hamas drew criticism from Israel's long-standing ally, the United States.", ["USA>HAMAS:disapprove"]),
        CodingCase("Russia drew criticism from Israel's allies.", []),
        // after any noun cue, "from" and "by" name who acts: Trump demands, not NATO
        CodingCase("NATO agreed to raise spending, a move driven by demands from US President Donald Trump.", ["USA>NATO:demand"]),
        // a participle right after a noun qualifies it: an effort backed by Russia is no actor backed; in a relative
        // clause the passive's patient is what the clause describes
        CodingCase("The Security Council rejected an effort backed by Russia and China to delay sanctions.", []),
        CodingCase("Iraqi militias backed by Iran attacked U.S. troops.", ["IRN>IRQ:diplomatic_cooperation", "IRQ>USA:assault"]),
        CodingCase("India blamed an attack on tourists that it said was backed by Islamabad.", []),
        // an armed group backed by someone is armed and paid by them, as "Iran-backed" says
        CodingCase("Hamas, which Israel says is backed by Iran, fired rockets.", ["IRN>HAMAS:aid"]),
        CodingCase("Reporters met a former al-Qaeda commander who until recently was sanctioned by Washington.", []),
        // praise and thanks are one actor's dated act, not a tie among those who give them
        CodingCase("Egypt, Qatar and Turkey welcomed the agreements on Gaza.", []),
        // "the war in Ukraine" is waged by its possessor only
        CodingCase("Putin will meet Witkoff to discuss a proposal to end the war in Ukraine.", ["RUS>USA:intent_to_cooperate"]),
        CodingCase("Russia's war in Ukraine continued.", ["RUS>UKR:fight"]),
        // supporting a proposal endorses it (CAMEO 051), it gives no aid
        CodingCase("Hun Manet said he had supported the Malaysian proposal for a ceasefire.", ["KHM>MYS:diplomatic_cooperation"]),
        // "relations with" says nothing of their tone until a word does
        CodingCase("Sanctions may hurt Colombia's economy and its relationship with the United States.", []),
        CodingCase("China has close relations with Pakistan.", ["CHN>PAK:diplomatic_cooperation:standing"]),
        CodingCase("The dispute strained Turkey's relations with the United States.", ["TUR>USA:reduce_relations:standing"]),
        // a stated intention governs its clause: the talks of a planned visit are planned too
        CodingCase("Zelensky is due to visit Paris on Monday for talks with Macron.", ["UKR>FRA:intent_to_cooperate"]),
        // blame accuses (CAMEO 112)
        CodingCase("The Taliban blamed Pakistan for the explosions.", ["TALIBAN>PAK:accuse"]),
        // a relative clause's subject is the noun before it, not whoever the sentence quotes
        CodingCase("Pakistan accuses Kabul of harbouring groups that stage attacks, particularly the TTP, which it says uses Afghan soil.",
                   ["PAK>AFG:accuse"]),
        // an adverb and a participle after a function word qualify a noun: "newly trained" police are trained by no one here
        CodingCase("The force would work with Israel and Egypt and newly trained Palestinian police.", []),
        // what an actor holds or does, and its parts, stand for it as an object
        CodingCase("Zakharova criticized the position of the United States.", ["RUS>USA:disapprove"]),
        CodingCase("The RSF captured the headquarters of the Sudanese army.", ["RSF>SDN:fight"]),
        // a relative pronoun's clause is about the actor before it, over auxiliaries ("which have been fighting")
        CodingCase("The RSF, which have been fighting the Sudanese army since 2023, announced the capture of El Fasher.", ["RSF>SDN:fight"]),
        // a "that" clause with an actor of its own has its own subject; one without leaves the sayer acting
        CodingCase("Rutte expressed confidence that EU leaders will agree on aid for Ukraine.", ["EU>UKR:intent_to_cooperate"]),
        CodingCase("Houthi leaders have said that the attacks are a show of support for the Palestinians.", ["HOUTHIS>PSE:aid"]),
        // what a verb of telling is about is no act of its subject
        CodingCase("China cited earlier attacks against Chinese in Japan.", []),
        // words and visits received are no supplies
        CodingCase("Trump said he had received a positive response from Saudi Arabia.", []),
        CodingCase("Ukraine received F-16 jets from Denmark.", ["DNK>UKR:aid"]),
        // where a meeting is held is no one met; who is visited is
        CodingCase("The parties agreed to meet again in Venezuela in August.", []),
        CodingCase("Xi met Putin in Moscow.", ["CHN>RUS:consult"]),
        CodingCase("Xi visited Moscow.", ["CHN>RUS:consult"]),
        // an intention governs a noun a light verb carries: "is expected to make a visit to"
        CodingCase("Ruto is expected to make a visit to Haiti.", ["KEN>HTI:intent_to_cooperate"]),
        // "host" before a name is a title; a past verb after "the" and a noun is that noun's act; "is to" intends
        CodingCase("ASEAN leaders denounced the violence, while host Indonesia expressed disappointment.", []),
        CodingCase("Egypt is to host Israel and Hamas.", ["EGY>HAMAS:intent_to_cooperate", "EGY>ISR:intent_to_cooperate"]),
        CodingCase("Zelensky said the government attacked Russia.", ["UKR>RUS:assault"]),
        CodingCase("Zelensky said his government supports Poland.", ["UKR>POL:aid"]),
        // words for an actor's people or body do not end a list
        CodingCase("Moscow maintains ties with both the Hamas militant group and Israel.",
                   ["RUS>HAMAS:diplomatic_cooperation:standing", "RUS>ISR:diplomatic_cooperation:standing"]),
        CodingCase("Israel struck Hamas fighters and Hezbollah responded.", ["ISR>HAMAS:assault"]),
        // found in review: a participle before a noun cue is an adjective only inside a noun phrase; an
        // intention stops where another clause opens; "in" needs a possessor only for fighting; what an
        // offer or decision is to do is intended; a second actor's own group words before its verb
        CodingCase("Israel condemned attacks on Syria.", []),
        CodingCase("Xi will visit Moscow after Russia attacked Ukraine.", ["CHN>RUS:intent_to_cooperate", "RUS>UKR:assault"]),
        CodingCase("Israel has launched airstrikes in Syria.", ["ISR>SYR:assault"]),
        CodingCase("Russia's offer to resume talks with Ukraine was welcomed.", ["RUS>UKR:intent_to_cooperate"]),
        CodingCase("Israel struck Hamas militants and Hezbollah fighters responded.", ["ISR>HAMAS:assault"]),
        // what must or should be done has not happened
        CodingCase("The U.S. must halt assistance to Azerbaijan, Schiff said.", []),
        CodingCase("Israel should withdraw from Gaza.", []),
        CodingCase("Xi's visit drew China's and Vietnam's flags onto the roads for his visit.", []),
        // a participle right before a noun cue qualifies it
        CodingCase("The current armed conflict between Thailand and Cambodia worsened.", ["THA>KHM:fight"]),
        // what a decision or plan is to do is its possessor's, not the subject's
        CodingCase("Orban opposed the European Council's decision to start accession talks with Ukraine.",
                   ["EU>UKR:intent_to_cooperate", "HUN>EU:reject"]),
        CodingCase("Russia backed Hamas's plan to hold talks with Egypt.", ["HAMAS>EGY:intent_to_cooperate", "RUS>HAMAS:diplomatic_cooperation"]),
        // after a passive, the one it was done to carries on as subject
        CodingCase("Ukraine was attacked by Russia and then struck Moscow.", ["RUS>UKR:assault", "UKR>RUS:assault"]),
        // what one decides, moves or begins to do is done; what one is called on to do is not
        CodingCase("Pakistan has decided to recall its ambassador from Tehran.", ["PAK>IRN:reduce_relations"]),
        CodingCase("Mexico quickly moved to break off diplomatic ties with Ecuador.", ["MEX>ECU:reduce_relations"]),
        CodingCase("Zakharova criticized the United States, which, she said, continues to reject calls for a ceasefire.", ["RUS>USA:disapprove"]),
        // a title before a name is crossed to reach the actor
        CodingCase("Qatar's emir arrived in Ankara for discussions with President Recep Tayyip Erdogan.", ["QAT>TUR:consult"]),
        CodingCase("A Chinese vessel rammed a Philippine ship.", ["CHN>PHL:assault"]),
        // support voiced is endorsement (CAMEO 051), not aid
        CodingCase("Xi voiced support for Indonesia's new government.", ["CHN>IDN:diplomatic_cooperation"]),
        // aid and trade stopped reduce relations (CAMEO 16), as halted talks and frayed ties do
        CodingCase("China halted its trade with Japan.", ["CHN>JPN:reduce_relations"]),
        CodingCase("Germany suspended aid to Ukraine.", ["DEU>UKR:reduce_relations"]),
        CodingCase("As Russia seeks support from Iran, its ties with other countries have frayed.", ["IRN>RUS:aid"]),
        // what two sides do to each other: prisoner swaps, exchanges of fire, of accusations
        CodingCase("Russia and Ukraine swapped prisoners on Friday.", ["RUS>UKR:yield"]),
        CodingCase("The UAE brokered a prisoner swap between Russia and Ukraine.", ["RUS>UKR:yield"]),
        CodingCase("Israeli troops exchanged fire with Hezbollah.", ["ISR>HEZBOLLAH:fight"]),
        CodingCase("China and the Philippines traded accusations over the collision.", ["CHN>PHL:accuse", "PHL>CHN:accuse"]),
        CodingCase("Armenia exchanged accusations with Azerbaijan on Tuesday.", ["ARM>AZE:accuse", "AZE>ARM:accuse"]),
        CodingCase("Russia launched a missile barrage on Kyiv; Pakistan carried out airstrikes inside Iran.",
                   ["PAK>IRN:assault", "RUS>UKR:assault"]),
        CodingCase("The leaders of the U.S., France and Britain condemned Hamas.", ["FRA>HAMAS:disapprove", "GBR>HAMAS:disapprove", "USA>HAMAS:disapprove"]),
        // read on news wires: a counted plural is a noun, a cue does not cross a comma, a withdrawal is
        // the possessor's, "back" before a preposition is an adverb, "no" before a cue undoes it, and
        // those named beside a source act with it
        CodingCase("The Cypriot government condemned two terrorist bomb attacks in Kenya.", []),
        CodingCase("The United States sought to block Iraqi trade, with Britain lending support.", []),
        CodingCase("The talks discussed an Iraqi withdrawal from Kuwait.", ["IRQ>KWT:yield"]),
        CodingCase("Russia pushed back against the United States.", []),
        CodingCase("Officials said no amphibious assault on Kuwait had begun.", []),
        CodingCase("The financial assistance from the World Bank and the International Monetary Fund is not helping.", []),
        CodingCase("Britain struck Yemen early on Friday, with support from Canada and the Netherlands.",
                   ["CAN>GBR:aid", "GBR>YEM:assault", "NLD>GBR:aid"]),
        // what would or could happen has not, but a force one says one would use unless is threatened;
        // a charge crosses only an aside between commas to its "that"
        CodingCase("Washington said it would strike Iraq unless inspectors got access.", ["USA>IRQ:threaten"]),
        CodingCase("The Security Council charged the inspectors with verifying that Iraq destroyed its missiles.", []),
        // a list is not an aside, and may open the sentence
        CodingCase("Russia, Iran and China condemned Israel.", ["CHN>ISR:disapprove", "IRN>ISR:disapprove", "RUS>ISR:disapprove"]),
        CodingCase("Russia, the United States, and China condemned Israel.", ["CHN>ISR:disapprove", "RUS>ISR:disapprove", "USA>ISR:disapprove"]),
        // words are compared as lower-cased bytes: adverbs are crossed by their length in characters,
        // not bytes; a capital is a place before a lower-case word only; curly apostrophes are possessives
        CodingCase("Turkey condemned sadly Israel on Tuesday.", ["TUR>ISR:disapprove"]),
        CodingCase("Turkey condemned naïvely Israel on Tuesday.", ["TUR>ISR:disapprove"]),
        CodingCase("Turkey condemned éaly Israel on Tuesday.", []),
        CodingCase("Qatar condemned the Damascus strike.", []),
        CodingCase("Qatar condemned the Damascus École strike.", ["QAT>SYR:disapprove"]),
        CodingCase("Israel’s allies condemned Iran’s support for Hezbollah.", ["IRN>HEZBOLLAH:aid", "ISR>IRN:disapprove"]),
        // an article stands for any other, and its noun's modifiers may stand between it and a cue's noun;
        // a cue that ends in a preposition with no actor after it is the shorter cue it holds
        CodingCase("Serbia and Hungary signed the long-awaited EU-backed energy agreement on Monday.", ["SRB>HUN:material_cooperation"]),
        CodingCase("Chad and Sudan agreed Sunday to a full and immediate ceasefire.", ["TCD>SDN:yield"]),
        CodingCase("Chad and Sudan have agreed to a ceasefire with immediate effect.", ["TCD>SDN:yield"]),
        CodingCase("Iran fired a ballistic missile at Israel.", ["IRN>ISR:assault"]),
        CodingCase("Chad signed the letter saying the agreement was void.", []),
        // tariffs are coercion; no force is meant by a diplomatic offensive or a trade war
        CodingCase("Washington slapped 40% tariffs on Brazilian goods.", ["USA>BRA:coerce"]),
        CodingCase("Canada will respond to the United States' tariffs on Canadian steel.", ["USA>CAN:coerce"]),
        CodingCase("Germany condemned Russia's attack on Ukraine.", ["DEU>RUS:disapprove", "RUS>UKR:assault"]),
        CodingCase("Iran provided weapons to Hamas.", ["IRN>HAMAS:aid"]),
        CodingCase("Activists keep calling for Israel's withdrawal from Lebanon.", []),
        CodingCase("India mounted a diplomatic offensive against Pakistan.", []),
        CodingCase("China warned of a trade war with the United States.", []),
        CodingCase("Officials said all imports from Russia would be taxed.", []),
        // what may come of a war, or talks that will resume, after the actors of a noun cue
        CodingCase("Analysts say war between Ethiopia and Eritrea could break out.", []),
        CodingCase("Talks between Iran and the United States will resume in Oman.", ["IRN>USA:intent_to_cooperate"]),
        // ending a war intends no war; the war is fought
        CodingCase("France backed a push to end hostilities between Syria and Israel.", ["SYR>ISR:fight"]),
        // the authorities in a capital are its government, not a place
        CodingCase("The authorities in Damascus held talks with Jordan.", ["SYR>JOR:consult"]),
        CodingCase("Qatar hosted talks in Damascus.", []),
        // "in its war": the war's owner is the one helped, even after a preposition
        CodingCase("Cuba's support for Russia in its war with Ukraine drew criticism.", ["CUB>RUS:aid", "RUS>UKR:fight"]),
        CodingCase("Israel struck Gaza in its war against Hamas.", ["ISR>HAMAS:fight", "ISR>PSE:assault"]),
        // credentials, exemptions and information received are no supplies
        CodingCase("The ministry received credentials from Afghanistan's new ambassador.", []),
        CodingCase("Qatar said it had received information from Hamas.", []),
        // missiles fired toward a target; lifted sanctions are a concession; what is destroyed was attacked
        CodingCase("Iran launched missiles toward Israel.", ["IRN>ISR:assault"]),
        CodingCase("The EU lifted sanctions on Syria.", ["EU>SYR:yield"]),
        CodingCase("Israeli jets destroyed Hezbollah positions.", ["ISR>HEZBOLLAH:assault"]),
        // a possessor across a date's commas; after a possessive a verb's spelling is a noun
        CodingCase("Hamas' Oct. 7, 2023, attack on Israel killed hundreds.", ["HAMAS>ISR:assault"]),
        CodingCase("This came with Iran's talks with Britain.", ["IRN>GBR:consult"]),
        // a preposition's possessor is no verb's subject, unless after "of"
        CodingCase("The package sets a price cap on Russia's oil and targets its economy.", []),
        CodingCase("Ali Larijani, secretary of Iran's security council, met Saudi Crown Prince Mohammed bin Salman.", ["IRN>SAU:consult"]),
        // a potential deal may never be; planned talks are intended
        CodingCase("Ukraine could get guarantees under a potential peace deal with Russia.", []),
        CodingCase("Oman announced the planned talks between Iran and the United States.", ["IRN>USA:intent_to_cooperate"]),
        // people around a speaker are no show of force; papers handed over are no yielding, hostages are
        CodingCase("The president spoke, surrounded by NATO chief Mark Rutte.", []),
        CodingCase("Russia handed over to Ukraine its memorandum on a ceasefire.", []),
        CodingCase("Hamas handed over three hostages to Israel.", ["HAMAS>ISR:yield"]),
        CodingCase("Hamas released three hostages to the Red Cross.", []),
        // "in response to its war": the war is the one answered's, and no statement is made
        CodingCase("The EU imposed sanctions on Russia in response to its war on Ukraine.", ["EU>RUS:coerce", "RUS>UKR:fight"]),
        // who names a thing did not do it, unless it is theirs
        CodingCase("The Iranian statement called it a violation of Qatar's sovereignty and an attack on Palestinian negotiators.", []),
        CodingCase("Israel called it a response to Iran's attack on Israel.", ["IRN>ISR:assault"]),
        // a noun cue split by its agent: "strikes by X on Y"
        CodingCase("Airstrikes by Israel on Lebanon killed ten people.", ["ISR>LBN:assault"]),
        CodingCase("Strikes by the US and Britain on Yemen continued.", ["GBR>YEM:assault", "USA>YEM:assault"]),
        CodingCase("Criticism by Russia of Israel grew.", ["RUS>ISR:disapprove"]),
        CodingCase("The attack was condemned by Russia on Tuesday.", []),
        // tariffs lowered are eased; ties cut off (a dated act) or ended are reduced, a visit ended is still a visit
        CodingCase("The US will lower its tariffs on Chinese goods.", ["USA>CHN:intent_to_cooperate"]),
        CodingCase("Bolivia's cutting off ties with Israel angered Washington.", ["BOL>ISR:reduce_relations"]),
        CodingCase("Chad decided to end its defence partnership with France.", ["TCD>FRA:reduce_relations:standing"]),
        CodingCase("Zelensky ended a two-day visit to Washington.", ["UKR>USA:consult"]),
        // a tie yet to be made is none, one agreed is made
        CodingCase("Trump urged him to normalise relations with Israel.", []),
        CodingCase("Iran and Saudi Arabia agreed on Friday to restore diplomatic ties.", ["IRN>SAU:diplomatic_cooperation"]),
        // participles that qualify: after a hyphen, after a noun with a place and no agent, after a number
        CodingCase("Leaders met in coup-hit Niger.", []),
        CodingCase("Palestinian children detained in Israeli prisons were freed.", []),
        CodingCase("The transfer of $6 billion frozen Iranian funds to Qatari banks was completed.", []),
        // "hit back at" is no backing; a diplomatic note received is no supply
        CodingCase("Petro hit back at Trump.", []),
        CodingCase("India said it received a diplomatic note from Canada.", []),
        // a modal after an actor after a comma starts its own clause
        CodingCase("Israeli troops will withdraw from Lebanon, and Hezbollah will move its forces north.", ["ISR>LBN:intent_to_cooperate"]),
        // leaving an organisation reduces relations; leaving a country yields ground
        CodingCase("Mali announced its withdrawal from ECOWAS.", ["MLI>ECOWAS:reduce_relations"]),
        CodingCase("The United States withdrew from the WHO.", ["USA>WHO:reduce_relations"]),
        CodingCase("Russia will withdraw from the OSCE.", ["RUS>OSCE:threaten"]),
        CodingCase("Israel withdrew from Lebanon.", ["ISR>LBN:yield"]),
        // West African blocs
        CodingCase("The Alliance of Sahel States blamed Algeria for the downing.", ["AES>DZA:accuse"]),
        CodingCase("Niger's prime minister accused ECOWAS of bad faith.", ["NER>ECOWAS:accuse"]),
        // from a review of the rules above, near misses that must stay as they were
        CodingCase("Netanyahu said Hamas's attack on Israel would not go unpunished.", ["HAMAS>ISR:assault"]),
        CodingCase("The war between Russia and Ukraine may last for years.", ["RUS>UKR:fight"]),
        CodingCase("Israel launched airstrikes on Lebanon in its war against Hezbollah.", ["ISR>HEZBOLLAH:fight", "ISR>LBN:assault"]),
        CodingCase("Russia sought help from Iran in its war against Ukraine.", ["IRN>RUS:aid", "RUS>UKR:fight"]),
        // (the one condemned for attacks made them, as one accused of them does; the one condemning did not)
        CodingCase("The US condemned Iran for attacks on Israel.", ["IRN>ISR:assault", "USA>IRN:disapprove"]),
        CodingCase("The White House rolled out sweeping tariffs on Chinese goods.", ["USA>CHN:coerce"]),
        CodingCase("Washington cut aid and announced sanctions against Moscow.", ["USA>RUS:coerce"]),
        CodingCase("U.S. officials in Kyiv criticized Russia.", ["USA>RUS:disapprove"]),
        CodingCase("The United States re-imposed sanctions on Iran.", ["USA>IRN:coerce"]),
        CodingCase("Hamas released three Israeli hostages under the terms of the ceasefire.", ["HAMAS>ISR:yield"]),
        CodingCase("Trump promised to end the war and restore ties with Russia.", ["USA>RUS:intent_to_cooperate"]),
        CodingCase("Russia called it a provocation and announced sanctions on Latvia.", ["RUS>LVA:coerce"]),
        CodingCase("A delegation from Iran's parliament visited Moscow.", ["IRN>RUS:consult"]),
        CodingCase("Blinken met on Tuesday with the prime minister of Qatar.", ["USA>QAT:consult"]),
        CodingCase("Egyptians express solidarity with Palestinians.", ["EGY>PSE:diplomatic_cooperation"]),
        CodingCase("Russia, above all, backs Serbia.", ["RUS>SRB:diplomatic_cooperation"]),
        CodingCase("Iranian students protested at the British embassy.", ["IRN>GBR:protest"]),
        CodingCase("The UAE signed an accord to establish diplomatic ties with Israel.", ["ARE>ISR:diplomatic_cooperation"]),
        CodingCase("The EU said sanctions on Russia, Belarus, and Iran will take effect.", ["EU>BLR:coerce", "EU>IRN:coerce", "EU>RUS:coerce"]),
        CodingCase("A potential Israeli strike on Iran worries Gulf states.", []),
        CodingCase("Britain and India signed a landmark trade agreement.", ["GBR>IND:material_cooperation"]),
        CodingCase("Israel said the hostages were either killed in Hamas' Oct. 7, 2023, attack or died in captivity.", []),
        CodingCase("The Russian side handed over to Ukraine a so-called memorandum.", []),
        CodingCase("Trump's pre-meeting phone call with Putin worried Kyiv.", ["USA>RUS:consult"]),
        CodingCase("Trump's move to lift decades-old sanctions on Syria surprised Europe.", ["USA>SYR:intent_to_cooperate"]),
        // an armed group's description before its name
        CodingCase("Sudan's army took the palace after fighting with the paramilitary Rapid Support Forces.", ["SDN>RSF:fight"]),
        // a date may stand inside a verb's or a noun's phrase
        CodingCase("Fighting broke out in April 2023 between Sudan's army and the Rapid Support Forces.", ["SDN>RSF:fight"]),
        CodingCase("Battles erupted on May 10 between Sudan's army and the RSF.", ["SDN>RSF:fight"]),
        // a rank before a group's members
        CodingCase("Israel's military confirmed conducting strikes on senior Hamas leaders.", ["ISR>HAMAS:assault"]),
        // "armed" as an adjective: no one armed anyone
        CodingCase("The SDF and armed factions loyal to Ankara clashed.", []),
        CodingCase("Russia said armed Ukrainian saboteurs crossed the border.", []),
        CodingCase("Rwanda armed and trained M23 fighters.", ["RWA>M23:aid"]),
        // troops hosted are no visit; a delegation is
        CodingCase("Niger's leader accused Benin of hosting French troops.", ["NER>BEN:accuse"]),
        CodingCase("Qatar hosted a Hamas delegation in Doha.", ["QAT>HAMAS:consult"]),
        // killed in someone's strike: the striker is the agent
        CodingCase("Wissam Tawil, a Hezbollah commander killed in an Israeli strike in January, was buried.", ["ISR>HEZBOLLAH:assault"]),
        CodingCase("A Hezbollah commander was killed in an Israeli drone strike.", ["ISR>HEZBOLLAH:assault"]),
        CodingCase("Twelve Americans were killed in the Kenya embassy bombing.", []),
        // a gerund after "all" is a noun: those who mediate a ceasefire fight no one
        CodingCase("The ceasefire, mediated by the United States, Egypt, and Qatar, halts all fighting.", []),
        CodingCase("The aid helps Kyiv hold out against invading Russian forces.", []),
        // "its" after a possessor near it is that possessor's
        CodingCase("The sanctions followed Washington's disappointment with Moscow's progress toward ending its war with Ukraine.",
                   ["RUS>UKR:fight", "USA>RUS:disapprove"]),
        // tariffs trimmed, or to be cut, are a concession
        CodingCase("Trump said he had agreed with Xi Jinping to trim tariffs on China.", ["USA>CHN:yield"]),
        CodingCase("Trump said tariffs imposed on Chinese imports would be cut to 47%.", ["USA>CHN:yield"]),
        CodingCase("Trump said tariffs imposed on Chinese imports would stay.", ["USA>CHN:coerce"]),
        // assets frozen in a place after "of": no one froze anyone
        CodingCase("The plan was to tap $200bn of Russian central bank assets frozen in the EU for a loan.", []),
        // verbs listed after an appeal's infinitive are what it asks for
        CodingCase("Trump urged the Syrian leader to expel foreign fighters, deport Palestinian militants and help the United States.",
                   ["USA>SYR:appeal"]),
        CodingCase("The EU urged Russia to halt its attacks and withdraw from Ukraine.", ["EU>RUS:appeal"]),
        CodingCase("The EU urged Russia to halt its attacks, and Ukraine struck Russia.", ["EU>RUS:appeal", "UKR>RUS:assault"]),
        // an armed group backed by someone is armed and paid by them; a stance backed is no actor
        CodingCase("M23 rebels backed by neighbouring Rwanda took the city.", ["RWA>M23:aid"]),
        CodingCase("The UAE, which has been accused of backing the RSF, condemned the attack.", ["ARE>RSF:aid:claim"]),
        CodingCase("Israel has a right to self-defence, a stance also supported by President Biden.", []),
        CodingCase("Houthi rebels attacked and sank a Greek ship.", ["HOUTHIS>GRC:assault"]),
        CodingCase("The EU adopted its 17th sanctions package against Russia.", ["EU>RUS:coerce"]),
        CodingCase("Ukraine accused Russia of attacking Ukrainian forces near Kupiansk.", ["RUS>UKR:assault:claim", "UKR>RUS:accuse"]),
        // a phrase of manner before the object; what an actor decided or did stands for it, after "by" too
        CodingCase("Cuba condemned in the strongest terms the decision by President Trump.", ["CUB>USA:disapprove"]),
        CodingCase("China strongly condemned the move by Japan.", ["CHN>JPN:disapprove"]),
        // the thing blamed, then the one blamed
        CodingCase("Kosovo blamed the attack on Serbia.", ["XKX>SRB:accuse"]),
        CodingCase("Kosovo blamed Serbia for the attack.", ["XKX>SRB:accuse"]),
        // an agreement to act, with when and where between
        CodingCase("Russia and Ukraine said they had agreed at peace talks on Monday to exchange more prisoners of war.",
                   ["RUS>UKR:intent_to_cooperate"]),
        CodingCase("The Ukrainian military has launched repeated attacks against Russian refineries.", ["UKR>RUS:assault"]),
        // from a review of the rules above: where each must not reach
        CodingCase("Biden urged Netanyahu to agree to a ceasefire and spoke with Egypt's Sisi on Sunday.", ["USA>EGY:consult", "USA>ISR:appeal"]),
        CodingCase("The EU urged Russia to halt attacks and withdraw from Ukraine.", ["EU>RUS:appeal"]),
        CodingCase("Kyiv was encouraged by Trump's comments on NATO.", []),
        CodingCase("Trump encouraged the Syrian leader to expel foreign fighters and help the United States.", ["USA>SYR:appeal"]),
        CodingCase("Iran fired missiles at Israel in response to Israel's strikes on its territory.", ["IRN>ISR:assault", "ISR>IRN:assault"]),
        CodingCase("Taiwan protested against China's drills around its territory.", ["CHN>TWN:military_posture", "TWN>CHN:disapprove"]),
        CodingCase("U.S. tariffs on Indian goods are reducing exports, economists said.", ["USA>IND:coerce"]),
        CodingCase("The EU said sanctions against Russia would not be eased.", ["EU>RUS:coerce"]),
        CodingCase("Qatar hosted Israeli military officials for talks on the hostage deal.", ["QAT>ISR:consult"]),
        CodingCase("Five Chinese engineers were killed in a Pakistan attack on their convoy.", []),
        CodingCase("Five Israelis were killed in a Hamas attack.", ["HAMAS>ISR:assault"]),
        CodingCase("Slovakia blocked the EU's 18th sanctions package against Russia.", ["SVK>EU:reject"]),
        CodingCase("The U.S. said it was preparing a sanctions package against Venezuela.", ["USA>VEN:threaten"]),
        CodingCase("A Russian ship was sunk in a Ukrainian drone attack.", ["UKR>RUS:assault"]),
        CodingCase("Iran is arming the Houthis, U.S. officials said.", ["IRN>HOUTHIS:aid"]),
        CodingCase("The United States was drawn into fighting Houthi forces in the Red Sea.", ["USA>HOUTHIS:fight"]),
        CodingCase("The Syrian National Army (SNA) advanced. The SNA attacked the SDF.", ["SNA>SDF:assault"]),
        // ties broken are reduced, ties normalised a tie; leaving an organisation, or deciding to
        CodingCase("Algeria broke diplomatic ties with Morocco in August 2021.", ["DZA>MAR:reduce_relations"]),
        CodingCase("Mexico suspended diplomatic relations with Ecuador.", ["MEX>ECU:reduce_relations"]),
        // a normalization is more often sought or conditioned than made
        CodingCase("Rabat's normalization of relations with Israel angered Algeria.", []),
        CodingCase("Mali pulled out of ECOWAS in January.", ["MLI>ECOWAS:reduce_relations"]),
        CodingCase("The decision by Niger, Mali and Burkina Faso to pull out of ECOWAS was approved.",
                   ["BFA>ECOWAS:reduce_relations", "MLI>ECOWAS:reduce_relations", "NER>ECOWAS:reduce_relations"]),
        CodingCase("Russia's decision to withdraw from the OSCE surprised Europe.", ["RUS>OSCE:reduce_relations"]),
        CodingCase("Putin's decision to invade Ukraine in 2022 has cost Russia dearly.", ["RUS>UKR:assault"]),
        // what calls or plans are to do is not done, nor is the one who rejects them its actor
        CodingCase("Hungary rejected calls to impose new sanctions on Russia.", []),
        // a gerund after a noun and "of" names a thing; after a charge it is what is charged
        CodingCase("The Netherlands has approved a new package of financing for military aid to Ukraine.", ["NLD>UKR:aid"]),
        CodingCase("Iran faced accusations of arming the Houthis.", ["IRN>HOUTHIS:aid"]),
        CodingCase("The Cabinet of Ministers of the Netherlands approved a new package of financing for military aid to Ukraine.",
                   ["NLD>UKR:aid"]),
        CodingCase("The West sanctioned Iranian firms they accuse of supplying Russia.", ["IRN>RUS:aid", "WEST>IRN:coerce"]),
        CodingCase("The Houthis have survived years of bombing by a Saudi-led coalition.", ["SAU>HOUTHIS:assault"]),
        // what is opposed or condemned was done by the actor that qualifies it; what is blocked was not
        CodingCase("China opposes the US arms sales to Taiwan.", ["CHN>USA:reject", "USA>TWN:aid"]),
        CodingCase("Turkey condemned Israeli strikes on Lebanon.", ["ISR>LBN:assault", "TUR>ISR:disapprove"]),
        CodingCase("The US warned against an Israeli attack on Iran.", ["USA>ISR:threaten"]),
        // from a fourth batch: the one saying "it" did it; who the accused did it to; no statement in a response
        CodingCase("Israeli strikes killed two people in Lebanon, with Israel's military saying it had targeted members of Hezbollah.",
                   ["ISR>HEZBOLLAH:assault", "ISR>LBN:assault"]),
        CodingCase("Russia accused the U.S. and Britain of attacks on Yemen.",
                   ["GBR>YEM:assault:claim", "RUS>GBR:accuse", "RUS>USA:accuse", "USA>YEM:assault:claim"]),
        CodingCase("The sanctions are the EU's response to Russia's attack on Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Ukrainian cities are under attack from Russian drones and missiles.", ["RUS>UKR:assault"]),
        // from a second review: where those rules must not reach
        CodingCase("Russia has waged a campaign of bombing Ukraine's power grid.", ["RUS>UKR:assault"]),
        CodingCase("Japan is boosting its defenses to deter Chinese aggression against Taiwan.", []),
        CodingCase("China sanctioned US defense firms over arms sales to Taiwan.", ["CHN>USA:coerce"]),
        CodingCase("Israel has carried out over 1,000 air strikes on Syria since December.", ["ISR>SYR:assault"]),
        // "as well as", "along with" join actors as "and" does; a subject named first has its list after it
        CodingCase("The United States as well as Britain announced new sanctions on Iran.", ["GBR>IRN:coerce", "USA>IRN:coerce"]),
        CodingCase("The EU imposed sanctions on Russia as well as Belarus.", ["EU>BLR:coerce", "EU>RUS:coerce"]),
        CodingCase("Russia, along with China, condemned Israel.", ["CHN>ISR:disapprove", "RUS>ISR:disapprove"]),
        CodingCase("Russia and China announced sanctions on Ukraine.", ["CHN>UKR:coerce", "RUS>UKR:coerce"]),
        CodingCase("Germany, as the largest EU economy, imposed sanctions on Russia.", ["DEU>RUS:coerce"]),
        CodingCase("Saudi Arabia has conditioned normalization of relations with Israel on a Palestinian state.", []),
        CodingCase("Russia pulled out of the Turkey-brokered grain deal.", []),
        CodingCase("Israel withdrew from the Qatar ceasefire agreement with Hamas.", ["ISR>HAMAS:reduce_relations"]),
        CodingCase("Colombia is considering breaking ties with Israel.", ["COL>ISR:threaten"]),
        CodingCase("Russia opposes any NATO deployment to Ukraine.", []),
        CodingCase("Trump unilaterally withdrew from Iran's 2015 nuclear deal with world powers.", ["USA>IRN:reduce_relations"]),
        CodingCase("After Iraq complied with the U.N. Security Council agreement, troops left.", ["IRQ>UNSC:yield"]),
        CodingCase("Until Iraq complies with the U.N. Security Council agreement, troops stay.", []),
        CodingCase("The US military later said the Tutor had been struck by a Houthi vessel.", []),
        CodingCase("Taiwan said the weapons help as China's tactics exert pressure on its borders.", []),
        // an abbreviation defined beside a name
        CodingCase("The Sudanese Armed Forces (SAF) retook the town. Later the SAF attacked the RSF.", ["SDN>RSF:assault"]),
        // read on older wires: an envoy's seat names its host, a crew's nationality its state, recognition moved
        // leaves the one right after "from", "its neighbour" is someone else, unnamed
        CodingCase("Indonesia has recalled its ambassador in Canberra back to Jakarta.", ["IDN>AUS:reduce_relations"]),
        CodingCase("Japan has arrested the captain of a Chinese fishing boat.", ["JPN>CHN:coerce"]),
        CodingCase("The OAS on Saturday suspended Honduras from the organization.", ["OAS>HND:reduce_relations"]),
        CodingCase("Nauru said it is switching diplomatic recognition from Taiwan to China.", ["NRU>TWN:reduce_relations"]),
        CodingCase("The talks came after the island nation decided to switch diplomatic recognition from Taipei to Beijing.", []),
        CodingCase("The OAS heard a plea from Costa Rica, which is accusing its northern neighbor of threatening its citizens.", []),
        CodingCase("China recently has been harassing Vietnam.", ["CHN>VNM:coerce"]),
        CodingCase("South Korea lobbed more than 80 shells toward North Korean artillery positions.", ["KOR>PRK:assault"]),
        CodingCase("Chad holds the Sudanese government wholly responsible for the attack.", ["TCD>SDN:accuse"]),
        CodingCase("Djibouti hosts French and U.S. military bases.", []),
        CodingCase("The EU is denying Belarusian airlines access to EU airspace.", ["EU>BLR:coerce"]),
        CodingCase("Niger said it was breaking off its military cooperation agreement with the United States.", ["NER>USA:reduce_relations"]),
        CodingCase("Colombia recalled the country's ambassador to Venezuela after the socialist-run country closed two border crossings and deported over a thousand Colombians.",
                   ["COL>VEN:reduce_relations", "VEN>COL:coerce"]),
        CodingCase("Trump committed to provide security guarantees to North Korea.", ["USA>PRK:intent_to_cooperate"]),
        CodingCase("Solomon Islands switched diplomatic ties from Taiwan to Beijing in 2019.", ["SLB>TWN:reduce_relations"]),
        CodingCase("Egypt made peace with Israel in 1979.", ["EGY>ISR:diplomatic_cooperation"]),
        CodingCase("The U.S. military has carried out 22 airstrikes this year against the al-Qaida-linked al-Shabab.", ["USA>AL_SHABAAB:assault"]),
        CodingCase("The U.S. military carried out its first airstrikes in Somalia against ISIS.", ["USA>ISIS:assault"]),
        CodingCase("A U.S. drone strike killed several militants with al-Shabab in Somalia.", ["USA>AL_SHABAAB:assault"]),
        CodingCase("The Somalian government has ordered Kenya's envoy to leave the country.", ["SOM>KEN:reduce_relations"]),
        CodingCase("Eight people died in airstrikes conducted by Pakistani aircraft on border regions of Afghanistan.", ["PAK>AFG:assault"]),
        CodingCase("Papua New Guinea and Australia have formally signed a landmark new \"Pukpuk\" defence treaty.", ["PNG>AUS:material_cooperation"]),
        CodingCase("Kenya held bilateral talks with a delegation from Somaliland on Monday.", ["KEN>SOMALILAND:consult"]),
        CodingCase("The European Union on Tuesday imposed sanctions on several senior officials and armed forces officers in Myanmar.", ["EU>MMR:coerce"]),
        CodingCase("A major exchange of prisoners between Moscow and Kiev has been completed.", ["RUS>UKR:yield"]),
        CodingCase("Israel immediately ordered its ambassadors back from Norway and Ireland.", ["ISR>IRL:reduce_relations", "ISR>NOR:reduce_relations"]),
        CodingCase("Poland reinforced its border with Belarus with more riot police.", ["POL>BLR:military_posture"]),
        // envoys sent home in a passive: by the one who says so, else by the state they leave
        CodingCase("Moldovan Prime Minister Pavel Filip on Tuesday said five Russian diplomats were declared persona non grata.", ["MDA>RUS:reduce_relations"]),
        CodingCase("Five Russian diplomats were expelled from Moldova on Tuesday.", ["MDA>RUS:reduce_relations"]),
        // an -s form after an actor a preposition governs is a plural noun; a deal signed somewhere binds no host
        CodingCase("Turkey carried out two airstrikes against the outlawed Kurdistan Workers' Party (PKK) targets in northern Iraq.", ["TUR>PKK:assault"]),
        CodingCase("Kiir signed a peace deal in Ethiopia.", []),
        // what ships carry is not sent by whoever the sentence is about; an opening "since" clause holds no subject
        CodingCase("Turkey condemned Israel's raid on ships taking humanitarian aid to Gaza.", ["TUR>ISR:disapprove"]),
        CodingCase("But since Petro succeeded him in August, Colombia's new president has moved to mend relations with Venezuela.", ["COL>VEN:diplomatic_cooperation:standing"]),
        // a reported clause with a subject of its own that is no actor is not the sayer's act
        CodingCase("Israel said the activists attacked Egypt.", []),
        CodingCase("Israel said that protesters attacked the Egyptian embassy.", []),
        CodingCase("Egypt's military said the dawn strike hit Islamic State camps.", ["EGY>ISIS:assault"]),
        CodingCase("The US said American forces attacked Iran.", ["USA>IRN:assault"]),
        CodingCase("Turkey condemned Israel's raid on ships taking supplies to Gaza.", ["TUR>ISR:disapprove"]),
        CodingCase("Israel said the activists attacked its commandos as they boarded the six ships taking tons of supplies to Gaza.", []),
        // a person a title introduces speaks for its actor when named again by surname
        CodingCase("Bolivian President Evo Morales spoke in La Paz. Later Morales accused Washington of plotting a coup.", ["BOL>USA:accuse"]),
        // from two batches of 2023-2025 news on Europe, Asia, Africa and the Americas: what one strikes
        // of "its" is another's, the one named before it; what is accused of is the accused's
        CodingCase("Iran said Israel attacked its nuclear sites.", ["ISR>IRN:assault"]),
        CodingCase("Iran accused Israel of attacks on its nuclear sites.", ["IRN>ISR:accuse", "ISR>IRN:assault:claim"]),
        CodingCase("Iran condemned Israel's strikes on its territory.", ["IRN>ISR:disapprove", "ISR>IRN:assault"]),
        CodingCase("Iran launched missile attacks on US bases in Qatar and Iraq in retaliation for American airstrikes on its nuclear facilities.",
                   ["IRN>USA:assault", "USA>IRN:assault"]),
        CodingCase("Presidents Lula of Brazil and Donald Trump of the United States met this weekend in Kuala Lumpur.",
                   ["BRA>USA:consult"]),
        CodingCase("Iran said Israel attacked its own people.", []),
        CodingCase("Trump accused India, which imports most of its crude oil, of funding Moscow's war in Ukraine.",
                   ["IND>RUS:aid:claim", "RUS>UKR:fight", "USA>IND:accuse"]),
        // an infinitive asked for holds the gerund after its verb; a backer does not act; a participle after a comma has the clause's subject
        CodingCase("Trump urged Israel to stop attacking Iran.", ["USA>ISR:appeal"]),
        CodingCase("Iranian-backed militias attacked US forces.", []),
        CodingCase("Iranian-backed militias in Iraq and Syria continue to increase attacks against US forces.", []),
        CodingCase("Iran-backed Houthi rebels fired missiles at Israel.", ["HOUTHIS>ISR:assault", "IRN>HOUTHIS:aid:standing"]),
        CodingCase("The Saudi-led coalition struck Yemen.", ["SAU>YEM:assault"]),
        CodingCase("Ukrainian authorities condemned the attack, accusing Russia of targeting civilians, and called on Western allies to send more air defences.",
                   ["UKR>RUS:accuse", "UKR>WEST:appeal"]),
        // no act: a backdrop in time, a list of sources pressing no one of them, what goes uncommented, an armed ship, a relative aside's noun
        // (the visit is the third leader's, done: "the third EU leader to visit")
        CodingCase("Fico is the third EU leader to visit Moscow since the start of the full-scale invasion of Ukraine.", ["SVK>RUS:consult"]),
        CodingCase("Biden spoke at the start of the meeting with Japanese Prime Minister Fumio Kishida.", ["USA>JPN:consult"]),
        CodingCase("The decision was postponed due to pressure from the EU and the United States, who expressed concerns about its impact.", []),
        CodingCase("Modi confirmed the deal without commenting on Russian oil.", []),
        CodingCase("Japan lodged a protest against Beijing after four armed Chinese coastguard vessels entered the waters.", ["JPN>CHN:protest"]),
        CodingCase("The airport – which has handled UN humanitarian flights – was bombed by Israel on May 6.", []),
        CodingCase("Istanbul, Türkiye – Russia and Ukraine have agreed to exchange 1,000 prisoners of war each.", ["RUS>UKR:intent_to_cooperate"]),
        // from two more batches: institutions named as metonyms act; a reporter's question is no talks; the one
        // condemned for an act did it, an act condemned is no act of the one condemning
        CodingCase("The IDF attacked Hezbollah.", ["ISR>HEZBOLLAH:assault"]),
        CodingCase("The Knesset condemned Hamas.", ["ISR>HAMAS:disapprove"]),
        CodingCase("CNN said it had reached out to the Israeli military for comment.", []),
        CodingCase("Turkey condemned Israel for attacks on Lebanon.", ["ISR>LBN:assault", "TUR>ISR:disapprove"]),
        CodingCase("Turkey condemned the latest wave of attacks on Lebanon.", []),
        CodingCase("Iran, which had condemned Iraq's invasion of Kuwait, criticized the force.", ["IRN>IRQ:disapprove", "IRQ>KWT:assault"]),
        // no group backed is a state, what a demand asks is not done
        CodingCase("Dahieh is a stronghold of the Iran-backed Lebanese terror group.", []),
        CodingCase("Earlier on Monday, Iran-backed Houthi rebels released footage.", ["IRN>HOUTHIS:aid:standing"]),
        CodingCase("Saudi Arabia demanded that Emirati forces withdraw from Yemen.", ["SAU>ARE:demand"]),
        CodingCase("Iran's attack came in retaliation for an Israeli strike on an Iranian consulate in Damascus, Syria, which killed seven members of the Islamic Revolutionary Guard Corps.",
                   ["ISR>IRN:assault"]),
        CodingCase("He called for an end to Russia's invasion of Ukraine and the Israel-Hamas war in Gaza.",
                   ["RUS>UKR:assault", "ISR>HAMAS:fight:standing"]),
        CodingCase("Donald Trump slapped a 50% tariff on imports from Brazil.", ["USA>BRA:coerce"]),
        CodingCase("Maduro faces sanctions from the EU and Britain.", ["EU>VEN:coerce", "GBR>VEN:coerce"]),
        CodingCase("Trump said he would like to have another meeting with North Korean leader Kim Jong Un.", ["USA>PRK:intent_to_cooperate"]),
        // from two reviews of those rules (625 sentences of their own): where the rules must not reach
        CodingCase("The US said the Houthis attacked a US warship, and its jets then struck Yemen.", ["HOUTHIS>USA:assault", "USA>YEM:assault"]),
        CodingCase("Bush sent troops to Saudi Arabia, saying Iraqi troops threatened Saudi Arabia and its oil reserves.", ["IRQ>SAU:threaten"]),
        CodingCase("Israel said Hamas issued a statement on Sunday, rejecting the US proposal.", ["HAMAS>USA:reject"]),
        CodingCase("The US scaled back aid to Ukraine.", ["USA>UKR:reduce_relations"]),
        CodingCase("Iran attacked Israel with missiles and its proxies attacked US bases.", ["IRN>ISR:assault", "IRN>USA:assault"]),
        CodingCase("Israel struck Hezbollah, which has fired rockets at its northern towns.", ["HEZBOLLAH>ISR:assault", "ISR>HEZBOLLAH:assault"]),
        CodingCase("Ukraine thanked Poland, which has supplied its army with tanks.", ["POL>UKR:aid", "UKR>POL:diplomatic_cooperation"]),
        CodingCase("The Philippines said Chinese vessels fired water cannon at its ship.", ["CHN>PHL:assault"]),
        CodingCase("The US imposed tariffs on India, and the South Asian nation retaliated with tariffs on American goods.",
                   ["IND>USA:coerce", "USA>IND:coerce"]),
        CodingCase("Britain imposed sanctions on Russia along with the EU.", ["GBR>RUS:coerce"]),
        CodingCase("Germany, the largest EU economy, imposed new sanctions on Russia.", ["DEU>RUS:coerce"]),
        CodingCase("Yemen's Saudi-backed government accused the Houthis of attacks on Marib.", ["HOUTHIS>YEM:assault:claim", "YEM>HOUTHIS:accuse"]),
        CodingCase("An Egyptian-backed proposal urges Israel to withdraw from Gaza.", []),
        CodingCase("Ukraine said Russia struck Kyiv overnight, urging the US to impose sanctions on Moscow.", ["RUS>UKR:assault", "UKR>USA:appeal"]),
        CodingCase("The ceasefire collapsed without explanation as Israel struck Lebanon.", ["ISR>LBN:assault"]),
        CodingCase("Hezbollah fired rockets at Israel, which struck Lebanon.", ["HEZBOLLAH>ISR:assault", "ISR>LBN:assault"]),
        CodingCase("Poland – which borders Ukraine – condemned Russia.", ["POL>RUS:disapprove"]),
        CodingCase("Turkey – a NATO member – bought S-400s from Russia.", ["RUS>TUR:material_cooperation"]),
        CodingCase("Fico met Putin amid the invasion of Ukraine.", ["SVK>RUS:consult"]),
        CodingCase("Orban met Putin on the anniversary of the invasion of Ukraine.", ["HUN>RUS:consult"]),
        CodingCase("Trump would like to meet Putin.", ["USA>RUS:intent_to_cooperate"]),
        CodingCase("India raised duties on imports from Pakistan.", ["IND>PAK:coerce"]),
        CodingCase("Trump lifted tariffs on imports from Mexico.", ["USA>MEX:yield"]),
        CodingCase("Russia sent 500 drones to Ukraine overnight.", []),
        CodingCase("China provided satellite imagery to Russia.", ["CHN>RUS:aid"]),
        // from the last batches, read again: an adverb "back", a place after "in", what one is punished for
        CodingCase("Macron decided to bring back the ambassador to Niger.", []),
        CodingCase("The plane was carrying 65 Ukrainian soldiers captured in Russia's offensive.", []),
        CodingCase("230 Ukrainians and 248 Russians were released in the United Arab Emirates.", []),
        CodingCase("The US imposed sanctions on a China-based network for supporting Iran's efforts to procure drones.", []),
        CodingCase("The US sanctioned Iran for supporting the Houthis.", ["IRN>HOUTHIS:aid", "USA>IRN:coerce"]),
        // what each did to the other
        CodingCase("India and Pakistan accused each other of violating the ceasefire.", ["IND>PAK:accuse", "PAK>IND:accuse"]),
        CodingCase("Thailand and Cambodia blamed each other for the clashes.", ["KHM>THA:accuse", "THA>KHM:accuse"]),
        CodingCase("Russia and Ukraine attacked each other.", ["RUS>UKR:assault", "UKR>RUS:assault"]),
        // from the last two batches, read unseen: harm suffered in an attack, a second noun's source
        CodingCase("The Revolutionary Guards confirmed four of its members were killed in the strike on the Syrian capital.", []),
        CodingCase("The takeover sparked condemnation from the African Union (AU) and alarm from Nigeria.", []),
        // sending is aid only with arms, aid or goods sent, whichever side of the verb the receiver stands
        CodingCase("Poland sent tanks to Ukraine.", ["POL>UKR:aid"]),
        CodingCase("The US sent Ukraine more artillery shells.", ["USA>UKR:aid"]),
        CodingCase("Russia sent troops to Belarus.", []),
        CodingCase("Iran sent a letter to the UN.", []),
        CodingCase("The Palestinian Authority has provided direct commitments to Canada.", []),
        CodingCase("India delivered the Brahmos missile system to the Philippines.", ["IND>PHL:aid"]),
        CodingCase("Denmark said the F-16s provided to Kyiv would arrive soon.", ["DNK>UKR:aid"]),
        CodingCase("Venezuela freed 10 Americans in exchange for Venezuelans whom the United States had sent to a prison in El Salvador.",
                   ["VEN>USA:yield"]),
        // an actor's arms or people with a verb of their own start a clause, and the list before stops at an object
        CodingCase("Hezbollah attacked Syria, and Israeli jets struck Lebanon.", ["HEZBOLLAH>SYR:assault", "ISR>LBN:assault"]),
        CodingCase("Hezbollah fired rockets at Israel and Israeli jets struck Lebanon.", ["HEZBOLLAH>ISR:assault", "ISR>LBN:assault"]),
        CodingCase("Israel said Hezbollah fired rockets at Israel, and its jets then struck Lebanon.", ["HEZBOLLAH>ISR:assault", "ISR>LBN:assault"]),
        CodingCase("China accused the Philippines, and Chinese coast guard vessels fired water cannon at Philippine ships.",
                   ["CHN>PHL:accuse", "CHN>PHL:assault"]),
        // a plural after an object or a preposition's actor is its noun; one after a kind of attack is too
        CodingCase("Iran, which Israel attacked in June, rejected US demands.", ["IRN>USA:reject", "ISR>IRN:assault"]),
        CodingCase("The Cypriot government condemned two terrorist bomb attacks in Kenya and Tanzania.", []),
        // what is struck in a country strikes it, when the verb follows its actor or the noun is the attack
        CodingCase("India struck nine sites in Pakistan.", ["IND>PAK:assault"]),
        CodingCase("Israeli warplanes bombed a power station in Syria.", ["ISR>SYR:assault"]),
        CodingCase("The United States launched strikes on targets in Iraq.", ["USA>IRQ:assault"]),
        CodingCase("He was killed when an air strike hit his car near Tyre in southern Lebanon.", []),
        CodingCase("The troops will drive Iraqi forces out, leaving much of Iraq's military equipment destroyed or abandoned in Kuwait.", []),
        CodingCase("Satcher helped victims of attacks on the U.S. embassies in Kenya.", []),
        CodingCase("Egypt delivered its first military aid to Somalia.", ["EGY>SOM:aid"]),
        // a city after what is struck in it is struck, by a verb or a noun of attack; not where talks are,
        // nor a thing of its possessor's, nor when only the reporter is named
        CodingCase("Russia struck a hospital in Kyiv on Monday.", ["RUS>UKR:assault"]),
        CodingCase("Russian strikes on energy facilities in Kyiv left thousands without power.", ["RUS>UKR:assault"]),
        CodingCase("Israeli jets pounded targets in Tehran.", ["ISR>IRN:assault"]),
        CodingCase("Israel's attack on a site in Iran drew condemnation.", ["ISR>IRN:assault"]),
        CodingCase("A hospital in Kyiv said it had treated 40 people.", []),
        CodingCase("Russia and Ukraine held talks in Istanbul after a hospital in Kyiv was struck.", ["RUS>UKR:consult"]),
        CodingCase("Iran said the strike on Iran's embassy compound in Damascus killed seven.", []),
        CodingCase("A drone attack on the only hospital in the Sudanese city of El Fasher killed 70, WHO chief Tedros said.", []),
        // arms named between a verb and its preposition; kinds of talks
        CodingCase("Iran fired ballistic missiles at Israel.", ["IRN>ISR:assault"]),
        CodingCase("Russia launched hundreds of drones at Ukraine overnight.", ["RUS>UKR:assault"]),
        CodingCase("Russia and Ukraine held direct talks in Istanbul.", ["RUS>UKR:consult"]),
        CodingCase("Russia bombarded Ukraine with missiles.", ["RUS>UKR:assault"]),
        // trade cut off: exports banned to one, imports from another, controls and crackdowns on it
        CodingCase("China banned exports of gallium to the United States.", ["CHN>USA:coerce"]),
        CodingCase("Colombia will suspend exports of coal to Israel.", ["COL>ISR:threaten"]),
        CodingCase("Poland banned imports of grain from Ukraine.", ["POL>UKR:coerce"]),
        CodingCase("The US imposed export controls on China.", ["USA>CHN:coerce"]),
        CodingCase("Washington's latest crackdown on China's chip sector angered Beijing.", ["USA>CHN:coerce"]),
        CodingCase("Ukraine suspended gas exports.", []),
        // what may be is not done ("In May" is no modal); readiness and hope are intentions, and so is
        // what a report says a named actor would do; aid pledged is intended
        CodingCase("China may invade Taiwan by 2027.", []),
        CodingCase("In May Russia attacked Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Iran is ready to hold talks with the US.", ["IRN>USA:intent_to_cooperate"]),
        CodingCase("Macron said France would recognise Palestine in September.", ["FRA>PSE:intent_to_cooperate"]),
        CodingCase("Germany pledged an additional 9 billion euros in military aid to Ukraine.", ["DEU>UKR:intent_to_cooperate"]),
        // bans, terminations and walkouts reduce ties; blocking talks rejects them
        CodingCase("Russia banned trade with Ukraine.", ["RUS>UKR:reduce_relations"]),
        CodingCase("Spain banned arms sales to Israel.", ["ESP>ISR:reduce_relations"]),
        CodingCase("Chad terminated its military cooperation with France.", ["TCD>FRA:reduce_relations"]),
        CodingCase("Russia walked out of talks with Ukraine.", ["RUS>UKR:reduce_relations"]),
        CodingCase("Hungary vetoed accession talks with Ukraine.", ["HUN>UKR:reject"]),
        // hit or targeted with a penalty is coerced, not struck
        CodingCase("Trump hits India with 50% tariffs over Russian oil.", ["USA>IND:coerce"]),
        CodingCase("Britain targeted Russia's shadow fleet with sanctions.", ["GBR>RUS:coerce"]),
        CodingCase("Israel hit Hezbollah with airstrikes.", ["ISR>HEZBOLLAH:assault"]),
        // threats of a penalty or of retaliation name their target after "on" or "against"
        CodingCase("Trump threatened new sanctions on Moscow.", ["USA>RUS:threaten"]),
        CodingCase("Medvedev threatened nuclear retaliation against the United States.", ["RUS>USA:threaten"]),
        CodingCase("Iran threatened to retaliate against Israel.", ["IRN>ISR:threaten"]),
        // missiles slam into a city; an attack qualified by its actor harms where its victims were
        CodingCase("Iranian missiles slammed into Tel Aviv.", ["IRN>ISR:assault"]),
        CodingCase("Israeli strikes have killed 15 people in Lebanon.", ["ISR>LBN:assault"]),
        CodingCase("Russian strikes killed 23 people in Kyiv.", ["RUS>UKR:assault"]),
        CodingCase("Russian strikes destroyed a power plant in Kharkiv.", ["RUS>UKR:assault"]),
        CodingCase("Officials near Ukraine say an artillery strike wounded one person in Russia.", []),
        // an invasion one negotiates to end goes on; praise from one is its own
        CodingCase("They discussed negotiations to end Russia's invasion of Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Israel's strike on Iran drew praise from the US.", ["ISR>IRN:assault", "USA>ISR:diplomatic_cooperation"]),
        CodingCase("Poland blamed Russia for a series of sabotage attacks on Ukraine.", ["POL>RUS:accuse", "RUS>UKR:assault:claim"]),
        // what is new or fresh about an act hides no actor; a condemned attack's victim is no patient
        CodingCase("China condemned the new US tariffs.", ["CHN>USA:disapprove"]),
        CodingCase("Iran condemned fresh Israeli strikes.", ["IRN>ISR:disapprove"]),
        CodingCase("The strike on a hospital in Ukraine was condemned by the EU.", []),
        CodingCase("The attack on the Israeli embassy in Washington was condemned by the United States.", []),
        // Gaza is the Palestinians', Kharkiv Ukraine's, Goma and the Congolese the DR Congo's
        CodingCase("Israel struck Gaza on Tuesday.", ["ISR>PSE:assault"]),
        CodingCase("Russia shelled Kharkiv.", ["RUS>UKR:assault"]),
        CodingCase("M23 rebels seized Goma in January.", ["M23>COD:coerce"]),
        CodingCase("The Congolese government accused Rwanda of aiding the rebels.", ["COD>RWA:accuse"]),
        CodingCase("The war in Gaza continued.", []),
        // a run of actors after a comma whose last has a verb opens a clause; "their" is no place's
        CodingCase("Israel struck Gaza, and Chile and Colombia recalled their ambassadors to Israel.",
                   ["CHL>ISR:reduce_relations", "COL>ISR:reduce_relations", "ISR>PSE:assault"]),
        CodingCase("Hamas demands a permanent ceasefire and Israel's withdrawal from the Gaza Strip.", []),
        CodingCase("Congo called back its ambassador to Kenya for consultation.", ["COD>KEN:reduce_relations"]),
        // a person's journey to a country is a visit; refugees' or troops' is not, nor one in -ing away from its traveller
        CodingCase("Kim Jong Un travelled to Beijing.", ["PRK>CHN:consult"]),
        CodingCase("Macron arrived in Beijing on Wednesday.", ["FRA>CHN:consult"]),
        CodingCase("Netanyahu flew to Washington to meet Trump.", ["ISR>USA:consult"]),
        CodingCase("Ukrainian refugees arrived in Poland.", []),
        CodingCase("Russian troops arrived in Belarus.", []),
        CodingCase("He visited the West Bank, where he met Palestinian President Mahmoud Abbas, before arriving in Turkey.", []),
        // a verb's object list ends where an actor has a verb of its own in the past, even without a comma
        CodingCase("Russia attacked Kyiv and Ukraine retaliated with drone strikes on Moscow.", ["RUS>UKR:assault", "UKR>RUS:assault"]),
        CodingCase("The terrorist facilities the U.S. raided in Sudan and Afghanistan had played key roles.", ["USA>AFG:assault", "USA>SDN:assault"]),
        CodingCase("Biden said the weapons were used to deal with Rafah.", []),
        CodingCase("The Houthis said they would continue until Israel pulls out of Gaza.", []),
        CodingCase("Hamas fought on until Israel withdrew from Gaza.", ["ISR>PSE:yield"]),
        CodingCase("Israel signed a deal with Hamas.", ["ISR>HAMAS:material_cooperation"]),
        // a deal or a truce reached, between the subjects or with the one after "with"; not one failed
        CodingCase("Israel and Hamas reached a ceasefire deal on Monday.", ["ISR>HAMAS:material_cooperation"]),
        CodingCase("The US and Pakistan have struck a deal on tariffs.", ["USA>PAK:material_cooperation"]),
        CodingCase("Mexico reached an agreement with the United States.", ["MEX>USA:material_cooperation"]),
        CodingCase("Israel and Hamas failed to reach a deal.", []),
        // "the US" after "and" joins its list as "the United States" does; meetings told as discussions,
        // calls to a counterpart, visitors received and talks a host or a hyphen names
        CodingCase("Iran and the US held talks on Saturday.", ["IRN>USA:consult"]),
        CodingCase("Russia and the U.S. met in Riyadh.", ["RUS>USA:consult"]),
        CodingCase("Zelenskiy and Macron discussed air defence on Sunday.", ["UKR>FRA:consult"]),
        CodingCase("Zelenskiy discussed Ukraine with Putin.", ["UKR>RUS:consult"]),
        CodingCase("Macron discussed Russia's attacks.", []),
        CodingCase("The Turkish president called his Russian counterpart.", ["TUR>RUS:consult"]),
        CodingCase("Putin received Witkoff at the Kremlin.", ["RUS>USA:consult"]),
        CodingCase("Sisi received a Hamas delegation in Cairo.", ["EGY>HAMAS:consult"]),
        CodingCase("Iran received Russian jets.", []),
        CodingCase("Xi was the first to accept a Taliban ambassador.", []),
        CodingCase("Oman hosted talks between Iran and the US on Saturday.", ["IRN>USA:consult"]),
        CodingCase("The strikes now involve host countries in the Gulf such as Qatar and the US.", []),
        CodingCase("Russia-Ukraine talks were held in Istanbul on Friday.", ["RUS>UKR:consult"]),
        CodingCase("The first direct Ukrainian-Russian peace talks took place in Istanbul.", ["UKR>RUS:consult"]),
        CodingCase("A Trump-Putin summit will take place in Budapest.", ["USA>RUS:intent_to_cooperate"]),
        CodingCase("Pakistan-Afghanistan talks to resume in Istanbul.", ["PAK>AFG:intent_to_cooperate"]),
        CodingCase("Israel-Syrian talks have been cut off for two years.", ["ISR>SYR:reduce_relations"]),
        CodingCase("Vucic said the Belgrade-Pristina Dialogue was pointless.", []),
        CodingCase("The Israel-Hamas war continued.", ["ISR>HAMAS:fight:standing"]),
        // agreements signed in numbers or named between their parties, treaties and pacts, rounds of
        // talks; an agreement ended, suspended or crumbling reduces ties; a mission's seat is its host
        CodingCase("India and Japan signed several agreements.", ["IND>JPN:material_cooperation"]),
        CodingCase("Turkey signed 26 agreements with Iraq.", ["TUR>IRQ:material_cooperation"]),
        CodingCase("The court annulled an agreement between Iraq and Kuwait.", ["IRQ>KWT:material_cooperation"]),
        CodingCase("The pact signed between Turkey and Somalia took effect.", ["TUR>SOM:material_cooperation"]),
        CodingCase("A ceasefire deal between Israel and Lebanese militant group Hezbollah took effect.", ["ISR>HEZBOLLAH:material_cooperation"]),
        CodingCase("Russia concluded a defence pact with North Korea.", ["RUS>PRK:material_cooperation"]),
        CodingCase("China and Bhutan held the 25th round of talks in Beijing.", ["CHN>BTN:consult"]),
        CodingCase("Honduras said it was ending an extradition treaty with the United States.", ["HND>USA:reduce_relations"]),
        CodingCase("Algeria has suspended a decades-old cooperation treaty with Spain.", ["DZA>ESP:reduce_relations"]),
        CodingCase("A minerals deal between the U.S. and Ukraine crumbled on Friday.", ["USA>UKR:reduce_relations"]),
        CodingCase("Trump succeeded in securing a cease-fire deal between Thailand and Cambodia.", ["THA>KHM:material_cooperation"]),
        CodingCase("Zelensky ended a two-day visit to Washington.", ["UKR>USA:consult"]),
        CodingCase("Trump warned Iran to cease its support for the Houthis.", ["IRN>HOUTHIS:aid", "USA>IRN:threaten"]),
        CodingCase("The Vatican announced the closure of its diplomatic mission in Nicaragua.", ["VAT>NIC:reduce_relations"]),
        CodingCase("Russia closed its embassy in Kyiv.", ["RUS>UKR:reduce_relations"]),
        // weapons listed or named between a verb of firing and its target; congratulations and
        // apologies; closed borders and airspace; lawsuits and arrest warrants
        CodingCase("Hamas fired rockets and mortars at Israel.", ["HAMAS>ISR:assault"]),
        CodingCase("Russia launched Shahed drones at Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Iran launched more than 300 drones and missiles at Israel.", ["IRN>ISR:assault"]),
        CodingCase("Putin congratulated Lukashenko on his re-election.", ["RUS>BLR:diplomatic_cooperation"]),
        CodingCase("Putin apologized to Aliyev for the crash.", ["RUS>AZE:diplomatic_cooperation"]),
        CodingCase("Pakistan closed its airspace to Indian airlines.", ["PAK>IND:coerce"]),
        CodingCase("Burundi said it had closed the border with Rwanda.", ["BDI>RWA:coerce"]),
        CodingCase("South Africa filed a genocide case against Israel at the ICJ.", ["ZAF>ISR:disapprove"]),
        CodingCase("The ICC issued an arrest warrant for Putin in March 2023.", ["ICC>RUS:accuse"]),
        CodingCase("The UN warned about Libya coming to the brink.", []),
        CodingCase("Iran warned Israel about an attack.", ["IRN>ISR:threaten"]),
        CodingCase("Amirabdollahian warned of new fronts opening against Israel.", ["IRN>ISR:threaten"]),
        // passive agents counted, clashes between the subjects, attacks repelled, advances into a country
        CodingCase("Russia was attacked by more than 300 Ukrainian drones overnight.", ["UKR>RUS:assault"]),
        CodingCase("Russia and Ukraine clashed near Pokrovsk.", ["RUS>UKR:fight"]),
        CodingCase("Moscow and Kyiv traded drone attacks overnight.", ["RUS>UKR:fight"]),
        CodingCase("Ukrainian forces repelled a Russian assault near Pokrovsk.", ["UKR>RUS:fight"]),
        CodingCase("Israeli troops advanced into southern Lebanon.", ["ISR>LBN:fight"]),
        CodingCase("Protesters clashed with police.", []),
        // seventh review: attacks feared or at risk are not done; an aside's companion does not speak;
        // a state's group is the one acted on; the one helped acts; plurals after counts are nouns
        CodingCase("The report examined the risk of a Russian attack on NATO within five years.", []),
        CodingCase("Fears of an Israeli strike on Iran pushed oil prices higher.", []),
        CodingCase("Turkish Foreign Minister Hakan Fidan, speaking alongside his Iranian counterpart, condemned Israel.", ["TUR>ISR:disapprove"]),
        CodingCase("Lavrov, at a news conference with his Chinese counterpart, accused the West of lying.", ["RUS>WEST:accuse"]),
        CodingCase("Trump wants talks with Kim Jong Un.", ["USA>PRK:intent_to_cooperate"]),
        CodingCase("Talks between Armenia and Azerbaijan are expected to take place in Abu Dhabi.", ["ARM>AZE:intent_to_cooperate"]),
        CodingCase("Israel struck Lebanon's Hezbollah.", ["ISR>HEZBOLLAH:assault"]),
        CodingCase("Kenya's President William Ruto met Sudan's RSF leader in Nairobi.", ["KEN>RSF:consult"]),
        CodingCase("Iran is helping Russia fight Ukraine, Britain said.", ["IRN>RUS:aid", "RUS>UKR:fight"]),
        CodingCase("Russia fought Ukraine, South Korean intelligence said.", ["RUS>UKR:fight"]),
        CodingCase("The United States shipped 2,000-pound bombs to Israel.", []),
        CodingCase("Israel bought bombs from the United States.", []),
        CodingCase("Trump announced the lifting of sanctions on Syria.", ["USA>SYR:yield"]),
        CodingCase("Albanese called for the removal of Chinese tariffs on Australian goods.", []),
        CodingCase("Three Russian MiG-31 jets violated Estonia's airspace.", ["RUS>EST:military_posture"]),
        CodingCase("China extended a 2 billion dollar loan to Sri Lanka.", ["CHN>LKA:aid"]),
        CodingCase("South Korea sold K2 tanks to Poland.", ["KOR>POL:material_cooperation"]),
        CodingCase("Airlines offered refunds on previously sold tickets to Japan.", []),
        CodingCase("Putin invited Trump to visit Moscow.", ["RUS>USA:intent_to_cooperate"]),
        CodingCase("EU leaders were unable to agree on an aid package for Ukraine.", []),
        CodingCase("The US brought charges against members of Russia's GRU.", ["USA>RUS:accuse"]),
        CodingCase("Russia said its air defences destroyed 337 Ukrainian drones overnight.", ["UKR>RUS:assault"]),
        CodingCase("Russia's Defense Ministry said its air defenses had intercepted 137 Ukrainian drones.", ["UKR>RUS:assault"]),
        CodingCase("Ukrainian air defences downed 112 Russian drones overnight.", ["RUS>UKR:assault"]),
        CodingCase("US forces shot down an Iranian drone near the carrier.", ["USA>IRN:fight"]),
        CodingCase("Israel intercepted a Houthi missile over Eilat.", ["HOUTHIS>ISR:assault"]),
        CodingCase("Ukraine shot down a Russian fighter jet.", ["UKR>RUS:fight"]),
        CodingCase("Israeli forces intercepted a Gaza-bound aid boat on Monday.", []),
        CodingCase("Taiwan's Coast Guard intercepted the Togolese-registered ship Hongtai.", []),
        CodingCase("\"We reject the Ukrainian proposal,\" the Russian foreign ministry said.", ["RUS>UKR:reject"]),
        CodingCase("\"We condemn Israel's attack,\" Qatar's foreign ministry said.", ["QAT>ISR:disapprove"]),
        CodingCase("Finance Minister Bezalel Smotrich will be banned from entering the UK, Britain's foreign ministry said.", []),
        CodingCase("Hamas received funding from Qatar.", ["QAT>HAMAS:aid"]),
        CodingCase("Russia destroyed a Ukrainian tank near Pokrovsk.", ["RUS>UKR:assault"]),
        CodingCase("Thai and Cambodian troops clashed on Thursday, with both sides blaming each other for the confrontation.",
                   ["KHM>THA:accuse", "THA>KHM:accuse", "THA>KHM:fight"]),
        // verb phrases with their object inside: blame, name-calling, expulsion, designation
        CodingCase("Iran held the US responsible for the Israeli strikes.", ["IRN>USA:accuse"]),
        CodingCase("Trump vowed to hold Tehran fully accountable.", []),
        CodingCase("Erdogan called Netanyahu a butcher.", ["TUR>ISR:disapprove"]),
        CodingCase("Peru declared Mexico's ambassador persona non grata.", ["PER>MEX:reduce_relations"]),
        CodingCase("The US designated the Houthis a foreign terrorist organisation.", ["USA>HOUTHIS:coerce"]),
        CodingCase("Trump called Putin a friend.", []),
        CodingCase("Trump called Putin on Tuesday.", ["USA>RUS:consult"]),
        CodingCase("Erdogan called Zelensky to discuss the grain deal.", ["TUR>UKR:consult"]),
        // who says another was behind something accuses it; the writer's "was behind" accuses no one
        CodingCase("Russia said Ukraine was behind the attack.", ["RUS>UKR:accuse"]),
        CodingCase("Ukraine was behind the attack, Russia said.", ["RUS>UKR:accuse"]),
        CodingCase("Ukraine was behind the attack.", []),
        CodingCase("Iran accused Israel of the strike and said the US was behind it.", ["IRN>ISR:accuse", "IRN>USA:accuse"]),
        CodingCase("Russia said its offensive was behind schedule.", []),
        CodingCase("Blinken said the U.S. had not seen evidence that Iran was behind the attack.", []),
        // what the accused are accused of, or what is called a claim after it, is a claim; the accusation is not
        CodingCase("Russia accused Ukraine of attacking a Russian nuclear power plant, a charge Kyiv denied.", ["RUS>UKR:accuse", "UKR>RUS:assault:claim"]),
        CodingCase("Moscow said Kyiv had attacked Putin's residence, a claim Ukraine dismissed as lies.", ["UKR>RUS:assault:claim"]),
        CodingCase("Israel condemned Iran for attacks on Israel.", ["IRN>ISR:assault", "ISR>IRN:disapprove"]),
        // ties agreed to be improved are ties; ties one is urged to improve are not yet
        CodingCase("Greece and Turkey agreed to improve relations.", ["GRC>TUR:diplomatic_cooperation:standing"]),
        CodingCase("The US urged India to strengthen ties with Pakistan.", ["USA>IND:appeal"]),
        // leaders named by the people lexicon act for their states
        CodingCase("Mirziyoyev thanked Tokayev for the warm welcome.", ["UZB>KAZ:diplomatic_cooperation"]),
        CodingCase("Meloni said it after talks with Rama in Rome.", ["ITA>ALB:consult"]),
        CodingCase("Both Israel and Hamas accused each other of violating the truce.", ["HAMAS>ISR:accuse", "ISR>HAMAS:accuse"]),
        CodingCase("Israel conducted airstrikes against Hezbollah.", ["ISR>HEZBOLLAH:assault"]),
        // what a report says one would do is intended; so is what one is scheduled to do
        CodingCase("Russia said on Friday it would attack Ukraine.", ["RUS>UKR:threaten"]),
        CodingCase("The US announced that it would impose tariffs on China.", ["USA>CHN:threaten"]),
        CodingCase("Germany said it would deliver more tanks to Ukraine.", ["DEU>UKR:intent_to_cooperate"]),
        CodingCase("Trump is scheduled to meet Zelenskiy.", ["USA>UKR:intent_to_cooperate"]),
        // talks turned down are rejected; aid paused or cut is reduced
        CodingCase("Iran ruled out talks with Washington.", ["IRN>USA:reject"]),
        CodingCase("Iran rejected direct talks with the United States.", ["IRN>USA:reject"]),
        CodingCase("The United States paused military aid to Ukraine.", ["USA>UKR:reduce_relations"]),
        CodingCase("Germany cut its aid to Ukraine.", ["DEU>UKR:reduce_relations"]),
        CodingCase("Israel recalled its ambassador to Turkey.", ["ISR>TUR:reduce_relations"]),
        // a demand that someone act names them; criticism in other words
        CodingCase("Trump demanded that Hamas release all hostages.", ["USA>HAMAS:demand"]),
        CodingCase("Trump lashed out at Putin.", ["USA>RUS:disapprove"]),
        CodingCase("China lodged a formal protest with Japan.", ["CHN>JPN:disapprove"]),
        CodingCase("Terrorist Russia after Nova Kakhovka dam blast.", []),
        // what an act drew is aimed at the one who acted, not at the place struck
        CodingCase("Russia's strike on Kyiv drew condemnation from the EU.", ["EU>RUS:disapprove", "RUS>UKR:assault"]),
        // from a last batch of news, read unseen: "it" after "announced that", aid cut, deals cut or struck,
        // the accused who are no actor, a participle that qualifies
        CodingCase("Rwanda has announced that it has cut diplomatic ties with Belgium.", ["RWA>BEL:reduce_relations"]),
        CodingCase("Trump had already cut all U.S. assistance to South Africa.", ["USA>ZAF:reduce_relations"]),
        CodingCase("Trump cut a deal with China.", ["USA>CHN:material_cooperation"]),
        CodingCase("The US struck a deal with Ukraine.", ["USA>UKR:material_cooperation"]),
        CodingCase("He accused external powers of attacking Venezuela, Maduro said.", []),
        CodingCase("The US and its allies have accused North Korea of providing weapons to Russia.", ["PRK>RUS:aid:claim", "USA>PRK:accuse"]),
        CodingCase("The vessels were accused by Kyiv of transporting sanctioned Russian oil.", []),
        CodingCase("Iran on Saturday evening launched missiles at Israel.", ["IRN>ISR:assault"]),
        CodingCase("Beijing said the measures were undermining China-Canada trade relations.", []),
        // an opening clause with a subject of its own is no participle's; a means ("by killing") is the accused's;
        // reports dismissed are denied; a question tells of nothing done
        CodingCase("While Israel was fighting Hamas, Hezbollah fired rockets at Israel.", ["HEZBOLLAH>ISR:assault", "ISR>HAMAS:fight"]),
        CodingCase("After Netanyahu met Trump, Israel struck Iran.", ["ISR>IRN:assault", "ISR>USA:consult"]),
        CodingCase("Hamas accused Israel of violating the truce by killing Palestinians.", ["HAMAS>ISR:accuse", "ISR>PSE:assault"]),
        CodingCase("The Kremlin dismissed reports that Russia had attacked Poland.", []),
        CodingCase("Will Russia attack NATO?", []),
        CodingCase("Is China preparing to invade Taiwan?", []),
        // a fifth review: refusing and worsening words reach only their noun's phrase; forces with any
        // verb in the past start a clause; a measure that targets is no strike; an attack paused is a
        // yielding; what an appeal asks is not had, what it asks to end goes on; a kept-from deed is not done
        CodingCase("Ukraine rejected Russia's offer and held talks with the US.", ["UKR>RUS:reject", "UKR>USA:consult"]),
        CodingCase("Iran, which rejected the US proposal, held talks with Russia.", ["IRN>RUS:consult", "IRN>USA:reject"]),
        CodingCase("Russia attacked western Ukraine and Polish jets were scrambled.", ["RUS>UKR:assault"]),
        CodingCase("Ukraine attacked Russian forces and North Korean troops fighting in Kursk.", ["UKR>PRK:assault", "UKR>RUS:assault"]),
        CodingCase("US bombers struck three nuclear sites in Iran.", ["USA>IRN:assault"]),
        CodingCase("The ICC has engaged in baseless actions targeting America.", []),
        CodingCase("The United States said arrest warrants should be issued targeting Netanyahu.", []),
        CodingCase("Ethiopia struck a deal in January with Somalia's breakaway region.", []),
        // a capital fired or lashed out at is a target, not a place
        CodingCase("Russia launched drones at Kyiv overnight.", ["RUS>UKR:assault"]),
        CodingCase("Iran lashed out at Washington over the sanctions.", ["IRN>USA:disapprove"]),
        CodingCase("Iran and Russia held talks at Moscow.", ["IRN>RUS:consult"]),
        CodingCase("Israel called the raid a significant military action targeting Palestinian militants.", ["ISR>PSE:assault"]),
        CodingCase("Russia paused attacks on Ukrainian energy infrastructure.", ["RUS>UKR:yield"]),
        CodingCase("The US urged Israel to reach a deal with Hamas.", ["USA>ISR:appeal"]),
        CodingCase("He urged the world to stop Israel from attacking Iran.", []),
        CodingCase("The US accused Iran-backed militias of attacking US troops.", []),
        CodingCase("Hezbollah began clashes with Israel in support of Palestinian militants Hamas.", ["HEZBOLLAH>HAMAS:aid", "HEZBOLLAH>ISR:fight"]),
        CodingCase("Washington had insisted on a clear end date for the mission, claiming that the Lebanese Army is capable.", []),
        // talks proposed or offered are intended; any attack is none yet, but a refusal of any talks is a refusal
        CodingCase("Russia proposed direct talks with Ukraine.", ["RUS>UKR:intent_to_cooperate"]),
        CodingCase("Iran offered to hold talks with the United States.", ["IRN>USA:intent_to_cooperate"]),
        CodingCase("For more than two years, Israel has carried out strikes in Lebanon.", ["ISR>LBN:assault"]),
        CodingCase("Any attack by Azerbaijan on Armenia would be met with force, Putin said.", []),
        CodingCase("India ruled out any bilateral talks with Pakistan.", ["IND>PAK:reject"]),
        CodingCase("Iran rejected talks with the United States.", ["IRN>USA:reject"]),
        // a meeting put off has not been held; a text refused says nothing of the one who refused it
        CodingCase("The visit by Blinken to China was postponed.", []),
        CodingCase("Talks between Iran and the United States have been postponed.", []),
        CodingCase("Israel postponed talks with Hamas.", []),
        CodingCase("Lavrov's planned visit to Turkey was called off.", []),
        CodingCase("Putin met Xi in Beijing after a visit that had been postponed.", ["RUS>CHN:consult"]),
        CodingCase("Israel cancelled talks with Hamas.", ["ISR>HAMAS:reduce_relations"]),
        CodingCase("Israel's strike on Iran was postponed at Trump's request.", []),
        CodingCase("The US House of Representatives approved long-delayed military aid to Ukraine.", ["USA>UKR:aid"]),
        CodingCase("Talks stalled, with the United States accusing China of delaying an agreement.", ["USA>CHN:accuse"]),
        CodingCase("Japan offered to mediate between Thailand and Cambodia.", ["JPN>KHM:intent_to_cooperate", "JPN>THA:intent_to_cooperate"]),
        CodingCase("Xi accepted Trump's invitation to visit Washington.", ["CHN>USA:intent_to_cooperate"]),
        // the one after "by" past a noun's object made it; a passive's agent after a date; a gerund after "after" is the clause subject's
        CodingCase("The drills come during a visit to Australia by the top U.S. commander in the region.", ["USA>AUS:consult"]),
        // a visit's "of" names the visitor; a people travelling pays no visit
        CodingCase("The visit of Chinese President Xi Jinping to Riyadh angered Washington.", ["CHN>SAU:consult"]),
        CodingCase("The visit of a Hamas delegation to Moscow was confirmed.", ["HAMAS>RUS:consult"]),
        CodingCase("The visit of Chinese tourists to Japan rose.", []),
        CodingCase("Putin's trip to Pyongyang drew criticism.", ["RUS>PRK:consult"]),
        CodingCase("Strikes on Gaza by Israel killed 20 people.", ["ISR>PSE:assault"]),
        CodingCase("Moscow was sanctioned in February 2022 by the United States and Canada after invading Ukraine.",
                   ["CAN>RUS:coerce", "RUS>UKR:assault", "USA>RUS:coerce"]),
        CodingCase("The State Department targeted people in Russia, Indonesia and China with visa restrictions.",
                   ["USA>CHN:coerce", "USA>IDN:coerce", "USA>RUS:coerce"]),
        CodingCase("The Dutch ministry declared its support for the Estonian proposal to provide ammunition to Ukraine.", ["NLD>EST:diplomatic_cooperation"]),
        CodingCase("South Korea resumed its loudspeaker campaign targeting North Korea.", []),
        CodingCase("Hungary, which has close ties with Moscow, vetoed EU aid to Ukraine.", ["HUN>EU:reject", "HUN>RUS:diplomatic_cooperation:standing"]),
        CodingCase("Sanctions on Russia would be lifted if a deal is reached, Trump said.", ["USA>RUS:intent_to_cooperate"]),
        CodingCase("Sanctions on Syria will be lifted, Trump said.", ["USA>SYR:intent_to_cooperate"]),
        CodingCase("Panama withdrew its diplomats from Venezuela.", ["PAN>VEN:reduce_relations"]),
        CodingCase("The Government of Panama announces the withdrawal of diplomatic personnel from Venezuela.", ["PAN>VEN:reduce_relations"]),
        CodingCase("Iran has deported over 1.8 million Afghans.", ["IRN>AFG:coerce"]),
        // reviewer 8: an accused's act is the accused's; backing named by a participle is a lasting tie; no evidence,
        // unclear whether and suspected of; a possessor's hosting or meeting; a third party's offer of talks between two;
        // pressing and pushing are appeals; deportees received are no aid; ships and refugees expelled are coerced
        CodingCase("Kyiv accused Moscow of firing on a Red Cross convoy.", ["RUS>ICRC:assault:claim", "UKR>RUS:accuse"]),
        CodingCase("Estonia accused Russia of violating its airspace with three MiG-31 jets.", ["EST>RUS:accuse", "RUS>EST:military_posture:claim"]),
        CodingCase("Rwanda-backed M23 rebels seized the town of Uvira on Wednesday.", ["M23>COD:coerce", "RWA>M23:aid:standing"]),
        CodingCase("There is no evidence that the UAE supplies weapons to the RSF, Abu Dhabi said.", []),
        CodingCase("It is unclear whether Egypt carried out the strikes against the RSF.", []),
        CodingCase("North Korea is suspected of supplying artillery shells to Russia.", ["PRK>RUS:aid:claim"]),
        CodingCase("Sudan criticised Kenya's hosting of the RSF.", ["KEN>RSF:consult", "SDN>KEN:disapprove"]),
        CodingCase("Armenia criticised Russia's meeting with Azerbaijan.", ["ARM>RUS:disapprove", "RUS>AZE:consult"]),
        CodingCase("Brazil offered to host talks between Venezuela and Guyana.", ["BRA>GUY:intent_to_cooperate", "BRA>VEN:intent_to_cooperate"]),
        CodingCase("Kenya proposed talks between Ethiopia and Eritrea.", ["KEN>ERI:intent_to_cooperate", "KEN>ETH:intent_to_cooperate"]),
        CodingCase("Trump said talks between Russia and Ukraine will take place next week.", ["RUS>UKR:intent_to_cooperate"]),
        CodingCase("The EU pushed Serbia to align with its sanctions on Russia.", ["EU>SRB:appeal"]),
        CodingCase("Honduras received 100 migrants deported from the United States on Tuesday.", []),
        CodingCase("El Salvador received 238 Venezuelans deported from the United States.", ["USA>VEN:coerce"]),
        CodingCase("Mexico accepted 4,000 deportees from the United States last week.", []),
        CodingCase("China's coast guard said it had expelled a Philippine vessel from waters near Scarborough Shoal.", ["CHN>PHL:coerce"]),
        CodingCase("Pakistan expelled thousands of Afghan refugees in November.", ["PAK>AFG:coerce"]),
        CodingCase("Saudi Arabia and Iran restored diplomatic relations in March 2023.", ["SAU>IRN:diplomatic_cooperation"]),
        CodingCase("Saudi Arabia could normalise relations with Israel.", []),
        // new actors and places: no act of a place, a qualified state body after "by", "surrounding" as "about"
        CodingCase("The People's Defence Force is supported by Myanmar's parallel National Unity Government.", ["NUG>PDF_MYANMAR:aid"]),
        CodingCase("Lavrov said at the G20 summit in Rio, Brazil that the attack on Bryansk signaled escalation.", []),
        CodingCase("The Rwandan presidency highlighted key discussions surrounding the FDLR activities.", []),
        CodingCase("Beijing launched large-scale military drills surrounding Taiwan.", ["CHN>TWN:military_posture"]),
        CodingCase("Iran held joint naval drills with Russia and China in the Gulf of Oman.", ["IRN>CHN:material_cooperation", "IRN>RUS:material_cooperation"]),
        CodingCase("Japan and the Philippines conducted joint exercises in the South China Sea.", ["JPN>PHL:material_cooperation"]),
        CodingCase("The IMF approved a $7 billion loan for Pakistan on Wednesday.", ["IMF>PAK:aid"]),
        CodingCase("Niger ordered the French ambassador to leave within 48 hours.", ["NER>FRA:reduce_relations"]),
        CodingCase("Trump told Netanyahu to stop bombing Iran.", ["USA>ISR:appeal"]),
        CodingCase("Putin told Trump that Russia would respond.", []),
        CodingCase("Finland closed its entire border with Russia in December 2023.", ["FIN>RUS:coerce"]),
        // words are no force; taking up arms is fighting; what a critic opposes is not the critic's act; a noun's
        // object with a verb of its own is a clause's subject
        CodingCase("Beijing condemned Japan's disparaging attacks on China.", ["CHN>JPN:disapprove"]),
        CodingCase("The two expelled diplomats in a dispute over Israel's killing of Palestinians.", ["ISR>PSE:assault"]),
        CodingCase("Hezbollah said it had launched rockets to avenge the killing of one of its top commanders.", []),
        CodingCase("The PKK took up arms against the Turkish state in 1984.", ["PKK>TUR:fight"]),
        CodingCase("Orban, an outspoken critic of military aid to Ukraine, held talks with Zelenskiy.", ["HUN>UKR:consult"]),
        CodingCase("Australia is hoping for an end to the remaining trade sanctions China imposed.", []),
        CodingCase("The M23 has also captured Bukavu, the provincial capital of South Kivu.", ["M23>COD:fight"]),
        CodingCase("Afghanistan's Taliban government urged neighbouring countries Pakistan and Iran to exercise patience.",
                   ["TALIBAN>IRN:appeal", "TALIBAN>PAK:appeal"]),
        CodingCase("China abstained on the UN resolution condemning Russia.", []),
        CodingCase("Hungary blocked an EU statement condemning Israel.", ["HUN>EU:reject"]),
        // extraditions and the wanted handed over are judicial cooperation; a people's name on the thing given
        // is not who receives it; "rather than" undoes
        CodingCase("France extradited a Rwandan genocide suspect to Rwanda.", ["FRA>RWA:material_cooperation"]),
        CodingCase("Spain extradited the former Venezuelan general to the United States.", ["ESP>USA:material_cooperation"]),
        CodingCase("Iraq handed over 20 Islamic State suspects to France on Monday.", ["IRQ>FRA:material_cooperation"]),
        CodingCase("Belarus supplied Iranian drones to Russia.", ["BLR>RUS:aid"]),
        CodingCase("Hamas handed over four Israeli hostages to the Red Cross on Saturday.", ["HAMAS>ISR:yield"]),
        CodingCase("Italy sent him back to Libya rather than extraditing him to the Netherlands.", []),
        // those who act together on someone else do nothing to each other
        CodingCase("Colombia and Venezuela will jointly fight drug traffickers.", []),
        CodingCase("Colombia and Venezuela fought armed groups along the border.", []),
        CodingCase("Armenia and Azerbaijan fought a war in 2020.", ["ARM>AZE:fight"]),
        // a reported clause with no "that" has its own subject; a name given is no call
        CodingCase("Kyiv said the United States imposed new sanctions on Russia.", ["USA>RUS:coerce"]),
        CodingCase("Milei called his Colombian counterpart Gustavo Petro a \"terrorist\".", []),
        CodingCase("Biden called his Chinese counterpart Xi Jinping on Tuesday.", ["USA>CHN:consult"]),
        // expulsions as nouns; people expelled are coerced; the agent after the people of a demonym
        CodingCase("Colombia ordered the expulsion of Argentine diplomats.", ["COL>ARG:reduce_relations"]),
        CodingCase("Israel's expulsion of Palestinians from Gaza.", ["ISR>PSE:coerce"]),
        CodingCase("Brazil took over the embassy after the expulsion of Argentine diplomats by Venezuela.", ["VEN>ARG:reduce_relations"]),
        // a war to be ended is no threat; what one says after a comma goes on from its appeal
        CodingCase("The leaders will meet Putin to end the 16-month long conflict between Ukraine and Russia.", ["UKR>RUS:fight"]),
        CodingCase("Mali called for the UN Security Council to withdraw the mission without delay, denouncing its failure.",
                   ["MLI>UNSC:appeal"]),
        // warplanes and launchers struck are the striker's assault; a compass word before a place; place nouns
        CodingCase("Ukraine struck 41 Russian warplanes at four air bases.", ["UKR>RUS:assault"]),
        CodingCase("Israel struck Iranian missile launchers.", ["ISR>IRN:assault"]),
        CodingCase("Russia's air defences destroyed 337 Ukrainian drones overnight.", ["UKR>RUS:assault"]),
        CodingCase("Israel struck a car in south Lebanon, killing a Hezbollah member.", ["ISR>HEZBOLLAH:assault", "ISR>LBN:assault"]),
        CodingCase("Israel struck the port city of Hodeidah on Monday.", ["ISR>YEM:assault"]),
        CodingCase("Russian shelling killed two civilians in the southern city of Kherson on Monday.", ["RUS>UKR:assault"]),
        CodingCase("Russian drones killed three people near Kharkiv.", ["RUS>UKR:assault"]),
        CodingCase("While the US strikes did not target any locations inside Iran, they raised concern.", []),
        // a people's name on fighters of no state or private people is no state; a group's own name is
        CodingCase("Pakistani militants attacked Indian troops in Kashmir.", []),
        CodingCase("A Jordanian gunman killed two Israeli soldiers at the Allenby crossing.", []),
        CodingCase("Houthi rebels attacked a Greek ship in the Red Sea.", ["HOUTHIS>GRC:assault"]),
        // a state's own Security Council; treaties named after cities
        CodingCase("Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened Britain with nuclear strikes.",
                   ["RUS>GBR:threaten"]),
        CodingCase("The African Union's Peace and Security Council suspended Gabon after the coup.", ["AU>GAB:reduce_relations"]),
        CodingCase("Poland said it would withdraw from the Ottawa Convention.", []),
        // hypothetical wars and judged threats
        CodingCase("Lukashenko warned that Belarus could be dragged into a war with NATO.", []),
        CodingCase("Experts fear a war between India and Pakistan.", []),
        CodingCase("Hegseth said China posed an imminent threat to Taiwan.", []),
        // talks held with a qualifier; gunfire exchanged; massacres
        CodingCase("Russia and Ukraine held peace talks in Istanbul on Friday.", ["RUS>UKR:consult"]),
        CodingCase("Thai and Cambodian troops exchanged gunfire on Wednesday.", ["THA>KHM:fight"]),
        CodingCase("The RSF massacred civilians in El Fasher.", ["RSF>SDN:mass_violence"]),
        // firms and ships that act on their own account; endorsing a state's standing
        CodingCase("The United States sanctioned companies accused of helping Iran sell oil.", []),
        CodingCase("Hackers targeted Western logistics companies helping Ukraine.", []),
        CodingCase("Iran is accused of supplying Russia with drones.", ["IRN>RUS:aid:claim"]),
        CodingCase("China said it supported Ukraine's sovereignty and territorial integrity.", ["CHN>UKR:diplomatic_cooperation"]),
        // "they" after a verb of saying is the sayer, past a relative clause about it; "accusing it of" names the accused
        CodingCase("The Houthis, who control Yemen's capital Sanaa, said they had fired a missile at Israel.", ["HOUTHIS>ISR:assault"]),
        CodingCase("The Houthis, who control much of northern Yemen, said they would continue attacking Israel.", ["HOUTHIS>ISR:threaten"]),
        CodingCase("Sudan cut diplomatic ties with the UAE on Tuesday, accusing it of arming the RSF.",
                   ["ARE>RSF:aid:claim", "SDN>ARE:accuse", "SDN>ARE:reduce_relations"]),
        // a barrage, a wave, counts in words; aid let in; intelligence shared; a hedge on the one acted on
        CodingCase("Iran fired a barrage of ballistic missiles at Tel Aviv.", ["IRN>ISR:assault"]),
        CodingCase("Russia fired 472 drones and seven missiles at Ukraine overnight.", ["RUS>UKR:assault"]),
        CodingCase("Iran and the United States held a fifth round of nuclear talks in Rome.", ["IRN>USA:consult"]),
        CodingCase("Israel allowed 100 aid trucks into Gaza on Wednesday.", ["ISR>PSE:yield"]),
        CodingCase("Washington resumed intelligence sharing with Kyiv.", ["USA>UKR:material_cooperation"]),
        CodingCase("Poland arrested two suspected Russian spies.", ["POL>RUS:coerce"]),
        CodingCase("China issued a notice targeting 20 alleged Taiwanese military hackers.", []),
        // the latest or first one to do something has done it; one that will be has not
        CodingCase("Slovenia has become the latest European nation to recognize a Palestinian state.", ["SVN>PSE:diplomatic_cooperation"]),
        CodingCase("France will become the first G7 country to recognize Palestine.", []),
        CodingCase("Canada became the first G7 nation to recognise a Palestinian state.", ["CAN>PSE:diplomatic_cooperation"]),
        // a noun in what an appeal asks is the one asked's; an ending asked for has not happened
        CodingCase("South Africa called on Israel to end the blockade of Gaza.", ["ISR>PSE:coerce", "ZAF>ISR:appeal"]),
        CodingCase("Spain called on the EU to suspend the trade deal with Israel.", ["ESP>EU:appeal"]),
        // a list joins over the group noun of the one before ("M23 rebels and the Congolese army")
        CodingCase("M23 rebels and the Congolese army clashed near Goma on Friday.", ["M23>COD:fight"]),
        // expulsions given a deadline, recalls told to leave, bans with "all" between, travel bans
        CodingCase("Saudi Arabia has banned all imports from Lebanon and given the Lebanese ambassador 48 hours to leave the kingdom.",
                   ["SAU>LBN:coerce", "SAU>LBN:reduce_relations"]),
        CodingCase("Saudi Arabia also banned its citizens from travelling to Lebanon.", ["SAU>LBN:coerce"]),
        CodingCase("Chavez ordered his ambassador to leave Mexico.", ["VEN>MEX:reduce_relations"]),
        CodingCase("Mexico ordered the Venezuelan ambassador to pack his bags.", ["MEX>VEN:reduce_relations"]),
        // insults; a mock attack is no one mocked
        CodingCase("Venezuelan President Hugo Chavez taunted Mexican President Vicente Fox.", ["VEN>MEX:disapprove"]),
        CodingCase("China staged a mock attack on Taiwan.", []),
        CodingCase("Morocco demanded an immediate withdrawal of Spanish troops.", ["MAR>ESP:demand"]),
        // a quoted noun before its particle still tells whose territory was struck
        CodingCase("Ukraine said that Russia had launched a \"direct invasion\" of its territory.", ["RUS>UKR:assault"]),
        // where one fights names no side
        CodingCase("Hezbollah fought in Syria.", []),
        CodingCase("Sudan deployed troops to the border at the start of fighting in Ethiopia's Tigray region.", []),
        CodingCase("Hezbollah fought in Syria against ISIS.", ["HEZBOLLAH>ISIS:fight"]),
        // a place in the phrase that opens the sentence, its name set off by commas too, does nothing
        CodingCase("In the capital, Mogadishu, officials condemned Ethiopia.", []),
        CodingCase("Protesters in the capital Ouagadougou condemned France.", []),
        // a capital named after its noun is the capital as it would be alone
        CodingCase("Russia struck the capital Kyiv.", ["RUS>UKR:assault"]),
        CodingCase("Russia launched missiles at the capital Kyiv.", ["RUS>UKR:assault"]),
        CodingCase("Macron arrived in the capital Beijing.", ["FRA>CHN:consult"]),
        CodingCase("Officials in the capital Kyiv condemned Russia.", ["UKR>RUS:disapprove"]),
        // a means of what only could happen has not happened either
        CodingCase("Iraq could start hostilities with Israel either through a direct attack or by attacking Jordan.", []),
        CodingCase("Iran said it could strike Israel, and Hezbollah responded by attacking Israel.", ["HEZBOLLAH>ISR:assault"]),
        CodingCase("She referred to the threat of NATO air strikes against Serbia.", []),
        // an actor's name may qualify a cue's noun after its article
        CodingCase("The United States recalled the U.S. ambassador from New Delhi in protest.", ["USA>IND:reduce_relations"]),
        CodingCase("Pakistan closed the Afghan border with Afghanistan.", ["PAK>AFG:coerce"]),
        // those an actor is tied to are others, not it
        CodingCase("Clinton canceled the program while imploring India's neighbors not to test.", []),
        CodingCase("The US urged Israel's neighbours Egypt and Jordan to help.", ["USA>EGY:appeal", "USA>JOR:appeal"]),
        CodingCase("At a press conference in the capital Mogadishu, officials called on Ethiopian troops to leave.", []),
        CodingCase("In the capital, Mogadishu, Kenya's president condemned Ethiopia.", ["KEN>ETH:disapprove"]),
        CodingCase("In solidarity, Mali, Niger and Burkina Faso decided to recall their ambassadors from Algeria.",
                   ["BFA>DZA:reduce_relations", "MLI>DZA:reduce_relations", "NER>DZA:reduce_relations"]),
        // twenty-seventh session: a people's name right before its group's, formal state names, a state's
        // rebels and proxies, wanted ties, reports no one wrote, posts a relative clause follows
        CodingCase("The US and UK launched strikes against the Iranian-backed Yemeni Houthi rebels.",
                   ["GBR>HOUTHIS:assault", "USA>HOUTHIS:assault"]),
        CodingCase("Israel struck Lebanese Hezbollah.", ["ISR>HEZBOLLAH:assault"]),
        CodingCase("Algeria cut diplomatic relations with the Kingdom of Morocco.", ["DZA>MAR:reduce_relations"]),
        CodingCase("Colombia accused Venezuela of funding Colombia's Marxist rebels.", ["COL>VEN:accuse"]),
        CodingCase("Israel killed Hamas's fighters.", ["ISR>HAMAS:assault"]),
        CodingCase("Britain wants good relations with Russia.", ["GBR>RUS:intent_to_cooperate"]),
        CodingCase("Britain has good relations with Russia.", ["GBR>RUS:diplomatic_cooperation:standing"]),
        CodingCase("Indonesia recalled its ambassador after reports surfaced alleging that Australian spies tapped the president's phone.", []),
        CodingCase("Georgia detained the officers, prompting angry statements from Russia's defense minister, who denounced Georgia.",
                   ["RUS>GEO:disapprove"]),
        CodingCase("The strikes killed Israel's enemies, who had attacked Jordan.", []),
        CodingCase("Venezuela warned conservative President Alvaro Uribe that a strike on Venezuela could lead to war.", ["VEN>COL:threaten"]),
        CodingCase("The OAS suspended Honduras after a caretaker government refused to restore President Manuel Zelaya.", ["OAS>HND:reduce_relations"]),
        CodingCase("Indonesia's ambassador to Australia was recalled to Jakarta for consultations on Monday.", ["IDN>AUS:reduce_relations"]),
        CodingCase("Iran's top envoy to Iraq has been called home.", ["IRN>IRQ:reduce_relations"]),
        CodingCase("The Iranian ambassador to Greece was summoned.", ["GRC>IRN:disapprove"]),
        CodingCase("Turkey's ambassador to the Netherlands was expelled.", ["NLD>TUR:reduce_relations"]),
        CodingCase("The ambassador was recalled from Paris.", []),
        CodingCase("Saudi Arabia severed diplomatic ties with Qatar and moved to isolate the nation that is home to a major US military base, accusing it of supporting terrorist groups and backing Iran.",
                   ["QAT>IRN:diplomatic_cooperation:claim", "SAU>QAT:accuse", "SAU>QAT:reduce_relations"]),
        CodingCase("Russia accused Ukraine of attacking Belarus and shelling Poland.", ["RUS>UKR:accuse", "UKR>BLR:assault:claim", "UKR>POL:assault:claim"]),
        CodingCase("Congo tabled a resolution condemning Rwanda and Uganda for what it calls their aggression.",
                   ["COD>RWA:disapprove", "COD>UGA:disapprove"]),
        CodingCase("North Korea may agree to supply Russia with ammunition.", []),
        CodingCase("The delegations met in Turkiye, where the two sides failed to agree on a ceasefire despite pressure from President Donald Trump.", []),
        CodingCase("The mission is fighting militants from al Shabaab, an al Qaeda affiliate.", []),
        CodingCase("Trump vowed to improve ties with both Riyadh and Cairo.", ["USA>EGY:intent_to_cooperate", "USA>SAU:intent_to_cooperate"]),
        CodingCase("Oman could improve ties with Israel.", []),
        CodingCase("Sudan's RSF leader condemned Egypt.", ["RSF>EGY:disapprove"]),
        CodingCase("North Korea's UN envoy accused the Security Council of bias.", ["PRK>UNSC:accuse"]),
        CodingCase("A UN report accusing Israel of genocide was published.", ["UN>ISR:accuse"]),
        CodingCase("Iran condemned Israeli Gaza strikes.", ["IRN>ISR:disapprove"]),
        CodingCase("Russia's ambassador to Turkey was assassinated.", []),
        CodingCase("He condemned what North Korea has called a test.", []),
        CodingCase("Somalia sent the Ethiopian ambassador in Mogadishu back home on Thursday.", ["SOM>ETH:reduce_relations"]),
        CodingCase("Russia sent the troops home.", []),
        CodingCase("Chinese coast guard ships shadowed the Philippine vessels.", ["CHN>PHL:military_posture"]),
        CodingCase("The summit between US President Donald Trump and the North Korean leader Kim Jong-un ended with no agreement.",
                   ["USA>PRK:consult"]),
        CodingCase("The US imposed sanctions on Monday on Venezuela.", ["USA>VEN:coerce"]),
        CodingCase("Putin signed the treaty while accusing the new Ukrainian government of abusing the rights of ethnic Russians.",
                   ["RUS>UKR:accuse"]),
        CodingCase("Putin raised the ante in the showdown over Ukraine, signing a treaty, while accusing the new Ukrainian government of abuses.",
                   ["RUS>UKR:accuse"]),
        // a floating "both", a text's participle, quantities and goods inside a cue's phrase
        CodingCase("Chad and Sudan both condemned the UN.", ["SDN>UN:disapprove", "TCD>UN:disapprove"]),
        CodingCase("The soldiers evacuated both wounded Israeli hostages.", []),
        CodingCase("Argentina issued a statement condemning Britain.", ["ARG>GBR:disapprove"]),
        CodingCase("Russia vetoed a resolution condemning Israel.", []),
        CodingCase("China imposed a tariff of 80.5% on barley imports from Australia.", ["CHN>AUS:coerce"]),
        CodingCase("China has imposed retaliatory tariffs of up to 25 percent on more than 120 U.S. imports.", ["CHN>USA:coerce"]),
        CodingCase("China imposed tariffs on barley from Australia.", ["CHN>AUS:coerce"]),
        CodingCase("China imports barley from Australia.", ["AUS>CHN:material_cooperation"]),
        CodingCase("Australia is deeply disappointed with China's decision.", ["AUS>CHN:disapprove"]),
        CodingCase("The Rwandan troops returned fire and wounded several Ugandan soldiers.", ["RWA>UGA:assault"]),
        CodingCase("Chad ordered Sudanese diplomats out of the country.", ["TCD>SDN:reduce_relations"]),
        CodingCase("The International Monetary Fund approved a $4.5-billion financial package for Russia.", ["IMF>RUS:aid"]),
        // a state's former names (the lexicon's continuing states, and two that ended)
        CodingCase("The Soviet Union invaded Afghanistan in 1979.", ["RUS>AFG:assault"]),
        CodingCase("Soviet troops attacked Czechoslovakia.", ["RUS>CSK:assault"]),
        CodingCase("The Security Council imposed sanctions on Yugoslavia.", ["UNSC>SRB:coerce"]),
        CodingCase("East Germany condemned West Germany.", ["DDR>DEU:disapprove"]),
        CodingCase("Zaire accused Rwanda of backing the rebels.", ["COD>RWA:accuse"]),
        // goods withheld, one word naming the goods before their flow
        CodingCase("Russia halted gas deliveries to Ukraine on Wednesday.", ["RUS>UKR:coerce"]),
        CodingCase("Russia stopped all shipments of natural gas to Ukraine.", ["RUS>UKR:coerce"]),
        CodingCase("China imposed tariffs on steel imports from Australia.", ["CHN>AUS:coerce"]),
        CodingCase("Myanmar's leader Aung San Suu Kyi visited the Oval Office.", ["MMR>USA:consult"]),
        // who goes inside a verb's phrase; a skippable word that also leads into a longer cue
        CodingCase("The Soviet Union pulled its last troops out of Afghanistan today.", ["RUS>AFG:yield"]),
        CodingCase("Russia withdrew its forces from Syria.", ["RUS>SYR:yield"]),
        CodingCase("Russia sent troops to Syria.", []),
        CodingCase("Canada, New Zealand and Australia also withdrew their ambassadors to India.",
                   ["AUS>IND:reduce_relations", "CAN>IND:reduce_relations", "NZL>IND:reduce_relations"]),
        CodingCase("Biden will cancel a visit to India.", ["USA>IND:threaten"]),
        // a quotation mark ends a list; a deal's broker is none of its parties; "its" after a noun's infinitive
        CodingCase("\"The crisis was caused by Russia's war against Ukraine,\" EU chief Josep Borrell said.", ["RUS>UKR:fight"]),
        CodingCase("Iran condemned the UN-brokered truce.", []),
        CodingCase("The UN chief was concerned by Russia's decision to suspend its participation in a UN-brokered grain deal.", []),
        CodingCase("Pakistan on Thursday launched air raids on militant targets within Iranian territory.", ["PAK>IRN:assault"]),
        CodingCase("Chinese law enforcement personnel assaulted 10 Vietnamese fishermen.", ["CHN>VNM:assault"]),
        // office-holders of 1975-2000; "he" after a person's verb of saying is that person
        CodingCase("President Reagan and Soviet leader Mikhail Gorbachev signed a historic treaty.", ["USA>RUS:material_cooperation"]),
        CodingCase("In a letter to President Rafsanjani of Iran, Saddam said he will release Iranian prisoners of war.", ["IRQ>IRN:intent_to_cooperate"]),
        // a paragraph's first word set in capitals
        CodingCase("ISRAEL and Jordan ended 46 years of hostility yesterday, signing a peace treaty.", ["ISR>JOR:material_cooperation"]),
        CodingCase("NATO and Russia held talks.", ["NATO>RUS:consult"]),
        CodingCase("Russia's ambassador delivered the memorandum to Moldova's President.", []),
        CodingCase("James Baker held six hours of talks with Iraqi Foreign Minister Tarik Aziz in Geneva.", ["USA>IRQ:consult"]),
        CodingCase("After talks among the Soviet Union, Britain and France, the nations agreed on a plan.",
                   ["GBR>FRA:consult", "RUS>FRA:consult", "RUS>GBR:consult"]),
        CodingCase("China says the new security pact between Australia, the US and the UK is irresponsible.",
                   ["AUS>GBR:material_cooperation", "AUS>USA:material_cooperation", "USA>GBR:material_cooperation"]),
        // a list between ends at its "and"; one too long to code whole keeps its first two
        CodingCase("Qatar hosted talks between Israel and Hamas, and Egypt said a deal was close.", ["ISR>HAMAS:consult"]),
        CodingCase("Talks between Russia, Ukraine, Turkey, Qatar, Egypt and Iran ended.", ["RUS>UKR:consult"]),
        // who goes, skipped inside a verb's phrase, ends a noun's: no training or support from Ukraine or Kenya
        CodingCase("Britain is training troops from Ukraine.", []),
        CodingCase("The US will support troops from Kenya in Haiti.", []),
        CodingCase("The United States withdrew its forces from Syria.", ["USA>SYR:yield"]),
        CodingCase("The chairman of West African bloc ECOWAS authorized the immediate deployment of troops to Mali, a statement said.",
                   ["ECOWAS>MLI:military_posture"]),
        // "up" is skipped only before "to"
        CodingCase("Israel called up troops on the Lebanon border.", []),
        CodingCase("The EU imposed tariffs of up to 25 percent on imports from China.", ["EU>CHN:coerce"]),
        // a participle after another verb in the past qualifies its object
        CodingCase("Egypt evacuated injured Palestinians from Gaza.", []),
        CodingCase("Turkey treated wounded Syrian rebels.", []),
        CodingCase("Israeli troops wounded three Palestinians.", ["ISR>PSE:assault"]),
        // a text one opposes says nothing for one; the author of a text refused is refused
        CodingCase("The United States opposed a resolution condemning Israel.", []),
        CodingCase("Russia vetoed a US-drafted resolution.", ["RUS>USA:reject"]),
        CodingCase("Russia suspended its part in a UN-brokered deal.", []),
        // a people ordered out is coerced, no tie is cut
        CodingCase("Israel ordered Palestinians out of northern Gaza.", ["ISR>PSE:coerce"]),
        CodingCase("Mali ordered the French ambassador out of the country.", ["MLI>FRA:reduce_relations"]),
        // a preposition's phrase that is an adverb leaves the verb a verb
        CodingCase("Hungary at times sides with Russia.", ["HUN>RUS:diplomatic_cooperation:standing"]),
        // relief an agency halts coerces no one
        CodingCase("The World Food Programme halted food deliveries to Gaza.", []),
        CodingCase("Israel halted aid deliveries to Gaza.", ["ISR>PSE:coerce"]),
        // pacts signed, a historic word inside the phrase
        CodingCase("China and Taiwan signed historic pacts in Singapore yesterday.", ["CHN>TWN:material_cooperation"]),
        // residents and units expelled are coerced
        CodingCase("Gaddafi expelled Italian residents.", ["LBY>ITA:coerce"]),
        // the next verb of a list an attempt opens is attempted too
        CodingCase("The Ugandans tried to bring reinforcements into Kisangani and expel the Rwandan units there.", []),
        CodingCase("Its purchase of the S-400 could endanger US technology and provide substantial funds to Russia.", []),
        CodingCase("Macron said France would recognise Palestine and open an embassy in Ramallah.", ["FRA>PSE:intent_to_cooperate"]),
        // the speaker after a noun cue has no list before it
        CodingCase("The envoy yesterday began his first visit to Morocco, Algeria and Mauritania, UN spokesman Stephane Dujarric said.",
                   ["UN>DZA:consult", "UN>MAR:consult", "UN>MRT:consult"]),
        // a meeting's topic named for a country is no one met
        CodingCase("Leaders from SADC will meet on the Zimbabwe crisis on Sunday.", []),
        // a verb in the past after "and" does not go on with an infinitive's subject
        CodingCase("The United States and Poland backed the Czech Republic's decision to expel Russian diplomats and accused Moscow of the blast.",
                   ["CZE>RUS:reduce_relations", "POL>CZE:diplomatic_cooperation", "POL>RUS:accuse", "USA>CZE:diplomatic_cooperation", "USA>RUS:accuse"]),
        // the same subject goes on after "and", all of a list; the object of an infinitive is no subject
        CodingCase("The United States and Poland backed the Czech Republic's decision and accused Moscow of the blast.",
                   ["POL>CZE:diplomatic_cooperation", "POL>RUS:accuse", "USA>CZE:diplomatic_cooperation", "USA>RUS:accuse"]),
        CodingCase("The United States backed the decision to expel Russian diplomats and condemned Moscow.", ["USA>RUS:disapprove"]),
        // what a decision or a debate is about is no act of the subject's
        CodingCase("Poland fully supports the decisions on the expulsion of the Russian diplomats.", []),
        CodingCase("The United States announced a decision on sanctions against Iran's oil sector.", ["USA>IRN:coerce"]),
        CodingCase("The European Union held a debate on sanctions against Iran.", []),
        // the commas of a noun's modifiers part no clause
        CodingCase("ECOWAS has decided to impose diplomatic, trade and financial sanctions on Mali.", ["ECOWAS>MLI:coerce"]),
        CodingCase("The EU imposed economic, financial and trade sanctions on Belarus, and Minsk condemned the move.", ["EU>BLR:coerce"]),
        CodingCase("The EU imposed economic, financial and visa sanctions on Belarus.", ["EU>BLR:coerce"]),
        // what a thing is made for is no act; ties broken are cut
        CodingCase("North Korea blew up an office set up to foster better ties with South Korea.", []),
        CodingCase("Nicaragua broke its longstanding diplomatic ties with Taiwan.", ["NIC>TWN:reduce_relations:standing"]),
        // the accused of a passive accusation does what it is accused of
        CodingCase("Syria was accused by Israel of arming Hezbollah.", ["ISR>SYR:accuse", "SYR>HEZBOLLAH:aid:claim"]),
        // the review of the session's rules: each rule kept off what it was not written for
        CodingCase("Trump reinstated tariffs on Chinese goods.", ["USA>CHN:coerce"]),
        CodingCase("Russia announced the withdrawal of its troops from Kherson.", ["RUS>UKR:yield"]),
        CodingCase("Egypt condemned Israel in a statement accusing it of genocide.", ["EGY>ISR:accuse", "EGY>ISR:disapprove"]),
        CodingCase("Putin visited the former Soviet republic of Kyrgyzstan.", ["RUS>KGZ:consult"]),
        CodingCase("Iran vowed it would retaliate and strike Israel.", ["IRN>ISR:threaten"]),
        CodingCase("Iran said in private talks with Oman that it was ready.", ["IRN>OMN:consult"]),
        CodingCase("Mali ordered French troops out of the country.", ["MLI>FRA:reduce_relations"]),
        CodingCase("Russia is deeply involved in attacks on Ukraine's energy grid.", ["RUS>UKR:assault"]),
        CodingCase("The EU suspended aid deliveries to Niger after the coup.", ["EU>NER:coerce"]),
        CodingCase("Israel and the United States said Hezbollah fighters crossed the border and they attacked an Israeli army post.",
                   ["HEZBOLLAH>ISR:assault"]),
        CodingCase("Britain and other countries supplying weapons to Ukraine met in Ramstein.", ["GBR>UKR:aid"]),
        CodingCase("Saudi Crown Prince Mohammed visited Egypt.", ["SAU>EGY:consult"]),
        // what a list says after a comma is the whole list's
        CodingCase("Britain, France and Germany condemned Iran, accusing Tehran of breaking the deal.",
                   ["DEU>IRN:accuse", "DEU>IRN:disapprove", "FRA>IRN:accuse", "FRA>IRN:disapprove", "GBR>IRN:accuse", "GBR>IRN:disapprove"]),
        // the words of a hyphened modifier count as one
        CodingCase("The European Union agreed on Monday to lift an 18-year-old arms embargo on Libya.", ["EU>LBY:yield"]),
        // a member taken back
        CodingCase("The Arab League's foreign ministers on Sunday readmitted Syria.", ["ARAB_LEAGUE>SYR:diplomatic_cooperation"]),
        // ties downgraded are reduced; sanctions whose cessation is ordered are eased
        CodingCase("China on Sunday downgraded its diplomatic ties with Lithuania.", ["CHN>LTU:reduce_relations:standing"]),
        CodingCase("Trump said he will order the cessation of sanctions against Syria.", ["USA>SYR:yield"]),
        // what those involved in or charged with do is theirs, not the subject's
        CodingCase("China will impose sanctions on U.S. companies involved in arms sales to Taiwan.", ["CHN>USA:threaten"]),
        CodingCase("Sudan handed him over after France said he was wanted on charges of killing two French citizens.", []),
        CodingCase("The law requires the U.S. to impose sanctions on countries buying weapons from Russia.", []),
        // what one hopes for, or would be able to do, has not happened
        CodingCase("Turkey hopes Egypt will pressure Damascus.", []),
        CodingCase("Turkey hopes Egypt will be able to successfully pressure Damascus.", []),
        // an unresolved "they" after "and" is the list that opens the sentence
        CodingCase("Putin and Xi said Iranian President Masoud Pezeshkian played a role and they thanked the leaders of Peru.",
                   ["CHN>PER:diplomatic_cooperation", "RUS>PER:diplomatic_cooperation"]),
        // a backer inside a possessor's phrase is not what it owns
        CodingCase("Venezuela accused Colombia's U.S.-allied government of plotting a coup.", ["VEN>COL:accuse"]),
        CodingCase("Israel struck Lebanon's Iranian-backed Hezbollah.", ["IRN>HEZBOLLAH:aid:standing", "ISR>HEZBOLLAH:assault"]),
        // a share of a coercion lifted is lifted; a decision's owner over an aside
        CodingCase("Washington decided to lift most of its sanctions against Pakistan.", ["USA>PAK:yield"]),
        CodingCase("Japan's move follows Washington's decision, announced earlier this month, to lift most of its sanctions against Pakistan.",
                   ["USA>PAK:yield"]),
        // aid stopped is cut (CAMEO 162)
        CodingCase("Japan says it is stopping food aid to North Korea.", ["JPN>PRK:reduce_relations"]),
        // relations that soured before talks leave them talks
        CodingCase("China and the Philippines agreed to hold talks after relations soured.", ["CHN>PHL:intent_to_cooperate"]),
        CodingCase("Talks between Serbia and Kosovo collapsed.", ["SRB>XKX:reduce_relations"]),
        // a clause after "but" with a subject of its own shares no verb with the list before it
        CodingCase("The United Nations and France struck, but the rebels used a lull in fighting to regroup.", []),
        CodingCase("Russia and Ukraine agreed to talks, but resumed fighting.", ["RUS>UKR:fight"]),
        // (a source named after the verb)
        CodingCase("Rwanda and Uganda agreed to pull their forces out of Kisangani, where they have clashed repeatedly, Rwandan officials said.", []),
        // the review: a stop on a trip, a hyphened stop, a war stopped sour no talks; talks as a subject
        // still collapse past a clause of time; only a decision's aside without an actor is crossed;
        // a mediation's leader is no party
        CodingCase("Erdogan stopped in Riyadh for talks with Saudi Arabia.", ["TUR>SAU:consult"]),
        CodingCase("Qatar hosted non-stop negotiations between Israel and Hamas.", ["ISR>HAMAS:consult"]),
        CodingCase("Israel said it would stop blocking aid to Gaza.", ["ISR>PSE:reject"]),
        CodingCase("Talks between Russia and Ukraine held after the invasion collapsed.", ["RUS>UKR:reduce_relations"]),
        CodingCase("China protested Japan's decision, opposed by South Korea, to release its wastewater.", ["CHN>JPN:protest", "KOR>JPN:reject"]),
        CodingCase("Egypt hosted Qatari-led mediation between Israel and Hamas.", ["ISR>HAMAS:diplomatic_cooperation:standing"]),
        // a backer named second in a "between" is not the party
        CodingCase("Cordovez mediated the talks between Pakistan and the Soviet-backed Kabul government.", ["PAK>AFG:consult", "RUS>AFG:aid:standing"]),
        // the leader of forces stands for them
        CodingCase("Iran launched a missile attack on US-led forces in Iraq.", ["IRN>USA:assault"]),
        // a participle right after an earlier verb's object tells what that object does
        CodingCase("Iran supplied weapons to Houthis fighting the Saudi-led coalition in Yemen.", ["HOUTHIS>SAU:fight", "IRN>HOUTHIS:aid"]),
        CodingCase("Russia supplied drones to militias attacking US-led forces in Syria.", []),
        CodingCase("Israel struck Lebanon killing a Hezbollah commander.", ["ISR>HEZBOLLAH:assault", "ISR>LBN:assault"]),
        // "nothing" as the subject pledges what it would stop
        CodingCase("Nothing will stop our support for Ukraine, the German chancellor said in Berlin.", []),
        // leaving a deal sours it
        CodingCase("The United States walked away from the nuclear deal with Iran.", ["USA>IRN:reduce_relations"]),
        CodingCase("North Korea reneged on its deal with the United States.", ["PRK>USA:reduce_relations"]),
        CodingCase("Trump tore up the nuclear deal with Iran.", ["USA>IRN:reduce_relations"]),
        // a relative clause's verb over a sayer inside it is the pronoun's actor's
        CodingCase("Seoul halted trade with Pyongyang, which Seoul said sank one of its warships.",
                   ["KOR>PRK:reduce_relations", "PRK>KOR:assault"]),
        CodingCase("Hamas, which the EU and the United States say attacked Israel, denied it.", ["HAMAS>ISR:assault"]),
        // a refusal denied is none
        CodingCase("Putin said Russia does not rule out military cooperation with North Korea.", []),
        CodingCase("Iran did not comment and ruled out talks with the United States.", ["IRN>USA:reject"]),
        // a treaty named after a city, and a city named after its people's name, are no actors
        CodingCase("The 1948 treaty, known as the Bogota Pact, recognizes ICJ rulings.", []),
        CodingCase("Talks between the leaders of Ukraine and Russia in the Belarusian capital Minsk ended.", ["UKR>RUS:consult"]),
        CodingCase("Macron arrived in the Chinese capital Beijing.", ["FRA>CHN:consult"]),
        CodingCase("Russia struck a hospital in the Ukrainian city of Kharkiv.", ["RUS>UKR:assault"]),
        // reducing a tie sours it; stopping short of an easing is none
        CodingCase("Germany reduced its military aid to Ukraine.", ["DEU>UKR:reduce_relations"]),
        CodingCase("The moves stop short of lifting the economic embargo against Cuba.", []),
        // a rebuke delivered is no aid
        CodingCase("Mexico postponed a state visit by Chavez, delivering a sharp rebuke to Venezuela.", []),
        // talks two named together opened, held or closed
        CodingCase("Russia and Japan resumed talks in Tokyo.", ["RUS>JPN:consult"]),
        CodingCase("Russia and Japan held summit talks in Tokyo.", ["RUS>JPN:consult"]),
        CodingCase("Russia and Japan agreed to resume talks.", ["RUS>JPN:intent_to_cooperate"]),
        // a post's possessor named before the holder in apposition owns the noun's act
        CodingCase("Iran's foreign minister, Javad Zarif, began a visit to Iraq.", ["IRN>IRQ:consult"]),
        CodingCase("Iran's ally, Putin, began a visit to Iraq.", []),
        // ... but not a participle after a verb of meeting, nor a result of a strike
        CodingCase("Lavrov met with Wang Yi accusing the United States of provoking China.", ["RUS>CHN:consult", "RUS>USA:accuse"]),
        CodingCase("Pakistani jets struck Taliban militants killing eight Afghan civilians.", ["PAK>AFG:assault", "PAK>TALIBAN:assault"]),
        // reducing barriers to trade eases it
        CodingCase("Vietnam and the United States agreed to reduce barriers to trade with each other.", ["USA>VNM:intent_to_cooperate", "VNM>USA:intent_to_cooperate"]),
        // "nothing" elsewhere negates nothing
        CodingCase("Hamas gained nothing from its attack on Israel.", ["HAMAS>ISR:assault"]),
        // the struck city named after its people's name is struck
        CodingCase("Israel carried out airstrikes in the Syrian capital Damascus.", ["ISR>SYR:assault"]),
        CodingCase("Not long ago Tehran rejected talks with Washington outright.", ["IRN>USA:reject"]),
        CodingCase("Al-Shabaab fighters stormed a military base in the Somali town of Baidoa.", ["AL_SHABAAB>SOM:assault"]),
        // a government one installed is no actor of the installer's
        CodingCase("The Khmer Rouge have been fighting the Vietnam-installed government.", []),
        // activists are no state, but troops who kill civilians are
        CodingCase("Nigerian human rights activists urged the Commonwealth to boycott Nigeria's oil.", []),
        CodingCase("Russian troops killed civilians in the Ukrainian town of Bucha.", ["RUS>UKR:assault"]),
        // the group a state's possessive names in a "between" is the party
        CodingCase("Fighting between Israel and Lebanon's Hezbollah militia continued.", ["ISR>HEZBOLLAH:fight"]),
        CodingCase("A top commander in the Revolutionary Guard threatened to strike American bases.", ["IRN>USA:threaten"]),
        // sanctions suspended or halted are eased
        CodingCase("The United Nations suspended sanctions against Libya on Monday.", ["UN>LBY:yield"]),
        CodingCase("The UN halted sanctions against Libya.", ["UN>LBY:yield"]),
        // talks asked for are not held, even when no one named asks
        CodingCase("The statement called for dialogue between Syria and Turkey.", []),
        // souring reaches its cue over a list of goods, one's share in a deal, or the one taken out of it
        CodingCase("The Soviet Union cut off all oil and most natural gas and other supplies to Lithuania.", ["RUS>LTU:reduce_relations"]),
        CodingCase("Russia suspended its participation in the New START treaty with the United States.", ["RUS>USA:reduce_relations"]),
        CodingCase("Trump pulled the United States out of a nuclear deal with Iran.", ["USA>IRN:reduce_relations"]),
        CodingCase("Russia froze assets and signed a trade deal with China.", ["RUS>CHN:material_cooperation"]),
        CodingCase("Washington cut taxes and sent aid to Ukraine.", ["USA>UKR:aid"]),
        CodingCase("Washington pulled its troops out of the base and signed a deal with Afghanistan.", ["USA>AFG:material_cooperation"]),
        // a deal agreed on is made, by two named together too; one never agreed to is not
        CodingCase("Israel and Jordan agreed to a peace deal on Monday.", ["ISR>JOR:material_cooperation"]),
        CodingCase("Israel would never agree to a deal with Hamas.", []),
        CodingCase("The United States fired a barrage of cruise missiles onto a Syrian airbase.", ["USA>SYR:assault"]),
        // ties two cut or normalise together; said of one alone, nothing
        CodingCase("Iraq and Syria severed diplomatic ties on Tuesday.", ["IRQ>SYR:reduce_relations"]),
        CodingCase("Colombia and Chile recalled their ambassadors for consultations.", []),
        CodingCase("Qatar cut ties on Monday after Saudi Arabia accused it.", []),
        CodingCase("China and Vietnam formally normalized ties on Tuesday.", ["CHN>VNM:diplomatic_cooperation"]),
        // a country described at length is still the one named before
        CodingCase("China cut relations with Kiribati after the tiny South Pacific island nation recognised Taiwan.",
                   ["CHN>KIR:reduce_relations", "KIR>TWN:diplomatic_cooperation"]),
        // a response met with is no meeting
        CodingCase("Peru said its efforts to negotiate had met with a Chilean refusal.", []),
        CodingCase("The plan met with stiff resistance from Russia.", []),
        // the one who claims a passive is not its patient, unless a pronoun stands for it
        CodingCase("UN experts have claimed that the rebels are supported by Rwandan troops.", []),
        CodingCase("Ukraine claimed that it was attacked by Russia.", ["RUS>UKR:assault:claim"]),
        // words received are no aid; "cannot" and "must not" deny what follows
        CodingCase("Taiwan cannot accept the perfunctory responses from the Philippines.", []),
        CodingCase("Ukraine received assurances from Washington.", []),
        CodingCase("Ukraine received tanks from Germany.", ["DEU>UKR:aid"]),
        CodingCase("Israel must not attack Rafah, Biden said.", []),
        // an act foretold has not happened; a tie said to be likely to bring something has
        CodingCase("Pashinyan said a fresh Azerbaijani attack on Armenia was \"very likely\".", []),
        CodingCase("An attack on Armenia is likely to happen soon.", []),
        CodingCase("Ivanov discussed the possible US financing of the Russian withdrawal.", []),
        CodingCase("The US is financing the Russian withdrawal.", ["USA>RUS:aid"]),
        // (from the review of these rules: what they must leave alone)
        CodingCase("Moscow halted exports and signed a new deal with China.", ["RUS>CHN:material_cooperation"]),
        CodingCase("Egypt and Qatar completed a deal between Israel and Hamas.", ["ISR>HAMAS:material_cooperation"]),
        CodingCase("Israel and Hamas agreed to a ceasefire deal brokered by Qatar.", ["ISR>HAMAS:yield"]),
        CodingCase("Erdogan met with Syrian opposition figures in Istanbul.", ["TUR>SYR:consult"]),
        CodingCase("Armenia claimed that the village was shelled by Azerbaijani forces.", ["AZE>ARM:assault:claim"]),
        CodingCase("Russian aid to Syria was likely decisive in the war.", ["RUS>SYR:aid"]),
        CodingCase("Iran's attack on Israel was expected, but its scale was surprising.", ["IRN>ISR:assault"]),
        // fire into open water near one is a show of force
        CodingCase("North Korea fired missiles into the sea near Japan.", ["PRK>JPN:military_posture"]),
        // a volley, barrage or salvo of arms stands for the arms
        CodingCase("Hamas fired a volley of rockets into southern Israel.", ["HAMAS>ISR:assault"]),
        CodingCase("Russia launched a swarm of drones at Kyiv.", ["RUS>UKR:assault"]),
        CodingCase("The Soviet Union withdrew the rest of its troops from Afghanistan.", ["RUS>AFG:yield"]),
        CodingCase("India and the UAE signed a free trade agreement.", ["IND>ARE:material_cooperation"]),
        // jets named by their model are no fighters of a group; greeting and telephoning are contact
        CodingCase("The United States sold F-16 fighters to Pakistan.", ["USA>PAK:material_cooperation"]),
        CodingCase("Iran sent 300 fighters to Syria.", []),
        CodingCase("Biden greeted Xi Jinping at the estate.", ["USA>CHN:consult"]),
        CodingCase("Macron telephoned Vladimir Putin on Friday.", ["FRA>RUS:consult"]),
        CodingCase("Macron said Friday that France would recognise Palestine.", ["FRA>PSE:intent_to_cooperate"]),
        // what is struck in a place, after a split noun's agent; an actor's site
        CodingCase("Air attacks by Mali on civilian targets in Burkina Faso killed ten.", ["MLI>BFA:assault"]),
        CodingCase("South African troops attacked alleged guerrilla facilities of the African National Congress.", ["ZAF>ANC:assault"]),
        CodingCase("Turkey hosted the people of Syria who fled the war.", []),
        // what is done to an envoy by no one named is done by the host; those tied to one and a named one
        CodingCase("The Foreign Office has summoned Rwanda's top diplomat in the UK.", ["GBR>RWA:disapprove"]),
        CodingCase("The cabinet summoned Iraq's ambassador to Syria back to Baghdad.", []),
        CodingCase("Kyrgyzstan has appealed to its neighbors and Russia for weapons.", ["KGZ>RUS:appeal"]),
        CodingCase("For China, formal ties with South Korea are likely to bring loans.", ["CHN>KOR:diplomatic_cooperation:standing"]),
        // a day between a verb of saying and its "that" leaves "it" the sayer's
        CodingCase("Russia announced Friday that it will withdraw its troops from Mongolia.", ["RUS>MNG:intent_to_cooperate"]),
        CodingCase("The United States declared on Monday that it would sell F-16 fighters to Pakistan.", ["USA>PAK:intent_to_cooperate"]),
        // a count told by a noun is read past inside a cue's phrase
        CodingCase("Russia fired a series of missiles at Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Argentina and Brazil signed a number of agreements to boost trade.", ["ARG>BRA:material_cooperation"]),
        CodingCase("Iran fired scores of missiles at Israel.", ["IRN>ISR:assault"]),
        // an accord reached, a protest handed over
        CodingCase("Russia and Mongolia have reached an accord for a pullout of troops.", ["RUS>MNG:material_cooperation"]),
        CodingCase("Vietnam conveyed a protest to the Chinese ambassador.", ["VNM>CHN:disapprove"]),
        CodingCase("Vietnam handed a protest note to the Chinese ambassador.", ["VNM>CHN:disapprove"]),
        CodingCase("Mexico announces the immediate breaking of diplomatic relations with Ecuador.", ["MEX>ECU:reduce_relations"]),
        // a border crossed in arms is an incursion; by refugees, a people or a person it is none
        CodingCase("Supported by air power, Turkish troops crossed into northern Iraq on Friday.", ["TUR>IRQ:assault"]),
        CodingCase("Turkey regularly crosses into northern Iraq to hunt PKK rebels.", ["TUR>IRQ:assault"]),
        CodingCase("Russian tanks crossed the border into Ukraine.", ["RUS>UKR:assault"]),
        CodingCase("Thousands of Syrian refugees crossed into Turkey.", []),
        CodingCase("Syrians crossed into Turkey.", []),
        CodingCase("A Russian aid convoy crossed into Ukraine.", []),
        // the state's name from 1991 to 2019
        CodingCase("Greece and Macedonia have signed a deal on the name.", ["GRC>MKD:material_cooperation"]),
        // "that country": the state named before, not one in the phrase it stands in
        CodingCase("President Reagan, declaring that he was responding to the aggressive activities of Nicaragua's government, ordered a total embargo of U.S. trade with that country.",
                   ["USA>NIC:reduce_relations"]),
        CodingCase("The United States imposed sanctions on Libya over that nation's attack on Chad.", ["LBY>TCD:assault", "USA>LBY:coerce"]),
        CodingCase("The Israeli air force blasted Gaza overnight.", ["ISR>PSE:assault"]),
        CodingCase("The Turkish air force slammed Syria's decision.", ["TUR>SYR:disapprove"]),
        // an embargo laid on trade sours it; a halt asked for is not done
        CodingCase("Reagan ordered a total embargo of U.S. trade with Nicaragua.", ["USA>NIC:reduce_relations"]),
        CodingCase("China demanded a halt to arms sales to Taiwan.", []),
        // words of scolding, and the same words for what arms do
        CodingCase("New Zealand blasted Fiji over the coup.", ["NZL>FJI:disapprove"]),
        CodingCase("Israeli jets blasted Hamas positions in Gaza.", ["ISR>HAMAS:assault"]),
        CodingCase("Israel slammed Hamas targets in Gaza.", ["ISR>HAMAS:assault"]),
        CodingCase("A man was arrested over last year's deadly U.S. Embassy blasts in Kenya.", []),
        CodingCase("Rwanda on Monday reopened its land border with Uganda.", ["RWA>UGA:yield"]),
        CodingCase("Afghan helicopter gunships attacked a village in Pakistan.", ["AFG>PAK:assault"]),
        CodingCase("The Afghan Charge d'Affaires in Islamabad was summoned to the Foreign Ministry to receive a strong protest.", ["PAK>AFG:disapprove"]),
        CodingCase("Since yesterday, Greece introduced an economic embargo against Albania.", ["GRC>ALB:coerce"]),
        CodingCase("Burkina Faso has pulled away from France, kicking out French troops.", ["BFA>FRA:reduce_relations"]),
        CodingCase("The Chadian ministry of defense issued a statement saying that Sudan is behind the latest attack.", ["TCD>SDN:accuse"]),
        CodingCase("Libya and Chad announced a truce in their territorial war Friday.", ["LBY>TCD:yield"]),
        CodingCase("Libya announced a ceasefire with Chad.", ["LBY>TCD:yield"]),
        CodingCase("The United States pulled its diplomats out of Sudan.", ["USA>SDN:reduce_relations"]),
        // (after a review: people from a state, flight and errands of peace cross in no arms; troops from one do)
        CodingCase("Migrants from Belarus crossed into Poland.", []),
        CodingCase("Afghan soldiers crossed into Pakistan seeking refuge.", []),
        CodingCase("Troops from Rwanda crossed into Uganda.", ["RWA>UGA:assault"]),
        CodingCase("Putin approached the border with Finland, but it is unknown whether he crossed into that country.", []),
        CodingCase("Protesters in Thessaloniki, the capital of Greek Macedonia, rallied against Albania.", ["GRC>ALB:protest"]),
        CodingCase("Nicaragua ruled out the severance of relations with Taiwan.", []),
        CodingCase("Panama is considering the breaking of relations with Taiwan.", ["PAN>TWN:threaten"]),
        CodingCase("Iran considered the killing of Soleimani by the United States an act of war.", ["USA>IRN:assault"]),
        CodingCase("Britain called for an embargo on arms sales to Israel.", []),
        CodingCase("India blasted Pakistan's terror camps.", ["IND>PAK:assault"]),
        CodingCase("Russia kicked out two British diplomats.", ["RUS>GBR:reduce_relations"]),
        CodingCase("Greece threw out the Turkish proposal on Cyprus.", []),
        CodingCase("Turkey recalled its chargé d'affaires from Israel.", ["TUR>ISR:reduce_relations"]),
        // a truce hyphenated as older wire copy writes it; a crossing reopened
        CodingCase("Negotiators for Peru and Ecuador agreed this morning on cease-fire terms in their clash.", ["PER>ECU:yield"]),
        CodingCase("Iran and Iraq declared a cease-fire.", ["IRN>IRQ:yield"]),
        CodingCase("Kosovo police said the removal of barricades allowed the reopening of two border crossings with Serbia.", ["XKX>SRB:yield"]),
        // (after a second review)
        CodingCase("Iraqi troops crossed into Kuwait and seized the emir's palace, forcing the royal family to flee.", ["IRQ>KWT:assault"]),
        CodingCase("Some 438 Ukrainian soldiers crossed into Russia and asked for asylum.", []),
        CodingCase("Lebanese troops crossed into Syria for talks with Syrian officials.", ["LBN>SYR:consult"]),
        CodingCase("Russia rejected Britain's expulsion of 23 Russian diplomats as provocative.", ["GBR>RUS:reduce_relations", "RUS>GBR:reject"]),
        CodingCase("The United States called for restraint and suspended aid to Egypt.", ["USA>EGY:reduce_relations"]),
        CodingCase("Iran slammed Israel's positions on Gaza.", ["IRN>ISR:disapprove"]),
        CodingCase("The Philippines slammed Chinese vessels near the shoal as illegal.", ["PHL>CHN:disapprove"]),
        CodingCase("Bill Richardson, U.S. ambassador to the United Nations, called Iraq's order unacceptable.", ["USA>IRQ:disapprove"]),
        CodingCase("Brazil demanded an explanation from Washington.", ["BRA>USA:demand"]),
        CodingCase("Nicaragua threatened to completely break commercial relations with Honduras.", ["NIC>HND:threaten"]),
        // a count told by a noun before a verb's object
        CodingCase("Russia expelled a number of German diplomats.", ["RUS>DEU:reduce_relations"]),
        CodingCase("Israel struck a series of Hezbollah targets.", ["ISR>HEZBOLLAH:assault"]),
        // words that qualify what one actor is to another, before the other's name
        CodingCase("Uzbekistan closed its border with strife-torn neighbour Kyrgyzstan.", ["UZB>KGZ:coerce"]),
        CodingCase("Russia attacked its small southern neighbour Georgia.", ["RUS>GEO:assault"]),
        CodingCase("India condemned arch-rival Pakistan.", ["IND>PAK:disapprove"]),
        // a leader and his counterpart, together
        CodingCase("Russian President Vladimir Putin and his Chinese counterpart Xi Jinping held talks in Beijing.", ["RUS>CHN:consult"]),
        CodingCase("Kyrgyz President Sadyr Japarov and his Tajik counterpart met on the sidelines of a summit.", ["KGZ>TJK:consult"]),
        CodingCase("Talks between Putin and his Chinese counterpart Xi Jinping ended.", ["RUS>CHN:consult"]),
        CodingCase("Netanyahu and his defence minister met Blinken.", ["ISR>USA:consult"]),
        // an attack in words on a stand or a deed
        CodingCase("East Germany promptly attacked the Hungarian decision, saying Budapest had interfered.", ["DDR>HUN:disapprove"]),
        CodingCase("East Germany attacked the decision by Hungary.", ["DDR>HUN:disapprove"]),
        CodingCase("Russia attacked Ukrainian positions.", ["RUS>UKR:assault"]),
        CodingCase("Hungary sank an EU plan.", []),
        // another's mission shut
        CodingCase("Kenya closed the Libyan Embassy.", ["KEN>LBY:reduce_relations"]),
        CodingCase("Iran shut down the Saudi embassy in Tehran.", ["IRN>SAU:reduce_relations"]),
        // a relative clause about an actor's arms
        CodingCase("The American cruiser Vincennes, which was battling with several Iranian gunboats, fired two missiles.", ["USA>IRN:fight"]),
        CodingCase("The American cruiser, which attacked Iranian gunboats, fired two missiles.", ["USA>IRN:assault"]),
        // a bare verb right after the one a demand names is asked, not done
        CodingCase("Israel demanded Syria sever its ties with Iran.", ["ISR>SYR:demand"]),
        // fire traded, blows come to, a jet downed, supplies cut off
        CodingCase("The fighting triggered an exchange of mortar fire between the Thai and Myanmar armies.", ["THA>MMR:fight"]),
        CodingCase("Yemen and Saudi Arabia have again come to blows over lumps of rock.", ["YEM>SAU:fight"]),
        CodingCase("Putin described Turkey's downing of a Russian fighter jet as a stab in the back.", ["TUR>RUS:fight"]),
        CodingCase("Putin described Turkey's downing as a stab in the back.", ["RUS>TUR:disapprove"]),
        CodingCase("Russia cut off gas to Ukraine on Monday.", ["RUS>UKR:coerce"]),
        CodingCase("A Taiwanese spokesman described China's move as an abuse of power.", ["TWN>CHN:disapprove"]),
        // what a condemnation calls its object, said before it
        CodingCase("NATO strongly condemned as unacceptable Syria's downing of a Turkish jet and expressed solidarity with Turkey.",
                   ["NATO>SYR:disapprove", "NATO>TUR:diplomatic_cooperation", "SYR>TUR:fight"]),
        // a state's long official name
        CodingCase("The SCO welcomed the agreement between the Kyrgyz Republic and the Republic of Tajikistan on borders.", ["KGZ>TJK:material_cooperation"]),
        // inflections the rules of thumb missed: "came", "agreeing", British "cancelled"
        CodingCase("Yemen came to blows with Saudi Arabia.", ["YEM>SAU:fight"]),
        CodingCase("Sudan is agreeing to a deal with Chad.", ["SDN>TCD:material_cooperation"]),
        // a verb that doubles its last letter though stressed first; bombs dropped; borders closed
        CodingCase("North Korea kidnapped Japanese citizens.", ["PRK>JPN:assault"]),
        CodingCase("Uzbek war planes dropped eight bombs on Kyrgyzstan.", ["UZB>KGZ:assault"]),
        CodingCase("The Sudanese government on Saturday has closed its borders with Eritrea.", ["SDN>ERI:coerce"]),
        // an official of an actor's mission; an actor's government as the passive's agent
        CodingCase("India summoned a senior official of the Pakistan high commission to lodge a strong protest.", ["IND>PAK:disapprove"]),
        CodingCase("Argentina's diplomats were expelled by the government of President Nicolas Maduro.", ["VEN>ARG:reduce_relations"]),
        CodingCase("Museveni and Beshir met in Kampala in July.", ["UGA>SDN:consult"]),
        // a mission reopened, an envoy withdrawn as a noun, captives released to another, forces driven out
        CodingCase("Ethiopia reopened its embassy in Eritrea.", ["ETH>ERI:diplomatic_cooperation"]),
        CodingCase("Serbia ordered the urgent withdrawal of its ambassador to Washington.", ["SRB>USA:reduce_relations"]),
        CodingCase("Azerbaijan released 32 prisoners of war to Armenia.", ["AZE>ARM:yield"]),
        CodingCase("Iran released a statement to the United Nations.", []),
        CodingCase("A U.S.-led coalition drove Iraq's forces out of Kuwait in 1991.", ["USA>IRQ:fight"]),
        CodingCase("Maduro responded by expelling employees from the Colombian embassy in Caracas.", ["VEN>COL:reduce_relations"]),
        CodingCase("Israel struck positions from Lebanon.", []),
        // (after a review) a frame asked for is not done; what almost happened did not; ancestry is no actor
        CodingCase("Protesters demanded that Iraq close the American embassy.", []),
        CodingCase("The United States urged Kenya to close the Libyan embassy.", ["USA>KEN:appeal"]),
        CodingCase("Kenya decided to close the Libyan embassy.", ["KEN>LBY:reduce_relations"]),
        CodingCase("Indian and Chinese troops nearly came to blows but withdrew.", []),
        CodingCase("Pakistan expelled an official of Indian descent working for the UN.", []),
        CodingCase("Saudi Arabia cut ties with its tiny Gulf neighbour Qatar.", ["SAU>QAT:reduce_relations"]),
        CodingCase("Ukraine described the Russian incursion as an act of aggression.", ["UKR>RUS:disapprove"]),
        CodingCase("The Japanese foreign minister and her South Korean counterpart met in Tokyo.", ["JPN>KOR:consult"]),
        // praise in other words; a missile fired over another's land
        CodingCase("Ethiopian Prime Minister Abiy Ahmed has lauded the Eritrean government for its port works.", ["ETH>ERI:diplomatic_cooperation"]),
        CodingCase("Japan commended India for its restraint.", ["JPN>IND:diplomatic_cooperation"]),
        CodingCase("North Korea has fired a ballistic missile over Japan.", ["PRK>JPN:military_posture"]),
        // forces told by their unit; a protocol signed; envoys and staff sent home; an invitation conveyed
        CodingCase("The Soviet Union withdrew a division of troops from Mongolia.", ["RUS>MNG:yield"]),
        CodingCase("The Sudan and Uganda signed a military protocol in 2002.", ["SDN>UGA:material_cooperation"]),
        CodingCase("Tirana has ordered Iranian diplomats and embassy staff to leave within 24 hours.", ["ALB>IRN:reduce_relations"]),
        CodingCase("Somalia's envoys were being recalled from Nairobi.", ["SOM>KEN:reduce_relations"]),
        CodingCase("Ecevit conveyed an invitation to his Greek counterpart, Prime Minister Costas Simitis, to visit Turkey.",
                   ["TUR>GRC:intent_to_cooperate"]),
        // a capital before its government; a state's standing before its name; troops moved to a border
        CodingCase("Jakarta has responded by accusing the Port Moresby government of meddling in its internal affairs.", ["IDN>PNG:accuse"]),
        CodingCase("The Serbian government recognized newly independent Montenegro on Thursday.", ["SRB>MNE:diplomatic_cooperation"]),
        CodingCase("Iran has moved thousands of troops to its border with Afghanistan.", ["IRN>AFG:military_posture"]),
        // a souring verb under a condition
        CodingCase("The US will not abide by the accords unless the Soviet Union cuts off aid to Kabul.", []),
        CodingCase("Washington did not cut aid to Egypt.", []),
        // an organisation joined; a state joined in an act is no organisation joined
        CodingCase("Poland, Hungary and the Czech Republic today became full-fledged members of NATO.",
                   ["POL>NATO:diplomatic_cooperation", "HUN>NATO:diplomatic_cooperation", "CZE>NATO:diplomatic_cooperation"]),
        CodingCase("Ukraine acceded to the WTO.", ["UKR>WTO:diplomatic_cooperation"]),
        CodingCase("Britain joined the United States in condemning Iran.", ["USA>IRN:disapprove"]),
        // (after a second review) what nearly happened, unless largely done; hostages freed through a
        // mediator; an evacuation; a state pushed out of a club; what is praised happened
        CodingCase("The United States nearly attacked Cuba during the missile crisis.", []),
        CodingCase("Russian troops nearly captured the Ukrainian town of Soledar.", ["RUS>UKR:fight"]),
        CodingCase("Israel has almost destroyed Hamas's rocket capability.", ["ISR>HAMAS:assault"]),
        CodingCase("The Houthis released 14 foreign hostages to Oman.", []),
        CodingCase("Germany ordered the withdrawal of its embassy staff from Kabul.", []),
        CodingCase("Putin said the West had pushed Russia out of the G8.", []),
        CodingCase("Israel pushed the PLO out of southern Lebanon.", ["ISR>PLO:fight"]),
        CodingCase("Hezbollah applauded the Iranian strike on Israel.", ["HEZBOLLAH>IRN:diplomatic_cooperation", "IRN>ISR:assault"]),
        CodingCase("The Houthis fired missiles over Saudi Arabia at Israel.", []),
        CodingCase("Poland detained employees from Russia's Gazprom on spying charges.", []),
        CodingCase("Russia expelled diplomats from Bulgaria and Lithuania.", ["RUS>BGR:reduce_relations", "RUS>LTU:reduce_relations"]),
        CodingCase("Lebanon called the Israeli bombing a violation of its sovereignty.", ["LBN>ISR:disapprove"]),
        // (after the held-aside batch) the accused's deed is theirs, once the accused is recognized
        CodingCase("Uganda has accused President Omar al Bashir's government of sponsoring the LRA rebels.", ["UGA>SDN:accuse", "SDN>LRA:aid:claim"]),
        // a release as a sentence's last word, two actors before it (the look-ahead for its "to" stops at the end)
        CodingCase("Syria and Iran released.", []),
        // a war kept from happening is none
        CodingCase("Russia could use its role to prevent conflict between Uzbekistan and Tajikistan.", []),
        CodingCase("Egypt averted a war with Sudan.", []),
        // a pronoun after "and" opens a clause: the name before it is no co-subject
        CodingCase("In Managua, Nicaraguan Foreign Minister Miguel D'Escoto rejected the protest of Honduras, and he lashed out at the United States.",
                   ["NIC>USA:disapprove"]),
    ]

    @Test(arguments: cases)
    func codesWhoDidWhatToWhom(_ example: CodingCase) {
        #expect(Self.relations(example.text) == example.expected.sorted(), "\(example.text)")
    }

    /// A document's sentences are read one after another into the same lists; what one sentence
    /// leaves there (longer sentences first, then shorter, and the reverse) must not reach the next.
    @Test func eachSentenceIsCodedAsIfItWereAlone() {
        let byLength = Self.cases.sorted { $0.text.utf8.count > $1.text.utf8.count }
        let expected = Self.cases.flatMap(\.expected).sorted()
        for order in [byLength, byLength.reversed()] {
            // Paragraphs of their own, each after a sentence that names no one, so that no case's actors
            // stand in for the next one's pronouns (a pronoun looks back one sentence, across paragraphs).
            #expect(Self.relations(order.map(\.text).joined(separator: "\n\nNo one else spoke.\n\n")) == expected)
        }
    }

    /// The word lists the coder reads around a cue come from the cue file, so a user's file extends
    /// them: "mooted" is no planning word of the bundled file, and becomes one.
    @Test func aUserCueFileExtendsTheWordListsAroundCues() throws {
        let text = "The mooted talks between Iran and Egypt took place in Muscat."
        let document = { DocumentReader(defaultDate: CalendarDay(iso: "2023-11-20")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document! }
        var cues = try CueLexicon.bundled()
        let bundled = Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.map(\.kind)
        try cues.add("planned: [mooted]\n", path: "user.yaml")
        let extended = Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.map(\.kind)
        #expect(bundled == [.consult])
        #expect(extended == [.intentToCooperate])
    }

    /// So for what puts a cue off: "shelved" is no word of the bundled `deferred` list, and becomes one.
    @Test func aUserCueFileExtendsWhatPutsACueOff() throws {
        let text = "Talks between Iran and Egypt were shelved."
        let document = { DocumentReader(defaultDate: CalendarDay(iso: "2023-11-20")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document! }
        var cues = try CueLexicon.bundled()
        #expect(Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.map(\.kind) == [.consult])
        try cues.add("deferred: [shelved]\n", path: "user.yaml")
        #expect(Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.isEmpty)
    }

    /// A user's file may add frames, verb phrases with their object inside; one without its `*`
    /// is refused with the file named.
    @Test func aUserCueFileAddsFramesAndRefusesOnesWithoutASlot() throws {
        let text = "Iran dubbed Israel a rogue state."
        let document = { DocumentReader(defaultDate: CalendarDay(iso: "2023-11-20")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document! }
        var cues = try CueLexicon.bundled()
        #expect(Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.isEmpty)
        try cues.add("cues:\n  - kind: disapprove\n    frames: [dub * a rogue state]\n", path: "user.yaml")
        #expect(Extractor(lexicon: try Lexicon.bundled(), cues: cues).analyze(document()).relations.map(\.kind) == [.disapprove])
        #expect {
            try cues.add("cues:\n  - kind: disapprove\n    frames: [dub a rogue state]\n", path: "bad.yaml")
        } throws: { error in
            "\(error)".contains("bad.yaml") && "\(error)".contains("`*`")
        }
    }

    @Test func faqAnswersAndHeadlinesDoNotCountAgain() {
        let text = "Iran Arms Houthis\n\nIran armed the Houthis last year.\n\nFAQ\n\nQ: What did Iran do?\n\nIran armed the Houthis."
        #expect(Self.relations(text) == ["IRN>HOUTHIS:aid"])
    }

    @Test func mentionSetsHoldAnyIndex() {
        var set: MentionSet = [0, 63]
        set.insert(64)
        set.insert(1_000)
        #expect([0, 63, 64, 1_000].allSatisfy(set.contains))
        #expect(![1, 62, 65, 999].contains(where: set.contains))
    }

    /// Records find each sentence's dates by binary search when the analysis lists them in reading
    /// order, as it does; a document built in another order gives the same records.
    @Test func recordsDoNotDependOnTheOrderOfDatesAndRelations() throws {
        let text = "On 3 March 2024, Russia condemned Hamas and Iran armed the Houthis. Turkey criticized Israel on 5 March 2024. "
            + "Egypt hosted a Hamas delegation on Tuesday, and Qatar welcomed Hamas."
        let document = DocumentReader(defaultDate: CalendarDay(iso: "2024-03-10")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let analyzed = Self.extractor.analyze(document)
        #expect(Set(analyzed.timexes.map(\.sentence)).count >= 3 && analyzed.relations.count >= 4)
        var shuffled = analyzed
        shuffled.timexes.reverse()
        shuffled.relations.reverse()
        let inOrder = Self.extractor.timeline(from: [analyzed])
        #expect(Self.extractor.timeline(from: [shuffled]) == inOrder)
        #expect(inOrder.events.contains { $0.date.value == "2024-03-03" } && inOrder.events.contains { $0.date.value == "2024-03-05" })
    }

    @Test func eventsTakeTheirDateFromTheSentenceElseTheyAreReported() throws {
        let text = " date 2023-11-20 Turkey condemned Israel on Tuesday. Turkey also criticized Iran."
        let document = DocumentReader().read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let timeline = Self.extractor.timeline(from: [Self.extractor.analyze(document)])
        let dated = try #require(timeline.events.first { $0.target == .israel })
        #expect(dated.date.value == "2023-11-14")
        #expect(dated.date.status == .happened)
        #expect(dated.date.text == "Tuesday")
        let reported = try #require(timeline.events.first { $0.target == .iran })
        #expect(reported.date.value == "2023-11-20")
        #expect(reported.date.status == .reported)
        #expect(timeline.events.map(\.id) == [dated.id, reported.id], "ordered by date")
        #expect(dated.summary == "Turkey criticises Israel")
    }

    /// A date in the cue's own clause governs it before a nearer one across a comma: the aside's
    /// date is the aside's event's, the main clause's the main clause's; a date that opens the
    /// sentence still dates what follows it.
    @Test func eventsTakeTheDateOfTheirClause() throws {
        let timeline = Self.timeline("Iran, which attacked Israel last month, warned the United States on Tuesday. "
            + "On Monday, Turkey condemned Hamas.", date: "2024-03-15")
        #expect(Self.eventDates(timeline) == ["IRN>ISR": "2024-02", "IRN>USA": "2024-03-12", "TUR>HAMAS": "2024-03-11"])
        // "since" starts a state, and a date in a "since" clause is that clause's: both leave the event reported
        let since = Self.timeline("It was the first time the U.S. had struck the Houthis since the group began its attacks in November. "
            + "Since October, Israel has struck Hamas.", date: "2024-03-15")
        #expect(Self.eventDates(since) == ["USA>HOUTHIS": "2024-03-15", "ISR>HAMAS": "2024-03-15"])
        // a happening a "since" leads is a backdrop: with no date of its own it is a relation with no event
        // (no report's date to misdate it), with one it is an event of that date
        let backdrop = Self.timeline("Exports have fallen since Russia's full-scale invasion of Ukraine.", date: "2024-03-15")
        #expect(backdrop.events.isEmpty)
        #expect(backdrop.relations.map { "\($0.source)>\($0.target):\($0.kind.rawValue) \($0.firstSeen ?? "undated")" } == ["RUS>UKR:assault undated"])
        let datedBackdrop = Self.timeline("Exports have fallen since Russia's invasion of Ukraine in February 2022.", date: "2024-03-15")
        #expect(Self.eventDates(datedBackdrop) == ["RUS>UKR": "2022-02"])
        // a date after "before", "after" or "while" and a gerund is the gerund's
        let gerund = Self.timeline("Blinken met Mahmoud Abbas before arriving in Turkey on Monday. Israel struck Hamas before dawn on Monday.",
                                   date: "2024-03-15")
        #expect(Self.eventDates(gerund) == ["USA>PA": "2024-03-15", "ISR>HAMAS": "2024-03-11"])
        // a clause telling who signed a treaty dates the treaty, with "that" or none, not a cue before it
        let signing = Self.timeline("Solomon Islands urged Australia to help under a security treaty both countries signed in 2017. "
            + "Iran urged Russia on Tuesday to act under an agreement that the two sides reached in 2019.", date: "2024-03-15")
        #expect(Self.eventDates(signing) == ["SLB>AUS": "2024-03-15", "IRN>RUS": "2024-03-12"])
        // a weekday opening a sentence whose clause says "will" is ahead, and an intention is reported on the day
        let ahead = Self.timeline("On Wednesday, Brazil will send aid to Uruguay.", date: "2023-01-23")
        #expect(ahead.events.first.map { $0.date.value } == "2023-01-23")
        #expect(Self.timeline("On Wednesday, Brazil sent aid to Uruguay.", date: "2023-01-23").events.first.map { $0.date.value } == "2023-01-18")
        // a date that qualifies a noun ("the 2015 nuclear deal") dates that noun alone, so only a cue right after it
        let attributive = Self.timeline("Britain triggered the mechanism last month, accusing Tehran of breaching the 2015 nuclear deal. "
            + "Israel recalled Hamas's October 7 attack on Israel.", date: "2024-03-15")
        #expect(Self.eventDates(attributive) == ["GBR>IRN": "2024-02", "HAMAS>ISR": "2023-10-07"])
        // "the following day", "the previous day", "two days later" count from the day named before them,
        // not from the report ("a day after Hamas launched ..." counts from that attack, so it dates nothing)
        let narrative = Self.timeline("Iran seized a Greek tanker on May 10. Greece summoned the Iranian ambassador the following day. "
            + "India struck Pakistan on May 7. Pakistan shelled Indian positions two days later. "
            + "Armenia accused Azerbaijan on May 20. Azerbaijan had attacked Armenia the previous day.", date: "2025-06-01")
        #expect(Self.eventDates(narrative) == ["IRN>GRC": "2025-05-10", "GRC>IRN": "2025-05-11", "IND>PAK": "2025-05-07",
                                              "PAK>IND": "2025-05-09", "ARM>AZE": "2025-05-20", "AZE>ARM": "2025-05-19"])
        let counted = Self.timeline("The two sides have traded blows since October 8, 2023, a day after Hamas launched attacks on Israel.",
                                    date: "2025-06-01")
        #expect(Self.eventDates(counted) == ["HAMAS>ISR": "2025-06-01"])
        // an opening concession's date is its own
        let concession = Self.timeline("Despite a U.S. truce brokered in November, Israel struck Hezbollah. "
            + "Although talks resumed in January, Russia attacked Ukraine on Friday.", date: "2025-03-15")
        #expect(Self.eventDates(concession) == ["ISR>HEZBOLLAH": "2025-03-15", "RUS>UKR": "2025-03-14"])
        // a deadline still ahead ("by 2035") dates what is due, not what happened; a past one keeps its date
        let deadline = Self.timeline("NATO set a goal of 5% of GDP by 2035, driven by demands from Trump. "
            + "Israel had struck Hamas by Wednesday.", date: "2025-06-27")
        #expect(Self.eventDates(deadline) == ["USA>NATO": "2025-06-27", "ISR>HAMAS": "2025-06-25"])
        // an intention or threat is voiced by the report: a date still ahead is the act's, not its;
        // a past date of the words, or of the plan, still dates it
        let intended = Self.timeline("Putin will visit China next month, the Kremlin said. "
            + "Trump threatened on Monday to impose tariffs on Canada from August 1. "
            + "Iran pledged in May to send aid to Lebanon.", date: "2025-06-04")
        #expect(Self.eventDates(intended) == ["RUS>CHN": "2025-06-04", "USA>CAN": "2025-06-02", "IRN>LBN": "2025-05"])
        #expect(intended.events.map(\.date.status) == [.happened, .happened, .reported])
        // a weekend or an hour ahead lies ahead too
        let weekend = Self.timeline("Guatemala's president will visit Taiwan this weekend, he announced. "
            + "The Dominican Republic will shut its border with Haiti at 6 a.m. tomorrow.", date: "2023-04-18")
        #expect(Self.eventDates(weekend) == ["GTM>TWN": "2023-04-18", "DOM>HTI": "2023-04-18"])
        // an appositive after the cue describes someone, and its date is theirs; a source's words are not one
        let appositive = Self.timeline("Germany expelled two Russian diplomats in protest at the killing of Khangoshvili, "
            + "a Georgian national shot dead in a Berlin park in August. Israel struck Gaza, a senior official said on Monday.",
            date: "2019-12-04")
        #expect(Self.eventDates(appositive) == ["DEU>RUS": "2019-12-04", "ISR>PSE": "2019-12-02"])
        // a "when" clause right after a date with "since" tells what happened then
        let sinceWhen = Self.timeline("These are the first casualties since October 1975 when Chinese troops ambushed an Indian patrol.",
                                      date: "2020-06-16")
        #expect(Self.eventDates(sinceWhen) == ["CHN>IND": "1975-10"])
        // and so inside a relative clause, where a date after it belongs to the relative clause
        let relativeWhen = Self.timeline("Kavan, who lived in London from 1968, when the Soviets invaded Czechoslovakia, until 1989, said he stayed.",
                                         date: "1999-03-12")
        #expect(Self.eventDates(relativeWhen) == ["RUS>CSK": "1968"])
        // a "since" an aside has closed dates nothing, and hides no date after it
        let closedSince = Self.timeline("Cuba and the United States agreed to restore diplomatic relations, severed since 1961, in December 2014.",
                                        date: "2015-07-20")
        #expect(Self.eventDates(closedSince) == ["CUB>USA": "2014-12"])
        // a list's example after ", including" is an appositive; a cue in a relative clause a comma opens
        // after the date is not dated by it
        let including = Self.timeline("The UK has cut off all high-level contacts with Russia, including a boycott of this summer's World Cup. "
            + "The deal was clinched last month with Poland, which has been seeking arms since Russia invaded Ukraine.", date: "2018-03-14")
        #expect(Self.eventDates(including) == ["GBR>RUS": "2018-03-14", "RUS>UKR": "2018-03-14"])
        // a date in a relative clause the cue stands outside is that clause's; a comma closing the clause
        // hands later dates back; "which" right after a noun cue may describe that noun
        let relative = Self.timeline("Maduro, who returned to office in January, has rejected US claims. "
            + "Iran has launched missile attacks on Israel amid the war in the Gaza Strip that began with the Hamas attack on Israel on October 7, 2023.",
            date: "2025-08-08")
        #expect(Self.eventDates(relative) == ["VEN>USA": "2025-08-08", "IRN>ISR": "2025-08-08", "HAMAS>ISR": "2023-10-07"])
        let closed = Self.timeline("Venezuela has freed 10 Americans in exchange for Venezuelans whom the United States had sent to a prison, "
            + "the governments said Friday.", date: "2025-07-18")
        #expect(Self.eventDates(closed) == ["VEN>USA": "2025-07-18"])
        let described = Self.timeline("The Israeli attack on Iran, which took place on Monday, killed five. "
            + "Israel struck Hamas in a surprise operation that began early on Wednesday.", date: "2025-06-18")
        #expect(Self.eventDates(described) == ["ISR>IRN": "2025-06-16", "ISR>HAMAS": "2025-06-18"])
        // after any other noun the clause dates its own; a cue inside a closed clause is not dated after it
        let own = Self.timeline("Russia condemned Finland, which joined NATO in April 2023. "
            + "Putin, who met Trump in Alaska, said on Friday that talks were useful. "
            + "Iran – which Israel attacked in June – condemned the United States.", date: "2025-08-20")
        #expect(Self.eventDates(own) == ["RUS>FIN": "2025-08-20", "FIN>NATO": "2023-04", "RUS>USA": "2025-08-20", "ISR>IRN": "2025-06",
                                         "IRN>USA": "2025-08-20"])
        // an opening participle of founding has its own date, as a concession does
        let founded = Self.timeline("Formed in the late 1970s, the PKK has attacked Turkey.", date: "2024-01-16")
        #expect(Self.eventDates(founded) == ["PKK>TUR": "2024-01-16"])
        #expect(Extractor.isAfter("2035", CalendarDay(iso: "2025-06-25")!) && Extractor.isAfter("2025-07", CalendarDay(iso: "2025-06-25")!))
        #expect(!Extractor.isAfter("2025-06", CalendarDay(iso: "2025-06-25")!) && !Extractor.isAfter("PAST_REF", CalendarDay(iso: "2025-06-25")!))
        // a clause of its own, opened by "that" or by "and" with a verb, keeps its date from a cue in another;
        // a "when" clause after a date tells what happened then
        let clauses = Self.timeline("Ukraine said on Monday that Russia had attacked Ukraine on Saturday. "
            + "Israel struck Iran on Friday and Iran fired missiles at Israel on Saturday. "
            + "Between Oct 7, when Hamas-led fighters attacked Israel, and last week, Turkey condemned Israel.", date: "2025-06-01")
        #expect(Self.eventDates(clauses) == ["RUS>UKR": "2025-05-31", "ISR>IRN": "2025-05-30", "IRN>ISR": "2025-05-31",
                                             "HAMAS>ISR": "2024-10-07", "TUR>ISR": "2025-W21"])
        // violence told in the past is past, within the two months a past verb otherwise leaves ahead;
        // so is a day that names an attack, and what a saying reports keeps its own tense
        // (an intention is dated by the report that voices it; TemporalTaggerTests keep September ahead)
        let past = Self.timeline("Russia attacked Ukraine in August. Since Hamas attacked Israel on October 7, Egypt has mediated. "
            + "France will recognize a Palestinian state in September, Macron said.", date: "2025-06-01")
        #expect(Self.eventDates(past) == ["RUS>UKR": "2024-08", "HAMAS>ISR": "2024-10-07", "FRA>PSE": "2025-06-01"])
        // violence done is never ahead of the document, not even by the days a deadline may be
        let soon = Self.timeline("Russia attacked Ukraine on June 3.", date: "2025-06-01")
        #expect(Self.eventDates(soon) == ["RUS>UKR": "2024-06-03"])
        // a clause after "after" happened at another time than the day of the clause before it
        let other = Self.timeline("Russia attacked Kyiv on Tuesday after Ukraine attacked Russian airfields.", date: "2025-06-01")
        #expect(Self.eventDates(other) == ["RUS>UKR": "2025-05-27", "UKR>RUS": "2025-06-01"])
        // a date after "in response to" is the cause's; one after "after" and a verb is that clause's
        let cause = Self.timeline("China announced tariffs on Canadian imports in response to restrictions imposed by Ottawa last year. "
            + "Israel struck Iran on Friday after Iran attacked Israel on Thursday.", date: "2025-03-08")
        #expect(Self.eventDates(cause) == ["CHN>CAN": "2025-03-08", "ISR>IRN": "2025-03-07", "IRN>ISR": "2025-03-06"])
        let named = Self.timeline("The war, sparked by Hamas's October 7 attack on Israel, goes on.", date: "2024-09-22")
        #expect(Self.eventDates(named) == ["HAMAS>ISR": "2023-10-07"])
        // "Despite 1,000 troops deployed in November,": a comma between digits does not end the concession
        let number = Self.timeline("Despite 1,000 troops deployed in November, Israel struck Hezbollah.", date: "2025-03-15")
        #expect(Self.eventDates(number) == ["ISR>HEZBOLLAH": "2025-03-15"])
    }

    /// A duration with "after", "before", "later" or "earlier" between a cue and its date moves the
    /// date ("two days before Monday"); one of hours, or an uncounted one, does not.
    @Test func eventsTakeDatesAnchoredOnAnother() throws {
        let timeline = Self.timeline("On Monday, Israel struck Hamas, two days after Hamas fired rockets at Israel. "
            + "Russia struck Kyiv on 3 March, and a week later Ukraine hit Moscow. "
            + "Egypt condemned Iran on 5 March, hours after Iran attacked Iraq. "
            + "On 7 March, two days after the vote, Turkey condemned Israel.", date: "2024-03-15")
        #expect(Self.eventDates(timeline) == ["ISR>HAMAS": "2024-03-11", "HAMAS>ISR": "2024-03-09", "RUS>UKR": "2024-03-03", "UKR>RUS": "2024-03-10",
                          "EGY>IRN": "2024-03-05", "IRN>IRQ": "2024-03-05", "TUR>ISR": "2024-03-07"])
        #expect(timeline.events.first { $0.source == .init("HAMAS") }?.date.text == "two days before Monday")
        #expect(AnchoredDate.shift("2024-03", by: -2, UInt8(ascii: "M")) == "2024-01")
        #expect(AnchoredDate.shift("2024", by: 1, UInt8(ascii: "Y")) == "2025")
        #expect(AnchoredDate.shift("2024-Q1", by: 1, UInt8(ascii: "M")) == nil)
        #expect(AnchoredDate.shift("2024-03-31T14:00", by: 1, UInt8(ascii: "M")) == "2024-04-30")
    }

    /// The extraction looks for dates only where events are dated from, and its timeline is the
    /// one a full tagging gives.
    @Test func datesAreSoughtOnlyInSentencesThatCodeRelations() throws {
        let text = "The talks were first planned on 1 March 2024. On 3 March 2024, Russia condemned Hamas. "
            + "Officials met on 4 March 2024 to discuss it. Turkey criticized Israel on 5 March 2024."
        let document = DocumentReader(defaultDate: CalendarDay(iso: "2024-03-10")).read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let every = Self.extractor.analyze(document, timexes: .everySentence)
        let events = Self.extractor.analyze(document, timexes: .eventSentences)
        #expect(every.timexes.map(\.timex.value) == ["2024-03-01", "2024-03-03", "2024-03-04", "2024-03-05"])
        #expect(events.timexes.map(\.timex.value) == ["2024-03-03", "2024-03-05"])
        #expect(Set(events.timexes.map(\.sentence)) == Set(events.relations.map(\.sentence)))
        #expect(events.relations == every.relations && events.mentions == every.mentions)
        #expect(Self.extractor.timeline(from: [events]) == Self.extractor.timeline(from: [every]))
    }

    @Test func standingRelationsAreNotEvents() {
        let text = " date 2023-11-20 Qatar maintains ties with Hamas."
        let document = DocumentReader().read(bytes: Array(text.utf8), path: "t.txt", id: "t").document!
        let timeline = Self.extractor.timeline(from: [Self.extractor.analyze(document)])
        #expect(timeline.relations.count == 1)
        #expect(timeline.relations.first?.standing == true)
        #expect(timeline.events.isEmpty)
    }
}

struct CodingCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]

    init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text }
}

/// The relations already coded in a sentence: looked through while few, a set once many, one answer;
/// the relations of earlier sentences in the same list do not count.
struct CodedPairsTests {
    @Test func eachPairIsNewOnceWhetherTheSentenceHasFewOrMany() {
        func relation(_ pair: EventCoder.CodedPair, sentence: Int) -> CodedRelation {
            CodedRelation(sentence: sentence, source: pair.source, target: pair.target, kind: pair.kind, standing: false,
                          cue: "met", cueOffset: 0, claim: nil, person: nil)
        }
        // The first pair below, coded in an earlier sentence: new again in this one.
        var coded = [relation(EventCoder.CodedPair(source: "A0", target: "B0", kind: .consult), sentence: 0)]
        var pairs = EventCoder.CodedPairs(first: coded.count)
        let all = (0..<100).map { EventCoder.CodedPair(source: ActorID("A\($0 % 10)"), target: ActorID("B\($0 / 10)"), kind: .consult) }
        for pair in all {
            let isNew = pairs.insert(pair, coded: coded)
            #expect(isNew, "\(pair)")
            if isNew { coded.append(relation(pair, sentence: 1)) }
        }
        for pair in all {
            let isNew = pairs.insert(pair, coded: coded)
            #expect(!isNew, "\(pair) again")
        }
        let otherKind = pairs.insert(EventCoder.CodedPair(source: "A0", target: "B0", kind: .assault), coded: coded)
        #expect(otherKind)
    }

    @Test func aFewPairsAreLookedForAmongTheSentencesRelationsOnly() {
        let pair = EventCoder.CodedPair(source: "A", target: "B", kind: .consult)
        let earlier = CodedRelation(sentence: 0, source: "A", target: "B", kind: .consult, standing: false,
                                    cue: "met", cueOffset: 0, claim: nil, person: nil)
        var pairs = EventCoder.CodedPairs(first: 1)
        let newInThisSentence = pairs.insert(pair, coded: [earlier])
        #expect(newInThisSentence)
        var fromTheStart = EventCoder.CodedPairs(first: 0)
        let newFromTheStart = fromTheStart.insert(pair, coded: [earlier])
        #expect(!newFromTheStart)
    }
}

/// Cue verbs are written in their base form; the coder matches every inflection.
struct CueInflectionTests {
    @Test(arguments: [
        ("ban", ["bans", "banned", "banning"]),
        ("expel", ["expels", "expelled", "expelling"]),
        ("confer", ["confers", "conferred", "conferring"]),
        ("equip", ["equips", "equipped", "equipping"]),
        ("visit", ["visits", "visited", "visiting"]),
        ("target", ["targets", "targeted", "targeting"]),
        ("supply", ["supplies", "supplied", "supplying"]),
        ("condemn", ["condemns", "condemned", "condemning"]),
        ("seize", ["seizes", "seized", "seizing"]),
        ("agree", ["agrees", "agreed", "agreeing"]),
        ("travel", ["travels", "traveled", "travelled", "traveling", "travelling"]),
        ("kidnap", ["kidnaps", "kidnapped", "kidnaped", "kidnapping", "kidnaping"]),
        ("come", ["comes", "came", "coming"]),
    ])
    func inflects(verb: String, forms: [String]) {
        #expect(Inflection.forms(of: verb) == forms)
    }

    @Test func expelledDiplomatsAreCoded() {
        #expect(EventCodingTests.relations("Moscow expelled two Estonian diplomats.") == ["RUS>EST:reduce_relations"])
    }
}
