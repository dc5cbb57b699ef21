import Foundation
import Testing
@testable import ConcordTerminal

/// The compiled-in copies of the shipped themes must equal themes/*.toml byte for byte.
@Suite("Embedded themes")
struct EmbeddedThemesTests {
    @Test(arguments: ThemeTests.shippedThemes)
    func embeddedCopyEqualsTheFile(name: String) throws {
        let file = ThemeTests.themesDirectory.appendingPathComponent(name + ".toml")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        let embedded = try #require(ThemeLibrary.builtInSource(named: name))
        #expect(embedded == onDisk, "Sources/ConcordTerminal/Theme/EmbeddedThemes.swift is out of date for \(name).toml")
    }

    @Test func everyThemeFileIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ThemeTests.themesDirectory.path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(files == ThemeLibrary.builtInThemeNames)
    }
}
