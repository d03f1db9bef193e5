import KafkaProtocol

/// What the client knows about a cluster: brokers, topics, partitions, their leaders and leader
/// epochs, topic ids (Kafka's client-side `Cluster` and `MetadataCache`).
///
/// An immutable value; `KafkaCluster` replaces it as Metadata responses arrive (`merging`).
public struct ClusterMetadata: Sendable, Equatable {
    /// A broker as the cluster advertises it.
    public struct Broker: Sendable, Equatable {
        public var nodeId: Int32
        public var address: BrokerAddress
        public var rack: String?
    }

    /// A partition's replicas and leadership.
    public struct Partition: Sendable, Equatable {
        public var partition: Int32
        /// The leader's node id; nil while there is none (-1 on the wire).
        public var leaderId: Int32?
        /// The leader epoch, -1 when the broker does not send one (Metadata v6 and older).
        public var leaderEpoch: Int32
        public var replicas: [Int32]
        public var isr: [Int32]
        public var offlineReplicas: [Int32]
        /// The partition-level error (LEADER_NOT_AVAILABLE while an election runs, ...).
        public var error: ErrorCode
    }

    /// A topic and its partitions.
    public struct Topic: Sendable, Equatable {
        public var name: String
        /// Zero when the broker does not send topic ids (Metadata v9 and older).
        public var topicId: Uuid
        public var isInternal: Bool
        /// Partitions in partition order.
        public var partitions: [Partition]

        /// The partition with this index.
        public func partition(_ index: Int32) -> Partition? {
            if index >= 0 && Int(index) < self.partitions.count && self.partitions[Int(index)].partition == index {
                return self.partitions[Int(index)]
            }
            return self.partitions.first { $0.partition == index }
        }
    }

    public var clusterId: String?
    /// The controller's node id, nil when unknown.
    public var controllerId: Int32?
    public var brokers: [Int32: Broker]
    public var topics: [String: Topic]
    /// Topics the last response for them reported an error for (UNKNOWN_TOPIC_OR_PARTITION, ...).
    public var topicErrors: [String: ErrorCode]

    public init(
        clusterId: String? = nil, controllerId: Int32? = nil, brokers: [Int32: Broker] = [:],
        topics: [String: Topic] = [:], topicErrors: [String: ErrorCode] = [:]
    ) {
        self.clusterId = clusterId
        self.controllerId = controllerId
        self.brokers = brokers
        self.topics = topics
        self.topicErrors = topicErrors
    }

    /// The metadata after a Metadata response: brokers, cluster id and controller are replaced;
    /// topics in the response replace what was known (and topics answered with an error are
    /// dropped); with `allTopics`, topics missing from the response are dropped too.
    public func merging(_ response: MetadataResponse, allTopics: Bool) -> ClusterMetadata {
        var result = self
        result.clusterId = response.clusterId ?? self.clusterId
        result.controllerId = response.controllerId >= 0 ? response.controllerId : nil
        result.brokers = [:]
        for broker in response.brokers {
            result.brokers[broker.nodeId] = Broker(
                nodeId: broker.nodeId, address: BrokerAddress(host: broker.host, port: Int(broker.port)),
                rack: broker.rack)
        }
        if allTopics {
            result.topics = [:]
            result.topicErrors = [:]
        }
        for topic in response.topics {
            guard let name = topic.name else { continue }
            let error = ErrorCode(topic.errorCode)
            // LEADER_NOT_AVAILABLE at topic level comes with a just-created topic whose partitions
            // are still electing (Kafka MetadataResponse docs); keep whatever partitions came.
            if error.isError && topic.partitions.isEmpty {
                result.topics[name] = nil
                result.topicErrors[name] = error
                continue
            }
            result.topicErrors[name] = error.isError ? error : nil
            let partitions = topic.partitions.map { partition in
                Partition(
                    partition: partition.partitionIndex,
                    leaderId: partition.leaderId >= 0 ? partition.leaderId : nil,
                    leaderEpoch: partition.leaderEpoch, replicas: partition.replicaNodes, isr: partition.isrNodes,
                    offlineReplicas: partition.offlineReplicas, error: ErrorCode(partition.errorCode))
            }.sorted { $0.partition < $1.partition }
            result.topics[name] = Topic(
                name: name, topicId: topic.topicId, isInternal: topic.isInternal, partitions: partitions)
        }
        return result
    }

    /// The number of partitions of `topic`, nil when the topic is unknown.
    public func partitionCount(of topic: String) -> Int? { self.topics[topic]?.partitions.count }

    /// The partition's metadata, nil when unknown.
    public func partition(_ topicPartition: TopicPartition) -> Partition? {
        self.topics[topicPartition.topic]?.partition(topicPartition.partition)
    }

    /// The leader of a partition, nil when unknown or without a leader.
    public func leader(for topicPartition: TopicPartition) -> Broker? {
        guard let leaderId = self.partition(topicPartition)?.leaderId else { return nil }
        return self.brokers[leaderId]
    }

    /// Partitions of `topic` that have a leader the cluster advertises (Kafka
    /// Cluster.availablePartitionsForTopic), in partition order.
    public func availablePartitions(of topic: String) -> [Int32] {
        guard let topic = self.topics[topic] else { return [] }
        return topic.partitions.compactMap { partition in
            guard let leader = partition.leaderId, self.brokers[leader] != nil else { return nil }
            return partition.partition
        }
    }

    /// The topic's name for a topic id (Fetch v13+ answers by id).
    public func topicName(for topicId: Uuid) -> String? {
        self.topics.values.first { $0.topicId == topicId }?.name
    }
}
