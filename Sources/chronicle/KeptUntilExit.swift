import Synchronization

/// Results the command keeps until the process ends instead of freeing them.
///
/// A run's timeline is millions of small objects; freeing them one by one took a tenth of
/// `chronicle extract` on 10,000 documents, all of it after the output was written. The
/// operating system takes the whole heap back at exit at once.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
