import ConcordChannels
import Foundation
import FuzzSupport

/// Bytes -> `ChatFile.items` (JSON document, array or JSON Lines, shape recognition) -> the
/// provider parser of every item; and the whole input straight to the Chatwoot, Intercom and
/// Concord chat parsers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.parse(ChatFile.items(in: data, origin: "fuzz", receivedAt: FuzzHarness.receivedAt))
    FuzzHarness.parseDirectly(data, as: [.chatwoot, .intercom, .concordChat])
    return 0
}

@_cdecl("fuzz_chat_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runLibFuzzer(argc, argv) { bytes, size in FuzzHarness.call(fuzz, bytes, size) }
}
