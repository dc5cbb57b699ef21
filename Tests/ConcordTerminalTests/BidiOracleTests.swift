import Foundation
import Testing
@testable import ConcordTerminal

/// Concord's reordering (FriBidi's levels, rule L2 over clusters, L4 mirroring) against an
/// independent implementation of UAX #9: python-bidi, recorded once in
/// Fixtures/bidi-oracle.json by scripts/make_bidi_oracle.py. No Python is needed here.
@Suite("Bidi against python-bidi")
struct BidiOracleTests {
    struct Oracle: Decodable {
        struct Case: Decodable, CustomTestStringConvertible {
            var logical: String
            var direction: String
            var visual: String
            var testDescription: String { "\(direction): \(logical)" }
        }
        var generator: String
        var cases: [Case]
    }

    static let oracle: Oracle = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bidi-oracle.json")
        do {
            return try JSONDecoder().decode(Oracle.self, from: Data(contentsOf: url))
        } catch {
            fatalError("Tests/ConcordTerminalTests/Fixtures/bidi-oracle.json is missing or unreadable (\(error)); regenerate it with scripts/make_bidi_oracle.py")
        }
    }()

    @Test func theFixtureCoversTheCasesTheBriefNames() {
        let cases = Self.oracle.cases
        #expect(cases.count >= 25)
        #expect(cases.contains { $0.logical.contains("۱۲۳") })
        #expect(cases.contains { $0.logical.contains("123") && $0.direction == "auto" })
        #expect(cases.contains { $0.logical.contains("(") && $0.direction == "rtl" })
        #expect(cases.contains { $0.logical.isEmpty })
    }

    @Test(arguments: oracle.cases)
    func visualOrderMatchesTheOracle(_ oracleCase: Oracle.Case) {
        let direction: TextDirection? = switch oracleCase.direction {
        case "ltr": .leftToRight
        case "rtl": .rightToLeft
        default: nil
        }
        // alignmentWidth 0: UAX #9 exactly, trailing whitespace included (rule L1).
        let field = VisualField(spans: [Span(oracleCase.logical)][...], field: BidiField(direction: direction, alignmentWidth: 0))
        #expect(field.text == oracleCase.visual)
    }
}
