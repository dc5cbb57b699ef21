import Foundation

/// Where the store lives when the user does not say: `$XDG_DATA_HOME/concord/concord.sqlite`,
/// falling back to `~/.local/share/concord/concord.sqlite` (the XDG base directory spec), so
/// it sits with the user's other application data and survives reinstalling Concord.
public enum StoreLocation {
    /// The default database path; creates the `concord` directory when `create` is true.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment,
                                   create: Bool = true) throws -> String {
        let directory = dataDirectory(environment: environment)
        if create {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.notWritable(path: directory)
            }
        }
        return (directory as NSString).appendingPathComponent("concord.sqlite")
    }

    /// `$XDG_DATA_HOME/concord`, or `~/.local/share/concord`.
    public static func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("concord")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/concord")
    }
}
