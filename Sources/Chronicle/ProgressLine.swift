import Foundation

/// The progress line of a long run: documents done of all, MB/s and the time left, rewritten in
/// place on standard error a few times a second (`chronicle extract`, `build` and `extract --jsonl`
/// on a terminal).
///
/// A run shorter than `delay` prints nothing at all, so a quick command leaves no half-line behind
/// for its messages or the shell prompt to run into; a line that was printed ends with a newline
/// once every document is done. Updates come from every worker thread, each after its document, and
/// may arrive out of order: one older than the last shown, or any after the last document, is dropped.
public final class ProgressLine: @unchecked Sendable {
    /// How long a run goes before its first line, in seconds.
    public static let delay = 0.5
    /// The least time between two lines, in seconds.
    public static let interval = 0.25

    private let lock = NSLock()
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Double
    private let start: Double
    private var lastShown: (time: Double, documents: Int)? = nil
    private var isOver = false

    /// A line handed to `write`; `now` is a monotonic clock in seconds (replaceable for tests).
    public init(write: @escaping @Sendable (String) -> Void, now: @escaping @Sendable () -> Double = ProgressLine.monotonicSeconds) {
        self.write = write
        self.now = now
        start = now()
    }

    /// A line on standard error when it is a terminal; nil when it is not (a pipe, a file, CI).
    public static func forTerminal() -> ProgressLine? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return ProgressLine { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// The handler to give a run.
    public var handler: @Sendable (Chronicle.Progress) -> Void { { [self] in update($0) } }

    public func update(_ progress: Chronicle.Progress) {
        lock.lock()
        defer { lock.unlock() }
        guard !isOver else { return }
        let time = now()
        let finished = progress.documentsDone >= progress.documentsTotal
        if finished {
            isOver = true
            // A run that showed nothing stays silent to the end.
            guard lastShown != nil else { return }
        } else {
            guard time - start >= ProgressLine.delay else { return }
            if let lastShown, time - lastShown.time < ProgressLine.interval || progress.documentsDone < lastShown.documents { return }
        }
        lastShown = (time, progress.documentsDone)
        write(ProgressLine.text(progress, elapsed: max(time - start, 0.001)) + (finished ? "\n" : ""))
    }

    /// "\r120/1000 documents, 8.2 MB/s, ETA 14 s", padded so a shorter line covers a longer one.
    static func text(_ progress: Chronicle.Progress, elapsed: Double) -> String {
        let rate = Double(progress.bytesDone) / 1_048_576 / elapsed
        let remaining = progress.documentsDone > 0
            ? elapsed / Double(progress.documentsDone) * Double(max(progress.documentsTotal - progress.documentsDone, 0)) : 0
        return String(format: "\r%d/%d documents, %.1f MB/s, ETA %.0f s   ", progress.documentsDone, progress.documentsTotal, rate, remaining)
    }

    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
