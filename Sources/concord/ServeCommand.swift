import ArgumentParser
import ConcordChannels
import ConcordIngest
import ConcordServer
import Foundation
import Logging

/// `concord serve`: the webhook receiver (see `Receiver`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Receive provider webhooks (Twilio, Meta, X, chat) into the store.",
        discussion: """
            Every authentic request is committed to the store before it is answered 2xx; a redelivery is answered 2xx and \
            stored once. Requests without a valid signature get 403 and are kept nowhere. Secrets come from the environment \
            only: CONCORD_TWILIO_AUTH_TOKEN, CONCORD_META_APP_SECRET, CONCORD_META_VERIFY_TOKEN, CONCORD_X_CONSUMER_SECRET, \
            CONCORD_CHAT_SECRET (an endpoint whose secret is unset refuses everything). Logs are JSON lines on standard error; \
            GET /health and GET /metrics (Prometheus) are for the operator. The outbox is delivered from the same process \
            (see `concord send --help`; --no-dispatch turns that off). SIGTERM stops it gracefully.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Where to listen.", valueName: "addr:port")) var listen = "127.0.0.1:8080"
    @Option(help: ArgumentHelp("The base URL the providers were given (Twilio signs it), e.g. https://support.example.com.",
                               valueName: "url"))
    var publicURL: String
    @Option(help: ArgumentHelp("The largest request body accepted, in bytes.", valueName: "bytes")) var maxBody = 1 << 20
    @Option(help: ArgumentHelp("Requests per second one address may keep up (it may burst to four times as many).",
                               valueName: "n"))
    var ratePerAddress = 100.0
    @Option(help: ArgumentHelp("Seconds a request waits for the store before it is answered 503.", valueName: "seconds"))
    var storeTimeout = 5.0
    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel = "info"
    @Flag(help: "Do not deliver the outbox from this process (run `concord send` elsewhere).") var noDispatch = false

    mutating func run() async throws {
        let (host, port) = try ReceiverSettings.listenAddress(listen)
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw CLIError("--log-level \(logLevel) is not a level: use trace, debug, info, notice, warning, error or critical.")
        }
        guard maxBody > 0, ratePerAddress > 0, storeTimeout > 0 else {
            throw CLIError("--max-body, --rate-per-address and --store-timeout must be above zero.")
        }
        var settings = ReceiverSettings(host: host, port: port, publicURL: try ReceiverSettings.checkedPublicURL(publicURL),
                                        secrets: WebhookSecrets())
        settings.maximumBodyBytes = maxBody
        settings.requestsPerSecondPerAddress = ratePerAddress
        settings.burstPerAddress = max(1, Int(ratePerAddress * 4))
        settings.storeDeadline = .milliseconds(Int(storeTimeout * 1000))

        let configuration = try store.loadConfiguration()
        let (opened, label) = try store.openStore(configuration: configuration, mustExist: false,
                                                  durability: .powerLoss)
        let runner = IngestRunner(store: opened, registry: configuration.parserRegistry, context: configuration.parseContext)
        var logger = Logger(label: "concord.serve") { JSONLinesLogHandler(label: $0) }
        logger.logLevel = level
        logger[metadataKey: "store"] = "\(label)"
        if settings.secrets.configuredEndpoints.isEmpty {
            logger.warning("no provider secret is set: every webhook will be refused (403)")
        }
        let receiver = Receiver(settings: settings, runner: runner, logger: logger,
                                delivery: noDispatch ? nil : configuration.deliveryPlanner)
        try await receiver.run()
    }
}
