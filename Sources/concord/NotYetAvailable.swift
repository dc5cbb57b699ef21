import ArgumentParser
import Foundation

/// Commands that are part of Concord's design but not built yet. Each exists so `--help`
/// shows the whole tool, and each says plainly that it is not available (exit status 2),
/// rather than pretending to work.
protocol NotYetAvailableCommand: ParsableCommand {
    static var arrivesWith: String { get }
}

extension NotYetAvailableCommand {
    mutating func run() throws {
        let name = Self.configuration.commandName ?? "this command"
        FileHandle.standardError.write(Data("concord \(name) is not yet available: it arrives with \(Self.arrivesWith).\n".utf8))
        throw ExitCode(2)
    }
}

struct ServeCommand: NotYetAvailableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Receive provider webhooks and deliver the outbox (not yet available).")
    static let arrivesWith = "the webhook receiver"
    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []
}
