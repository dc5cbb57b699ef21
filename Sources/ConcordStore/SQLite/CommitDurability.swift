/// What a committed write of the SQLite store survives.
///
/// In WAL mode SQLite's `synchronous = NORMAL` keeps every commit through a crash or `kill -9`
/// of the process (the log is in the operating system's cache) but may lose the last commits
/// when the machine loses power; `FULL` waits for the disk at every commit. A receiver
/// acknowledges a webhook only after its commit, and the provider then forgets the message, so
/// `concord serve` asks for `.powerLoss`; everything else keeps the faster default.
public enum CommitDurability: Sendable, Equatable {
    /// Survives the process being killed (`PRAGMA synchronous = NORMAL`).
    case processCrash
    /// Survives the machine losing power (`PRAGMA synchronous = FULL`).
    case powerLoss
}
