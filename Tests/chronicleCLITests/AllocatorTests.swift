import ChronicleTestSupport
import Foundation
import Testing

#if os(Linux)
/// The program allocates with jemalloc, linked in Package.swift (glibc's malloc made whole runs 4–7%
/// slower). A change to the link order or the linker settings would quietly bring glibc's back.
@Suite struct AllocatorTests {
    /// Sanitizers bring their own allocator, which takes the place of any other.
    static var isSanitized: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["ASAN_OPTIONS"] != nil || environment["TSAN_OPTIONS"] != nil
    }

    @Test(.disabled(if: isSanitized, "a sanitizer's allocator replaces jemalloc"))
    func theProgramAllocatesWithJemalloc() throws {
        // jemalloc prints its statistics at exit when asked to; glibc's malloc ignores the variable.
        let result = try ChronicleBinary.run(["extract", "examples/corpus/undated-analysis.txt", "--quiet"],
                                             environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Begin jemalloc statistics"))
        #expect(!result.stdout.isEmpty)
    }
}
#endif
