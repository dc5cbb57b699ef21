import Foundation

/// Finds and loads themes by name. Directories are searched in order and the first
/// `<name>.toml` wins, so a user's copy in `$XDG_CONFIG_HOME/concord/themes` overrides a
/// shipped theme; the four shipped themes are also compiled in as a last resort, so the
/// console works even when no themes directory was installed.
///
/// ```swift
/// let library = ThemeLibrary(searchDirectories: ThemeLibrary.defaultSearchDirectories())
/// let theme = try library.load(named: config.theme).degraded(to: backend.colorSupport)
/// ```
public struct ThemeLibrary: Sendable {
    public var searchDirectories: [URL]
    /// Whether the compiled-in copies of the shipped themes are used as a fallback.
    public var includesBuiltInThemes: Bool

    public init(searchDirectories: [URL], includesBuiltInThemes: Bool = true) {
        self.searchDirectories = searchDirectories
        self.includesBuiltInThemes = includesBuiltInThemes
    }

    /// The directories the console searches, in order:
    /// 1. `$XDG_CONFIG_HOME/concord/themes` (or `~/.config/concord/themes`),
    /// 2. `$CONCORD_THEMES_DIR` when set,
    /// 3. `themes` next to the executable, `../share/concord/themes` for an installed
    ///    binary, and the nearest `themes` directory above the executable (a SwiftPM build
    ///    inside the repository).
    public static func defaultSearchDirectories(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executableURL: URL? = Bundle.main.executableURL
    ) -> [URL] {
        var directories: [URL] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            directories.append(URL(fileURLWithPath: xdg).appendingPathComponent("concord/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(URL(fileURLWithPath: home).appendingPathComponent(".config/concord/themes"))
        }
        if let explicit = environment["CONCORD_THEMES_DIR"], !explicit.isEmpty {
            directories.append(URL(fileURLWithPath: explicit))
        }
        if let executable = executableURL?.resolvingSymlinksInPath() {
            let binDirectory = executable.deletingLastPathComponent()
            directories.append(binDirectory.appendingPathComponent("themes"))
            directories.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/concord/themes"))
            var ancestor = binDirectory
            for _ in 0..<6 {
                ancestor = ancestor.deletingLastPathComponent()
                let candidate = ancestor.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                    directories.append(candidate)
                    break
                }
            }
        }
        return directories
    }

    /// Names of every theme available (files in the search directories and built-ins),
    /// sorted and without duplicates.
    public func availableThemeNames() -> [String] {
        var names = Set<String>()
        for directory in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                names.insert(ThemeLibrary.themeName(fromFile: file))
            }
        }
        if includesBuiltInThemes { names.formUnion(EmbeddedThemes.all.keys) }
        return names.sorted()
    }

    /// Loads a theme by name (the file's base name).
    /// - Throws: ``ThemeError/unknown(_:available:)`` listing the available themes,
    ///   ``ThemeError/malformed(file:line:reason:)`` or ``ThemeError/invalidColor(file:style:key:value:)``
    ///   for a broken file. A broken user file is reported, not silently replaced.
    public func load(named name: String) throws(ThemeError) -> Theme {
        guard ThemeLibrary.isValidName(name) else {
            throw .unknown(name, available: availableThemeNames())
        }
        for directory in searchDirectories {
            let url = directory.appendingPathComponent(name + ".toml")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .unreadable(file: url.path, reason: error.localizedDescription)
            }
            return try Theme.parse(toml: text, file: url.path)
        }
        if includesBuiltInThemes, let text = EmbeddedThemes.all[name] {
            return try Theme.parse(toml: text, file: "built-in theme \(name).toml")
        }
        throw .unknown(name, available: availableThemeNames())
    }

    /// The built-in copy of a shipped theme ("default", "light", "high-contrast",
    /// "monochrome"): what tests and a first run use.
    public static func builtIn(named name: String) throws(ThemeError) -> Theme {
        try ThemeLibrary(searchDirectories: []).load(named: name)
    }

    /// The built-in default theme. It is tested to parse, so this cannot fail at run time.
    public static var defaultTheme: Theme {
        (try? builtIn(named: "default")) ?? Theme(name: "default", styles: [:])
    }

    /// Names of the themes compiled into the module.
    public static var builtInThemeNames: [String] { EmbeddedThemes.all.keys.sorted() }

    /// The compiled-in TOML text of a shipped theme.
    public static func builtInSource(named name: String) -> String? {
        EmbeddedThemes.all[name]
    }

    static func themeName(fromFile file: String) -> String {
        let base = (file as NSString).lastPathComponent
        return base.hasSuffix(".toml") ? String(base.dropLast(5)) : base
    }

    /// Theme names are file names: letters, digits, `-`, `_`, `.`, no path separators.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
    }
}
