// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
        // Deterministic news-shaped corpora for benchmarks and scale tests.
        .library(name: "ChronicleCorpusGenerator", targets: ["ChronicleCorpusGenerator"]),
        .executable(name: "chronicle-corpus", targets: ["chronicle-corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Value types only: the one shared vocabulary of every stage and exporter.
        .target(name: "ChronicleModel"),
        // Text in, model out: ingest -> segment -> actors -> dates -> events -> aggregate.
        .target(
            name: "ChronicleExtraction",
            dependencies: ["ChronicleModel", "Yams"]
        ),
        // System library over <graphviz/gvc.h>; found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // C library functions the Glibc module does not expose (malloc_trim).
        .systemLibrary(name: "CLibcExtras"),
        // The only Swift code that calls into Graphviz.
        .target(name: "ChronicleGraphviz", dependencies: ["CGraphviz"]),
        // One exporter per format; each reads the model and nothing else.
        .target(name: "ChronicleExport", dependencies: ["ChronicleModel"]),
        // The public library API: what the CLI does, callable from Swift.
        .target(
            name: "Chronicle",
            dependencies: ["ChronicleModel", "ChronicleExtraction", "ChronicleExport", "ChronicleGraphviz", "CLibcExtras"]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "Chronicle",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release program allocates with jemalloc instead of glibc's malloc: 7% faster on 10,000
            // generated documents, 23% on a 1 GB corpus (docs/performance.md). Only the program links
            // it: the library leaves the allocator to the program that uses it. Debug builds keep the
            // C library's, because the test bundles that link this target are where sanitizers run,
            // and a sanitizer's allocator beside jemalloc freed one's memory into the other.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        .target(name: "ChronicleCorpusGenerator"),
        .executableTarget(name: "chronicle-corpus", dependencies: ["ChronicleCorpusGenerator"]),
        // scripts/fuzz builds this with -sanitize=fuzzer -D CHRONICLE_FUZZ as a libFuzzer target over ingest,
        // extraction and every text exporter; built normally it replays saved inputs: chronicle-fuzz FILE...
        .executableTarget(name: "chronicle-fuzz", dependencies: ["ChronicleModel", "ChronicleExtraction", "ChronicleExport"]),
        .target(name: "ChronicleTestSupport", path: "Tests/ChronicleTestSupport"),
        .testTarget(name: "ChronicleModelTests", dependencies: ["ChronicleModel", "ChronicleTestSupport"]),
        .testTarget(name: "ChronicleExtractionTests", dependencies: ["ChronicleExtraction", "ChronicleTestSupport", "Yams"]),
        .testTarget(name: "ChronicleGraphvizTests", dependencies: ["ChronicleGraphviz", "ChronicleTestSupport"]),
        .testTarget(name: "ChronicleExportTests", dependencies: ["ChronicleExport", "ChronicleTestSupport"], exclude: ["Golden"]),
        // Fixtures/fuzz holds inputs the fuzzer found, replayed through chronicle-fuzz's harness.
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle", "ChronicleTestSupport", "ChronicleCorpusGenerator", "chronicle-fuzz"],
                    exclude: ["Fixtures"]),
        // Runs the built `chronicle` binary; depending on it makes `swift test` build it first.
        .testTarget(name: "chronicleCLITests", dependencies: ["chronicle", "ChronicleTestSupport"], exclude: ["Fixtures"]),
    ]
)
