import ConcordChannels
import Foundation

/// Source items that could not even be read (a file removed or unreadable mid-run): they
/// were never kept, so they are reported one by one and make the command fail.
final class ReadFailures: @unchecked Sendable {
    // Appended to from the reading thread, read after it has finished; guarded by `lock`.
    private var failures: [String] = []
    private let lock = NSLock()

    func record(_ description: String) {
        lock.lock()
        failures.append(description)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return failures
    }

    /// The successful items of a sequence of results, recording the failures here.
    func items<Results: Sequence>(_ results: Results) -> some Sequence<SourceItem>
    where Results.Element == Result<SourceItem, EmailSourceError> {
        results.lazy.compactMap { result -> SourceItem? in
            switch result {
            case .success(let item): return item
            case .failure(let error):
                self.record(error.description)
                return nil
            }
        }
    }
}
