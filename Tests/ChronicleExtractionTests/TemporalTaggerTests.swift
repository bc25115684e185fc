import ChronicleModel
import Testing
@testable import ChronicleExtraction

struct TemporalTaggerTests {
    /// "words=TYPE value [MOD]" for each expression in `text`.
    static func tag(_ text: String, dct: String?) -> [String] {
        let bytes = Array(text.utf8)
        return TemporalTagger().tagText(bytes, dct: dct.flatMap { CalendarDay(iso: $0) }).map {
            "\(String(decoding: bytes[$0.range], as: UTF8.self))=\($0.type.rawValue) \($0.value)" + ($0.modifier.map { " \($0.rawValue)" } ?? "")
        }
    }

    static let cases: [TaggerCase] = [
        // absolute dates
        TaggerCase("Hamas attacked on October 7, 2023.", "2024-01-15", ["October 7, 2023=DATE 2023-10-07"]),
        TaggerCase("The talks opened on 7 October 2023.", "2024-01-15", ["7 October 2023=DATE 2023-10-07"]),
        TaggerCase("Hamas attacked Israel on Oct. 7.", "2024-01-15", ["Oct. 7=DATE 2023-10-07"]),
        // no verb near to tell the tense: an act of violence done on the day is past; a future word still wins
        TaggerCase("The conflict erupted after Hamas's murderous raids into Israel on October 7.", "2025-06-01", ["October 7=DATE 2024-10-07"]),
        TaggerCase("Israel will launch its planned attack on Iran on October 7.", "2025-06-01", ["October 7=DATE 2025-10-07"]),
        TaggerCase("The statement came on 2023-10-26.", "2023-11-01", ["2023-10-26=DATE 2023-10-26"]),
        TaggerCase("The vote was held on 10/26/2023.", "2023-11-01", ["10/26/2023=DATE 2023-10-26"]),
        TaggerCase("The vote was held on 26/10/2023.", "2023-11-01", ["26/10/2023=DATE 2023-10-26"]),
        // day first between periods; a version number or a bad day is no date
        TaggerCase("The deal was signed on 20.05.2025 in Minsk.", "2025-06-01", ["20.05.2025=DATE 2025-05-20"]),
        TaggerCase("Polls closed on 3.6.2024.", "2025-06-01", ["3.6.2024=DATE 2024-06-03"]),
        TaggerCase("Version 1.2.3 shipped, then 31.02.2024 and 12.5.20251.", "2025-06-01", []),
        TaggerCase("Talks resumed in November 2023.", "2024-01-15", ["November 2023=DATE 2023-11"]),
        TaggerCase("The policy dates from the 1990s.", "2023-11-01", ["the 1990s=DATE 199"]),
        TaggerCase("Spending rose in 2022.", "2023-11-01", ["2022=DATE 2022"]),
        TaggerCase("The budget for fiscal 2024 grew.", "2023-11-01", ["fiscal 2024=DATE 2024"]),
        TaggerCase("Friday, October 27, 2023 was quiet.", nil, ["Friday, October 27, 2023=DATE 2023-10-27"]),
        // relative to the DCT
        TaggerCase("Russia on Monday called for talks.", "2023-11-06", ["Monday=DATE 2023-11-06"]),
        TaggerCase("Russia on Monday called for talks.", "2023-11-11", ["Monday=DATE 2023-11-06"]),
        TaggerCase("The ministers will meet on Monday.", "2023-11-11", ["Monday=DATE 2023-11-13"]),
        TaggerCase("He spoke yesterday and will speak tomorrow.", "2023-11-06", ["yesterday=DATE 2023-11-05", "tomorrow=DATE 2023-11-07"]),
        TaggerCase("Officials met today.", "2023-11-06", ["today=DATE 2023-11-06"]),
        TaggerCase("They met the day before yesterday and meet the day after tomorrow.", "2023-11-06",
                   ["the day before yesterday=DATE 2023-11-04", "the day after tomorrow=DATE 2023-11-08"]),
        TaggerCase("Prices rose last week, last month and last year.", "2023-11-06", ["last week=DATE 2023-W44", "last month=DATE 2023-10", "last year=DATE 2022"]),
        TaggerCase("Talks continue this year and next month.", "2023-11-06", ["this year=DATE 2023", "next month=DATE 2023-12"]),
        TaggerCase("The envoy arrived two days ago.", "2023-11-06", ["two days ago=DATE 2023-11-04"]),
        TaggerCase("The envoy arrived three weeks ago.", "2023-11-06", ["three weeks ago=DATE 2023-W42"]),
        TaggerCase("It was announced earlier this month.", "2023-11-06", ["earlier this month=DATE 2023-11 START"]),
        TaggerCase("Strikes have grown in recent weeks.", "2023-11-06", ["recent weeks=DURATION PXW"]),
        TaggerCase("The region is calm now.", "2023-11-06", ["now=DATE PRESENT_REF"]),
        TaggerCase("Talks were held last Friday.", "2023-11-06", ["last Friday=DATE 2023-11-03"]),
        TaggerCase("The minister spoke this morning.", "2023-11-06", ["this morning=TIME 2023-11-06TMO"]),
        // a weekday after "would", "until", "might", "planned" is the coming one, even when a verb's form says past
        TaggerCase("He said he would go to Havana Tuesday.", "2000-01-07", ["Tuesday=DATE 2000-01-11"]),
        TaggerCase("Officials postponed until Tuesday morning any action.", "2000-01-07", ["Tuesday morning=DATE 2000-01-11TMO"]),
        TaggerCase("Protesters planned a large demonstration on Saturday.", "2000-01-07", ["Saturday=DATE 2000-01-08"]),
        TaggerCase("His parents could not be located Wednesday.", "2000-01-07", ["Wednesday=DATE 2000-01-05"]),
        // ... and after a modal further back, with the weekday's "on" and no comma between; not after "to"
        TaggerCase("Iran will hold talks with Britain on Friday.", "2025-06-01", ["Friday=DATE 2025-06-06"]),
        // so does "would" or "due" after a verb of saying or a form of "be", over a place
        TaggerCase("Trump said he would meet Putin in Alaska on Friday.", "2025-06-01", ["Friday=DATE 2025-06-06"]),
        TaggerCase("Zelenskiy is due to meet Trump at the White House on Monday.", "2025-06-01", ["Monday=DATE 2025-06-02"]),
        TaggerCase("Trump said Putin met Witkoff in the Kremlin on Friday.", "2025-06-01", ["Friday=DATE 2025-05-30"]),
        TaggerCase("He traveled to the capital for a summit on Tuesday.", "2025-06-01", ["Tuesday=DATE 2025-05-27"]),
        TaggerCase("Iran will hold talks, and Britain met them on Friday.", "2025-06-01", ["Friday=DATE 2025-05-30"]),
        // a verb's past form with "in" or "on" tells when it was done: no deadline's slack ahead
        TaggerCase("The EU condemned Russia in July.", "2025-06-01", ["July=DATE 2024-07"]),
        TaggerCase("Armenia and Azerbaijan signed a peace deal on June 20.", "2025-06-01", ["June 20=DATE 2024-06-20"]),
        TaggerCase("The deal was extended to July.", "2025-06-01", ["July=DATE 2025-07"]),
        TaggerCase("It said it is calling for the redemption on Dec. 7.", "1989-10-30", ["Dec. 7=DATE 1989-12-07"]),
        // a date "would" governs is its nearest occurrence: what was to happen may have happened since
        TaggerCase("Macron said France would recognise Palestine in September.", "2025-06-01", ["September=DATE 2025-09"]),
        TaggerCase("France will recognize a Palestinian state in September, Macron said.", "2025-06-01", ["September=DATE 2025-09"]),
        TaggerCase("Russia said it would hold talks with Ukraine on May 20.", "2025-06-01", ["May 20=DATE 2025-05-20"]),
        // a year-less date after a verb in the past (its -ed ending, or an irregular form): the past
        // occurrence, unless the next one is within two months (a deadline the verb set; news gives
        // the year of a day that long ago)
        TaggerCase("Iran attacked Israel on April 13.", "2024-11-07", ["April 13=DATE 2024-04-13"]),
        TaggerCase("On April 13, Iran attacked Israel.", "2024-11-07", ["April 13=DATE 2024-04-13"]),
        TaggerCase("Israel launched strikes in April.", "2024-11-07", ["April=DATE 2024-04"]),
        TaggerCase("Russia struck Kyiv on March 3.", "2024-11-07", ["March 3=DATE 2024-03-03"]),
        TaggerCase("The ministry asked Hamas to respond by Nov. 20.", "2024-11-07", ["Nov. 20=DATE 2024-11-20"]),
        TaggerCase("The offer was extended to December.", "2024-11-07", ["December=DATE 2024-12"]),
        // an adverb that says past outright outweighs a verb's -ed form nearer the date
        TaggerCase("A previously brokered truce in November collapsed.", "2025-09-18", ["November=DATE 2024-11"]),
        TaggerCase("A truce brokered in November is in force.", "2025-09-18", ["November=DATE 2024-11"]),
        TaggerCase("A truce extended to November is in force.", "2025-09-18", ["November=DATE 2025-11"]),
        TaggerCase("Talks are expected on April 13.", "2024-11-07", ["April 13=DATE 2025-04-13"]),
        TaggerCase("The united front met on April 13.", "2024-11-07", ["April 13=DATE 2024-04-13"]),
        TaggerCase("A united front on April 13.", "2024-11-07", ["April 13=DATE 2025-04-13"]),
        // a past form after "be" is a participle: the modal before it gives the tense; "said" dates the
        // saying only; a past sentence's date in the coming two weeks is a deadline, not last year's
        TaggerCase("The dividend will be paid Dec. 14 to holders of record.", "1989-10-26", ["Dec. 14=DATE 1989-12-14"]),
        TaggerCase("The company said it is calling the shares on Dec. 7.", "1989-10-30", ["Dec. 7=DATE 1989-12-07"]),
        TaggerCase("The offer had been set to expire Nov. 6.", "1989-11-02", ["Nov. 6=DATE 1989-11-06"]),
        TaggerCase("The offer was withdrawn on Nov. 26.", "1989-11-02", ["Nov. 26=DATE 1988-11-26"]),
        TaggerCase("He will succeed the chairman Feb. 1.", "1989-10-26", ["Feb. 1=DATE 1990-02-01"]),
        // with nothing to say the tense, a month more than two months ahead is last year's (news tells of
        // the past); after "by" or "until" a deadline, the nearest occurrence, unless a strong past says it passed
        TaggerCase("The stock traded at a high in June and at a low in March.", "1989-11-02", ["June=DATE 1989-06", "March=DATE 1989-03"]),
        TaggerCase("The program runs to January.", "1989-11-02", ["January=DATE 1990-01"]),
        TaggerCase("The fund must pay down the loan by February.", "1989-10-30", ["February=DATE 1990-02"]),
        TaggerCase("The court ordered the boy returned by Jan. 14.", "2000-01-15", ["Jan. 14=DATE 2000-01-14"]),
        TaggerCase("Members had filed reports by Wednesday.", "1990-08-16", ["Wednesday=DATE 1990-08-15"]),
        TaggerCase("Talks must end by Wednesday.", "1990-08-16", ["Wednesday=DATE 1990-08-22"]),
        // fuzzy parts
        TaggerCase("The war began in early October.", "2023-11-06", ["early October=DATE 2023-10 START"]),
        TaggerCase("Talks stalled in mid-November.", "2023-12-20", ["mid-November=DATE 2023-11 MID"]),
        TaggerCase("Elections are due in late 2024.", "2023-12-20", ["late 2024=DATE 2024 END"]),
        TaggerCase("Aid will run out by the end of the year.", "2023-12-13", ["the end of the year=DATE 2023 END"]),
        TaggerCase("Growth slowed in the first half of 2024.", "2024-09-01", ["the first half of 2024=DATE 2024-H1"]),
        TaggerCase("Profits fell in the third quarter.", "2023-11-06", ["the third quarter=DATE 2023-Q3"]),
        TaggerCase("Profits fell in the final quarter of 2023.", "2024-11-07", ["the final quarter of 2023=DATE 2023-Q4"]),
        TaggerCase("Profits fell in the last half of 2022.", "2024-11-07", ["the last half of 2022=DATE 2022-H2"]),
        TaggerCase("Profits fell in the last quarter.", "2024-11-07", ["the last quarter=DATE 2024-Q3"]),
        TaggerCase("Fighting eased this summer.", "2023-11-06", ["this summer=DATE 2023-SU"]),
        // holidays: fixed days, the n-th weekday of a month, the days Easter moves with
        TaggerCase("Russia struck Kyiv on Christmas Day 2022.", "2023-11-07", ["Christmas Day 2022=DATE 2022-12-25"]),
        TaggerCase("Talks will resume after New Year's Day.", "2023-11-07", ["New Year's Day=DATE 2024-01-01"]),
        TaggerCase("The attack came on Easter Sunday, 2024.", "2024-06-01", ["Easter Sunday, 2024=DATE 2024-03-31"]),
        TaggerCase("Israel struck Gaza on Good Friday.", "2023-06-01", ["Good Friday=DATE 2023-04-07"]),
        TaggerCase("Sales have risen since last Thanksgiving.", "2000-01-07", ["last Thanksgiving=DATE 1999-11-25"]),
        TaggerCase("Markets were shut on Labor Day and on Memorial Day.", "2023-11-07", ["Labor Day=DATE 2023-09-04", "Memorial Day=DATE 2023-05-29"]),
        TaggerCase("A new year began on a good Friday.", "2023-11-07", ["Friday=DATE 2023-11-03"]),
        // a quarter's year named before it
        TaggerCase("The 1988 second quarter was weak; this year's third quarter was not.", "1989-11-02",
                   ["The 1988 second quarter=DATE 1988-Q2", "this year's third quarter=DATE 1989-Q3"]),
        TaggerCase("Next year's first half looks better than the year-ago third quarter.", "1989-11-02",
                   ["Next year's first half=DATE 1990-H1", "the year-ago third quarter=DATE 1988-Q3"]),
        // in a report of a quarter, a year ago is that quarter of the year before; elsewhere, the year
        TaggerCase("Profit fell in the third quarter. A year ago it rose, and year-earlier sales were higher.", "1989-11-02",
                   ["the third quarter=DATE 1989-Q3", "A year ago=DATE 1988-Q3", "year-earlier=DATE 1988-Q3"]),
        TaggerCase("A year ago profit rose. It fell in the third quarter.", "1989-11-02",
                   ["A year ago=DATE 1988", "the third quarter=DATE 1989-Q3"]),
        TaggerCase("The strike began a year ago.", "1989-11-02", ["a year ago=DATE 1988"]),
        TaggerCase("Talks resumed in the summer of 2021 and in spring 2022.", "2023-11-06", ["summer of 2021=DATE 2021-SU", "spring 2022=DATE 2022-SP"]),
        TaggerCase("Oil was dear in the winter of nineteen ninety-four.", "1998-01-08", ["winter of nineteen ninety-four=DATE 1994-WI"]),
        // ISO 8601 timestamps, as feeds and scraped pages print them: the minute is kept, seconds and zone read over
        TaggerCase("Posted 2023-10-07T14:30:00Z by staff.", "2023-11-06", ["2023-10-07T14:30:00Z=TIME 2023-10-07T14:30"]),
        TaggerCase("Updated 2023-10-07T09:05-05:00.", "2023-11-06", ["2023-10-07T09:05-05:00=TIME 2023-10-07T09:05"]),
        TaggerCase("Updated 2023-10-07T14:30:00+02:00, then again.", "2023-11-06", ["2023-10-07T14:30:00+02:00=TIME 2023-10-07T14:30"]),
        TaggerCase("A stamp of 2023-10-07T25:30 is no time.", "2023-11-06", ["2023-10=DATE 2023-10"]),
        // a clock time takes the day that follows it, over a zone, "local time", "on" and the longer date
        TaggerCase("The blast came at 14:30 GMT on 7 October.", "2023-11-07", ["14:30 GMT on 7 October=TIME 2023-10-07T14:30"]),
        TaggerCase("Sirens sounded at 6:30 a.m. local time on Saturday.", "2023-11-07", ["6:30 a.m. local time on Saturday=TIME 2023-11-04T06:30"]),
        TaggerCase("Markets closed at 4 p.m. ET on Friday, Nov. 3.", "2023-11-07", ["4 p.m. ET on Friday, Nov. 3=TIME 2023-11-03T16:00"]),
        // the full stop after a full month name ends the sentence; after an abbreviation it is the name's
        TaggerCase("Talks ended on 7 October.", "2023-11-07", ["7 October=DATE 2023-10-07"]),
        TaggerCase("Talks ended on 7 Sept. in Doha.", "2023-11-07", ["7 Sept.=DATE 2023-09-07"]),
        // durations and sets
        TaggerCase("The siege lasted two weeks.", "2023-11-06", ["two weeks=DURATION P2W"]),
        TaggerCase("Russia called for action almost a month into the war.", "2023-11-06", ["almost a month=DURATION P1M APPROX"]),
        TaggerCase("They have been allies for years.", "2023-11-06", ["years=DURATION PXY"]),
        TaggerCase("It ended a decades-long conflict.", "2023-11-06", ["decades-long=DURATION PXDE"]),
        // counted decades in years (ISO 8601 has no letter for them); "a decade ago" is a year
        TaggerCase("The feud lasted two decades and began a decade ago.", "1999-03-12", ["two decades=DURATION P20Y", "a decade ago=DATE 1989"]),
        // halves
        TaggerCase("The siege lasted 2 1/2 years, talks two and a half weeks.", "2023-11-06",
                   ["2 1/2 years=DURATION P2Y6M", "two and a half weeks=DURATION P17DT12H"]),
        TaggerCase("It took a year and a half, then half an hour.", "2023-11-06", ["a year and a half=DURATION P1Y6M", "half an hour=DURATION PT30M"]),
        TaggerCase("They won half the vote and 1/2 of the seats.", "2023-11-06", []),
        TaggerCase("Protesters gather every Friday.", "2023-11-06", ["every Friday=SET XXXX-WXX-5"]),
        TaggerCase("The ministry briefs reporters weekly.", "2023-11-06", ["weekly=SET P1W"]),
        TaggerCase("The rockets fell at 6:30 a.m. on Saturday.", "2023-10-09", ["6:30 a.m. on Saturday=TIME 2023-10-07T06:30"]),
        // traps
        TaggerCase("Officials may meet soon, and Theresa May spoke.", "2023-11-06", []),
        TaggerCase("Thousands joined the march through the city.", "2023-11-06", []),
        TaggerCase("A 6-year-old boy and a 52 years old man were hurt.", "2023-11-06", []),
        TaggerCase("The clip at [00:13:13] shows the talks.", "2023-11-06", []),
        TaggerCase("Prices rose 3 percent, to $2,000 per ton.", "2023-11-06", []),
    ]

    @Test(arguments: cases)
    func normalisesNewsExpressions(_ example: TaggerCase) {
        #expect(Self.tag(example.text, dct: example.dct) == example.expected, "\(example.text)")
    }

    @Test func holidaysFallOnTheirDays() {
        for (year, easter) in [(1998, "1998-04-12"), (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25")] {
            #expect(Holiday.easterSunday(year)?.description == easter)
        }
        #expect(Holiday.weekday(month: 11, weekday: 4, ordinal: 4).day(in: 1999)?.description == "1999-11-25", "Thanksgiving")
        #expect(Holiday.weekday(month: 5, weekday: 1, ordinal: -1).day(in: 2021)?.description == "2021-05-31", "Memorial Day")
        #expect(Holiday.weekday(month: 9, weekday: 1, ordinal: 1).day(in: 2024)?.description == "2024-09-02", "Labor Day")
    }

    /// The extractor reads a document's sentences into one list of date tokens: each sentence,
    /// after a longer or a shorter one, is tagged as if it were alone.
    @Test func sentencesReadIntoOneListAreTaggedAsIfAlone() {
        let tagger = TemporalTagger()
        let byLength = Self.cases.sorted { $0.text.utf8.count > $1.text.utf8.count }
        for order in [byLength, byLength.reversed()] {
            var shared = DateTokens()
            for example in order {
                let bytes = Array(example.text.utf8)
                let tokens = Tokenizer.tokens(bytes, 0..<bytes.count)
                let dct = example.dct.flatMap { CalendarDay(iso: $0) }
                let alone = tagger.tag(bytes, tokens: tokens, dct: dct).map { "\($0.range) \($0.value)" }
                #expect(tagger.tag(bytes, tokens: tokens, dct: dct, reading: &shared).map { "\($0.range) \($0.value)" } == alone, "\(example.text)")
            }
        }
    }

    @Test(arguments: [
        ("Hamas attacked Israel on Oct. 7.", ["Oct. 7=DATE XXXX-10-07"]),
        ("Russia on Monday called for talks.", ["Monday=DATE XXXX-WXX-1"]),
        ("The war began in early October.", ["early October=DATE XXXX-10 START"]),
        ("It happened yesterday and last year.", ["yesterday=DATE XXXX-XX-XX", "last year=DATE XXXX"]),
        ("Talks resumed in November 2023.", ["November 2023=DATE 2023-11"]),
        ("They met on Christmas Eve and on Thanksgiving.", ["Christmas Eve=DATE XXXX-12-24", "Thanksgiving=DATE XXXX-11-XX"]),
    ])
    func withoutADCTNothingIsGuessed(text: String, expected: [String]) {
        #expect(Self.tag(text, dct: nil) == expected)
    }
}

struct TaggerCase: Sendable, CustomTestStringConvertible {
    let text: String
    let dct: String?
    let expected: [String]

    init(_ text: String, _ dct: String?, _ expected: [String]) {
        self.text = text
        self.dct = dct
        self.expected = expected
    }

    var testDescription: String { text }
}
