// generated from group-coordinator/ConsumerGroupCurrentMemberAssignmentValue.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupCurrentMemberAssignmentValue: Kafka data, versions 0, flexible versions 0+.
public struct ConsumerGroupCurrentMemberAssignmentValue: ProtocolMessage {
    public static let messageName = "ConsumerGroupCurrentMemberAssignmentValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The current member epoch that is expected from the member in the heartbeat request.
    /// Versions 0+.
    public var memberEpoch: Int32 = 0
    /// If the last epoch bump is lost before reaching the member, the member will retry with the previous epoch.
    /// Versions 0+.
    public var previousMemberEpoch: Int32 = 0
    /// The member state. See MemberState for the possible values.
    /// Versions 0+.
    public var state: Int8 = 0
    /// The partitions assigned to (or owned by) this member.
    /// Versions 0+.
    public var assignedPartitions: [TopicPartitions] = []
    /// The partitions that must be revoked by this member.
    /// Versions 0+.
    public var partitionsPendingRevocation: [TopicPartitions] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        memberEpoch: Int32 = 0,
        previousMemberEpoch: Int32 = 0,
        state: Int8 = 0,
        assignedPartitions: [TopicPartitions] = [],
        partitionsPendingRevocation: [TopicPartitions] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.memberEpoch = memberEpoch
        self.previousMemberEpoch = previousMemberEpoch
        self.state = state
        self.assignedPartitions = assignedPartitions
        self.partitionsPendingRevocation = partitionsPendingRevocation
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.memberEpoch)
        writer.buffer.writeInteger(self.previousMemberEpoch)
        writer.buffer.writeInteger(self.state)
        writer.buffer.writeKafkaArrayCount(self.assignedPartitions.count, flexible: flexible)
        for element in self.assignedPartitions {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.partitionsPendingRevocation.count, flexible: flexible)
        for element in self.partitionsPendingRevocation {
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
        self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupCurrentMemberAssignmentValue.memberEpoch")
        self.previousMemberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupCurrentMemberAssignmentValue.previousMemberEpoch")
        self.state = try buffer.readKafkaInteger(as: Int8.self, "ConsumerGroupCurrentMemberAssignmentValue.state")
        self.assignedPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupCurrentMemberAssignmentValue.assignedPartitions") { elementBuffer in try TopicPartitions(from: &elementBuffer, version: version) }
        self.partitionsPendingRevocation = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupCurrentMemberAssignmentValue.partitionsPendingRevocation") { elementBuffer in try TopicPartitions(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupCurrentMemberAssignmentValue")
        }
    }

    /// TopicPartitions, in ConsumerGroupCurrentMemberAssignmentValue versions 0.
    public struct TopicPartitions: ProtocolStruct {
        /// The topic Id.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partition Ids.
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
            self.topicId = try buffer.readKafkaUuid("ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions")
            }
        }
    }
}
