import CGMime
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// GMime's process-wide state, set up exactly once and never changed afterwards.
///
/// `g_mime_init()` must run once before any other GMime call, and the parser options are
/// shared by every parse (GMime only reads them), so this is a lazily created singleton:
/// Swift runs a `static let` initialiser exactly once even when several threads race for it.
/// Nothing here is mutated after `init` except the set of pinned charsets, which a `Mutex`
/// guards; that is why it may be `@unchecked Sendable` (the options pointer is read-only).
///
/// GMime reports what it had to repair through a warning callback whose user data is fixed
/// per options object. To collect warnings per message without sharing mutable state, the
/// callback looks up the collector of the parse running on the current thread (a pthread
/// thread-local slot set for the duration of each parse; GMime calls back synchronously).
final class GMimeRuntime: @unchecked Sendable {
    static let shared = GMimeRuntime()

    /// The parser options every parse uses: loose RFC compliance (real mail is messy), and
    /// fallback charsets for undeclared 8-bit header text: UTF-8 first, then windows-1252,
    /// then ISO-8859-1, which accepts every byte so the choice never depends on the locale.
    let options: OpaquePointer

    /// The thread-local slot that holds the `ParseDiagnostics` of the parse in progress.
    let diagnosticsKey: pthread_key_t

    /// Charsets whose iconv converter module is kept loaded for the life of the process.
    ///
    /// GMime 3.2 has no iconv cache: every conversion (ours, and GMime's own for encoded words)
    /// opens and closes a descriptor, and glibc unloads a converter module (dlclose) soon after
    /// its last descriptor closes, then loads it again (dlopen) under its global lock on the
    /// next message. Profiles of bulk ingest showed that churn serialising all threads. One
    /// descriptor per charset left open forever keeps its module loaded; opening further
    /// descriptors is then cheap.
    /// The descriptors are kept (as address bits) so they stay reachable, not leaked.
    private let pinnedCharsets = Mutex<[String: Int]>([:])

    /// At most this many charsets are pinned, and only names iconv knows. The names come from
    /// the mail itself (`charset=` parameters), and glibc accepts any "//suffix" on a known
    /// name: without a bound, every distinct name in hostile mail would keep an entry, and
    /// often an open descriptor, for the life of the process (found while profiling the
    /// fuzzers). Real mail uses a few dozen charsets, and `commonCharsets` are pinned first.
    static let maximumPinnedCharsets = 256

    /// The charsets mail is written in, pinned at start so GMime's header decoding benefits too.
    static let commonCharsets = [
        "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
        "ISO-8859-9", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
        "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253", "WINDOWS-1254", "WINDOWS-1255", "WINDOWS-1256",
        "WINDOWS-1257", "WINDOWS-1258", "KOI8-R", "KOI8-U", "EUC-KR", "CP949", "ISO-2022-KR", "GB2312", "GBK", "GB18030",
        "BIG5", "BIG5-HKSCS", "CP950", "ISO-2022-JP", "ISO-2022-JP-2", "SHIFT_JIS", "EUC-JP", "UTF-16", "UTF-7",
        "TIS-620", "WINDOWS-874",
    ]

    private init() {
        g_mime_init()
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        diagnosticsKey = key
        guard let options = g_mime_parser_options_new() else {
            fatalError("GMime could not allocate parser options")
        }
        g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE)
        g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE)
        g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE)
        g_mime_parser_options_set_allow_addresses_without_domain(options, 1)
        Self.setFallbackCharsets(["UTF-8", "windows-1252", "iso-8859-1"], on: options)
        g_mime_parser_options_set_warning_callback(options, gmimeWarningCallback, nil)
        self.options = options
        for charset in Self.commonCharsets { pinConverter(for: charset) }
    }

    /// Keeps the converter module for `charset` loaded (see `pinnedCharsets`); a no-op after
    /// the first call for a charset and once `maximumPinnedCharsets` are pinned. A charset
    /// iconv does not know has no module to keep and is not remembered.
    func pinConverter(for charset: String) {
        pinnedCharsets.withLock { pinned in
            guard pinned[charset] == nil, pinned.count < Self.maximumPinnedCharsets else { return }
            let descriptor = iconv_open("UTF-8", charset)
            guard Int(bitPattern: descriptor) != -1 else { return }
            pinned[charset] = Int(bitPattern: descriptor) // deliberately never closed
        }
    }

    /// How many charsets are pinned, for tests.
    var pinnedCharsetCount: Int {
        pinnedCharsets.withLock { $0.count }
    }

    private static func setFallbackCharsets(_ names: [String], on options: OpaquePointer) {
        // GMime copies the strings, so temporary C strings are enough.
        var cStrings: [UnsafeMutablePointer<CChar>?] = names.map { strdup($0) }
        cStrings.append(nil)
        cStrings.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { pointer in
                g_mime_parser_options_set_fallback_charsets(options, pointer)
            }
        }
        for pointer in cStrings { free(pointer) }
    }

    /// Runs `body` with `diagnostics` receiving GMime's warnings raised on this thread.
    func collectingWarnings<T, E: Error>(into diagnostics: ParseDiagnostics, _ body: () throws(E) -> T) throws(E) -> T {
        let previous = pthread_getspecific(diagnosticsKey)
        pthread_setspecific(diagnosticsKey, Unmanaged.passUnretained(diagnostics).toOpaque())
        defer { pthread_setspecific(diagnosticsKey, previous) }
        return try body()
    }
}

/// GMime's warning callback: forwards to the collector of the parse running on this thread.
private func gmimeWarningCallback(_ offset: gint64, _ code: GMimeParserWarning, _ item: UnsafePointer<gchar>?,
                                  _ userData: gpointer?) {
    guard let slot = pthread_getspecific(GMimeRuntime.shared.diagnosticsKey) else { return }
    let diagnostics = Unmanaged<ParseDiagnostics>.fromOpaque(slot).takeUnretainedValue()
    diagnostics.recordGMimeWarning(code: Int(code.rawValue), item: item.map { String(cString: $0) })
}
