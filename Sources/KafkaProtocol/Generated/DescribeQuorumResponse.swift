// generated from clients/DescribeQuorumResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeQuorumResponse: Kafka response (key 55), versions 0-2, flexible versions 0+.
public struct DescribeQuorumResponse: KafkaResponse {
    public static let messageName = "DescribeQuorumResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 55)
    public typealias Request = DescribeQuorumRequest

    /// The top level error code.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    /// Versions 2+, nullable 2+, ignorable.
    public var errorMessage: String? = ""
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Nodes
    /// Versions 2+.
    public var nodes: [Node] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        topics: [TopicData] = [],
        nodes: [Node] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.topics = topics
        self.nodes = nodes
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.errorCode)
        if version >= 2 {
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeQuorumResponse.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeQuorumResponse.errorMessage")
            }
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if version >= 2 {
            writer.buffer.writeKafkaArrayCount(self.nodes.count, flexible: flexible)
            for element in self.nodes {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 2) && self.nodes != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeQuorumResponse", field: "nodes", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeQuorumResponse.errorCode")
        if version >= 2 {
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeQuorumResponse.errorMessage")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if version >= 2 {
            self.nodes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.nodes") { elementBuffer in try Node(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse")
        }
    }

    /// TopicData, in DescribeQuorumResponse versions 0-2.
    public struct TopicData: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// Partitions
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitions: [PartitionData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "DescribeQuorumResponse.TopicData.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
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
            self.topicName = try buffer.readKafkaString(flexible: flexible, "DescribeQuorumResponse.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse.TopicData")
            }
        }
    }

    /// PartitionData, in DescribeQuorumResponse versions 0-2.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// ErrorCode
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 2+, nullable 2+, ignorable.
        public var errorMessage: String? = ""
        /// The ID of the current leader or -1 if the leader is unknown.
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// HighWatermark
        /// Versions 0+.
        public var highWatermark: Int64 = 0
        /// CurrentVoters
        /// Versions 0+.
        public var currentVoters: [ReplicaState] = []
        /// Observers
        /// Versions 0+.
        public var observers: [ReplicaState] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            highWatermark: Int64 = 0,
            currentVoters: [ReplicaState] = [],
            observers: [ReplicaState] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.highWatermark = highWatermark
            self.currentVoters = currentVoters
            self.observers = observers
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if version >= 2 {
                if let value = self.errorMessage {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeQuorumResponse.PartitionData.errorMessage")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeQuorumResponse.PartitionData.errorMessage")
                }
            }
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeInteger(self.highWatermark)
            writer.buffer.writeKafkaArrayCount(self.currentVoters.count, flexible: flexible)
            for element in self.currentVoters {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeKafkaArrayCount(self.observers.count, flexible: flexible)
            for element in self.observers {
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
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeQuorumResponse.PartitionData.errorCode")
            if version >= 2 {
                self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeQuorumResponse.PartitionData.errorMessage")
            }
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.PartitionData.leaderEpoch")
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.PartitionData.highWatermark")
            self.currentVoters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.PartitionData.currentVoters") { elementBuffer in try ReplicaState(from: &elementBuffer, version: version) }
            self.observers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.PartitionData.observers") { elementBuffer in try ReplicaState(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse.PartitionData")
            }
        }
    }

    /// Node, in DescribeQuorumResponse versions 2.
    public struct Node: ProtocolStruct {
        /// The ID of the associated node
        /// Versions 2+, map key.
        public var nodeId: Int32 = 0
        /// The listeners of this controller
        /// Versions 2+.
        public var listeners: [Listener] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            nodeId: Int32 = 0,
            listeners: [Listener] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.nodeId = nodeId
            self.listeners = listeners
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.nodeId)
            writer.buffer.writeKafkaArrayCount(self.listeners.count, flexible: flexible)
            for element in self.listeners {
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
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.Node.nodeId")
            self.listeners = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeQuorumResponse.Node.listeners") { elementBuffer in try Listener(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse.Node")
            }
        }
    }

    /// Listener, in DescribeQuorumResponse versions 2.
    public struct Listener: ProtocolStruct {
        /// The name of the endpoint
        /// Versions 2+, map key.
        public var name: String = ""
        /// The hostname
        /// Versions 2+.
        public var host: String = ""
        /// The port
        /// Versions 2+.
        public var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            host: String = "",
            port: UInt16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.host = host
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeQuorumResponse.Listener.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "DescribeQuorumResponse.Listener.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeQuorumResponse.Listener.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "DescribeQuorumResponse.Listener.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "DescribeQuorumResponse.Listener.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse.Listener")
            }
        }
    }

    /// ReplicaState, in DescribeQuorumResponse versions 0-2.
    public struct ReplicaState: ProtocolStruct {
        /// ReplicaId
        /// Versions 0+.
        public var replicaId: Int32 = 0
        /// ReplicaDirectoryId
        /// Versions 2+.
        public var replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The last known log end offset of the follower or -1 if it is unknown
        /// Versions 0+.
        public var logEndOffset: Int64 = 0
        /// The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter
        /// Versions 1+, ignorable.
        public var lastFetchTimestamp: Int64 = -1
        /// The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter
        /// Versions 1+, ignorable.
        public var lastCaughtUpTimestamp: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            replicaId: Int32 = 0,
            replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            logEndOffset: Int64 = 0,
            lastFetchTimestamp: Int64 = -1,
            lastCaughtUpTimestamp: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.replicaId = replicaId
            self.replicaDirectoryId = replicaDirectoryId
            self.logEndOffset = logEndOffset
            self.lastFetchTimestamp = lastFetchTimestamp
            self.lastCaughtUpTimestamp = lastCaughtUpTimestamp
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.replicaId)
            if version >= 2 {
                writer.buffer.writeKafkaUuid(self.replicaDirectoryId)
            }
            if !(version >= 2) && self.replicaDirectoryId != KafkaProtocol.Uuid.zero {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeQuorumResponse.ReplicaState", field: "replicaDirectoryId", version: version)
            }
            writer.buffer.writeInteger(self.logEndOffset)
            if version >= 1 {
                writer.buffer.writeInteger(self.lastFetchTimestamp)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.lastCaughtUpTimestamp)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "DescribeQuorumResponse.ReplicaState.replicaId")
            if version >= 2 {
                self.replicaDirectoryId = try buffer.readKafkaUuid("DescribeQuorumResponse.ReplicaState.replicaDirectoryId")
            }
            self.logEndOffset = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.logEndOffset")
            if version >= 1 {
                self.lastFetchTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.lastFetchTimestamp")
            }
            if version >= 1 {
                self.lastCaughtUpTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DescribeQuorumResponse.ReplicaState.lastCaughtUpTimestamp")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeQuorumResponse.ReplicaState")
            }
        }
    }
}

extension Array where Element == DescribeQuorumResponse.Node {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}

extension Array where Element == DescribeQuorumResponse.Listener {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
