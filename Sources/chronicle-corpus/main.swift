import ChronicleCorpusGenerator
import Foundation

// chronicle-corpus COUNT FOLDER [SEED]: writes a deterministic generated news corpus, for
// benchmarks and scale tests (the same files for the same count and seed on every machine).
let arguments = CommandLine.arguments
guard arguments.count >= 3, let count = Int(arguments[1]), count >= 0 else {
    FileHandle.standardError.write(Data("usage: chronicle-corpus COUNT FOLDER [SEED]\n".utf8))
    exit(64)
}
let folder = arguments[2]
let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 2023 : 2023
do {
    let bytes = try CorpusGenerator(seed: seed).write(count: count, to: folder)
    FileHandle.standardError.write(Data("wrote \(count) documents, \(bytes) bytes, to \(folder)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("chronicle-corpus: \(error)\n".utf8))
    exit(1)
}
