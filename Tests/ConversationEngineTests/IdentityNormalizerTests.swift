import Testing
@testable import ConversationEngine

@Suite("Identity normalisation")
struct IdentityNormalizerTests {
    @Test func emailIsLowerCasedAndStripped() {
        #expect(IdentityNormalizer.email("  <Minji.Kim@Example.COM> ") == "minji.kim@example.com")
        #expect(IdentityNormalizer.email("mailto:a@b.org") == "a@b.org")
        #expect(IdentityNormalizer.email("not an address") == nil)
        #expect(IdentityNormalizer.email("a@@b") == nil)
    }

    @Test(arguments: [
        ("+82 10-1234-5678", nil, "+821012345678"),
        ("010-1234-5678", "KR", "+821012345678"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("+7 912 345 67 89", nil, "+79123456789"),
        ("0912 345 6789", "IR", "+989123456789"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),
        ("0086 138 0013 8000", nil, "+8613800138000"),
        ("138-0013-8000", "CN", "+8613800138000"),
        ("(415) 555-0134 ext. 12", "US", "+14155550134"),
        ("whatsapp:+447700900123", nil, "+447700900123"),
    ] as [(String, String?, String)])
    func phoneBecomesE164(raw: String, region: String?, expected: String) {
        #expect(IdentityNormalizer.phone(raw, region: region) == expected)
    }

    @Test func nationalNumberWithoutRegionIsRefused() {
        // Guessing the country would link strangers.
        #expect(IdentityNormalizer.phone("010-1234-5678") == nil)
        #expect(IdentityNormalizer.phone("call me") == nil)
        #expect(IdentityNormalizer.phone("+1 23") == nil)
    }

    @Test func handlesLoseAtSignAndCase() {
        #expect(Identity.handle("@MinJi_K", on: .x) == Identity(kind: .handle, platform: "x", value: "minji_k"))
        #expect(Identity.handle("   ", on: .x) == nil)
    }
}
