import ConcordChannels
import Foundation
import FuzzSupport

/// Bytes -> `SocialFile.items` (and `SMSFile.items`, the same splitter for Twilio messaging)
/// -> the provider parser of every item; and the whole input straight to the X, Meta,
/// WhatsApp and Twilio SMS parsers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.parse(SocialFile.items(in: data, origin: "fuzz", receivedAt: FuzzHarness.receivedAt))
    FuzzHarness.parse(SMSFile.items(in: data, origin: "fuzz", receivedAt: FuzzHarness.receivedAt))
    FuzzHarness.parseDirectly(data, as: [.xTweets, .xDirectMessages, .metaMessaging, .whatsapp, .twilioSMS])
    return 0
}

@_cdecl("fuzz_social_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runLibFuzzer(argc, argv) { bytes, size in FuzzHarness.call(fuzz, bytes, size) }
}
