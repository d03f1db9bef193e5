// generated from clients/EndQuorumEpochRequest.json, do not edit (make regenerate)

import NIOCore

/// EndQuorumEpochRequest: Kafka request (key 54), versions 0-1, flexible versions 1+.
public struct EndQuorumEpochRequest: KafkaRequest {
    public static let messageName = "EndQuorumEpochRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 54)
    public typealias Response = EndQuorumEpochResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = nil
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
        topics: [TopicData] = [],
        leaderEndpoints: [LeaderEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.topics = topics
        self.leaderEndpoints = leaderEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "EndQuorumEpochRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "EndQuorumEpochRequest.clusterId")
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
            throw ProtocolEncodingError.fieldNotSupported(message: "EndQuorumEpochRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "EndQuorumEpochRequest.clusterId")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "EndQuorumEpochRequest.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.leaderEndpoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "EndQuorumEpochRequest.leaderEndpoints") { elementBuffer in try LeaderEndpoint(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndQuorumEpochRequest")
        }
    }

    /// TopicData, in EndQuorumEpochRequest versions 0-1.
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
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "EndQuorumEpochRequest.TopicData.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "EndQuorumEpochRequest.TopicData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.topicName = try buffer.readKafkaString(flexible: flexible, "EndQuorumEpochRequest.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "EndQuorumEpochRequest.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndQuorumEpochRequest.TopicData")
            }
        }
    }

    /// PartitionData, in EndQuorumEpochRequest versions 0-1.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The current leader ID that is resigning
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The current epoch
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// A sorted list of preferred successors to start the election
        /// Versions 0, ignorable.
        public var preferredSuccessors: [Int32] = []
        /// A sorted list of preferred candidates to start the election
        /// Versions 1+, ignorable.
        public var preferredCandidates: [ReplicaInfo] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            preferredSuccessors: [Int32] = [],
            preferredCandidates: [ReplicaInfo] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.preferredSuccessors = preferredSuccessors
            self.preferredCandidates = preferredCandidates
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            if version <= 0 {
                writer.buffer.writeKafkaArrayCount(self.preferredSuccessors.count, flexible: flexible)
                for element in self.preferredSuccessors {
                    writer.buffer.writeInteger(element)
                }
            }
            if version >= 1 {
                writer.buffer.writeKafkaArrayCount(self.preferredCandidates.count, flexible: flexible)
                for element in self.preferredCandidates {
                    try element.write(to: &writer, version: version)
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "EndQuorumEpochRequest.PartitionData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "EndQuorumEpochRequest.PartitionData.partitionIndex")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "EndQuorumEpochRequest.PartitionData.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "EndQuorumEpochRequest.PartitionData.leaderEpoch")
            if version <= 0 {
                self.preferredSuccessors = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "EndQuorumEpochRequest.PartitionData.preferredSuccessors") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "EndQuorumEpochRequest.PartitionData.preferredSuccessors") }
            }
            if version >= 1 {
                self.preferredCandidates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "EndQuorumEpochRequest.PartitionData.preferredCandidates") { elementBuffer in try ReplicaInfo(from: &elementBuffer, version: version) }
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndQuorumEpochRequest.PartitionData")
            }
        }
    }

    /// ReplicaInfo, in EndQuorumEpochRequest versions 1.
    public struct ReplicaInfo: ProtocolStruct {
        /// CandidateId
        /// Versions 1+.
        public var candidateId: Int32 = 0
        /// CandidateDirectoryId
        /// Versions 1+.
        public var candidateDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            candidateId: Int32 = 0,
            candidateDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.candidateId = candidateId
            self.candidateDirectoryId = candidateDirectoryId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.candidateId)
            writer.buffer.writeKafkaUuid(self.candidateDirectoryId)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.candidateId = try buffer.readKafkaInteger(as: Int32.self, "EndQuorumEpochRequest.ReplicaInfo.candidateId")
            self.candidateDirectoryId = try buffer.readKafkaUuid("EndQuorumEpochRequest.ReplicaInfo.candidateDirectoryId")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndQuorumEpochRequest.ReplicaInfo")
            }
        }
    }

    /// LeaderEndpoint, in EndQuorumEpochRequest versions 1.
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "EndQuorumEpochRequest.LeaderEndpoint.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "EndQuorumEpochRequest.LeaderEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "EndQuorumEpochRequest.LeaderEndpoint.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "EndQuorumEpochRequest.LeaderEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "EndQuorumEpochRequest.LeaderEndpoint.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndQuorumEpochRequest.LeaderEndpoint")
            }
        }
    }
}

extension Array where Element == EndQuorumEpochRequest.LeaderEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
