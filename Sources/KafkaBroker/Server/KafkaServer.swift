import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import NIOPosix

/// A KRaft node in combined mode with a single voter: storage, metadata log and controller, the
/// request handlers, and one network listener per configured listener (Kafka KafkaRaftServer).
///
/// Start-up order follows Kafka's: check the formatted directories, load the logs, replay the
/// metadata log, register this broker, then open the listeners. Shutdown reverses it and leaves
/// the clean-shutdown marker so the next start skips recovery.
public final class KafkaServer: Sendable {
    public let config: BrokerConfig
    public let context: BrokerContext
    private let group: MultiThreadedEventLoopGroup
    private let servers: [NetworkServer]
    private let metadataLog: MetadataLog
    private let logger: BrokerLogger
    private let stopHooks: [@Sendable () throws -> Void]

    private init(
        config: BrokerConfig, context: BrokerContext, group: MultiThreadedEventLoopGroup, servers: [NetworkServer],
        metadataLog: MetadataLog, logger: BrokerLogger, stopHooks: [@Sendable () throws -> Void]
    ) {
        self.config = config
        self.context = context
        self.group = group
        self.servers = servers
        self.metadataLog = metadataLog
        self.logger = logger
        self.stopHooks = stopHooks
    }

    /// The bound port of each listener, by listener name (useful when a listener asked for port 0).
    public var boundPorts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(self.config.listeners.map(\.name), self.servers.map(\.localPort)))
    }

    /// Starts the node.
    /// - Parameter registerHandlers: adds the request handlers to the client-facing registry.
    /// - Throws: `StorageDirectoryCheck.Failure` for unformatted or mismatched directories, storage
    ///   errors, and bind errors.
    public static func start(
        config: BrokerConfig, logger: BrokerLogger = BrokerLogger(),
        registerHandlers: (inout ApiRegistry, BrokerContext) throws -> [@Sendable () throws -> Void] = { _, _ in [] }
    ) async throws -> KafkaServer {
        let prefix = "[KafkaRaftServer nodeId=\(config.nodeId)]"
        let directories = Array(Set(config.logDirs + [config.metadataLogDir])).sorted()
        let clusterId = try StorageDirectoryCheck.verify(directories: directories, nodeId: config.nodeId)
        logger.info("\(prefix) Starting, cluster id \(clusterId)")

        // The metadata log reads the clean-shutdown marker before the log manager consumes it.
        let metadataClean = FileManager.default.fileExists(atPath: "\(config.metadataLogDir)/\(CleanShutdownFile.fileName)")
        let logManager = LogManager(logDirs: config.logDirs, defaultConfig: try BrokerLogDefaults.logConfig(config))
        try logManager.startup()
        let (metadataLog, image) = try MetadataLog.open(
            directory: config.metadataLogDir, hadCleanShutdown: metadataClean,
            segmentBytes: Int(config.int("metadata.log.segment.bytes")),
            maxBytesBetweenSnapshots: config.long("metadata.log.max.record.bytes.between.snapshots"))
        if let snapshot = metadataLog.latestSnapshot {
            logger.info("\(prefix) Loaded metadata snapshot \(snapshot.fileName)")
        }
        logger.info("\(prefix) Replayed the metadata log up to offset \(image.offset)")

        let publisher = MetadataPublisher()
        let controller = QuorumController(
            log: metadataLog, image: image, publisher: publisher, config: config,
            logger: logger.named("org.apache.kafka.image.publisher.SnapshotGenerator"))
        let context = BrokerContext(
            config: config, clusterId: clusterId, publisher: publisher, controller: controller, logManager: logManager)

        var registry = ApiRegistry(log: { logger.named("kafka.network.RequestChannel").warn($0) })
        let stopHooks = try registerHandlers(&registry, context)

        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, Int(config.int("num.network.threads"))))
        var servers: [NetworkServer] = []
        do {
            for listener in config.listeners {
                let isController = config.controllerListenerNames.contains(listener.name)
                // The controller listener answers only ApiVersions until the quorum has more voters.
                let dispatcher: any RequestDispatcher = isController ? ApiRegistry() : registry
                let server = try await NetworkServer.start(
                    configuration: .init(
                        host: listener.host.isEmpty ? "0.0.0.0" : listener.host, port: listener.port,
                        listenerName: listener.name, maximumRequestSize: Int(config.int("socket.request.max.bytes")),
                        maximumConnections: Int(config.int("max.connections")),
                        idleTimeout: .milliseconds(config.long("connections.max.idle.ms"))),
                    dispatcher: dispatcher, group: group,
                    log: { logger.named("kafka.network.Processor").warn($0) })
                servers.append(server)
                logger.info("\(prefix) Listening on \(listener.name) port \(server.localPort)")
            }
            // Register with the advertised addresses, using the bound port where the config said 0.
            let bound = Dictionary(uniqueKeysWithValues: zip(config.listeners.map(\.name), servers.map(\.localPort)))
            let advertised = config.advertisedListeners.map { listener -> Listener in
                var resolved = listener
                if resolved.port == 0 { resolved.port = bound[listener.name] ?? 0 }
                if resolved.host.isEmpty { resolved.host = ProcessInfo.processInfo.hostName }
                return resolved
            }
            try await controller.registerLocalBroker(
                endpoints: advertised.filter { !config.controllerListenerNames.contains($0.name) },
                securityProtocols: config.securityProtocolMap, rack: config.string("broker.rack"))
        } catch {
            for server in servers { try? await server.close() }
            try? await group.shutdownGracefully()
            throw error
        }
        logger.info("\(prefix) Kafka Server started")
        return KafkaServer(
            config: config, context: context, group: group, servers: servers, metadataLog: metadataLog,
            logger: logger, stopHooks: stopHooks)
    }

    /// Stops listening, flushes and checkpoints every log, and writes the clean-shutdown marker.
    public func shutdown() async throws {
        let prefix = "[KafkaRaftServer nodeId=\(self.config.nodeId)]"
        self.logger.info("\(prefix) Shutting down")
        for server in self.servers { try? await server.close() }
        try await self.group.shutdownGracefully()
        for hook in self.stopHooks { try hook() }
        try self.metadataLog.log.flush()
        try self.metadataLog.log.close()
        try self.context.logManager.shutdown()
        self.logger.info("\(prefix) Shut down completed")
    }
}
