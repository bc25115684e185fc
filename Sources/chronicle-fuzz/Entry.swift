import Foundation

#if CHRONICLE_FUZZ
// Built by scripts/fuzz with `-sanitize=fuzzer -parse-as-library -D CHRONICLE_FUZZ`: libFuzzer calls
// `LLVMFuzzerTestOneInput` for every input. A malformed output traps, so the fuzzer keeps the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let outcome = FuzzHarness.run(bytes)
    if !outcome.problems.isEmpty {
        fatalError("malformed output:\n" + outcome.problems.joined(separator: "\n"))
    }
    return 0
}

/// libFuzzer's driver: `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*)(const uint8_t *, size_t))`.
/// Declared by symbol name because no header of it is importable; every argument is a plain pointer.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links every executable with `main` set to the module's own entry point (so that tests can
/// link it), which keeps libFuzzer's `main` out; this entry point starts libFuzzer's driver instead.
@main
struct FuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
    }
}

#else
// The ordinary build: `chronicle-fuzz FILE...` replays inputs the fuzzer saved (crashes, hangs,
// corpus entries) through the same function, without the fuzzer.

@main
struct ReplayTool {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty, !files.contains(where: { $0 == "-h" || $0 == "--help" }) else {
            print("usage: chronicle-fuzz FILE...   replays fuzz inputs: byte 1 picks the reader and --date, the rest is the file")
            exit(files.isEmpty ? 64 : 0)
        }
        var failed = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): error: cannot read the file\n".utf8))
                failed += 1
                continue
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = FuzzHarness.run(data)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            let input = FuzzInput(data)
            let shape = input.map { "\($0.path), --date \($0.defaultDate?.description ?? "none")" } ?? "empty input"
            if outcome.problems.isEmpty {
                print("\(file): ok (\(shape); \(outcome.read ? "" : "not read, ")\(outcome.sentences) sentences, "
                    + "\(outcome.relations) relations, \(outcome.events) events, \(outcome.outputBytes) output bytes, \(milliseconds) ms)")
            } else {
                failed += 1
                print("\(file): FAILED (\(shape))")
                for problem in outcome.problems { print("  " + problem) }
            }
        }
        exit(failed == 0 ? 0 : 1)
    }
}
#endif
