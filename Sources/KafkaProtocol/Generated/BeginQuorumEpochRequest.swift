// generated from clients/BeginQuorumEpochRequest.json, do not edit (make regenerate)

import NIOCore

/// BeginQuorumEpochRequest: Kafka request (key 53), versions 0-1, flexible versions 1+.
public struct BeginQuorumEpochRequest: KafkaRequest {
    public static let messageName = "BeginQuorumEpochRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 53)
    public typealias Response = BeginQuorumEpochResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = nil
    /// The replica id of the voter receiving the request
    /// Versions 1+, ignorable.
    public var voterId: Int32 = -1
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Endpoints for the leader
    /// Versions 1+, ignorable.
    public var leaderEndpoints: [LeaderEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = nil,
        voterId: Int32 = -1,
        topics: [TopicData] = [],
        leaderEndpoints: [LeaderEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.voterId = voterId
        self.topics = topics
        self.leaderEndpoints = leaderEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "BeginQuorumEpochRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "BeginQuorumEpochRequest.clusterId")
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.voterId)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if version >= 1 {
            writer.buffer.writeKafkaArrayCount(self.leaderEndpoints.count, flexible: flexible)
            for element in self.leaderEndpoints {
                try element.write(to: &writer, version: version)
            }
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "BeginQuorumEpochRequest.clusterId")
        if version >= 1 {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochRequest.voterId")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BeginQuorumEpochRequest.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.leaderEndpoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BeginQuorumEpochRequest.leaderEndpoints") { elementBuffer in try LeaderEndpoint(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochRequest")
        }
    }

    /// TopicData, in BeginQuorumEpochRequest versions 0-1.
    public struct TopicData: ProtocolStruct {
        /// The topic name
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
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "BeginQuorumEpochRequest.TopicData.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochRequest.TopicData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.topicName = try buffer.readKafkaString(flexible: flexible, "BeginQuorumEpochRequest.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BeginQuorumEpochRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochRequest.TopicData")
            }
        }
    }

    /// PartitionData, in BeginQuorumEpochRequest versions 0-1.
    public struct PartitionData: ProtocolStruct {
        /// The partition index
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The directory id of the receiving replica
        /// Versions 1+, ignorable.
        public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The ID of the newly elected leader
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The epoch of the newly elected leader
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.voterDirectoryId = voterDirectoryId
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.partitionIndex)
            if version >= 1 {
                writer.buffer.writeKafkaUuid(self.voterDirectoryId)
            }
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochRequest.PartitionData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochRequest.PartitionData.partitionIndex")
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUuid("BeginQuorumEpochRequest.PartitionData.voterDirectoryId")
            }
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochRequest.PartitionData.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochRequest.PartitionData.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochRequest.PartitionData")
            }
        }
    }

    /// LeaderEndpoint, in BeginQuorumEpochRequest versions 1.
    public struct LeaderEndpoint: ProtocolStruct {
        /// The name of the endpoint
        /// Versions 1+, map key.
        public var name: String = ""
        /// The node's hostname
        /// Versions 1+.
        public var host: String = ""
        /// The node's port
        /// Versions 1+.
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "BeginQuorumEpochRequest.LeaderEndpoint.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "BeginQuorumEpochRequest.LeaderEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "BeginQuorumEpochRequest.LeaderEndpoint.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "BeginQuorumEpochRequest.LeaderEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "BeginQuorumEpochRequest.LeaderEndpoint.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochRequest.LeaderEndpoint")
            }
        }
    }
}

extension Array where Element == BeginQuorumEpochRequest.LeaderEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
