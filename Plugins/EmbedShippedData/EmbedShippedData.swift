import Foundation
import PackagePlugin

/// Compiles the shipped phrasebooks (`phrasebooks/*.toml`) and answer books
/// (`answers/*.toml`) into the target that uses this plugin, as one generated Swift file of
/// string literals.
///
/// The files at the repository root stay the only copy: editing one rebuilds the target,
/// and no hand-made copy in Swift can drift from the file an admin reads and copies.
///
/// The tool lists the folders itself when it runs, and the command's inputs are the folders
/// (changed when a file is added or removed) and the files (changed when one is edited), so
/// an edit or a new file is embedded by the next build. SwiftPM (6.3) keeps a plugin's
/// commands until it plans the package again: after adding, removing or renaming a shipped
/// file, `touch Package.swift` once, so later edits of a new file are seen and a removed
/// one is not reported missing. CI builds from a fresh plan and is never affected.
@main
struct EmbedShippedData: BuildToolPlugin {
    /// The folders at the package root whose `.toml` files are embedded.
    static let folders = ["phrasebooks", "answers"]

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedShippedData.swift")
        var inputs: [URL] = []
        for folder in Self.folders {
            let directory = root.appendingPathComponent(folder)
            inputs.append(directory)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            inputs += names.filter { $0.hasSuffix(".toml") }.sorted().map { directory.appendingPathComponent($0) }
        }
        return [
            .buildCommand(
                displayName: "Embedding shipped phrasebooks and answers into \(target.name)",
                executable: try context.tool(named: "EmbedShippedDataTool").url,
                arguments: [output.path, root.path] + Self.folders,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
