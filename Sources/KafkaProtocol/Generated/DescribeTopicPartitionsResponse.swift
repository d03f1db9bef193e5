// generated from clients/DescribeTopicPartitionsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeTopicPartitionsResponse: Kafka response (key 75), versions 0, flexible versions 0+.
public struct DescribeTopicPartitionsResponse: KafkaResponse {
    public static let messageName = "DescribeTopicPartitionsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 75)
    public typealias Request = DescribeTopicPartitionsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    /// Versions 0+.
    public var topics: [DescribeTopicPartitionsResponseTopic] = []
    /// The next topic and partition index to fetch details for.
    /// Versions 0+, nullable 0+.
    public var nextCursor: Cursor? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [DescribeTopicPartitionsResponseTopic] = [],
        nextCursor: Cursor? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.nextCursor = nextCursor
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if let value = self.nextCursor {
            writer.buffer.writeInteger(Int8(1))
            try value.write(to: &writer, version: version)
        } else {
            writer.buffer.writeInteger(Int8(-1))
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.throttleTimeMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTopicPartitionsResponse.topics") { elementBuffer in try DescribeTopicPartitionsResponseTopic(from: &elementBuffer, version: version) }
        self.nextCursor = try buffer.readKafkaInteger(as: Int8.self, "DescribeTopicPartitionsResponse.nextCursor") < 0 ? nil : try Cursor(from: &buffer, version: version)
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsResponse")
        }
    }

    /// DescribeTopicPartitionsResponseTopic, in DescribeTopicPartitionsResponse versions 0.
    public struct DescribeTopicPartitionsResponseTopic: ProtocolStruct {
        /// The topic error, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The topic name.
        /// Versions 0+, nullable 0+, map key.
        public var name: String? = ""
        /// The topic id.
        /// Versions 0+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// True if the topic is internal.
        /// Versions 0+, ignorable.
        public var isInternal: Bool = false
        /// Each partition in the topic.
        /// Versions 0+.
        public var partitions: [DescribeTopicPartitionsResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        /// Versions 0+.
        public var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            name: String? = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            isInternal: Bool = false,
            partitions: [DescribeTopicPartitionsResponsePartition] = [],
            topicAuthorizedOperations: Int32 = -2147483648,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.name = name
            self.topicId = topicId
            self.isInternal = isInternal
            self.partitions = partitions
            self.topicAuthorizedOperations = topicAuthorizedOperations
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.name {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.name")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.name")
            }
            writer.buffer.writeKafkaUuid(self.topicId)
            writer.buffer.writeKafkaBool(self.isInternal)
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeInteger(self.topicAuthorizedOperations)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.errorCode")
            self.name = try buffer.readKafkaNullableString(flexible: flexible, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.name")
            self.topicId = try buffer.readKafkaUuid("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.topicId")
            self.isInternal = try buffer.readKafkaBool("DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.isInternal")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.partitions") { elementBuffer in try DescribeTopicPartitionsResponsePartition(from: &elementBuffer, version: version) }
            self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.topicAuthorizedOperations")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic")
            }
        }
    }

    /// DescribeTopicPartitionsResponsePartition, in DescribeTopicPartitionsResponse versions 0.
    public struct DescribeTopicPartitionsResponsePartition: ProtocolStruct {
        /// The partition error, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The ID of the leader broker.
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The leader epoch of this partition.
        /// Versions 0+, ignorable.
        public var leaderEpoch: Int32 = -1
        /// The set of all nodes that host this partition.
        /// Versions 0+.
        public var replicaNodes: [Int32] = []
        /// The set of nodes that are in sync with the leader for this partition.
        /// Versions 0+.
        public var isrNodes: [Int32] = []
        /// The new eligible leader replicas otherwise.
        /// Versions 0+, nullable 0+.
        public var eligibleLeaderReplicas: [Int32]? = nil
        /// The last known ELR.
        /// Versions 0+, nullable 0+.
        public var lastKnownElr: [Int32]? = nil
        /// The set of offline replicas of this partition.
        /// Versions 0+, ignorable.
        public var offlineReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            partitionIndex: Int32 = 0,
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = -1,
            replicaNodes: [Int32] = [],
            isrNodes: [Int32] = [],
            eligibleLeaderReplicas: [Int32]? = nil,
            lastKnownElr: [Int32]? = nil,
            offlineReplicas: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.partitionIndex = partitionIndex
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.replicaNodes = replicaNodes
            self.isrNodes = isrNodes
            self.eligibleLeaderReplicas = eligibleLeaderReplicas
            self.lastKnownElr = lastKnownElr
            self.offlineReplicas = offlineReplicas
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeKafkaArrayCount(self.replicaNodes.count, flexible: flexible)
            for element in self.replicaNodes {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeKafkaArrayCount(self.isrNodes.count, flexible: flexible)
            for element in self.isrNodes {
                writer.buffer.writeInteger(element)
            }
            if let value = self.eligibleLeaderReplicas {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    writer.buffer.writeInteger(element)
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
            if let value = self.lastKnownElr {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    writer.buffer.writeInteger(element)
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
            writer.buffer.writeKafkaArrayCount(self.offlineReplicas.count, flexible: flexible)
            for element in self.offlineReplicas {
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
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.errorCode")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.partitionIndex")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.leaderEpoch")
            self.replicaNodes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.replicaNodes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.replicaNodes") }
            self.isrNodes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.isrNodes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.isrNodes") }
            self.eligibleLeaderReplicas = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.eligibleLeaderReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.eligibleLeaderReplicas") }
            self.lastKnownElr = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.lastKnownElr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.lastKnownElr") }
            self.offlineReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.offlineReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.offlineReplicas") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition")
            }
        }
    }

    /// Cursor, in DescribeTopicPartitionsResponse versions 0.
    public struct Cursor: ProtocolStruct {
        /// The name for the first topic to process
        /// Versions 0+.
        public var topicName: String = ""
        /// The partition index to start with
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionIndex: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "DescribeTopicPartitionsResponse.Cursor.topicName")
            writer.buffer.writeInteger(self.partitionIndex)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topicName = try buffer.readKafkaString(flexible: flexible, "DescribeTopicPartitionsResponse.Cursor.topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeTopicPartitionsResponse.Cursor.partitionIndex")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTopicPartitionsResponse.Cursor")
            }
        }
    }
}

extension Array where Element == DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String?) -> Element? {
        self.first { $0.name == name }
    }
}
