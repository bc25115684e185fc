@testable import ChronicleGraphviz
import Foundation
import Testing

struct LabelTextMetricsTests {
    @Test func helveticaWidthsAreTheCoreFontAdvances() {
        let helvetica = LabelTextMetrics(fontName: "Helvetica")
        // H 722, a 556, m 833, a 556, s 500 thousandths of an em.
        #expect(abs(helvetica.width(of: "Hamas", points: 10) - 31.67) < 1e-9)
        #expect(abs(helvetica.width(of: "iiii", points: 10) - 8.88) < 1e-9)
        #expect(helvetica.width(of: "WWWW", points: 10) > 4 * helvetica.width(of: "i", points: 10) * 4)
        #expect(helvetica.width(of: "", points: 10) == 0)
    }

    @Test func familyAndWeightFollowTheFontName() {
        #expect(LabelTextMetrics(fontName: "Helvetica").family == .sans)
        #expect(LabelTextMetrics(fontName: "Arial Bold") == LabelTextMetrics(family: .sans, isBold: true))
        #expect(LabelTextMetrics(fontName: "Times-Roman").family == .serif)
        #expect(LabelTextMetrics(fontName: "DejaVu Sans Mono").family == .monospace)
        #expect(LabelTextMetrics(fontName: "Courier-Bold") == LabelTextMetrics(family: .monospace, isBold: true))
        #expect(LabelTextMetrics(fontName: "Some Unknown Face").family == .sans)
        let bold = LabelTextMetrics(fontName: "Helvetica-Bold"), regular = LabelTextMetrics(fontName: "Helvetica")
        #expect(bold.width(of: "Hezbollah", points: 12) > regular.width(of: "Hezbollah", points: 12))
        #expect(LabelTextMetrics(fontName: "Courier").width(of: "Wi.", points: 10) == 18)
        #expect(LabelTextMetrics(fontName: "Courier").width(of: "a–é\u{301}北", points: 10) == 6 * 3 + 12, "one cell a character, two for a wide one, none for a mark")
    }

    @Test func accentedLettersTakeTheirBaseLettersWidth() {
        let metrics = LabelTextMetrics(fontName: "Helvetica")
        #expect(metrics.width(of: "Erdoğan", points: 11) == metrics.width(of: "Erdogan", points: 11))
        #expect(metrics.width(of: "Zelenskyy Österreich", points: 9) == metrics.width(of: "Zelenskyy Osterreich", points: 9))
        // A decomposed accent (a letter and a combining mark) adds nothing to the letter.
        #expect(metrics.width(of: "Ame\u{301}lie", points: 11) == metrics.width(of: "Amelie", points: 11))
    }

    @Test func otherScriptsAreMeasuredByWhatTheyAre() {
        let metrics = LabelTextMetrics(fontName: "Helvetica")
        #expect(metrics.width(of: "北京", points: 10) == 20, "wide East Asian characters take a full em")
        #expect(abs(metrics.width(of: "Москва", points: 10) - (6.67 + 5 * 5.56)) < 1e-9, "other letters take an average capital or small letter")
        #expect(metrics.width(of: "ΑΘΗΝΑ", points: 10) > metrics.width(of: "αθηνα", points: 10))
        #expect(metrics.width(of: "a\u{200D}b", points: 10) == metrics.width(of: "ab", points: 10), "format characters take nothing")
        #expect(metrics.width(of: "—", points: 10) == 10)
        #expect(metrics.width(of: "a\tb", points: 10) == metrics.width(of: "ab", points: 10))
    }

    /// The text-layout plugin measures Graphviz's C strings byte by byte; it must agree with the
    /// `String` measure for every kind of text, and read bytes that are not UTF-8 as U+FFFD.
    @Test func measuringUTF8BytesAgreesWithMeasuringStrings() {
        let lines = ["", "Hamas", "Erdoğan", "Ame\u{301}lie", "北京 Москва", "a\u{200D}b\tc", "«Ukraine» — 2024 · €5", "👍🏽 ok", "ΑΘΗΝΑ"]
        for fontName in ["Helvetica", "Helvetica-Bold", "Times-Roman", "Courier"] {
            let metrics = LabelTextMetrics(fontName: fontName)
            for line in lines {
                var text = line
                let bytesWidth = text.withUTF8 { metrics.width(ofUTF8: $0, points: 11) }
                #expect(bytesWidth == metrics.width(of: line, points: 11), "\(fontName): \(line)")
            }
            let broken: [UInt8] = [0x41, 0xC3, 0x28, 0xFF, 0x42]
            let repaired = String(decoding: broken, as: UTF8.self)
            #expect(broken.withUnsafeBufferPointer { metrics.width(ofUTF8: $0, points: 11) } == metrics.width(of: repaired, points: 11))
        }
    }

    @Test func fontNamesAreMatchedWithoutRegardToCase() {
        #expect(LabelTextMetrics(fontName: "HELVETICA BOLD") == LabelTextMetrics(family: .sans, isBold: true))
        #expect(LabelTextMetrics(fontName: "times new roman").family == .serif)
        #expect(LabelTextMetrics(fontName: "Noto Sans Mono CJK") == LabelTextMetrics(family: .monospace))
        #expect(LabelTextMetrics(fontName: "") == LabelTextMetrics(family: .sans))
        #expect(LabelTextMetrics(fontName: "Bol") == LabelTextMetrics(family: .sans), "a word cut short does not match")
        #expect(LabelTextMetrics(fontName: "Liberation SANS-Black") == LabelTextMetrics(family: .sans, isBold: true))
    }
}
