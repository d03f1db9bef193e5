// swift-tools-version:6.0
// The layers are described in ../shared/ARCHITECTURE.md; imports point down the list below.
import PackageDescription

let package = Package(
    name: "swift-kafka-platform",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KafkaProtocol", targets: ["KafkaProtocol"]),
        .library(name: "KafkaStorage", targets: ["KafkaStorage"]),
        .library(name: "KafkaClient", targets: ["KafkaClient"]),
        .executable(name: "klog-dump", targets: ["klog-dump"]),
        .executable(name: "kserver-start", targets: ["kserver-start"]),
        .executable(name: "kstorage", targets: ["kstorage"]),
        .executable(name: "kconsumer-groups", targets: ["kconsumer-groups"]),
        .executable(name: "kafka-codegen", targets: ["kafka-codegen"]),
        .executable(name: "ktopics", targets: ["ktopics"]),
        .executable(name: "kafka-docgen", targets: ["kafka-docgen"]),
        .executable(name: "kprotocol-bench", targets: ["kprotocol-bench"]),
        .executable(name: "kconsole-producer", targets: ["kconsole-producer"]),
        .executable(name: "kconsole-consumer", targets: ["kconsole-consumer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0")
    ],
    targets: [
        // C shims over the system compression libraries (Debian's -dev packages, found by pkg-config).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
        .systemLibrary(name: "CSnappy", pkgConfig: "snappy", providers: [.apt(["libsnappy-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // CRC32C with the SSE4.2 instruction when the CPU has it, and a portable table fallback.
        .target(name: "CCRC32C"),

        .target(
            name: "KafkaProtocol",
            dependencies: [
                "CZlib", "CLZ4", "CSnappy", "CZstd", "CCRC32C",
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

        // The partition log in Kafka's on-disk format. No NIOPosix here: files through the system calls.
        .target(
            name: "KafkaStorage",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),

        // An async Kafka client over SwiftNIO: connections, metadata, producer, consumer, admin.
        .target(
            name: "KafkaClient",
            dependencies: [
                "KafkaProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),

        // The broker: network layer, request handlers, partitions, coordinators, controller.
        .target(
            name: "KafkaBroker",
            dependencies: [
                "KafkaProtocol", "KafkaStorage", "KafkaClient",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),

        // The shared part of every command-line tool: flag parsing, help, properties, output.
        .target(
            name: "KafkaTools",
            dependencies: ["KafkaProtocol", "KafkaStorage", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .executableTarget(name: "klog-dump", dependencies: ["KafkaTools"]),
        // The node's own tools, which join the tools layer to the broker's configuration.
        .target(name: "KafkaServerTools", dependencies: ["KafkaTools", "KafkaBroker", "KafkaStorage", "KafkaProtocol"]),
        .executableTarget(name: "kserver-start", dependencies: ["KafkaServerTools"]),
        .executableTarget(name: "kstorage", dependencies: ["KafkaServerTools"]),
        // The tools that talk to a cluster through KafkaClient (ktopics, the console clients, ...).
        .target(name: "KafkaClientTools", dependencies: ["KafkaTools", "KafkaClient", "KafkaProtocol"]),
        .executableTarget(name: "ktopics", dependencies: ["KafkaClientTools", "KafkaTools"]),
        // Man pages and shell completions from every tool's option declarations (ToolCatalog).
        .target(name: "KafkaDocgen", dependencies: ["KafkaTools", "KafkaClientTools", "KafkaServerTools"]),
        .executableTarget(name: "kafka-docgen", dependencies: ["KafkaDocgen"]),
        .testTarget(name: "KafkaDocgenTests", dependencies: ["KafkaDocgen", "KafkaTools"]),
        .executableTarget(name: "kconsole-producer", dependencies: ["KafkaClientTools", "KafkaTools"]),
        .executableTarget(name: "kconsole-consumer", dependencies: ["KafkaClientTools", "KafkaTools"]),
        .executableTarget(name: "kconsumer-groups", dependencies: ["KafkaClientTools", "KafkaTools"]),
        // A group member driven by the integration tests: prints assignments and records as lines.
        .executableTarget(name: "kgroup-consumer-probe", dependencies: ["KafkaClient"]),

        // The code generator: Kafka's JSON message specs -> Sources/KafkaProtocol/Generated/.
        .target(name: "KafkaCodegen"),
        .executableTarget(name: "kafka-codegen", dependencies: ["KafkaCodegen"]),

        // Benchmarks print figures; they are never asserted in tests.
        .executableTarget(
            name: "kprotocol-bench",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),

        .testTarget(
            name: "KafkaProtocolTests",
            dependencies: ["KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")],
            exclude: ["Scripts"]
        ),
        .executableTarget(name: "kstorage-bench", dependencies: ["KafkaStorage", "KafkaProtocol"]),
        // A child process for the crash tests: appends batches until it is killed.
        .executableTarget(name: "kstorage-crash-writer", dependencies: ["KafkaStorage", "KafkaProtocol"]),

        .testTarget(name: "KafkaCodegenTests", dependencies: ["KafkaCodegen"]),
        .testTarget(
            name: "KafkaStorageTests",
            dependencies: ["KafkaStorage", "KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .testTarget(
            name: "KafkaClientTests",
            dependencies: ["KafkaClient", "KafkaProtocol", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .testTarget(
            name: "KafkaBrokerTests",
            dependencies: [
                "KafkaBroker", "KafkaProtocol", "KafkaStorage",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "KafkaClientToolsTests", dependencies: ["KafkaClientTools", "KafkaTools", "KafkaClient"]),
        .testTarget(name: "KafkaServerToolsTests", dependencies: ["KafkaServerTools", "KafkaBroker", "KafkaStorage", "KafkaTools"]),
        .testTarget(
            name: "KafkaToolsTests",
            dependencies: [
                "KafkaTools", "KafkaStorage", "KafkaProtocol", .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ]
)
