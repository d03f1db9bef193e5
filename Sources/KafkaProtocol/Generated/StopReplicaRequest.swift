// generated from clients/StopReplicaRequest.json, do not edit (make regenerate)

import NIOCore

/// StopReplicaRequest: Kafka request (key 5), versions 0-4, flexible versions 2+.
public struct StopReplicaRequest: KafkaRequest {
    public static let messageName = "StopReplicaRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 5)
    public typealias Response = StopReplicaResponse

    /// The controller id.
    /// Versions 0+.
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    /// Versions 4+.
    public var isKRaftController: Bool = false
    /// The controller epoch.
    /// Versions 0+.
    public var controllerEpoch: Int32 = 0
    /// The broker epoch.
    /// Versions 1+, ignorable.
    public var brokerEpoch: Int64 = -1
    /// Whether these partitions should be deleted.
    /// Versions 0-2.
    public var deletePartitions: Bool = false
    /// The partitions to stop.
    /// Versions 0.
    public var ungroupedPartitions: [StopReplicaPartitionV0] = []
    /// The topics to stop.
    /// Versions 1-2.
    public var topics: [StopReplicaTopicV1] = []
    /// Each topic.
    /// Versions 3+.
    public var topicStates: [StopReplicaTopicState] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        controllerId: Int32 = 0,
        isKRaftController: Bool = false,
        controllerEpoch: Int32 = 0,
        brokerEpoch: Int64 = -1,
        deletePartitions: Bool = false,
        ungroupedPartitions: [StopReplicaPartitionV0] = [],
        topics: [StopReplicaTopicV1] = [],
        topicStates: [StopReplicaTopicState] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.controllerId = controllerId
        self.isKRaftController = isKRaftController
        self.controllerEpoch = controllerEpoch
        self.brokerEpoch = brokerEpoch
        self.deletePartitions = deletePartitions
        self.ungroupedPartitions = ungroupedPartitions
        self.topics = topics
        self.topicStates = topicStates
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.controllerId)
        if version >= 4 {
            writer.buffer.writeKafkaBool(self.isKRaftController)
        }
        if !(version >= 4) && self.isKRaftController != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "isKRaftController", version: version)
        }
        writer.buffer.writeInteger(self.controllerEpoch)
        if version >= 1 {
            writer.buffer.writeInteger(self.brokerEpoch)
        }
        if version <= 2 {
            writer.buffer.writeKafkaBool(self.deletePartitions)
        }
        if !(version <= 2) && self.deletePartitions != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "deletePartitions", version: version)
        }
        if version <= 0 {
            writer.buffer.writeKafkaArrayCount(self.ungroupedPartitions.count, flexible: flexible)
            for element in self.ungroupedPartitions {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 0) && self.ungroupedPartitions != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "ungroupedPartitions", version: version)
        }
        if version >= 1 && version <= 2 {
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 1 && version <= 2) && self.topics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "topics", version: version)
        }
        if version >= 3 {
            writer.buffer.writeKafkaArrayCount(self.topicStates.count, flexible: flexible)
            for element in self.topicStates {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 3) && self.topicStates != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "topicStates", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.controllerId")
        if version >= 4 {
            self.isKRaftController = try buffer.readKafkaBool("StopReplicaRequest.isKRaftController")
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.controllerEpoch")
        if version >= 1 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "StopReplicaRequest.brokerEpoch")
        }
        if version <= 2 {
            self.deletePartitions = try buffer.readKafkaBool("StopReplicaRequest.deletePartitions")
        }
        if version <= 0 {
            self.ungroupedPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "StopReplicaRequest.ungroupedPartitions") { elementBuffer in try StopReplicaPartitionV0(from: &elementBuffer, version: version) }
        }
        if version >= 1 && version <= 2 {
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "StopReplicaRequest.topics") { elementBuffer in try StopReplicaTopicV1(from: &elementBuffer, version: version) }
        }
        if version >= 3 {
            self.topicStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "StopReplicaRequest.topicStates") { elementBuffer in try StopReplicaTopicState(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaRequest")
        }
    }

    /// StopReplicaPartitionV0, in StopReplicaRequest versions 0.
    public struct StopReplicaPartitionV0: ProtocolStruct {
        /// The topic name.
        /// Versions 0.
        public var topicName: String = ""
        /// The partition index.
        /// Versions 0.
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
            let flexible = false
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "StopReplicaRequest.StopReplicaPartitionV0.topicName")
            writer.buffer.writeInteger(self.partitionIndex)
            if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest.StopReplicaPartitionV0", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = false
            self.topicName = try buffer.readKafkaString(flexible: flexible, "StopReplicaRequest.StopReplicaPartitionV0.topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.StopReplicaPartitionV0.partitionIndex")
        }
    }

    /// StopReplicaTopicV1, in StopReplicaRequest versions 1-2.
    public struct StopReplicaTopicV1: ProtocolStruct {
        /// The topic name.
        /// Versions 1-2.
        public var name: String = ""
        /// The partition indexes.
        /// Versions 1-2.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitionIndexes: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitionIndexes = partitionIndexes
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "StopReplicaRequest.StopReplicaTopicV1.name")
            writer.buffer.writeKafkaArrayCount(self.partitionIndexes.count, flexible: flexible)
            for element in self.partitionIndexes {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaRequest.StopReplicaTopicV1", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "StopReplicaRequest.StopReplicaTopicV1.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "StopReplicaRequest.StopReplicaTopicV1.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.StopReplicaTopicV1.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaRequest.StopReplicaTopicV1")
            }
        }
    }

    /// StopReplicaTopicState, in StopReplicaRequest versions 3-4.
    public struct StopReplicaTopicState: ProtocolStruct {
        /// The topic name.
        /// Versions 3+.
        public var topicName: String = ""
        /// The state of each partition
        /// Versions 3+.
        public var partitionStates: [StopReplicaPartitionState] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionStates: [StopReplicaPartitionState] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionStates = partitionStates
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "StopReplicaRequest.StopReplicaTopicState.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitionStates.count, flexible: flexible)
            for element in self.partitionStates {
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
            self.topicName = try buffer.readKafkaString(flexible: flexible, "StopReplicaRequest.StopReplicaTopicState.topicName")
            self.partitionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "StopReplicaRequest.StopReplicaTopicState.partitionStates") { elementBuffer in try StopReplicaPartitionState(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaRequest.StopReplicaTopicState")
            }
        }
    }

    /// StopReplicaPartitionState, in StopReplicaRequest versions 3-4.
    public struct StopReplicaPartitionState: ProtocolStruct {
        /// The partition index.
        /// Versions 3+.
        public var partitionIndex: Int32 = 0
        /// The leader epoch.
        /// Versions 3+.
        public var leaderEpoch: Int32 = -1
        /// Whether this partition should be deleted.
        /// Versions 3+.
        public var deletePartition: Bool = false
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            leaderEpoch: Int32 = -1,
            deletePartition: Bool = false,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.leaderEpoch = leaderEpoch
            self.deletePartition = deletePartition
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeKafkaBool(self.deletePartition)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.StopReplicaPartitionState.partitionIndex")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaRequest.StopReplicaPartitionState.leaderEpoch")
            self.deletePartition = try buffer.readKafkaBool("StopReplicaRequest.StopReplicaPartitionState.deletePartition")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaRequest.StopReplicaPartitionState")
            }
        }
    }
}
