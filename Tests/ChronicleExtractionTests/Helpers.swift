import ChronicleModel
@testable import ChronicleExtraction

/// Reads `text` as if it were a file called `name`, and segments it.
func analyze(_ text: String, name: String = "doc.txt", defaultDate: String? = nil, manifest: DocumentHints? = nil)
    -> (document: AnalyzedDocument?, diagnostics: [Diagnostic])
{
    analyze(bytes: Array(text.utf8), name: name, defaultDate: defaultDate, manifest: manifest)
}

func analyze(bytes: [UInt8], name: String = "doc.txt", defaultDate: String? = nil, manifest: DocumentHints? = nil)
    -> (document: AnalyzedDocument?, diagnostics: [Diagnostic])
{
    let reader = DocumentReader(defaultDate: defaultDate.flatMap { CalendarDay(iso: $0) })
    let output = reader.read(bytes: bytes, path: name, id: DocumentID("doc"), manifest: manifest)
    return (output.document.map { TestLexicon.extractor.analyze($0) }, output.diagnostics)
}

extension AnalyzedDocument {
    var sentenceTexts: [String] { sentences.map { text(of: $0) } }
}

/// Removes tags and folds white space, decoding the few entities the fixtures use:
/// what a sentence's byte range in the file should read as.
func visibleText(_ bytes: ArraySlice<UInt8>) -> String {
    var text = ""
    var inTag = false
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if scalar == "<" { inTag = true; text += " "; continue }
        if scalar == ">" && inTag { inTag = false; continue }
        if !inTag { text.unicodeScalars.append(scalar) }
    }
    for (entity, value) in [("&amp;", "&"), ("&quot;", "\""), ("&#8217;", "\u{2019}"), ("&mdash;", "\u{2014}"), ("&nbsp;", " ")] {
        text = text.replacingOccurrences(of: entity, with: value)
    }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        .replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
}

import Foundation
