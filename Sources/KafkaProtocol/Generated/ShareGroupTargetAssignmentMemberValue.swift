// generated from group-coordinator/ShareGroupTargetAssignmentMemberValue.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupTargetAssignmentMemberValue: Kafka data, versions 0, flexible versions 0+.
public struct ShareGroupTargetAssignmentMemberValue: ProtocolMessage {
    public static let messageName = "ShareGroupTargetAssignmentMemberValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The assigned partitions.
    /// Versions 0+.
    public var topicPartitions: [TopicPartition] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topicPartitions: [TopicPartition] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topicPartitions = topicPartitions
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.topicPartitions.count, flexible: flexible)
        for element in self.topicPartitions {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.topicPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupTargetAssignmentMemberValue.topicPartitions") { elementBuffer in try TopicPartition(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupTargetAssignmentMemberValue")
        }
    }

    /// TopicPartition, in ShareGroupTargetAssignmentMemberValue versions 0.
    public struct TopicPartition: ProtocolStruct {
        /// TopicId
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Partitions
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topicId = try buffer.readKafkaUuid("ShareGroupTargetAssignmentMemberValue.TopicPartition.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ShareGroupTargetAssignmentMemberValue.TopicPartition.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ShareGroupTargetAssignmentMemberValue.TopicPartition.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupTargetAssignmentMemberValue.TopicPartition")
            }
        }
    }
}
