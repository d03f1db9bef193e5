import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

/// A broker context in a temp dir without the network: metadata log, single-voter controller with
/// this node registered, log manager, and a registry holding the admin handlers.
struct AdminTestBroker {
    let directory: String
    let context: BrokerContext
    let registry: ApiRegistry
    /// A client on the broker listener.
    let client = ClientConnection(connectionId: "test-connection", remoteAddress: "127.0.0.1:50000", listenerName: "PLAINTEXT")

    static let clusterId = "MkU3OEVBNTcwNTJENDM2Qg"

    static let baseProperties: [String: String] = [
        "process.roles": "broker,controller", "node.id": "1", "controller.quorum.voters": "1@localhost:9093",
        "listeners": "PLAINTEXT://:9092,CONTROLLER://:9093", "controller.listener.names": "CONTROLLER",
        "advertised.listeners": "PLAINTEXT://broker.test:9092,CONTROLLER://localhost:9093",
    ]

    /// Runs `body` against a fresh broker whose properties are the base ones with `overrides`
    /// applied (nil removes a key), then removes its directory.
    static func with(
        _ overrides: [String: String?] = [:], _ body: (AdminTestBroker) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("admin-handlers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var properties = Self.baseProperties
        properties["log.dirs"] = directory
        for (key, value) in overrides { properties[key] = value }
        let config = try BrokerConfig(properties: properties)
        let (log, image) = try MetadataLog.open(
            directory: config.metadataLogDir, hadCleanShutdown: false,
            maxBytesBetweenSnapshots: config.long("metadata.log.max.record.bytes.between.snapshots"))
        let publisher = MetadataPublisher()
        let controller = QuorumController(log: log, image: image, publisher: publisher, config: config)
        try await controller.registerLocalBroker(
            endpoints: config.advertisedListeners.filter { !config.controllerListenerNames.contains($0.name) },
            securityProtocols: config.securityProtocolMap, rack: nil)
        let context = BrokerContext(
            config: config, clusterId: Self.clusterId, publisher: publisher, controller: controller,
            logManager: LogManager(logDirs: config.logDirs))
        var registry = ApiRegistry()
        AdminHandlers.register(into: &registry, context: context)
        try await body(AdminTestBroker(directory: directory, context: context, registry: registry))
    }

    var image: MetadataImage { self.context.publisher.current }

    /// Sends `request` through `ApiRegistry.dispatch` as an encoded frame at `version` and decodes
    /// the response frame, checking the correlation id.
    func dispatch<Request: KafkaRequest>(
        _ request: Request, version: Int16, client: ClientConnection? = nil
    ) async throws -> Request.Response {
        let correlationId = Int32.random(in: 1...Int32.max)
        var bytes = try request.encodeFrame(version: version, correlationId: correlationId, clientId: "admin-tests")
            .contiguousBuffer()
        bytes.moveReaderIndex(forwardBy: 4)
        let frame = try RequestFrame(decoding: bytes)
        switch await self.registry.dispatch(frame, from: client ?? self.client) {
        case .respond(let writer):
            var response = try writer.contiguousBuffer()
            let size = response.readInteger(as: Int32.self)
            #expect(size.map(Int.init) == response.readableBytes)
            let (echoed, decoded) = try Request.Response.decodeFrame(response, version: version)
            #expect(echoed == correlationId)
            return decoded
        case .noResponse:
            throw TestFailure(description: "\(Request.messageName) v\(version) got no response")
        case .closeConnection(let reason):
            throw TestFailure(description: "\(Request.messageName) v\(version) closed the connection: \(reason)")
        }
    }

    /// Creates topics directly through the controller, expecting success.
    func createTopics(_ specs: [QuorumController.TopicSpec]) async throws {
        let results = try await self.context.controller.createTopics(specs, validateOnly: false)
        #expect(results.allSatisfy { $0.error == .none }, "\(results)")
    }

    func createTopic(_ name: String, partitions: Int32 = 1, configs: [String: String] = [:]) async throws {
        try await self.createTopics([.init(name: name, numPartitions: partitions, replicationFactor: 1, configs: configs)])
    }
}

/// A test-side failure with a description.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
}
