import ConcordChannels
import Foundation

/// Runs the sendmail-compatible command with a message on its standard input, as mutt and
/// git send-email do, and reads its exit status: `sendmail -t -oi`, `msmtp -t`, Postfix's
/// sendmail all take the recipients from the headers. A command that does not finish within
/// the timeout is killed and the attempt is retried later.
struct SendmailRunner: Sendable {
    let command: [String]
    let timeout: TimeInterval

    func deliver(_ email: OutgoingEmail) async -> DeliveryOutcome {
        let input = email.rendered(lineEnding: "\n")
        let command = command, timeout = timeout
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: Self.run(command, input: input, timeout: timeout)) }
        }
    }

    private static func run(_ command: [String], input: Data, timeout: TimeInterval) -> DeliveryOutcome {
        guard let executable = command.first else { return .retry(reason: "outbox.sendmail is empty", after: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.contains("/") ? executable : "/usr/bin/env")
        process.arguments = executable.contains("/") ? Array(command.dropFirst()) : command
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .retry(reason: "\(executable) could not be started: \(error.localizedDescription)", after: nil)
        }
        // Standard error is read while the command runs, so a chatty one cannot fill the pipe and hang.
        let errors = ErrorText()
        let reader = Thread { errors.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        do {
            try stdin.fileHandleForWriting.write(contentsOf: input)
            try stdin.fileHandleForWriting.close()
        } catch {
            // The command exited without reading it all; its status says why.
            try? stdin.fileHandleForWriting.close()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 2)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            return .retry(reason: "\(executable) did not finish within \(Int(timeout)) s", after: nil)
        }
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.001) }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return DeliveryOutcome.sendmail(status: status, stderr: String(decoding: errors.get(), as: UTF8.self),
                                        command: URL(fileURLWithPath: executable).lastPathComponent)
    }
}

/// The command's standard error, handed from the thread that reads it.
private final class ErrorText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ data: Data) { lock.withLock { self.data = data } }
    func get() -> Data { lock.withLock { data } }
}
