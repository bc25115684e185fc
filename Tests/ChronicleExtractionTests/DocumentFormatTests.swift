import ChronicleModel
import Testing
@testable import ChronicleExtraction

/// Which reader a file gets, and the name its document id comes from, read off its path.
struct DocumentFormatTests {
    @Test(arguments: [
        ("corpus/2023/story.txt", "story.txt"), ("story.txt", "story.txt"), ("corpus/sub/", "sub"), ("a//b", "b"),
        ("/", "/"), ("", ""), ("dossiers/Côte d’Ivoire.md", "Côte d’Ivoire.md"), ("/abs/path/日本.html", "日本.html"),
    ])
    func fileNameIsTheLastComponent(path: String, name: String) {
        #expect(fileName(of: path) == name)
    }

    @Test(arguments: [
        ("notes/a.md", DocumentFormat.markdown), ("NOTES.MD", .markdown), ("x.Markdown", .markdown), ("page.HTM", .html),
        ("page.html", .html), ("page.xhtml", .html), ("plain.txt", .text), ("README", .text), ("md", .text),
        ("folder.md/file.txt", .text), ("trailing.md/", .markdown),
    ])
    func formatFollowsTheExtensionInAnyCase(path: String, format: DocumentFormat) {
        #expect(DocumentReader.format(ofPath: path) == format)
    }

    @Test func formatFallsBackOnTheFirstBytes() {
        #expect(DocumentReader.format(ofPath: "page.txt", bytes: Array("  <!DOCTYPE html><p>x</p>".utf8)) == .html)
        #expect(DocumentReader.format(ofPath: "page", bytes: Array("<HTML><body>x".utf8)) == .html)
        #expect(DocumentReader.format(ofPath: "notes", bytes: Array("---\ntitle: T\n---\nText.".utf8)) == .markdown)
        #expect(DocumentReader.format(ofPath: "notes", bytes: Array("Just text.".utf8)) == .text)
    }
}
