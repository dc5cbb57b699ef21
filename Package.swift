// swift-tools-version:6.1
// Concord: a keyboard-driven terminal console for customer-support teams.
//
// Dependencies point inward only:
//   concord -> ConcordConsole -> ConcordTerminal, ConcordStore -> ConversationEngine
//   ConcordKnowledge (phrasebook and answer-book files) -> ConversationEngine
// The engine imports Foundation and nothing of ours.
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "concord",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "concord", targets: ["concord"]),
        // For the fuzzing package in Fuzz/, which builds the parsers with -sanitize=fuzzer.
        .library(name: "ConcordChannels", targets: ["ConcordChannels"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // The webhook receiver (`concord serve`): HTTP server, logs, Prometheus metrics; its
        // tests (and the outbox's HTTP providers) use AsyncHTTPClient.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // No pkgConfig: ncursesw.pc adds -D_XOPEN_SOURCE=600, which SwiftPM drops with a
        // warning; the shim defines what is needed and the module map links ncursesw.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // A clean copy of Debian's gmime-3.0.pc: the original adds -D_LARGEFILE64_SOURCE and
        // -pthread, which SwiftPM drops with a warning; GMime's users need neither.
        .systemLibrary(
            name: "CGMime",
            pkgConfig: Context.packageDirectory + "/Sources/CGMime/gmime-3.0.pc",
            providers: [.apt(["libgmime-3.0-dev"])]
        ),
        // fribidi.pc is clean (an include path and -lfribidi), so pkg-config is used as it is.
        .systemLibrary(
            name: "CFriBidi",
            pkgConfig: "fribidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Raw source bytes are compressed with zstd (level 1: about five times zlib's speed at
        // the same size); zlib stays to read stores written before.
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        .target(
            name: "ConversationEngine",
            swiftSettings: strict
        ),
        .target(
            name: "ConcordStore",
            dependencies: [
                "ConversationEngine",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the statements bulk ingest binds directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CZlib",
                "CZstd",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ConcordChannels",
            dependencies: [
                "ConversationEngine", "CGMime", .product(name: "CSV", package: "CSV.swift"),
                // HMAC for the providers' webhook signatures.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ConcordIngest",
            dependencies: ["ConversationEngine", "ConcordChannels", "ConcordStore"],
            swiftSettings: strict
        ),
        // Phrasebooks and answer books from TOML: the shipped files (compiled in by the
        // EmbedShippedData plugin from phrasebooks/ and answers/) merged with the user's.
        .target(
            name: "ConcordKnowledge",
            dependencies: ["ConversationEngine", "TOMLKit"],
            swiftSettings: strict,
            plugins: ["EmbedShippedData"]
        ),
        .plugin(
            name: "EmbedShippedData",
            capability: .buildTool(),
            dependencies: ["EmbedShippedDataTool"]
        ),
        .executableTarget(
            name: "EmbedShippedDataTool",
            path: "Plugins/EmbedShippedDataTool",
            swiftSettings: strict
        ),
        .target(
            name: "ConcordTerminal",
            dependencies: ["CNcurses", "CFriBidi", "TOMLKit"],
            swiftSettings: strict
        ),
        .target(
            name: "ConcordDemo",
            dependencies: ["ConversationEngine", "ConcordStore"],
            swiftSettings: strict
        ),
        .target(
            name: "ConcordConsole",
            dependencies: ["ConversationEngine", "ConcordStore", "ConcordTerminal", "ConcordChannels", "TOMLKit"],
            swiftSettings: strict
        ),
        // The webhook receiver: provider requests checked, committed, then acknowledged.
        .target(
            name: "ConcordServer",
            dependencies: [
                "ConversationEngine", "ConcordStore", "ConcordChannels", "ConcordIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "concord",
            dependencies: [
                "ConversationEngine", "ConcordStore", "ConcordTerminal", "ConcordConsole", "ConcordDemo",
                "ConcordChannels", "ConcordIngest", "ConcordKnowledge", "ConcordPostgres", "ConcordServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict,
            // mimalloc replaces glibc's malloc for the whole process (linked first, its malloc
            // wins): ingest allocates on the parsing threads and frees on the writer, where
            // glibc's arenas spend a tenth of the time (Benchmarks/ingest.sh, README).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .executableTarget(
            name: "concord-bench",
            dependencies: ["ConversationEngine", "ConcordStore", "ConcordTerminal", "ConcordConsole", "ConcordKnowledge"],
            path: "Benchmarks/Sources/concord-bench",
            swiftSettings: strict
        ),
        // Team mode under load: 50 live consoles on PostgreSQL while messages are ingested (Benchmarks/load.sh).
        .executableTarget(
            name: "concord-load",
            dependencies: [
                "ConversationEngine", "ConcordStore", "ConcordPostgres", "ConcordConsole", "ConcordTerminal", "ConcordKnowledge",
                "ConcordTestSupport",
            ],
            path: "Benchmarks/Sources/concord-load",
            swiftSettings: strict
        ),
        // The receiver's fault and load benchmark (Benchmarks/receiver.sh): the real binary, killed and restarted.
        .executableTarget(
            name: "concord-receiver-bench",
            dependencies: [
                "ConcordStore", "ConcordChannels",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "Benchmarks/Sources/concord-receiver-bench",
            swiftSettings: strict
        ),
        // Team mode's PostgreSQL store (its schema and migrations so far; the store follows).
        .target(
            name: "ConcordPostgres",
            dependencies: ["ConcordStore", "ConversationEngine", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        .target(
            name: "ConcordTestSupport",
            dependencies: ["ConcordTerminal"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConversationEngineTests",
            dependencies: ["ConversationEngine"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordKnowledgeTests",
            dependencies: ["ConcordKnowledge", "ConversationEngine", "ConcordStore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordChannelsTests",
            dependencies: ["ConcordChannels", "ConversationEngine"],
            exclude: ["Fixtures", "Email/Scripts"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordIngestTests",
            dependencies: ["ConcordIngest", "ConcordChannels", "ConcordStore", "ConversationEngine"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordStoreTests",
            dependencies: [
                "ConcordStore", "ConversationEngine", "ConcordDemo", "ConcordTestSupport", "ConcordPostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordPostgresTests",
            dependencies: [
                "ConcordPostgres", "ConcordStore", "ConcordTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordTerminalTests",
            dependencies: ["ConcordTerminal", "ConcordTestSupport"],
            exclude: ["__Snapshots__", "Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordDemoTests",
            dependencies: ["ConcordDemo", "ConversationEngine"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordConsoleTests",
            dependencies: ["ConcordConsole", "ConcordStore", "ConcordDemo", "ConcordTerminal", "ConcordTestSupport", "ConcordKnowledge"],
            exclude: ["__Snapshots__"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ConcordServerTests",
            dependencies: [
                "ConcordServer", "ConcordStore", "ConcordChannels", "ConcordIngest", "ConversationEngine",
                "ConcordPostgres", "ConcordTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ConcordTestSupport", "ConcordChannels"],
            swiftSettings: strict
        ),
    ]
)
