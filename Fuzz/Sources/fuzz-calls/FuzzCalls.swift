import ConcordChannels
import Foundation
import FuzzSupport

/// Bytes -> `CallRecordFile.items` (CSV records with carried headers, or Twilio callbacks) ->
/// the provider parser of every item, with PBX times read as UTC and in a zone with daylight
/// saving; and the whole input straight to the Asterisk, FreeSWITCH and Twilio voice parsers.
private let berlin = TimeZone(identifier: "Europe/Berlin")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    let items = CallRecordFile.items(in: data, origin: "fuzz", receivedAt: FuzzHarness.receivedAt)
    FuzzHarness.parse(items)
    FuzzHarness.parse(items, localTimeZone: berlin)
    FuzzHarness.parseDirectly(data, as: [.asteriskCDR, .freeswitchCDR, .twilioVoice], localTimeZone: berlin)
    return 0
}

@_cdecl("fuzz_calls_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runLibFuzzer(argc, argv) { bytes, size in FuzzHarness.call(fuzz, bytes, size) }
}
