import KafkaProtocol

/// The cluster metadata as of one offset of `__cluster_metadata`: an immutable value that request
/// handlers read, and that the metadata log replaces by applying records in order
/// (Kafka MetadataImage / MetadataDelta).
public struct MetadataImage: Sendable, Equatable {
    public struct Partition: Sendable, Equatable {
        public var replicas: [Int32]
        public var isr: [Int32]
        public var removingReplicas: [Int32] = []
        public var addingReplicas: [Int32] = []
        /// -1 when the partition has no leader.
        public var leader: Int32
        public var leaderEpoch: Int32
        public var partitionEpoch: Int32
        public var leaderRecoveryState: Int8 = 0
        public var directories: [Uuid] = []

        public init(replicas: [Int32], isr: [Int32], leader: Int32, leaderEpoch: Int32, partitionEpoch: Int32) {
            self.replicas = replicas
            self.isr = isr
            self.leader = leader
            self.leaderEpoch = leaderEpoch
            self.partitionEpoch = partitionEpoch
        }
    }

    public struct Topic: Sendable, Equatable {
        public var name: String
        public var id: Uuid
        public var partitions: [Int32: Partition]
    }

    public struct Broker: Sendable, Equatable {
        public var id: Int32
        public var epoch: Int64
        public var incarnationId: Uuid
        public var endpoints: [RegisterBrokerRecord.BrokerEndpoint]
        public var rack: String?
        public var fenced: Bool
        public var inControlledShutdown: Bool
    }

    /// A config owner: Kafka's ConfigResource type ids (2 topic, 4 broker, 8 broker logger, ...)
    /// and name ("" for cluster-wide broker defaults).
    public struct ConfigResource: Hashable, Sendable {
        public var type: Int8
        public var name: String

        public static let topicType: Int8 = 2
        public static let brokerType: Int8 = 4

        public init(type: Int8, name: String) {
            self.type = type
            self.name = name
        }

        public static func topic(_ name: String) -> ConfigResource { ConfigResource(type: topicType, name: name) }
    }

    public private(set) var topicsById: [Uuid: Topic] = [:]
    public private(set) var topicIdsByName: [String: Uuid] = [:]
    public private(set) var configs: [ConfigResource: [String: String]] = [:]
    public private(set) var brokers: [Int32: Broker] = [:]
    public private(set) var features: [String: Int16] = [:]
    /// The first producer id not yet handed out (ProducerIdsRecord.nextProducerId).
    public private(set) var nextProducerId: Int64 = 0
    /// The offset of the last record applied; -1 for the empty image.
    public private(set) var offset: Int64 = -1

    public init() {}

    public static let empty = MetadataImage()

    public func topic(named name: String) -> Topic? {
        self.topicIdsByName[name].flatMap { self.topicsById[$0] }
    }

    public func topicConfig(_ name: String) -> [String: String] {
        self.configs[.topic(name)] ?? [:]
    }

    /// Why a record could not be applied: the log refers to something that does not exist.
    public struct InconsistentRecord: Error, CustomStringConvertible {
        public var description: String
    }

    /// Applies one record, as of log offset `offset`.
    /// - Throws: `InconsistentRecord` when the record names an unknown topic or partition, or a
    ///   topic name or id already in use: the log is then not one this broker can trust.
    public mutating func apply(_ record: MetadataRecord, offset: Int64) throws {
        switch record {
        case .topic(let topic):
            guard self.topicIdsByName[topic.name] == nil, self.topicsById[topic.topicId] == nil else {
                throw InconsistentRecord(description: "topic \(topic.name) (\(topic.topicId)) already exists")
            }
            self.topicsById[topic.topicId] = Topic(name: topic.name, id: topic.topicId, partitions: [:])
            self.topicIdsByName[topic.name] = topic.topicId
        case .partition(let partition):
            guard var topic = self.topicsById[partition.topicId] else {
                throw InconsistentRecord(description: "partition \(partition.partitionId) of unknown topic \(partition.topicId)")
            }
            var image = Partition(
                replicas: partition.replicas, isr: partition.isr, leader: partition.leader,
                leaderEpoch: partition.leaderEpoch, partitionEpoch: partition.partitionEpoch)
            image.removingReplicas = partition.removingReplicas
            image.addingReplicas = partition.addingReplicas
            image.leaderRecoveryState = partition.leaderRecoveryState
            image.directories = partition.directories
            topic.partitions[partition.partitionId] = image
            self.topicsById[partition.topicId] = topic
        case .partitionChange(let change):
            guard var topic = self.topicsById[change.topicId], var partition = topic.partitions[change.partitionId] else {
                throw InconsistentRecord(description: "change to unknown partition \(change.topicId)-\(change.partitionId)")
            }
            Self.merge(change, into: &partition)
            topic.partitions[change.partitionId] = partition
            self.topicsById[change.topicId] = topic
        case .removeTopic(let remove):
            guard let topic = self.topicsById.removeValue(forKey: remove.topicId) else {
                throw InconsistentRecord(description: "removal of unknown topic \(remove.topicId)")
            }
            self.topicIdsByName[topic.name] = nil
            self.configs[.topic(topic.name)] = nil
        case .config(let config):
            let resource = ConfigResource(type: config.resourceType, name: config.resourceName)
            var values = self.configs[resource] ?? [:]
            values[config.name] = config.value
            self.configs[resource] = values.isEmpty ? nil : values
        case .registerBroker(let broker):
            self.brokers[broker.brokerId] = Broker(
                id: broker.brokerId, epoch: broker.brokerEpoch, incarnationId: broker.incarnationId,
                endpoints: broker.endPoints, rack: broker.rack, fenced: broker.fenced,
                inControlledShutdown: broker.inControlledShutdown)
        case .unregisterBroker(let broker):
            self.brokers[broker.brokerId] = nil
        case .fenceBroker(let fence):
            self.brokers[fence.id]?.fenced = true
        case .unfenceBroker(let unfence):
            self.brokers[unfence.id]?.fenced = false
        case .brokerRegistrationChange(let change):
            // Fenced: 1 fenced, -1 unfenced, 0 unchanged (BrokerRegistrationFencingChange).
            if change.fenced == 1 { self.brokers[change.brokerId]?.fenced = true }
            if change.fenced == -1 { self.brokers[change.brokerId]?.fenced = false }
            if change.inControlledShutdown == 1 { self.brokers[change.brokerId]?.inControlledShutdown = true }
        case .featureLevel(let feature):
            self.features[feature.name] = feature.featureLevel == 0 ? nil : feature.featureLevel
        case .producerIds(let ids):
            self.nextProducerId = max(self.nextProducerId, ids.nextProducerId)
        case .noOp, .other:
            break
        }
        self.offset = offset
    }

    /// PartitionChangeRecord semantics (Kafka PartitionRegistration.merge): null lists and the
    /// -2 leader mean "unchanged"; a new leader bumps the leader epoch; every change bumps the
    /// partition epoch.
    static func merge(_ change: PartitionChangeRecord, into partition: inout Partition) {
        if let isr = change.isr { partition.isr = isr }
        if let replicas = change.replicas { partition.replicas = replicas }
        if let removing = change.removingReplicas { partition.removingReplicas = removing }
        if let adding = change.addingReplicas { partition.addingReplicas = adding }
        if let directories = change.directories { partition.directories = directories }
        if change.leaderRecoveryState != -1 { partition.leaderRecoveryState = change.leaderRecoveryState }
        if change.leader != -2 && change.leader != partition.leader {
            partition.leader = change.leader
            partition.leaderEpoch += 1
        }
        partition.partitionEpoch += 1
    }
}
