// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rostrum",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StatementModel", targets: ["StatementModel"]),
        .executable(name: "rostrum-cli", targets: ["rostrum-cli"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The statement model: parsing, metadata, themes, storage, queries. No GTK here.
        .target(
            name: "StatementModel",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "rostrum-cli",
            dependencies: [
                "StatementModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StatementModelTests", dependencies: ["StatementModel"]),
    ]
)
