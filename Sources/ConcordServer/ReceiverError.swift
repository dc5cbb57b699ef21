import Foundation

/// Why the receiver could not run, said so that the operator knows what to change.
public enum ReceiverError: Error, CustomStringConvertible {
    /// The address could not be listened on (in use, not this machine's, a privileged port).
    case cannotListen(address: String, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let address, let reason):
            "Cannot listen on \(address): \(reason). Is another concord serve running there? Choose another with --listen."
        }
    }
}
