import Foundation
import Testing
@testable import ConcordChannels

@Suite("Email: real-world corpus")
struct EmailCorpusTests {
    /// Files that are not messages at all: a header block that starts with a comment line, and a PNG.
    static let notMessages: Set<String> = ["mail/erroneous.raw", "attach/fake.png"]

    static func relativeName(_ url: URL) -> String {
        url.pathComponents.suffix(2).joined(separator: "/")
    }

    @Test("every enmime file parses, or is rejected as not a message, and yields clean text")
    func everyFileParses() throws {
        let files = try EmailTestSupport.enmimeFiles()
        #expect(files.count > 80)
        let parser = EmailParser()
        var rejected: Set<String> = []
        for file in files {
            let name = Self.relativeName(file)
            do {
                let email = try parser.parse(try Data(contentsOf: file))
                #expect(!email.text.utf8.contains(0), "NUL in the text of \(name)")
                #expect(!email.text.contains("\r"), "CR in the text of \(name)")
                #expect(email.attachments.allSatisfy { $0.size >= 0 }, "\(name)")
            } catch {
                rejected.insert(name)
            }
        }
        #expect(rejected == Self.notMessages)
    }

    @Test("the hand-made fixtures all parse without throwing")
    func everyFixtureParses() throws {
        let files = try EmailTestSupport.fixtureFiles()
        #expect(files.count >= 25)
        for file in files {
            #expect(throws: Never.self, "\(file.lastPathComponent)") { try EmailParser().parse(try Data(contentsOf: file)) }
        }
    }

    @Test("parsing on many threads at once gives the same results as parsing one by one")
    func parsesConcurrently() async throws {
        let files = try EmailTestSupport.enmimeFiles() + EmailTestSupport.fixtureFiles()
        let inputs = try files.map { try Data(contentsOf: $0) }
        let parser = EmailParser()
        let sequential = inputs.map { try? parser.parse($0) }
        let rounds = 8
        let concurrent = await withTaskGroup(of: (Int, ParsedEmail?).self) { group in
            for round in 0..<rounds {
                for (index, data) in inputs.enumerated() {
                    group.addTask { (round * inputs.count + index, try? parser.parse(data)) }
                }
            }
            var results = [ParsedEmail?](repeating: nil, count: rounds * inputs.count)
            for await (slot, email) in group { results[slot] = email }
            return results
        }
        for round in 0..<rounds {
            for index in inputs.indices {
                #expect(concurrent[round * inputs.count + index] == sequential[index], "\(files[index].lastPathComponent)")
            }
        }
    }
}
