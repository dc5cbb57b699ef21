// swift-tools-version:6.1
// Fuzz targets for Concord's source parsers (libFuzzer). A package of its own so the
// sanitizer flags never reach the main build: see README.md and run.sh.
import PackageDescription

let settings: [SwiftSetting] = [.swiftLanguageMode(.v6)]
let channels = Target.Dependency.product(name: "ConcordChannels", package: "concord")

let package = Package(
    name: "concord-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "concord", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", channels], swiftSettings: settings),
        .executableTarget(name: "fuzz-email", dependencies: ["FuzzSupport", channels], swiftSettings: settings),
        .executableTarget(name: "fuzz-chat", dependencies: ["FuzzSupport", channels], swiftSettings: settings),
        .executableTarget(name: "fuzz-calls", dependencies: ["FuzzSupport", channels], swiftSettings: settings),
        .executableTarget(name: "fuzz-social", dependencies: ["FuzzSupport", channels], swiftSettings: settings),
    ]
)
