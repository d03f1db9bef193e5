import Foundation
import KafkaProtocol
import KafkaStorage
import NIOConcurrencyHelpers

/// The controller of a single-voter quorum (Kafka QuorumController + ReplicationControlManager,
/// reduced to what one voter needs): validates each change, writes it to the metadata log as
/// records, and publishes the new image once the records are durable.
///
/// Owning actor for all metadata writes; readers use `MetadataPublisher.current` without waiting.
public actor QuorumController {
    private let log: MetadataLog
    private let publisher: MetadataPublisher
    private let nodeId: Int32
    private let defaultPartitions: Int32
    private let defaultReplicationFactor: Int16
    private let deleteTopicEnabled: Bool
    private var nextProducerIdBlock: Int64 = 0
    /// Kafka hands out producer ids in blocks of 1000 (ProducerIdControlManager).
    static let producerIdBlockSize: Int64 = 1000

    /// Where snapshot writes are reported.
    private let logger: BrokerLogger?

    init(
        log: MetadataLog, image: MetadataImage, publisher: MetadataPublisher, config: BrokerConfig,
        logger: BrokerLogger? = nil
    ) {
        self.log = log
        self.logger = logger
        self.publisher = publisher
        self.nodeId = config.nodeId
        self.defaultPartitions = config.int("num.partitions")
        self.defaultReplicationFactor = Int16(clamping: config.int("default.replication.factor"))
        self.deleteTopicEnabled = config.bool("delete.topic.enable")
        publisher.publish(image)
    }

    private var image: MetadataImage { self.publisher.current }

    /// Writes `records` and applies them; nothing is applied unless everything was written.
    private func commit(_ records: [MetadataRecord]) throws {
        guard !records.isEmpty else { return }
        let timestamp = Int64(Date().timeIntervalSince1970 * 1000)
        let offsets = try self.log.append(records, timestamp: timestamp)
        var image = self.image
        for (record, offset) in zip(records, offsets) { try image.apply(record, offset: offset) }
        self.publisher.publish(image)
        if self.log.isSnapshotDue { self.writeSnapshot(of: image, timestamp: timestamp) }
    }

    /// Snapshots the image (Kafka SnapshotGenerator). The change that triggered it is already
    /// durable and applied, so a failure is logged rather than reported to that change's client;
    /// the next commit tries again.
    private func writeSnapshot(of image: MetadataImage, timestamp: Int64) {
        do {
            let name = try self.log.writeSnapshot(of: image, lastContainedLogTimestamp: timestamp)
            self.logger?.info("Wrote metadata snapshot \(name.fileName) (\(image.snapshotRecords.count) records)")
        } catch {
            self.logger?.error("Cannot write a metadata snapshot at offset \(image.offset + 1): \(error)")
        }
    }

    // MARK: Brokers

    /// Registers this node (KRaft's BrokerRegistration, done locally for the single voter) and
    /// unfences it, and records the metadata version feature on a fresh log.
    public func registerLocalBroker(endpoints: [Listener], securityProtocols: [String: String], rack: String?) throws {
        var records: [MetadataRecord] = []
        if self.image.features["metadata.version"] == nil {
            // 4.0-IV3 is metadata.version 25 in Kafka 4.0's MetadataVersion table.
            records.append(.featureLevel(FeatureLevelRecord(name: "metadata.version", featureLevel: 25)))
        }
        let epoch = (self.image.brokers[self.nodeId]?.epoch ?? -1) + 1
        let endpointRecords = endpoints.map { listener in
            RegisterBrokerRecord.BrokerEndpoint(
                name: listener.name, host: listener.host, port: UInt16(clamping: listener.port),
                securityProtocol: SecurityProtocol.id(securityProtocols[listener.name] ?? "PLAINTEXT"))
        }
        records.append(
            .registerBroker(
                RegisterBrokerRecord(
                    brokerId: self.nodeId, incarnationId: Uuid.random(), brokerEpoch: epoch, endPoints: endpointRecords,
                    rack: rack, fenced: false)))
        try self.commit(records)
    }

    // MARK: Topics

    public struct TopicSpec: Sendable {
        public var name: String
        public var numPartitions: Int32
        public var replicationFactor: Int16
        /// Partition → replicas, when the client chose the assignment.
        public var assignments: [Int32: [Int32]]
        public var configs: [String: String]

        public init(name: String, numPartitions: Int32, replicationFactor: Int16, assignments: [Int32: [Int32]] = [:], configs: [String: String] = [:]) {
            self.name = name
            self.numPartitions = numPartitions
            self.replicationFactor = replicationFactor
            self.assignments = assignments
            self.configs = configs
        }
    }

    public struct TopicResult: Sendable {
        public var name: String
        public var topicId: Uuid = .zero
        public var error: ErrorCode = .none
        public var message: String?
        public var numPartitions: Int32 = -1
        public var replicationFactor: Int16 = -1
    }

    /// Creates topics (CreateTopics): each topic succeeds or fails on its own.
    public func createTopics(_ topics: [TopicSpec], validateOnly: Bool) throws -> [TopicResult] {
        var results: [TopicResult] = []
        var records: [MetadataRecord] = []
        var claimedKeys = Set(self.image.topicIdsByName.keys.map(TopicNameValidator.collisionKey))
        for topic in topics {
            var result = TopicResult(name: topic.name)
            do {
                let (topicRecords, id, partitions, replication) = try self.plan(topic, claimedKeys: claimedKeys)
                result.topicId = id
                result.numPartitions = partitions
                result.replicationFactor = replication
                claimedKeys.insert(TopicNameValidator.collisionKey(topic.name))
                if !validateOnly { records += topicRecords }
            } catch let failure as ControllerFailure {
                result.error = failure.error
                result.message = failure.message
            }
            results.append(result)
        }
        try self.commit(records)
        return results
    }

    private func plan(_ topic: TopicSpec, claimedKeys: Set<String>) throws -> ([MetadataRecord], Uuid, Int32, Int16) {
        if let problem = TopicNameValidator.creationProblem(with: topic.name) {
            throw ControllerFailure(.invalidTopicException, problem)
        }
        if self.image.topicIdsByName[topic.name] != nil {
            throw ControllerFailure(.topicAlreadyExists, "Topic '\(topic.name)' already exists.")
        }
        if claimedKeys.contains(TopicNameValidator.collisionKey(topic.name)) {
            let existing = self.image.topicIdsByName.keys.first { TopicNameValidator.collisionKey($0) == TopicNameValidator.collisionKey(topic.name) } ?? topic.name
            throw ControllerFailure(.invalidTopicException, "Topic '\(topic.name)' collides with existing topic: \(existing)")
        }
        let liveBrokers = self.image.brokers.values.filter { !$0.fenced }.map(\.id).sorted()
        var assignments: [Int32: [Int32]]
        if !topic.assignments.isEmpty {
            if topic.numPartitions != -1 || topic.replicationFactor != -1 {
                throw ControllerFailure(
                    .invalidRequest, "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.")
            }
            assignments = topic.assignments
            guard Set(assignments.keys) == Set((0..<Int32(assignments.count)).map { $0 }) else {
                throw ControllerFailure(.invalidReplicaAssignment, "Partitions must be numbered consecutively from 0.")
            }
            for (partition, replicas) in assignments {
                if replicas.isEmpty {
                    throw ControllerFailure(.invalidReplicaAssignment, "The manual partition assignment includes an empty replica list.")
                }
                if Set(replicas).count != replicas.count {
                    throw ControllerFailure(.invalidReplicaAssignment, "The manual partition assignment includes duplicate replicas for partition \(partition).")
                }
                if let unknown = replicas.first(where: { !liveBrokers.contains($0) }) {
                    throw ControllerFailure(.invalidReplicaAssignment, "The manual partition assignment includes broker \(unknown), but no such broker is registered.")
                }
            }
        } else {
            let partitions = topic.numPartitions == -1 ? self.defaultPartitions : topic.numPartitions
            let replication = topic.replicationFactor == -1 ? self.defaultReplicationFactor : topic.replicationFactor
            guard partitions > 0 else {
                throw ControllerFailure(.invalidPartitions, "Number of partitions was set to an invalid non-positive value.")
            }
            guard replication > 0 else {
                throw ControllerFailure(
                    .invalidReplicationFactor, "Replication factor must be larger than 0, or -1 to use the default value.")
            }
            guard Int(replication) <= liveBrokers.count else {
                throw ControllerFailure(
                    .invalidReplicationFactor,
                    "Unable to replicate the partition \(replication) time(s): The target replication factor of \(replication) cannot be reached because only \(liveBrokers.count) broker(s) are registered.")
            }
            assignments = Self.placeReplicas(partitions: partitions, replicationFactor: Int(replication), brokers: liveBrokers)
        }
        do {
            _ = try LogConfig(properties: topic.configs)
        } catch let error as InvalidConfigurationError {
            throw ControllerFailure(.invalidConfig, "\(error)")
        }
        if let unknown = topic.configs.keys.sorted().first(where: { !TopicConfigNames.all.contains($0) }) {
            throw ControllerFailure(.invalidConfig, "Unknown topic config name: \(unknown)")
        }

        let topicId = Uuid.random()
        var records: [MetadataRecord] = [.topic(TopicRecord(name: topic.name, topicId: topicId))]
        for (name, value) in topic.configs.sorted(by: { $0.key < $1.key }) {
            records.append(.config(ConfigRecord(resourceType: MetadataImage.ConfigResource.topicType, resourceName: topic.name, name: name, value: value)))
        }
        for partition in assignments.keys.sorted() {
            let replicas = assignments[partition] ?? []
            records.append(
                .partition(
                    PartitionRecord(
                        partitionId: partition, topicId: topicId, replicas: replicas, isr: replicas,
                        leader: replicas.first ?? -1, leaderEpoch: 0, partitionEpoch: 0)))
        }
        return (records, topicId, Int32(assignments.count), Int16(assignments.values.first?.count ?? 0))
    }

    /// Striped placement (Kafka StripedReplicaPlacer, without racks): partition p starts at broker
    /// (start + p) and takes the next brokers in order.
    static func placeReplicas(partitions: Int32, replicationFactor: Int, brokers: [Int32]) -> [Int32: [Int32]] {
        let start = brokers.isEmpty ? 0 : Int.random(in: 0..<brokers.count)
        var result: [Int32: [Int32]] = [:]
        for partition in 0..<Int(partitions) {
            result[Int32(partition)] = (0..<replicationFactor).map { brokers[(start + partition + $0) % brokers.count] }
        }
        return result
    }

    /// Deletes topics by name or id (DeleteTopics).
    public func deleteTopics(names: [String], ids: [Uuid]) throws -> [TopicResult] {
        var results: [TopicResult] = []
        var records: [MetadataRecord] = []
        var removed = Set<Uuid>()
        let targets: [(name: String, id: Uuid?, byId: Bool)] =
            names.map { ($0, self.image.topicIdsByName[$0], false) }
            + ids.map { (self.image.topicsById[$0]?.name ?? "", $0, true) }
        for target in targets {
            var result = TopicResult(name: target.name, topicId: target.id ?? .zero)
            if !self.deleteTopicEnabled {
                result.error = .topicDeletionDisabled
                result.message = "Topic deletion is disabled."
            } else if let id = target.id, self.image.topicsById[id] != nil {
                if removed.insert(id).inserted { records.append(.removeTopic(RemoveTopicRecord(topicId: id))) }
            } else if target.byId {
                result.error = .unknownTopicId
                result.message = "This server does not host this topic ID."
            } else {
                result.error = .unknownTopicOrPartition
                result.message = "This server does not host this topic-partition."
            }
            results.append(result)
        }
        try self.commit(records)
        return results
    }

    /// Adds partitions to existing topics (CreatePartitions).
    public func createPartitions(_ requests: [(topic: String, count: Int32, assignments: [[Int32]]?)], validateOnly: Bool) throws -> [TopicResult] {
        var results: [TopicResult] = []
        var records: [MetadataRecord] = []
        let liveBrokers = self.image.brokers.values.filter { !$0.fenced }.map(\.id).sorted()
        for request in requests {
            var result = TopicResult(name: request.topic)
            guard let topic = self.image.topic(named: request.topic) else {
                result.error = .unknownTopicOrPartition
                result.message = "This server does not host this topic-partition."
                results.append(result)
                continue
            }
            let current = Int32(topic.partitions.count)
            guard request.count > current else {
                result.error = .invalidPartitions
                // Kafka ReplicationControlManager.createPartitions' wording.
                result.message = request.count == current
                    ? "Topic already has \(current) partition(s)."
                    : "The topic \(request.topic) currently has \(current) partition(s); \(request.count) would not be an increase."
                results.append(result)
                continue
            }
            let replication = topic.partitions[0]?.replicas.count ?? 1
            let added = request.count - current
            var newAssignments: [[Int32]]
            if let given = request.assignments {
                guard given.count == Int(added) else {
                    result.error = .invalidReplicaAssignment
                    result.message = "Attempted to add \(added) additional partition(s), but only \(given.count) assignment(s) were specified."
                    results.append(result)
                    continue
                }
                if let problem = Self.assignmentProblem(given, replication: replication, liveBrokers: liveBrokers) {
                    result.error = .invalidReplicaAssignment
                    result.message = problem
                    results.append(result)
                    continue
                }
                newAssignments = given
            } else {
                // Placement divides by the broker count: refuse before it can (Kafka StripedReplicaPlacer).
                guard replication <= liveBrokers.count else {
                    result.error = .invalidReplicationFactor
                    result.message = "Unable to replicate the partition \(replication) time(s): The target replication factor of \(replication) cannot be reached because only \(liveBrokers.count) broker(s) are registered."
                    results.append(result)
                    continue
                }
                let placed = Self.placeReplicas(partitions: added, replicationFactor: replication, brokers: liveBrokers)
                newAssignments = (0..<added).map { placed[$0] ?? [] }
            }
            if !validateOnly {
                for (index, replicas) in newAssignments.enumerated() {
                    records.append(
                        .partition(
                            PartitionRecord(
                                partitionId: current + Int32(index), topicId: topic.id, replicas: replicas, isr: replicas,
                                leader: replicas.first ?? -1, leaderEpoch: 0, partitionEpoch: 0)))
                }
            }
            results.append(result)
        }
        try self.commit(records)
        return results
    }

    /// Why manual assignments for new partitions are unusable, nil when they are fine (Kafka
    /// ReplicationControlManager.validateManualPartitionAssignment): every partition needs
    /// `replication` distinct registered brokers, as the topic's existing partitions have.
    static func assignmentProblem(_ assignments: [[Int32]], replication: Int, liveBrokers: [Int32]) -> String? {
        for replicas in assignments {
            if replicas.isEmpty { return "The manual partition assignment includes an empty replica list." }
            if replicas.count != replication {
                return "The manual partition assignment includes a partition with \(replicas.count) replica(s), but this is not consistent with previous partitions, which have \(replication) replica(s)."
            }
            if Set(replicas).count != replicas.count {
                return "The manual partition assignment specifies the same node id more than once."
            }
            if let unknown = replicas.first(where: { !liveBrokers.contains($0) }) {
                return "The manual partition assignment includes broker \(unknown), but no such broker is registered."
            }
        }
        return nil
    }

    /// Sets (value) or removes (nil) topic configs (IncrementalAlterConfigs / AlterConfigs).
    public func alterTopicConfigs(_ topic: String, changes: [String: String?], validateOnly: Bool) throws -> (ErrorCode, String?) {
        guard self.image.topic(named: topic) != nil else {
            return (.unknownTopicOrPartition, "This server does not host this topic-partition.")
        }
        if let unknown = changes.keys.sorted().first(where: { !TopicConfigNames.all.contains($0) }) {
            return (.invalidConfig, "Unknown topic config name: \(unknown)")
        }
        var merged = self.image.topicConfig(topic)
        for (name, value) in changes { merged[name] = value }
        do {
            _ = try LogConfig(properties: merged)
        } catch {
            return (.invalidConfig, "\(error)")
        }
        if !validateOnly {
            try self.commit(changes.sorted(by: { $0.key < $1.key }).map { name, value in
                .config(ConfigRecord(resourceType: MetadataImage.ConfigResource.topicType, resourceName: topic, name: name, value: value))
            })
        }
        return (.none, nil)
    }

    /// The next producer id, allocating a new block through the log when the current one is used up.
    public func allocateProducerId() throws -> Int64 {
        if self.nextProducerIdBlock == 0 || self.nextProducerIdBlock % Self.producerIdBlockSize == 0 {
            let start = self.image.nextProducerId
            try self.commit([
                .producerIds(ProducerIdsRecord(brokerId: self.nodeId, brokerEpoch: self.image.brokers[self.nodeId]?.epoch ?? -1, nextProducerId: start + Self.producerIdBlockSize))
            ])
            self.nextProducerIdBlock = start
        }
        let id = self.nextProducerIdBlock
        self.nextProducerIdBlock += 1
        return id
    }
}

/// A per-item failure with Kafka's error code and message.
struct ControllerFailure: Error {
    var error: ErrorCode
    var message: String

    init(_ error: ErrorCode, _ message: String) {
        self.error = error
        self.message = message
    }
}

/// The latest metadata image, readable from any thread without waiting for the controller.
public final class MetadataPublisher: Sendable {
    private let box = NIOLockedValueBox(MetadataImage.empty)
    private let listeners = NIOLockedValueBox<[@Sendable (MetadataImage, MetadataImage) -> Void]>([])

    public init() {}

    public var current: MetadataImage { self.box.withLockedValue { $0 } }

    /// Calls `listener(old, new)` after each publication, on the publishing thread.
    public func subscribe(_ listener: @escaping @Sendable (MetadataImage, MetadataImage) -> Void) {
        self.listeners.withLockedValue { $0.append(listener) }
    }

    func publish(_ image: MetadataImage) {
        let old = self.box.withLockedValue { current -> MetadataImage in
            let old = current
            current = image
            return old
        }
        for listener in self.listeners.withLockedValue({ $0 }) { listener(old, image) }
    }
}

/// Kafka's security protocol ids (SecurityProtocol.java).
enum SecurityProtocol {
    static func id(_ name: String) -> Int16 {
        switch name {
        case "PLAINTEXT": return 0
        case "SSL": return 1
        case "SASL_PLAINTEXT": return 2
        case "SASL_SSL": return 3
        default: return 0
        }
    }
}
