import CGMime
import Foundation

/// Reads one RFC 5322 message into a `ParsedEmail`, with GMime doing the MIME structure,
/// RFC 2047/2231 decoding and charset tables, and this wrapper owning every GMime object's
/// lifetime (each one is released before `parse` returns; nothing GMime allocated escapes).
///
/// Real mail is messy, so almost nothing is fatal: broken structure, wrong charsets, NUL
/// bytes, invalid UTF-8, absurd nesting or part counts and giant headers are repaired or cut
/// at the `Limits`, and each repair is described in `ParsedEmail.warnings`. Only bytes that
/// are not a message at all throw.
///
/// The parser holds no mutable state, so one value can be used from many threads at once
/// (ingest parses on every core):
/// ```swift
/// let parser = EmailParser()
/// let email = try parser.parse(Data(contentsOf: messageFile))
/// print(email.subject ?? "(no subject)", email.text)
/// ```
public struct EmailParser: Sendable {
    /// How much of a hostile or broken message is read. Past a limit the parser stops
    /// (descending, reading parts, keeping header bytes) and says so in the warnings.
    public struct Limits: Sendable, Hashable {
        /// Deepest MIME nesting that is descended into (multiparts and attached messages).
        public var maximumDepth: Int
        /// Longest header field kept, in bytes; longer fields are cut to this length.
        public var maximumHeaderBytes: Int
        /// Most MIME parts read from one message.
        public var maximumParts: Int

        public init(maximumDepth: Int = 100, maximumHeaderBytes: Int = 1 << 20, maximumParts: Int = 100_000) {
            self.maximumDepth = maximumDepth
            self.maximumHeaderBytes = maximumHeaderBytes
            self.maximumParts = maximumParts
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses one message.
    /// - Parameter data: the raw message, as stored in a Maildir file or cut from an mbox; an
    ///   mbox "From " envelope line in front is allowed.
    /// - Throws: `EmailParseError.notAMessage` when the bytes have no header block at all.
    public func parse(_ data: Data) throws(EmailParseError) -> ParsedEmail {
        let runtime = GMimeRuntime.shared
        let diagnostics = ParseDiagnostics()
        return try runtime.collectingWarnings(into: diagnostics) { () throws(EmailParseError) -> ParsedEmail in
            let raw = RawMessage(data, limits: limits, diagnostics: diagnostics)
            guard !raw.bytes.isEmpty else { throw .notAMessage("empty input") }
            let message = try Self.construct(raw.bytes, options: runtime.options)
            defer { cg_unref(message) }
            var reader = MessageReader(message: message, options: runtime.options, limits: limits, diagnostics: diagnostics)
            return reader.read()
        }
    }

    /// Runs GMime's parser over `bytes`; the caller releases the message.
    private static func construct(_ bytes: Data, options: OpaquePointer) throws(EmailParseError) -> UnsafeMutablePointer<GMimeMessage> {
        let message = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UnsafeMutablePointer<GMimeMessage>? in
            // The memory stream copies the bytes; parts then refer to ranges of that copy.
            guard let stream = g_mime_stream_mem_new_with_buffer(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count) else {
                return nil
            }
            defer { cg_unref(stream) }
            guard let parser = g_mime_parser_new_with_stream(stream) else { return nil }
            defer { cg_unref(parser) }
            return g_mime_parser_construct_message(parser, options)
        }
        guard let message else { throw .notAMessage("no header block") }
        let object = cg_message_object(message)!
        let ownHeaders = g_mime_header_list_get_count(cg_object_headers(object))
        let bodyHeaders = g_mime_message_get_mime_part(message).map { g_mime_header_list_get_count(cg_object_headers($0)) } ?? 0
        guard ownHeaders + bodyHeaders > 0 else {
            cg_unref(message)
            throw .notAMessage("no header block")
        }
        return message
    }
}
