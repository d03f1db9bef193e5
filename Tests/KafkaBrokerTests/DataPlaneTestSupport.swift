import Foundation
import KafkaProtocol
import KafkaStorage
import NIOCore
import Testing

@testable import KafkaBroker

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A single-node broker without the network, in a temporary directory: the metadata log and
/// controller, a log manager, a started replica manager and a registry with the data-path handlers.
final class TestBroker: Sendable {
    let directory: String
    let context: BrokerContext
    let replicaManager: ReplicaManager
    let registry: ApiRegistry
    static let client = ClientConnection(connectionId: "test-0", remoteAddress: "127.0.0.1:1", listenerName: "PLAINTEXT")

    private init(directory: String, context: BrokerContext, replicaManager: ReplicaManager, registry: ApiRegistry) {
        self.directory = directory
        self.context = context
        self.replicaManager = replicaManager
        self.registry = registry
    }

    /// Starts a broker; `properties` override the combined-mode defaults.
    static func start(
        _ properties: [String: String] = [:], clock: StorageClock = .system,
        delayClock: any Clock<Duration> = ContinuousClock()
    ) async throws -> TestBroker {
        let directory = FileManager.default.temporaryDirectory.path + "/kbroker-data-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var all: [String: String] = [
            "process.roles": "broker,controller", "node.id": "1", "controller.quorum.voters": "1@localhost:9093",
            "listeners": "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
            "controller.listener.names": "CONTROLLER", "log.dirs": directory + "/logs",
        ]
        all.merge(properties) { _, new in new }
        let config = try BrokerConfig(properties: all)
        let (metadataLog, image) = try MetadataLog.open(directory: directory + "/metadata", hadCleanShutdown: false)
        let publisher = MetadataPublisher()
        let controller = QuorumController(log: metadataLog, image: image, publisher: publisher, config: config)
        let logManager = LogManager(logDirs: config.logDirs, clock: clock)
        try logManager.startup()
        let context = BrokerContext(
            config: config, clusterId: "data-plane-test", publisher: publisher, controller: controller,
            logManager: logManager)
        let replicaManager = ReplicaManager(context: context, clock: clock, delayClock: delayClock)
        try replicaManager.startup()
        try await controller.registerLocalBroker(
            endpoints: config.listeners, securityProtocols: config.securityProtocolMap, rack: nil)
        var registry = ApiRegistry()
        DataPlaneHandlers.register(into: &registry, replicaManager: replicaManager, context: context)
        return TestBroker(directory: directory, context: context, replicaManager: replicaManager, registry: registry)
    }

    func shutdown() {
        self.replicaManager.shutdown()
        try? self.context.logManager.shutdown()
        try? FileManager.default.removeItem(atPath: self.directory)
    }

    /// Creates a topic through the controller.
    @discardableResult
    func createTopic(_ name: String, partitions: Int32 = 1, configs: [String: String] = [:]) async throws -> Uuid {
        let results = try await self.context.controller.createTopics(
            [.init(name: name, numPartitions: partitions, replicationFactor: 1, configs: configs)], validateOnly: false)
        let result = try #require(results.first)
        #expect(result.error == .none, "\(result.message ?? "")")
        return result.topicId
    }

    /// Encodes `request` as a frame, dispatches it through the registry and decodes the answer,
    /// reading (and closing) the file regions as the network layer would send them.
    func roundTrip<Request: KafkaRequest>(_ request: Request, version: Int16) async throws -> Request.Response? {
        var frame = try request.encodeFrame(version: version, correlationId: 42, clientId: "data-plane-test")
            .contiguousBuffer()
        frame.moveReaderIndex(forwardBy: 4)
        switch await self.registry.dispatch(try RequestFrame(decoding: frame), from: Self.client) {
        case .respond(let writer):
            var bytes = try materialize(writer)
            let size = bytes.readInteger(as: Int32.self)
            #expect(size.map(Int.init) == bytes.readableBytes)
            let (correlationId, response) = try Request.Response.decodeFrame(bytes, version: version)
            #expect(correlationId == 42)
            return response
        case .noResponse:
            return nil
        case .closeConnection(let reason):
            throw ConnectionClosed(reason: reason)
        }
    }

    struct ConnectionClosed: Error {
        var reason: String
    }

    // MARK: Shortcuts

    func produce(
        _ topic: String, partition: Int32 = 0, _ records: ByteBuffer, acks: Int16 = -1, version: Int16 = 11
    ) async throws -> ProduceResponse.PartitionProduceResponse {
        let request = ProduceRequest(
            acks: acks, timeoutMs: 30_000,
            topicData: [.init(name: topic, partitionData: [.init(index: partition, records: .bytes(records))])])
        let response = try #require(try await self.roundTrip(request, version: version))
        return try #require(response.responses.first?.partitionResponses.first)
    }

    func listOffset(_ topic: String, partition: Int32 = 0, timestamp: Int64, isolation: Int8 = 0, version: Int16 = 10)
        async throws -> ListOffsetsResponse.ListOffsetsPartitionResponse
    {
        let request = ListOffsetsRequest(
            replicaId: -1, isolationLevel: isolation,
            topics: [.init(name: topic, partitions: [.init(partitionIndex: partition, timestamp: timestamp)])])
        let response = try #require(try await self.roundTrip(request, version: version))
        return try #require(response.topics.first?.partitions.first)
    }
}

/// Makes a record batch of `values` as a producer would send it.
func makeBatch(
    _ values: [String], timestamp: Int64 = Int64(Date().timeIntervalSince1970 * 1000), producerId: Int64 = -1,
    producerEpoch: Int16 = -1, baseSequence: Int32 = -1, isTransactional: Bool = false,
    compression: CompressionCodec = .none, keys: Bool = true
) throws -> ByteBuffer {
    var builder = RecordBatchBuilder(
        producerId: producerId, producerEpoch: producerEpoch, baseSequence: baseSequence,
        isTransactional: isTransactional, compression: compression)
    for (index, value) in values.enumerated() {
        try builder.append(
            timestamp: timestamp + Int64(index), key: keys ? ByteBuffer(string: "k\(index)") : nil,
            value: ByteBuffer(string: value))
    }
    return try builder.build()
}

/// The values of every whole record in `bytes` (a fetch may end inside a batch).
func recordValues(_ bytes: ByteBuffer) throws -> [String] {
    var values: [String] = []
    var batches = MemoryRecords(bytes).batches()
    while let batch = try batches.next() {
        guard case .magic2(let recordBatch) = batch, !recordBatch.isControlBatch else { continue }
        var records = try recordBatch.records()
        while let record = try records.next() {
            values.append(record.value.map { String(buffer: $0) } ?? "")
        }
    }
    return values
}

/// The bytes of a response with its file regions read in, closing each region's descriptor.
func materialize(_ writer: ProtocolWriter) throws -> ByteBuffer {
    var result = ByteBuffer()
    for part in writer.parts {
        switch part {
        case .byteBuffer(var buffer): result.writeBuffer(&buffer)
        case .fileRegion(let region): result.writeImmutableBuffer(try readRegion(region))
        }
    }
    return result
}

/// A region's bytes; closes its descriptor.
func readRegion(_ region: FileRegion) throws -> ByteBuffer {
    defer { try? region.fileHandle.close() }
    return try region.fileHandle.withUnsafeFileDescriptor { descriptor in
        var bytes = [UInt8](repeating: 0, count: region.readableBytes)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(region.readerIndex)) }
        guard count == region.readableBytes else { throw RegionReadFailed() }
        return ByteBuffer(bytes: bytes)
    }
}

struct RegionReadFailed: Error {}

/// A fetch response with every file region replaced by its bytes (for direct handler calls).
func materialize(_ response: FetchResponse) throws -> FetchResponse {
    var copy = response
    for topic in copy.responses.indices {
        for partition in copy.responses[topic].partitions.indices {
            if case .fileRegion(let region)? = copy.responses[topic].partitions[partition].records {
                copy.responses[topic].partitions[partition].records = .bytes(try readRegion(region))
            }
        }
    }
    return copy
}

extension Records {
    /// The bytes of decoded records (responses decoded from frames always hold bytes).
    var bytes: ByteBuffer {
        if case .bytes(let buffer) = self { return buffer }
        return ByteBuffer()
    }
}

/// Waits until `condition` holds, failing the test after `seconds`.
/// The deadline is generous because the whole suite shares two cooperative threads with tests
/// that block (the storage crash test waits on a child process), which can delay this task.
func waitUntil(
    _ what: String, seconds: Double = 90, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: @Sendable () async -> Bool
) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while !(await condition()) {
        guard ContinuousClock.now < deadline else {
            Issue.record("timed out waiting for \(what)", sourceLocation: sourceLocation)
            throw WaitTimedOut()
        }
        try await Task.sleep(for: .milliseconds(2))
    }
}

struct WaitTimedOut: Error {}

/// A clock that moves only when told: delayed fetches expire when the test advances it.
final class ManualDelayClock: Clock, @unchecked Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: self.offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - self.offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var sleepers: [UInt64: (deadline: Instant, continuation: CheckedContinuation<Void, any Error>)] = [:]
    private var nextId: UInt64 = 0

    var now: Instant { self.lock.withLock { self.current } }
    var minimumResolution: Duration { .zero }

    /// Sleeps currently waiting.
    var sleeperCount: Int { self.lock.withLock { self.sleepers.count } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = self.lock.withLock { () -> UInt64 in
            self.nextId += 1
            return self.nextId
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow = self.lock.withLock { () -> Bool in
                    if deadline <= self.current || Task.isCancelled { return true }
                    self.sleepers[id] = (deadline, continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let sleeper = self.lock.withLock { self.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time on, waking the sleeps that are due.
    func advance(by duration: Duration) {
        let due = self.lock.withLock { () -> [CheckedContinuation<Void, any Error>] in
            self.current = self.current.advanced(by: duration)
            let ready = self.sleepers.filter { $0.value.deadline <= self.current }
            for id in ready.keys { self.sleepers[id] = nil }
            return ready.values.map(\.continuation)
        }
        for continuation in due { continuation.resume() }
    }
}
