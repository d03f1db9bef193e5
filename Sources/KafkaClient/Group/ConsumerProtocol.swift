import KafkaProtocol
import NIOCore

/// The bytes of the consumer protocol (protocol type `consumer`) inside JoinGroup metadata and
/// SyncGroup assignments: an INT16 version, then the ConsumerProtocolSubscription or
/// ConsumerProtocolAssignment struct at that version (Kafka ConsumerProtocol.java). The same
/// layout is written by the Java client and librdkafka, so mixed groups can share assignors.
public enum ConsumerProtocol {
    /// The protocol type consumers join with.
    public static let protocolType = "consumer"
    /// The subscription version written: v3 carries owned partitions, generation and rack.
    public static let subscriptionVersion: Int16 = 3
    /// The assignment version written (v1-3 share the v0 layout, as Kafka writes v3).
    public static let assignmentVersion: Int16 = 3

    /// Encodes a subscription at `version` (lower versions drop the newer fields).
    public static func encode(_ subscription: GroupSubscription, version: Int16 = subscriptionVersion) throws
        -> ByteBuffer
    {
        var message = ConsumerProtocolSubscription()
        message.topics = subscription.topics
        message.userData = subscription.userData
        message.ownedPartitions = Self.grouped(subscription.ownedPartitions).map {
            ConsumerProtocolSubscription.TopicPartition(topic: $0.0, partitions: $0.1)
        }
        message.generationId = subscription.generationId
        message.rackId = subscription.rackId
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        var body = try message.encoded(version: version)
        buffer.writeBuffer(&body)
        return buffer
    }

    /// Decodes a subscription; a version above the highest known is read as the highest, since
    /// newer versions only append fields (Kafka ConsumerProtocol.deserializeSubscription).
    /// - Throws: `ProtocolDecodingError` for truncated or malformed bytes.
    public static func decodeSubscription(_ bytes: ByteBuffer) throws -> GroupSubscription {
        var buffer = bytes
        let version = try Self.readVersion(&buffer, ConsumerProtocolSubscription.validVersions)
        let message = try ConsumerProtocolSubscription.decode(from: &buffer, version: version)
        return GroupSubscription(
            topics: message.topics, userData: message.userData,
            ownedPartitions: message.ownedPartitions.flatMap { topic in
                topic.partitions.map { TopicPartition(topic: topic.topic, partition: $0) }
            }, generationId: message.generationId, rackId: message.rackId)
    }

    /// Encodes an assignment.
    public static func encode(_ assignment: GroupAssignment, version: Int16 = assignmentVersion) throws -> ByteBuffer {
        var message = ConsumerProtocolAssignment()
        message.assignedPartitions = Self.grouped(assignment.partitions).map {
            ConsumerProtocolAssignment.TopicPartition(topic: $0.0, partitions: $0.1)
        }
        message.userData = assignment.userData
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        var body = try message.encoded(version: version)
        buffer.writeBuffer(&body)
        return buffer
    }

    /// Decodes an assignment; empty bytes are an empty assignment (what a coordinator sends a
    /// member the leader gave nothing, Kafka ConsumerCoordinator.onJoinComplete).
    /// - Throws: `ProtocolDecodingError` for truncated or malformed bytes.
    public static func decodeAssignment(_ bytes: ByteBuffer) throws -> GroupAssignment {
        guard bytes.readableBytes > 0 else { return GroupAssignment(partitions: []) }
        var buffer = bytes
        let version = try Self.readVersion(&buffer, ConsumerProtocolAssignment.validVersions)
        let message = try ConsumerProtocolAssignment.decode(from: &buffer, version: version)
        return GroupAssignment(
            partitions: message.assignedPartitions.flatMap { topic in
                topic.partitions.map { TopicPartition(topic: topic.topic, partition: $0) }
            }, userData: message.userData)
    }

    private static func readVersion(_ buffer: inout ByteBuffer, _ valid: VersionRange) throws -> Int16 {
        let version = try buffer.readKafkaInteger(as: Int16.self, "ConsumerProtocol.version")
        guard version >= 0 else {
            throw ProtocolDecodingError.unsupportedVersion(what: "ConsumerProtocol", version: version)
        }
        return min(version, valid.highest)
    }

    /// Partitions grouped by topic, topics in name order and partitions ascending.
    static func grouped(_ partitions: [TopicPartition]) -> [(String, [Int32])] {
        Dictionary(grouping: partitions, by: \.topic).sorted { $0.key < $1.key }.map {
            ($0.key, $0.value.map(\.partition).sorted())
        }
    }
}
