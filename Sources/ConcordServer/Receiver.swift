import ConcordChannels
import ConcordIngest
import ConcordStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `concord serve`: the HTTP server that takes the providers' webhooks (Twilio SMS and voice,
/// Meta's Messenger, Instagram and WhatsApp, X, chat) into the store, each one committed before
/// it is acknowledged, plus `/health` and `/metrics`. SIGTERM (or SIGINT) stops it gracefully:
/// no new connections, in-flight requests finish, and every body already taken is written.
public struct Receiver: Sendable {
    public let settings: ReceiverSettings
    public let metrics: ReceiverMetrics
    private let intake: WebhookIntake
    private let store: any Store
    private let logger: Logger

    /// The outbox dispatcher run beside the webhooks, if any (`--no-dispatch` turns it off).
    private let dispatcher: OutboxDispatcher?

    /// - Parameter delivery: how to deliver the outbox from this process; nil: not here.
    public init(settings: ReceiverSettings, runner: IngestRunner, logger: Logger, delivery: DeliveryPlanner? = nil) {
        let metrics = ReceiverMetrics()
        self.settings = settings
        self.metrics = metrics
        self.store = runner.store
        self.logger = logger
        intake = WebhookIntake(runner: runner, deadline: settings.storeDeadline)
        dispatcher = delivery.map { OutboxDispatcher(store: runner.store, planner: $0, logger: logger, metrics: metrics) }
    }

    /// Serves until SIGTERM or SIGINT (or the task is cancelled), then drains the intake.
    /// - Parameter listening: called with the bound port once the server accepts connections.
    public func run(listening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let handler = WebhookHandler(settings: settings, intake: intake, store: store, metrics: metrics, logger: logger)
        let router = Router(context: ReceiverContext.self)
        for endpoint in WebhookEndpoint.allCases {
            router.post(RouterPath(endpoint.path)) { request, context in await handler.receive(endpoint, request, context) }
        }
        router.get(RouterPath(WebhookEndpoint.meta.path)) { request, _ in handler.metaHandshake(request) }
        router.get(RouterPath(WebhookEndpoint.x.path)) { request, _ in handler.xChallenge(request) }
        router.get("/health") { _, _ in await handler.health() }
        router.get("/metrics") { _, _ in await handler.prometheus() }

        let idle = settings.idleTimeout.components
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "concord"),
            onServerRunning: { [logger, settings] channel in
                let port = channel.localAddress?.port ?? settings.port
                logger.info("listening", metadata: [
                    "address": "\(settings.host):\(port)", "public_url": "\(settings.publicURL)",
                    "endpoints": "\(settings.secrets.configuredEndpoints.map(\.rawValue).joined(separator: ","))",
                ])
                listening(port)
            },
            logger: logger)
        defer { intake.drain() }
        let dispatching = dispatcher.map { dispatcher in Task { await dispatcher.run() } }
        // On SIGTERM the server stops taking requests and finishes the ones in flight; then the
        // dispatcher finishes its pass, so whatever a provider took is recorded as sent.
        func stopDispatching() async {
            dispatcher?.stop()
            await dispatching?.value
            await dispatcher?.shutdown()
        }
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch let error as IOError {
            await stopDispatching()
            throw ReceiverError.cannotListen(address: "\(settings.host):\(settings.port)",
                                             reason: String(cString: strerror(error.errnoCode)).lowercased())
        } catch {
            await stopDispatching()
            throw error
        }
        await stopDispatching()
        logger.info("stopped", metadata: ["intake_backlog": "\(intake.backlog)"])
    }
}
