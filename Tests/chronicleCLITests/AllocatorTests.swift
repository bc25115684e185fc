import ChronicleTestSupport
import Foundation
import Testing

#if os(Linux)
/// The release program allocates with jemalloc, linked in Package.swift (glibc's malloc made whole
/// runs 7–23% slower); a debug build keeps the C library's, which sanitizers replace with their own.
/// A change to the linker settings or the link order would otherwise change this unnoticed.
@Suite struct AllocatorTests {
    @Test func theReleaseProgramAllocatesWithJemallocAndTheDebugOneWithTheCLibrarys() throws {
        // jemalloc prints its statistics at exit when asked to; other allocators ignore the variable.
        let result = try ChronicleBinary.run(["extract", "examples/corpus/undated-analysis.txt", "--quiet"],
                                             environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        #if DEBUG
        #expect(!result.stderr.contains("jemalloc statistics"), "a debug build links jemalloc")
        #else
        #expect(result.stderr.contains("Begin jemalloc statistics"), "the release program does not allocate with jemalloc")
        #endif
    }
}
#endif
