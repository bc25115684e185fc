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
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let generator = CorpusGenerator(seed: seed)
    var bytes = 0
    for index in 0..<count {
        let document = generator.document(index)
        // Spread files over sub-folders of 1,000 so no folder grows huge.
        let subfolder = folder + "/" + String(format: "%04d", index / 1000)
        if index % 1000 == 0 { try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true) }
        let data = Data(document.text.utf8)
        try data.write(to: URL(fileURLWithPath: subfolder + "/" + document.name))
        bytes += data.count
    }
    FileHandle.standardError.write(Data("wrote \(count) documents, \(bytes) bytes, to \(folder)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("chronicle-corpus: \(error)\n".utf8))
    exit(1)
}
