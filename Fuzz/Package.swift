// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer harnesses for Leerpad's readers of untrusted input (see docs/FUZZING.md).
///
/// A separate package so that the main package's targets, tests and build stay untouched:
/// it depends on the main package by path and is built only by `Fuzz/run.sh`, with
/// `swift build -c release -Xswiftc -sanitize=fuzzer,address` (Linux). Each executable is one harness:
/// it feeds the bytes to a public reader and crashes only on a trap or a sanitizer finding;
/// a thrown error is the correct answer to bad input.
let package = Package(
    name: "LeerpadFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Leerpad", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "LeerpadContent", package: "Leerpad"),
                .product(name: "LeerpadCore", package: "Leerpad"),
            ]),
        .executableTarget(
            name: "fuzz-answer-sheet",
            dependencies: [
                "FuzzSupport", .product(name: "LeerpadContent", package: "Leerpad"),
                .product(name: "LeerpadCore", package: "Leerpad"),
            ]),
        .executableTarget(
            name: "fuzz-catalogue-xml",
            dependencies: ["FuzzSupport", .product(name: "LeerpadContent", package: "Leerpad")]),
        .executableTarget(name: "fuzz-vrplib", dependencies: [.product(name: "Routing", package: "Leerpad")]),
        .executableTarget(name: "fuzz-series", dependencies: [.product(name: "Forecasting", package: "Leerpad")]),
        .executableTarget(
            name: "fuzz-rule-expression",
            dependencies: ["FuzzSupport", .product(name: "LeerpadCore", package: "Leerpad")]),
    ],
    swiftLanguageModes: [.v6]
)
