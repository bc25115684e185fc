/// Where a text stops being JSON, for error messages: Foundation's decoder says only that "the
/// given data was not valid JSON", which leaves a user to hunt through a file of megabytes.
///
/// It checks RFC 8259's grammar (not the UTF-8 inside strings) with a stack of open brackets
/// rather than recursion, so no nesting can overflow the call stack. It runs only after a decode
/// has failed, so it is written to be plain rather than fast.
public enum JSONSyntax {
    /// The first place where the text breaks the grammar.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// Line and column, counted from 1; the column counts bytes.
        public var line: Int
        public var column: Int
        public var what: String

        /// "at column 12: …" on a text of one line (a line of JSON Lines), "at line 3, column 12: …" otherwise.
        public var description: String {
            line == 1 ? "at column \(column): \(what)" : "at line \(line), column \(column): \(what)"
        }
    }

    /// The first problem in `text`, or nil when it is one JSON value with nothing but white space around it.
    public static func firstProblem(in text: some Collection<UInt8>) -> Problem? {
        var checker = Checker(bytes: Array(text))
        return checker.run()
    }

    private struct Checker {
        let bytes: [UInt8]
        var index = 0

        private enum Expecting {
            case value, valueOrArrayEnd, keyOrObjectEnd, key, colon, commaOrObjectEnd, commaOrArrayEnd, end
        }

        mutating func run() -> Problem? {
            var open: [UInt8] = []
            var expecting = Expecting.value
            func afterValue() {
                expecting = open.last.map { $0 == UInt8(ascii: "{") ? .commaOrObjectEnd : .commaOrArrayEnd } ?? .end
            }
            /// Steps over the bracket at `index` that closes the innermost object or array.
            func closeContainer() {
                index += 1
                open.removeLast()
                afterValue()
            }
            while true {
                skipSpace()
                let byte: UInt8? = index < bytes.count ? bytes[index] : nil
                switch expecting {
                case .end:
                    return byte == nil ? nil : problem("text after the end of the JSON value")
                case .value, .valueOrArrayEnd:
                    if expecting == .valueOrArrayEnd, byte == UInt8(ascii: "]") {
                        closeContainer()
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
                        open.append(byte!)
                        index += 1
                        expecting = byte == UInt8(ascii: "{") ? .keyOrObjectEnd : .valueOrArrayEnd
                        continue
                    case UInt8(ascii: "\"")?:
                        if let failure = string() { return failure }
                    case UInt8(ascii: "-")?, (UInt8(ascii: "0")...UInt8(ascii: "9"))?:
                        if let failure = number() { return failure }
                    case UInt8(ascii: "t")?, UInt8(ascii: "f")?, UInt8(ascii: "n")?:
                        if let failure = literal() { return failure }
                    default:
                        return problem("expected a value, found \(found)")
                    }
                    afterValue()
                case .keyOrObjectEnd, .key:
                    if expecting == .keyOrObjectEnd, byte == UInt8(ascii: "}") {
                        closeContainer()
                        continue
                    }
                    guard byte == UInt8(ascii: "\"") else { return problem("expected a member name in double quotes, found \(found)") }
                    if let failure = string() { return failure }
                    expecting = .colon
                case .colon:
                    guard byte == UInt8(ascii: ":") else { return problem("expected `:` after a member name, found \(found)") }
                    index += 1
                    expecting = .value
                case .commaOrObjectEnd, .commaOrArrayEnd:
                    let close = expecting == .commaOrObjectEnd ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        expecting = expecting == .commaOrObjectEnd ? .key : .value
                    } else if byte == close {
                        closeContainer()
                    } else {
                        return problem("expected `,` or `\(Character(Unicode.Scalar(close)))`, found \(found)")
                    }
                }
            }
        }

        /// What stands at `index`, in words.
        private var found: String {
            guard index < bytes.count else { return "the end of the text" }
            let byte = bytes[index]
            return (0x21...0x7E).contains(byte) ? "`\(Character(Unicode.Scalar(byte)))`" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }

        private func problem(_ what: String) -> Problem {
            var line = 1
            var lineStart = 0
            for offset in 0..<min(index, bytes.count) where bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            return Problem(line: line, column: index - lineStart + 1, what: what)
        }

        private mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        /// A string from its opening quote at `index`.
        private mutating func string() -> Problem? {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return nil
                }
                if byte < 0x20 { return problem("a control character (byte 0x\(String(byte, radix: 16, uppercase: true))) inside a string; write it escaped") }
                if byte == UInt8(ascii: "\\") {
                    let escape = index
                    index += 1
                    guard index < bytes.count else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        break
                    case UInt8(ascii: "u"):
                        for _ in 0..<4 {
                            index += 1
                            guard index < bytes.count, bytes[index].isHexDigit else { return problem("`\\u` takes four hexadecimal digits") }
                        }
                    default:
                        let letter = Character(Unicode.Scalar(bytes[index]))
                        index = escape
                        return problem("unknown escape `\\\(letter)` in a string")
                    }
                }
                index += 1
            }
            return problem("a string is never closed")
        }

        private mutating func number() -> Problem? {
            func digits() -> Int {
                let start = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - start
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if digits() == 0 {
                return problem("expected a digit, found \(found)")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { return problem("expected a digit after the decimal point, found \(found)") }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { return problem("expected a digit in the exponent, found \(found)") }
            }
            return nil
        }

        private mutating func literal() -> Problem? {
            for word in ["true", "false", "null"] where word.utf8.first == bytes[index] {
                for expected in word.utf8 {
                    guard index < bytes.count, bytes[index] == expected else { return problem("expected `\(word)`, found \(found)") }
                    index += 1
                }
            }
            return nil
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self | 0x20)
    }
}
