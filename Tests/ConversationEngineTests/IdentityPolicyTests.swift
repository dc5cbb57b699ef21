import Testing
import ConversationEngine

/// How the operator's identity policy makes addresses comparable, and that addresses it has
/// nothing to change come back as they were.
@Suite("Identity policy")
struct IdentityPolicyTests {
    private func email(_ value: String) -> Identity { Identity(kind: .email, value: value) }

    @Test(arguments: [
        ("ann@example.com", "ann@example.com"),
        ("ann+orders@example.com", "ann@example.com"),
        ("+ann@example.com", "+ann@example.com"),
        ("a+b+c@example.com", "a@example.com"),
        ("sam.lee+orders@gmail.com", "samlee@gmail.com"),
        ("sam.lee@googlemail.com", "samlee@gmail.com"),
        ("sam.lee@mail.gmail.com", "sam.lee@mail.gmail.com"),
        ("김민준+주문@example.kr", "김민준@example.kr"),
        ("رضا.احمدی@example.ir", "رضا.احمدی@example.ir"),
        ("no-at-sign", "no-at-sign"),
    ])
    func theStandardPolicy(address: String, expected: String) {
        #expect(IdentityPolicy.standard.canonical(email(address)) == email(expected))
    }

    @Test func theExactPolicyChangesNothingAndOtherKindsAreLeftAlone() {
        for address in ["ann+orders@example.com", "sam.lee@googlemail.com"] {
            #expect(IdentityPolicy.exact.canonical(email(address)) == email(address))
        }
        let phone = Identity(kind: .phone, value: "+821012345678")
        #expect(IdentityPolicy.standard.canonical(phone) == phone)
    }
}
