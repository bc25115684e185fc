import Testing
@testable import ChronicleExport

/// `JSONSyntax` names the first place a text breaks JSON's grammar, for messages; valid JSON has none.
struct JSONSyntaxTests {
    @Test(arguments: [
        #"{}"#, #"[]"#, #" {"a": [1, -2.5e+3, 0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9"], "b": {}} "#,
        "\n[\n  {\"nested\": [[[]]]}\n]\n", #""just a string""#, "-0.0E-1",
    ])
    func validJSONHasNoProblem(text: String) {
        #expect(JSONSyntax.firstProblem(in: Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        (#"{"a":"#, 1, 6, "expected a value, found the end of the text"),
        (#"{"a" 1}"#, 1, 6, "expected `:` after a member name, found `1`"),
        (#"{"a": 1,}"#, 1, 9, "expected a member name in double quotes, found `}`"),
        (#"[1 2]"#, 1, 4, "expected `,` or `]`, found `2`"),
        (#"[01]"#, 1, 3, "expected `,` or `]`, found `1`"),
        (#"[-]"#, 1, 3, "expected a digit, found `]`"),
        (#"[1.]"#, 1, 4, "expected a digit after the decimal point, found `]`"),
        (#"[1e]"#, 1, 4, "expected a digit in the exponent, found `]`"),
        (#"["a\qb"]"#, 1, 4, #"unknown escape `\q` in a string"#),
        (#"["\u12G4"]"#, 1, 7, #"`\u` takes four hexadecimal digits"#),
        ("[\"a\u{1}\"]", 1, 4, "a control character (byte 0x1) inside a string; write it escaped"),
        (#"["open"#, 1, 7, "a string is never closed"),
        ("{}\n{}", 2, 1, "text after the end of the JSON value"),
        ("{\n  \"a\": nul\n}", 2, 11, "expected `null`, found `\n`".replacingOccurrences(of: "`\n`", with: "byte 0xA")),
        ("\u{FEFF}{}", 1, 1, "expected a value, found byte 0xEF"),
        ("", 1, 1, "expected a value, found the end of the text"),
    ])
    func problemsAreNamedWhereTheyStand(text: String, line: Int, column: Int, what: String) throws {
        let problem = try #require(JSONSyntax.firstProblem(in: Array(text.utf8)))
        #expect(problem == JSONSyntax.Problem(line: line, column: column, what: what), "\(text)")
    }

    @Test func deepNestingIsCheckedWithoutRecursion() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(JSONSyntax.firstProblem(in: Array(deep.utf8)) == nil)
        let unclosed = String(repeating: "[", count: 200_000)
        #expect(JSONSyntax.firstProblem(in: Array(unclosed.utf8))?.what == "expected a value, found the end of the text")
    }

    @Test func oneLineIsPlacedByColumnAndManyByLineAndColumn() {
        #expect(JSONSyntax.Problem(line: 1, column: 7, what: "x").description == "at column 7: x")
        #expect(JSONSyntax.Problem(line: 3, column: 2, what: "x").description == "at line 3, column 2: x")
    }
}
