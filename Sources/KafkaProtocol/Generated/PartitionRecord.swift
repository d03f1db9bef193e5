// generated from metadata/PartitionRecord.json, do not edit (make regenerate)

import NIOCore

/// PartitionRecord: Kafka metadata (key 3), versions 0-2, flexible versions 0+.
public struct PartitionRecord: ProtocolMessage {
    public static let messageName = "PartitionRecord"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 3

    /// The partition id.
    /// Versions 0+.
    public var partitionId: Int32 = -1
    /// The unique ID of this topic.
    /// Versions 0+.
    public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The replicas of this partition, sorted by preferred order.
    /// Versions 0+.
    public var replicas: [Int32] = []
    /// The in-sync replicas of this partition
    /// Versions 0+.
    public var isr: [Int32] = []
    /// The replicas that we are in the process of removing.
    /// Versions 0+.
    public var removingReplicas: [Int32] = []
    /// The replicas that we are in the process of adding.
    /// Versions 0+.
    public var addingReplicas: [Int32] = []
    /// The lead replica, or -1 if there is no leader.
    /// Versions 0+.
    public var leader: Int32 = -1
    /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
    /// Versions 0+, tag 0 in 0+.
    public var leaderRecoveryState: Int8 = 0
    /// The epoch of the partition leader.
    /// Versions 0+.
    public var leaderEpoch: Int32 = -1
    /// An epoch that gets incremented each time we change anything in the partition.
    /// Versions 0+.
    public var partitionEpoch: Int32 = -1
    /// The log directory hosting each replica, sorted in the same exact order as the Replicas field.
    /// Versions 1+.
    public var directories: [KafkaProtocol.Uuid] = []
    /// The eligible leader replicas of this partition.
    /// Versions 2+, nullable 2+, tag 1 in 2+.
    public var eligibleLeaderReplicas: [Int32]? = nil
    /// The last known eligible leader replicas of this partition.
    /// Versions 2+, nullable 2+, tag 2 in 2+.
    public var lastKnownElr: [Int32]? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        partitionId: Int32 = -1,
        topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        replicas: [Int32] = [],
        isr: [Int32] = [],
        removingReplicas: [Int32] = [],
        addingReplicas: [Int32] = [],
        leader: Int32 = -1,
        leaderRecoveryState: Int8 = 0,
        leaderEpoch: Int32 = -1,
        partitionEpoch: Int32 = -1,
        directories: [KafkaProtocol.Uuid] = [],
        eligibleLeaderReplicas: [Int32]? = nil,
        lastKnownElr: [Int32]? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.partitionId = partitionId
        self.topicId = topicId
        self.replicas = replicas
        self.isr = isr
        self.removingReplicas = removingReplicas
        self.addingReplicas = addingReplicas
        self.leader = leader
        self.leaderRecoveryState = leaderRecoveryState
        self.leaderEpoch = leaderEpoch
        self.partitionEpoch = partitionEpoch
        self.directories = directories
        self.eligibleLeaderReplicas = eligibleLeaderReplicas
        self.lastKnownElr = lastKnownElr
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.partitionId)
        writer.buffer.writeKafkaUuid(self.topicId)
        writer.buffer.writeKafkaArrayCount(self.replicas.count, flexible: flexible)
        for element in self.replicas {
            writer.buffer.writeInteger(element)
        }
        writer.buffer.writeKafkaArrayCount(self.isr.count, flexible: flexible)
        for element in self.isr {
            writer.buffer.writeInteger(element)
        }
        writer.buffer.writeKafkaArrayCount(self.removingReplicas.count, flexible: flexible)
        for element in self.removingReplicas {
            writer.buffer.writeInteger(element)
        }
        writer.buffer.writeKafkaArrayCount(self.addingReplicas.count, flexible: flexible)
        for element in self.addingReplicas {
            writer.buffer.writeInteger(element)
        }
        writer.buffer.writeInteger(self.leader)
        writer.buffer.writeInteger(self.leaderEpoch)
        writer.buffer.writeInteger(self.partitionEpoch)
        if version >= 1 {
            writer.buffer.writeKafkaArrayCount(self.directories.count, flexible: flexible)
            for element in self.directories {
                writer.buffer.writeKafkaUuid(element)
            }
        }
        if !(version >= 1) && self.directories != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionRecord", field: "directories", version: version)
        }
        if !(version >= 2) && self.eligibleLeaderReplicas != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionRecord", field: "eligibleLeaderReplicas", version: version)
        }
        if !(version >= 2) && self.lastKnownElr != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionRecord", field: "lastKnownElr", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.leaderRecoveryState != 0 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.leaderRecoveryState)
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if version >= 2, self.eligibleLeaderReplicas != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.eligibleLeaderReplicas {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            if version >= 2, self.lastKnownElr != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.lastKnownElr {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.partitionId = try buffer.readKafkaInteger(as: Int32.self, "PartitionRecord.partitionId")
        self.topicId = try buffer.readKafkaUuid("PartitionRecord.topicId")
        self.replicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "PartitionRecord.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.replicas") }
        self.isr = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "PartitionRecord.isr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.isr") }
        self.removingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "PartitionRecord.removingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.removingReplicas") }
        self.addingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "PartitionRecord.addingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.addingReplicas") }
        self.leader = try buffer.readKafkaInteger(as: Int32.self, "PartitionRecord.leader")
        self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "PartitionRecord.leaderEpoch")
        self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self, "PartitionRecord.partitionEpoch")
        if version >= 1 {
            self.directories = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 16, "PartitionRecord.directories") { elementBuffer in try elementBuffer.readKafkaUuid("PartitionRecord.directories") }
        }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("PartitionRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("PartitionRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.leaderRecoveryState = try fieldBuffer.readKafkaInteger(as: Int8.self, "PartitionRecord.leaderRecoveryState")
                case 1 where version >= 2:
                    self.eligibleLeaderReplicas = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionRecord.eligibleLeaderReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.eligibleLeaderReplicas") }
                case 2 where version >= 2:
                    self.lastKnownElr = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionRecord.lastKnownElr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionRecord.lastKnownElr") }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
