import ConcordChannels
import ConversationEngine
import Foundation
import Prometheus

/// The receiver's Prometheus metrics, served at `/metrics`: what arrived per endpoint, what
/// was refused and why (the reason names are `WebhookRejection`'s and the limits'), what was a
/// redelivery, how long an answer took, and what waits (intake queue, outbox). One registry per
/// receiver, not the process-wide metrics system, so tests can run several side by side.
public final class ReceiverMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    private let latency: DurationHistogram

    public init() {
        latency = registry.makeDurationHistogram(
            descriptor: Self.name("request_duration", unit: "seconds", help: "Time from a webhook request's arrival to its answer."),
            labels: [],
            buckets: [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                      .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10)])
    }

    private static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "concord", subsystem: "webhooks", metricName: metric, unitName: unit, helpText: help)
    }

    /// An authentic request taken into the store: new, a redelivery, or kept in quarantine.
    public func received(_ endpoint: WebhookEndpoint, outcome: String) {
        registry.makeCounter(descriptor: Self.name("received", unit: "total", help: "Authentic webhook requests committed to the store."),
                             labels: [("endpoint", endpoint.rawValue), ("outcome", outcome)]).increment()
    }

    /// A request refused, with why: a signature reason (403), or `rate_limited` (429),
    /// `too_large` (413), `store_timeout` and `overloaded` and `store_failed` (503).
    public func rejected(_ endpoint: WebhookEndpoint?, reason: String) {
        registry.makeCounter(descriptor: Self.name("rejected", unit: "total", help: "Webhook requests refused, by reason."),
                             labels: [("endpoint", endpoint?.rawValue ?? "none"), ("reason", reason)]).increment()
    }

    public func answered(after duration: Duration) {
        latency.record(duration)
    }

    /// Sets the gauges of what waits, read just before the metrics are served.
    public func waiting(intake: Int, outbox: Int?) {
        registry.makeGauge(descriptor: Self.name("intake_backlog", unit: "items", help: "Webhook bodies waiting for the store."),
                           labels: []).set(Double(intake))
        if let outbox {
            registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "concord", subsystem: "outbox", metricName: "backlog",
                                                                unitName: "replies", helpText: "Replies waiting to be delivered."),
                               labels: []).set(Double(outbox))
        }
    }

    /// One delivery attempt of the outbox dispatcher and what it came to: sent, retry, failed.
    public func delivered(_ channel: Channel, outcome: DeliveryOutcome) {
        let name = switch outcome {
        case .delivered: "sent"
        case .retry: "retry"
        case .refused: "failed"
        }
        registry.makeCounter(descriptor: MetricNameDescriptor(namespace: "concord", subsystem: "outbox", metricName: "attempts",
                                                              unitName: "total", helpText: "Outbox delivery attempts, by channel and outcome."),
                             labels: [("channel", channel.rawValue), ("outcome", name)]).increment()
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> String {
        registry.emitToString()
    }
}
