// swift-tools-version:6.1
// Benchmarks live in their own package so that users and CI never build package-benchmark by default.
// Run them with `make bench` (or `swift package --allow-writing-to-package-directory benchmark` here).
import Foundation
import PackageDescription

/// The root package's identity is the name of the folder it is checked out in.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ChronicleBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ChronicleBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "Chronicle", package: rootPackage),
                .product(name: "ChronicleCorpusGenerator", package: rootPackage),
            ],
            path: "Benchmarks/ChronicleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
