import CGMime
import Foundation

/// Reads one parsed GMime message into a `ParsedEmail`: the part walk (body choice and
/// attachments) in `MessageReader+Parts.swift`, the headers in `MessageReader+Headers.swift`.
///
/// It borrows the message from `EmailParser`, which keeps it alive for the reader's whole
/// life; everything the reader allocates itself it releases before returning.
struct MessageReader {
    let message: UnsafeMutablePointer<GMimeMessage>
    let options: OpaquePointer
    let limits: EmailParser.Limits
    let diagnostics: ParseDiagnostics

    /// The first legacy (non-UTF-8, non-ASCII) charset a text part declares: the best guess
    /// for raw 8-bit header text, which mail software usually writes in the body's charset.
    var bodyCharset: String?

    init(message: UnsafeMutablePointer<GMimeMessage>, options: OpaquePointer, limits: EmailParser.Limits,
         diagnostics: ParseDiagnostics) {
        self.message = message
        self.options = options
        self.limits = limits
        self.diagnostics = diagnostics
    }

    mutating func read() -> ParsedEmail {
        let parts = readParts()
        var email = ParsedEmail()
        email.text = parts.text
        email.attachments = parts.attachments
        readHeaders(into: &email)
        email.warnings = diagnostics.warnings
        return email
    }
}
