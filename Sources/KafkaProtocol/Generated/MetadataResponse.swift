// generated from clients/MetadataResponse.json, do not edit (make regenerate)

import NIOCore

/// MetadataResponse: Kafka response (key 3), versions 0-12, flexible versions 9+.
public struct MetadataResponse: KafkaResponse {
    public static let messageName = "MetadataResponse"
    public static let validVersions = VersionRange(0, 12)
    public static let flexibleVersions = VersionRange(9, 32767)
    public static let apiKey = ApiKey(rawValue: 3)
    public typealias Request = MetadataRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 3+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// A list of brokers present in the cluster.
    /// Versions 0+.
    public var brokers: [MetadataResponseBroker] = []
    /// The cluster ID that responding broker belongs to.
    /// Versions 2+, nullable 2+, ignorable.
    public var clusterId: String? = nil
    /// The ID of the controller broker.
    /// Versions 1+, ignorable.
    public var controllerId: Int32 = -1
    /// Each topic in the response.
    /// Versions 0+.
    public var topics: [MetadataResponseTopic] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    /// Versions 8-10.
    public var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        brokers: [MetadataResponseBroker] = [],
        clusterId: String? = nil,
        controllerId: Int32 = -1,
        topics: [MetadataResponseTopic] = [],
        clusterAuthorizedOperations: Int32 = -2147483648,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.brokers = brokers
        self.clusterId = clusterId
        self.controllerId = controllerId
        self.topics = topics
        self.clusterAuthorizedOperations = clusterAuthorizedOperations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 9
        if version >= 3 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.brokers.count, flexible: flexible)
        for element in self.brokers {
            try element.write(to: &writer, version: version)
        }
        if version >= 2 {
            if let value = self.clusterId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "MetadataResponse.clusterId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "MetadataResponse.clusterId")
            }
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.controllerId)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if version >= 8 && version <= 10 {
            writer.buffer.writeInteger(self.clusterAuthorizedOperations)
        }
        if !(version >= 8 && version <= 10) && self.clusterAuthorizedOperations != -2147483648 {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse", field: "clusterAuthorizedOperations", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 9
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.throttleTimeMs")
        }
        self.brokers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "MetadataResponse.brokers") { elementBuffer in try MetadataResponseBroker(from: &elementBuffer, version: version) }
        if version >= 2 {
            self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "MetadataResponse.clusterId")
        }
        if version >= 1 {
            self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.controllerId")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "MetadataResponse.topics") { elementBuffer in try MetadataResponseTopic(from: &elementBuffer, version: version) }
        if version >= 8 && version <= 10 {
            self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.clusterAuthorizedOperations")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataResponse")
        }
    }

    /// MetadataResponseBroker, in MetadataResponse versions 0-12.
    public struct MetadataResponseBroker: ProtocolStruct {
        /// The broker ID.
        /// Versions 0+, map key.
        public var nodeId: Int32 = 0
        /// The broker hostname.
        /// Versions 0+.
        public var host: String = ""
        /// The broker port.
        /// Versions 0+.
        public var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        /// Versions 1+, nullable 1+, ignorable.
        public var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            nodeId: Int32 = 0,
            host: String = "",
            port: Int32 = 0,
            rack: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.nodeId = nodeId
            self.host = host
            self.port = port
            self.rack = rack
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            writer.buffer.writeInteger(self.nodeId)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "MetadataResponse.MetadataResponseBroker.host")
            writer.buffer.writeInteger(self.port)
            if version >= 1 {
                if let value = self.rack {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "MetadataResponse.MetadataResponseBroker.rack")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "MetadataResponse.MetadataResponseBroker.rack")
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse.MetadataResponseBroker", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseBroker.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "MetadataResponse.MetadataResponseBroker.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseBroker.port")
            if version >= 1 {
                self.rack = try buffer.readKafkaNullableString(flexible: flexible, "MetadataResponse.MetadataResponseBroker.rack")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataResponse.MetadataResponseBroker")
            }
        }
    }

    /// MetadataResponseTopic, in MetadataResponse versions 0-12.
    public struct MetadataResponseTopic: ProtocolStruct {
        /// The topic error, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated.
        /// Versions 0+, nullable 12+, map key.
        public var name: String? = ""
        /// The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
        /// Versions 10+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// True if the topic is internal.
        /// Versions 1+, ignorable.
        public var isInternal: Bool = false
        /// Each partition in the topic.
        /// Versions 0+.
        public var partitions: [MetadataResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        /// Versions 8+.
        public var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            name: String? = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            isInternal: Bool = false,
            partitions: [MetadataResponsePartition] = [],
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
            let flexible = version >= 9
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.name {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "MetadataResponse.MetadataResponseTopic.name")
            } else if version >= 12 {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "MetadataResponse.MetadataResponseTopic.name")
            } else {
                throw ProtocolEncodingError.nullNotAllowed(message: "MetadataResponse.MetadataResponseTopic", field: "name", version: version)
            }
            if version >= 10 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            if version >= 1 {
                writer.buffer.writeKafkaBool(self.isInternal)
            }
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if version >= 8 {
                writer.buffer.writeInteger(self.topicAuthorizedOperations)
            }
            if !(version >= 8) && self.topicAuthorizedOperations != -2147483648 {
                throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse.MetadataResponseTopic", field: "topicAuthorizedOperations", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse.MetadataResponseTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "MetadataResponse.MetadataResponseTopic.errorCode")
            self.name = try version >= 12 ? buffer.readKafkaNullableString(flexible: flexible, "MetadataResponse.MetadataResponseTopic.name") : buffer.readKafkaString(flexible: flexible, "MetadataResponse.MetadataResponseTopic.name")
            if version >= 10 {
                self.topicId = try buffer.readKafkaUuid("MetadataResponse.MetadataResponseTopic.topicId")
            }
            if version >= 1 {
                self.isInternal = try buffer.readKafkaBool("MetadataResponse.MetadataResponseTopic.isInternal")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "MetadataResponse.MetadataResponseTopic.partitions") { elementBuffer in try MetadataResponsePartition(from: &elementBuffer, version: version) }
            if version >= 8 {
                self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponseTopic.topicAuthorizedOperations")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataResponse.MetadataResponseTopic")
            }
        }
    }

    /// MetadataResponsePartition, in MetadataResponse versions 0-12.
    public struct MetadataResponsePartition: ProtocolStruct {
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
        /// Versions 7+, ignorable.
        public var leaderEpoch: Int32 = -1
        /// The set of all nodes that host this partition.
        /// Versions 0+.
        public var replicaNodes: [Int32] = []
        /// The set of nodes that are in sync with the leader for this partition.
        /// Versions 0+.
        public var isrNodes: [Int32] = []
        /// The set of offline replicas of this partition.
        /// Versions 5+, ignorable.
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
            offlineReplicas: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.partitionIndex = partitionIndex
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.replicaNodes = replicaNodes
            self.isrNodes = isrNodes
            self.offlineReplicas = offlineReplicas
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.leaderId)
            if version >= 7 {
                writer.buffer.writeInteger(self.leaderEpoch)
            }
            writer.buffer.writeKafkaArrayCount(self.replicaNodes.count, flexible: flexible)
            for element in self.replicaNodes {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeKafkaArrayCount(self.isrNodes.count, flexible: flexible)
            for element in self.isrNodes {
                writer.buffer.writeInteger(element)
            }
            if version >= 5 {
                writer.buffer.writeKafkaArrayCount(self.offlineReplicas.count, flexible: flexible)
                for element in self.offlineReplicas {
                    writer.buffer.writeInteger(element)
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "MetadataResponse.MetadataResponsePartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "MetadataResponse.MetadataResponsePartition.errorCode")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.partitionIndex")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.leaderId")
            if version >= 7 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.leaderEpoch")
            }
            self.replicaNodes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.replicaNodes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.replicaNodes") }
            self.isrNodes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.isrNodes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.isrNodes") }
            if version >= 5 {
                self.offlineReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "MetadataResponse.MetadataResponsePartition.offlineReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "MetadataResponse.MetadataResponsePartition.offlineReplicas") }
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "MetadataResponse.MetadataResponsePartition")
            }
        }
    }
}

extension Array where Element == MetadataResponse.MetadataResponseBroker {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}

extension Array where Element == MetadataResponse.MetadataResponseTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String?) -> Element? {
        self.first { $0.name == name }
    }
}
