import ConversationEngine
import Foundation

/// Decides which end of a call or text message is the customer, from the company's own
/// numbers in the `ParseContext` and, when those do not tell, the provider's direction.
///
/// Company ends are: one of `ownPhoneNumbers` (compared after E.164 normalisation, so
/// "010-…" in a CDR matches "+8210…" in the configuration), a softphone or SIP endpoint
/// ("client:anna", "sip:101@pbx"), and, for PBX records, a short internal extension ("101").
struct PhoneParties: Sendable {
    /// The outcome for one call or message.
    enum Resolution: Sendable, Hashable {
        /// The customer is `number` (as written; `identity` is nil when it is not a phone
        /// number Concord can normalise) and the event travels `direction`.
        case customer(number: String, direction: Direction, identity: Identity?)
        /// Both ends belong to the company (an extension calling an extension).
        case internalOnly
    }

    let context: ParseContext
    /// Treat 2–6 digit numbers as internal extensions (PBX call records).
    let extensionsAreOwn: Bool
    private let ownNumbers: Set<String>

    init(context: ParseContext, extensionsAreOwn: Bool = false) {
        self.context = context
        self.extensionsAreOwn = extensionsAreOwn
        var own: Set<String> = []
        for number in context.ownPhoneNumbers {
            own.insert(number)
            // The configuration should hold E.164 already; normalise anything else.
            let isE164 = number.hasPrefix("+") && number.utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            if !isE164, let normal = IdentityNormalizer.phone(number, region: context.defaultRegion) { own.insert(normal) }
        }
        self.ownNumbers = own
    }

    /// The normalised E.164 identity of `raw`, read in the context's default region.
    func identity(_ raw: String?) -> Identity? {
        Self.identity(raw, region: context.defaultRegion)
    }

    /// `Identity.phone` for text from a payload. Nothing longer than 64 bytes is a phone
    /// number, and refusing it up front keeps a hostile megabyte of spaces away from the
    /// normaliser's regular expression.
    static func identity(_ raw: String?, region: String?) -> Identity? {
        guard let raw, !raw.isEmpty, raw.utf8.count <= 64 else { return nil }
        return Identity.phone(raw, region: region)
    }

    /// The identity of a number written without its "+" (WhatsApp's `wa_id`, `from`).
    static func internationalIdentity(_ digits: String?) -> Identity? {
        guard let digits else { return nil }
        return identity(digits.hasPrefix("+") ? digits : "+" + digits, region: nil)
    }

    /// Whether `raw` is one of the company's numbers, endpoints or (when enabled) extensions.
    func isCompany(_ raw: String?) -> Bool {
        isCompany(raw, identity: identity(raw))
    }

    private func isCompany(_ raw: String?, identity: Identity?) -> Bool {
        guard let raw = raw?.trimmedSpaces, !raw.isEmpty else { return false }
        let lower = raw.lowercased()
        if lower.hasPrefix("client:") || lower.hasPrefix("sip:") || lower.hasPrefix("sips:") { return true }
        if ownNumbers.contains(raw) { return true }
        if let normal = identity?.value, ownNumbers.contains(normal) { return true }
        if extensionsAreOwn, isExtension(raw) { return true }
        return false
    }

    /// A short all-digit number ("101", "2001"): an extension on the company's PBX.
    func isExtension(_ raw: String) -> Bool {
        let digits = raw.filter { !$0.isWhitespace }
        return (2...6).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Which end is the customer.
    /// - Parameter hint: the provider's own direction, used when the numbers do not decide.
    func resolve(from: String?, to: String?, hint: Direction?) -> Resolution {
        let fromIdentity = identity(from)
        let toIdentity = identity(to)
        let fromCompany = isCompany(from, identity: fromIdentity)
        let toCompany = isCompany(to, identity: toIdentity)
        let inbound = Resolution.customer(number: from ?? "", direction: .inbound, identity: fromIdentity)
        let outbound = Resolution.customer(number: to ?? "", direction: .outbound, identity: toIdentity)
        switch (fromCompany, toCompany) {
        case (true, true): return .internalOnly
        case (true, false): return outbound
        case (false, true): return inbound
        case (false, false): return hint == .outbound ? outbound : inbound
        }
    }
}
