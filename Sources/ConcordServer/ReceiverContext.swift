import Hummingbird
import NIOCore

/// Hummingbird's per-request context with the sender's address, which the rate limit and the
/// log lines need (behind a proxy it is the proxy's: limit there too).
struct ReceiverContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The address a rate limit counts against ("unknown" for a Unix socket).
    var senderAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
