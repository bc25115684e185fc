import Foundation

/// The width Graphviz gives a label's text when it sizes nodes and places edge labels.
///
/// Graphviz measures text through Pango and fontconfig when they are loaded, so the size of every
/// node, and with it the whole layout and every byte of the SVG, depended on which fonts the
/// machine had installed (Helvetica resolves to Liberation Sans on one machine and to the wider DejaVu
/// Sans on another). Chronicle measures with fixed advance widths instead: those of the
/// PostScript core fonts (Helvetica, Helvetica-Bold, Times-Roman, Courier), which Arial and the
/// Liberation fonts share. The same DOT then gives the same SVG on every machine, and no fonts are
/// loaded at all, which also saves the font set-up of the first render.
///
/// Characters outside ASCII are measured by what they are: an accented letter as its base letter,
/// a combining mark as nothing, a wide East Asian character or an emoji as a full em, any other
/// letter as an average capital or small letter of the family.
public struct LabelTextMetrics: Sendable, Equatable {
    /// The shape of a typeface, judged from its name the way a font matcher would.
    public enum Family: Sendable, Equatable {
        case sans, serif, monospace
    }

    public var family: Family
    public var isBold: Bool

    public init(family: Family, isBold: Bool = false) {
        self.family = family
        self.isBold = isBold
    }

    /// The metrics for a Graphviz `fontname` such as "Helvetica", "Times-Roman", "Arial Bold" or
    /// "monospace". Names naming no family fall back to sans-serif; Graphviz's default is Times.
    public init(fontName: String) {
        var name = fontName
        self = name.withUTF8 { LabelTextMetrics(fontNameUTF8: $0) }
    }

    /// The same from the name's UTF-8 bytes, as Graphviz hands them to its text-layout plugin for
    /// every line of every label. The family words are ASCII, so letters are folded as ASCII.
    init(fontNameUTF8 name: UnsafeBufferPointer<UInt8>) {
        func has(_ word: StaticString) -> Bool { Self.contains(name, caseFolded: word) }
        if has("mono") || has("courier") || has("consol") {
            family = .monospace
        } else if has("sans") || has("helvetica") || has("arial") || has("verdana") || has("liberation") {
            family = .sans
        } else if has("times") || has("serif") || has("roman") || has("georgia") || has("palatino") || has("book") {
            family = .serif
        } else {
            family = .sans
        }
        isBold = has("bold") || has("black") || has("heavy")
    }

    /// Whether `text` holds the lowercase ASCII `word`, ignoring the case of ASCII letters.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, caseFolded word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard count > 0, text.count >= count else { return false }
        let letters = word.utf8Start
        for start in 0...(text.count - count) {
            var offset = 0
            while offset < count, text[start + offset] | (text[start + offset] &- 0x41 < 26 ? 0x20 : 0) == letters[offset] {
                offset += 1
            }
            if offset == count { return true }
        }
        return false
    }

    /// The advance width of `text` at `points`, in points. A label is measured one line at a time
    /// by Graphviz, so line breaks are not expected here; any control character counts as nothing.
    public func width(of text: String, points: Double) -> Double {
        var text = text
        return text.withUTF8 { width(ofUTF8: $0, points: points) }
    }

    /// The same for the UTF-8 bytes of a line, as Graphviz hands them to the text-layout plugin;
    /// ASCII is measured without decoding, and a byte that is not UTF-8 counts as U+FFFD, as it
    /// would once repaired into a `String`.
    func width(ofUTF8 text: UnsafeBufferPointer<UInt8>, points: Double) -> Double {
        var thousandths = 0
        var index = 0
        while index < text.count, text[index] < 0x80 {
            thousandths += advance(of: Unicode.Scalar(text[index]))
            index += 1
        }
        if index < text.count {
            var decoder = Unicode.UTF8.ForwardParser()
            var bytes = UnsafeBufferPointer(rebasing: text[index...]).makeIterator()
            loop: while true {
                switch decoder.parseScalar(from: &bytes) {
                case .valid(let encoded): thousandths += advance(of: Unicode.UTF8.decode(encoded))
                case .error: thousandths += advance(of: "\u{FFFD}")
                case .emptyInput: break loop
                }
            }
        }
        return Double(thousandths) * points / 1000
    }

    /// The line height Graphviz's own estimate uses: the point size and 20% leading.
    public static func lineHeight(points: Double) -> Double { points * 1.2 }

    /// A scalar's advance in thousandths of an em.
    func advance(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return 0 }
        if value < 0x7F { return asciiAdvance(UInt8(value)) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        // A monospaced face gives every character one cell, and a wide one two.
        if family == .monospace { return Self.isWide(value) ? 1200 : 600 }
        if let punctuation = punctuationAdvance(value) { return punctuation }
        if Self.isWide(value) { return 1000 }
        // An accented Latin, Greek or Cyrillic letter takes its base letter's width when the base is ASCII.
        if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.value < 0x7F, base.value >= 0x20 {
            return asciiAdvance(UInt8(base.value))
        }
        if scalar.properties.isWhitespace { return asciiAdvance(0x20) }
        // Capitals run wider than small letters in every cased script ("МОСКВА" against "москва").
        return scalar.properties.isUppercase ? averageCapital : averageLetter
    }

    /// The mean advance of the family's small letters, for letters it has no width of.
    private var averageLetter: Int {
        switch family {
        case .sans: return isBold ? 611 : 556
        case .serif: return 500
        case .monospace: return 600
        }
    }

    /// The mean advance of the family's capitals.
    private var averageCapital: Int {
        switch family {
        case .sans: return isBold ? 722 : 667
        case .serif: return isBold ? 722 : 667
        case .monospace: return 600
        }
    }

    private func asciiAdvance(_ byte: UInt8) -> Int {
        let index = Int(byte) - 0x20
        switch family {
        case .monospace:
            return 600
        case .sans:
            return Int(isBold ? Self.helveticaBold[index] : Self.helvetica[index])
        case .serif:
            let regular = Int(Self.timesRoman[index])
            // Times-Bold runs about 5% wider than Times-Roman over running text.
            return isBold ? regular * 105 / 100 : regular
        }
    }

    /// Typographic punctuation that news names and titles carry, with its core-font width.
    private func punctuationAdvance(_ value: UInt32) -> Int? {
        let serif = family == .serif
        switch value {
        case 0xA0: return asciiAdvance(0x20)  // no-break space
        case 0xB7: return serif ? 250 : 278  // middle dot
        case 0x2013: return serif ? 500 : 556  // en dash
        case 0x2014, 0x2026: return 1000  // em dash, ellipsis
        case 0x2018, 0x2019: return serif ? 333 : (isBold ? 278 : 222)  // single quotes
        case 0x201C, 0x201D: return serif ? 444 : (isBold ? 500 : 333)  // double quotes
        case 0x2022: return 350  // bullet
        case 0xAB, 0xBB: return serif ? 500 : 556  // guillemets
        case 0xB0: return 400  // degree
        case 0x20AC: return serif ? 500 : 556  // euro
        default: return nil
        }
    }

    /// East Asian wide and fullwidth characters, and pictographs, which take a full em.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    // Advance widths of ASCII 0x20–0x7E in thousandths of an em, from the core fonts' published
    // metrics, indexed from the space. 0x27 is the straight quote (quotesingle) and 0x60 the grave.
    private static let helvetica: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
    ]

    private static let helveticaBold: [UInt16] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]

    private static let timesRoman: [UInt16] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ]
}
