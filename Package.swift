// swift-tools-version: 6.0
import PackageDescription

/// Leerpad: maturity scans, learning paths and workshop demos for Dutch municipalities.
///
/// Targets from the inside out (see README.md, "Architecture"):
/// - `LeerpadCore`: pure domain (maturity model, scoring); no IO.
/// - `LeerpadContent`: reads Content XML safely with libxml2 and answer sheets (CSV).
/// - `LeerpadStore`: teams, assessments, paths and the progress log in SQLite (GRDB) or PostgreSQL (postgres-nio).
/// - `LeerpadExport`: xAPI statements, Open Badges 3.0 credentials, iCalendar, spreadsheet CSV.
/// - `LeerpadApp`: the use cases over store, Content, clock and randomness, and the JSON views; both front ends call only these.
/// - `LeerpadWeb`: the Hummingbird web app and JSON API (`leerpad serve`).
/// - `DelimitedText`: a general CSV (RFC 4180) reader and number parser; imports nothing.
/// - `Routing`: a general capacitated vehicle-routing solver (the route demo); imports only `DelimitedText`.
/// - `Forecasting`: ETS, Theta, Naive2 and backtests (the forecast demo); imports only `DelimitedText`.
/// - `LeerpadBenchmarks`: generated planning problems and the planner's timing loop (`leerpad bench plan`).
/// - `LeerpadTestSupport`: the snapshot helper and test databases of the test targets.
/// - `LeerpadCLI`: the `leerpad` commands and their renderers; `leerpad` is its thin entry point.
let package = Package(
    name: "Leerpad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leerpad", targets: ["leerpad"]),
        .library(name: "LeerpadCore", targets: ["LeerpadCore"]),
        .library(name: "LeerpadContent", targets: ["LeerpadContent"]),
        .library(name: "LeerpadStore", targets: ["LeerpadStore"]),
        // For the fuzz harnesses in Fuzz/, which depend on this package by path.
        .library(name: "Routing", targets: ["Routing"]),
        .library(name: "Forecasting", targets: ["Forecasting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "LeerpadCore"),
        .target(name: "DelimitedText"),
        .target(name: "LeerpadContent", dependencies: ["LeerpadCore", "CLibXML2", "DelimitedText"]),
        .target(
            name: "LeerpadStore",
            dependencies: [
                "LeerpadCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "LeerpadExport",
            dependencies: ["LeerpadCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "LeerpadBenchmarks", dependencies: ["LeerpadCore"]),
        .target(
            name: "LeerpadApp",
            dependencies: [
                "LeerpadCore", "LeerpadContent", "LeerpadStore", "LeerpadExport", "Routing", "Forecasting",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        .target(name: "Routing", dependencies: ["DelimitedText"]),
        .target(name: "Forecasting", dependencies: ["DelimitedText"]),
        .target(
            name: "LeerpadWeb",
            dependencies: [
                "LeerpadCore", "LeerpadContent", "LeerpadStore", "LeerpadExport", "LeerpadApp", "Routing",
                "Forecasting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "LeerpadCLI",
            dependencies: [
                "LeerpadCore",
                "LeerpadContent",
                "LeerpadStore",
                "LeerpadExport",
                "LeerpadApp",
                "LeerpadBenchmarks",
                "LeerpadWeb",
                "Routing",
                "Forecasting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "leerpad", dependencies: ["LeerpadCLI"]),
        .target(name: "LeerpadTestSupport", path: "Sources/LeerpadTestSupport"),
        .testTarget(name: "LeerpadCoreTests", dependencies: ["LeerpadCore", "LeerpadBenchmarks"]),
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "DelimitedTextTests", dependencies: ["DelimitedText"]),
        .testTarget(
            name: "LeerpadContentTests",
            dependencies: ["LeerpadContent", "LeerpadCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "LeerpadStoreTests",
            dependencies: [
                "LeerpadStore", "LeerpadCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(name: "LeerpadExportTests", dependencies: ["LeerpadExport", "LeerpadCore"]),
        .testTarget(
            name: "LeerpadAppTests",
            dependencies: [
                "LeerpadApp", "LeerpadStore", "LeerpadContent", "LeerpadCore", "LeerpadExport", "Routing",
                "Forecasting",
            ]
        ),
        .testTarget(name: "RoutingTests", dependencies: ["Routing"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LeerpadWebTests",
            dependencies: [
                "LeerpadWeb", "LeerpadApp", "LeerpadStore", "LeerpadContent", "LeerpadCore", "LeerpadTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .testTarget(
            name: "LeerpadCLITests",
            dependencies: [
                "leerpad", "LeerpadCLI", "LeerpadContent", "LeerpadCore", "LeerpadTestSupport", "LeerpadWeb",
                "LeerpadApp", "LeerpadStore", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
