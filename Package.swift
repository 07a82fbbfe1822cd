// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Drover",
    // macOS 15: Synchronization's Mutex. CI runs on Linux (Debian); macOS is kept buildable.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "drover", targets: ["drover"]),
        .library(name: "DroverCore", targets: ["DroverCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The test oracle, pinned: a newer renderer could change what the template runtime is
        // compared with (Package.resolved is not kept).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // NIO's error types tell a reset from a refused connection and a TLS failure; the
        // tests' HTTP servers on 127.0.0.1, which misbehave on purpose, are NIO too.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Portable file descriptors for the writers (already in the graph through NIO).
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // `drover serve`: the HTTP server, and clean shutdown on SIGINT/SIGTERM.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // cmark (CommonMark's reference parser) from the system: Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Snowball stemmers (Russian, English) for the search index: Debian's libstemmer-dev.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "DroverCore",
            dependencies: [
                "CCmark",
                "CStemmer",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // The commit `drover --version` prints: scripts/build-static defines DROVER_COMMIT.
        .target(name: "CDroverBuildInfo"),
        .executableTarget(
            name: "drover",
            dependencies: [
                "DroverCore",
                "CDroverBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DroverCoreTests",
            dependencies: [
                "DroverCore",
                // The oracle the template runtime is compared with (TemplateDifferentialTests).
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "DroverCLITests",
            dependencies: ["drover"],
            exclude: ["Fixtures"]
        ),
    ]
)
