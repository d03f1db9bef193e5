// generated from metadata/PartitionChangeRecord.json, do not edit (make regenerate)

import NIOCore

/// PartitionChangeRecord: Kafka metadata (key 5), versions 0-2, flexible versions 0+.
public struct PartitionChangeRecord: ProtocolMessage {
    public static let messageName = "PartitionChangeRecord"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 5

    /// The partition id.
    /// Versions 0+.
    public var partitionId: Int32 = -1
    /// The unique ID of this topic.
    /// Versions 0+.
    public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// null if the ISR didn't change; the new in-sync replicas otherwise.
    /// Versions 0+, nullable 0+, tag 0 in 0+.
    public var isr: [Int32]? = nil
    /// -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise.
    /// Versions 0+, tag 1 in 0+.
    public var leader: Int32 = -2
    /// null if the replicas didn't change; the new replicas otherwise.
    /// Versions 0+, nullable 0+, tag 2 in 0+.
    public var replicas: [Int32]? = nil
    /// null if the removing replicas didn't change; the new removing replicas otherwise.
    /// Versions 0+, nullable 0+, tag 3 in 0+.
    public var removingReplicas: [Int32]? = nil
    /// null if the adding replicas didn't change; the new adding replicas otherwise.
    /// Versions 0+, nullable 0+, tag 4 in 0+.
    public var addingReplicas: [Int32]? = nil
    /// -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering.
    /// Versions 0+, tag 5 in 0+.
    public var leaderRecoveryState: Int8 = -1
    /// null if the log dirs didn't change; the new log directory for each replica otherwise.
    /// Versions 1+, nullable 1+, tag 8 in 1+.
    public var directories: [KafkaProtocol.Uuid]? = nil
    /// null if the ELR didn't change; the new eligible leader replicas otherwise.
    /// Versions 2+, nullable 2+, tag 6 in 2+.
    public var eligibleLeaderReplicas: [Int32]? = nil
    /// null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise.
    /// Versions 2+, nullable 2+, tag 7 in 2+.
    public var lastKnownElr: [Int32]? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        partitionId: Int32 = -1,
        topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        isr: [Int32]? = nil,
        leader: Int32 = -2,
        replicas: [Int32]? = nil,
        removingReplicas: [Int32]? = nil,
        addingReplicas: [Int32]? = nil,
        leaderRecoveryState: Int8 = -1,
        directories: [KafkaProtocol.Uuid]? = nil,
        eligibleLeaderReplicas: [Int32]? = nil,
        lastKnownElr: [Int32]? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.partitionId = partitionId
        self.topicId = topicId
        self.isr = isr
        self.leader = leader
        self.replicas = replicas
        self.removingReplicas = removingReplicas
        self.addingReplicas = addingReplicas
        self.leaderRecoveryState = leaderRecoveryState
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
        if !(version >= 1) && self.directories != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionChangeRecord", field: "directories", version: version)
        }
        if !(version >= 2) && self.eligibleLeaderReplicas != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionChangeRecord", field: "eligibleLeaderReplicas", version: version)
        }
        if !(version >= 2) && self.lastKnownElr != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "PartitionChangeRecord", field: "lastKnownElr", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.isr != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.isr {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if self.leader != -2 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.leader)
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            if self.replicas != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.replicas {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
            }
            if self.removingReplicas != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.removingReplicas {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 3, data: fieldWriter.buffer))
            }
            if self.addingReplicas != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.addingReplicas {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeInteger(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 4, data: fieldWriter.buffer))
            }
            if self.leaderRecoveryState != -1 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.leaderRecoveryState)
                taggedFields.append(TaggedField(tag: 5, data: fieldWriter.buffer))
            }
            if version >= 1, self.directories != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.directories {
                    fieldWriter.buffer.writeKafkaArrayCount(value.count, flexible: true)
                    for element in value {
                        fieldWriter.buffer.writeKafkaUuid(element)
                    }
                } else {
                    fieldWriter.buffer.writeKafkaArrayCount(nil, flexible: true)
                }
                taggedFields.append(TaggedField(tag: 8, data: fieldWriter.buffer))
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
                taggedFields.append(TaggedField(tag: 6, data: fieldWriter.buffer))
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
                taggedFields.append(TaggedField(tag: 7, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.partitionId = try buffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.partitionId")
        self.topicId = try buffer.readKafkaUuid("PartitionChangeRecord.topicId")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("PartitionChangeRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("PartitionChangeRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.isr = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.isr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.isr") }
                case 1:
                    self.leader = try fieldBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.leader")
                case 2:
                    self.replicas = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.replicas") }
                case 3:
                    self.removingReplicas = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.removingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.removingReplicas") }
                case 4:
                    self.addingReplicas = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.addingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.addingReplicas") }
                case 5:
                    self.leaderRecoveryState = try fieldBuffer.readKafkaInteger(as: Int8.self, "PartitionChangeRecord.leaderRecoveryState")
                case 8 where version >= 1:
                    self.directories = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 16, "PartitionChangeRecord.directories") { elementBuffer in try elementBuffer.readKafkaUuid("PartitionChangeRecord.directories") }
                case 6 where version >= 2:
                    self.eligibleLeaderReplicas = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.eligibleLeaderReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.eligibleLeaderReplicas") }
                case 7 where version >= 2:
                    self.lastKnownElr = try fieldBuffer.readKafkaNullableArray(flexible: true, minimumElementSize: 4, "PartitionChangeRecord.lastKnownElr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "PartitionChangeRecord.lastKnownElr") }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
