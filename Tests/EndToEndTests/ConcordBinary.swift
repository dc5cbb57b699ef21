import Foundation

/// The built `concord` executable and a private environment (HOME, XDG directories, a UTF-8
/// locale) so end-to-end tests never touch the real user's files.
struct ConcordBinary {
    let url: URL
    let home: URL

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "The concord binary is not built at \(path); run `swift build` (scripts/test.sh does)." }
    }

    init() throws {
        // The binary built next to these tests (any --scratch-path), then the default build folders.
        let beside = [URL(fileURLWithPath: CommandLine.arguments.first ?? ""), Bundle.main.bundleURL]
            .map { $0.deletingLastPathComponent().appendingPathComponent("concord") }
        let candidates = beside + ["debug", "release"].map {
            Self.packageRoot.appendingPathComponent(".build/\($0)/concord")
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(path: candidates[beside.count].path)
        }
        url = found
        home = FileManager.default.temporaryDirectory.appendingPathComponent("concord-e2e-\(UUID().uuidString)")
        for sub in ["data", "config", "tmp"] {
            try FileManager.default.createDirectory(at: home.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: home) }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "CONCORD_DB")
        environment.removeValue(forKey: "NO_COLOR")
        return environment
    }

    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    /// Runs concord to completion without a terminal, returning status, stdout and stderr.
    func run(_ arguments: [String], extraEnvironment: [String: String] = [:], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
