// generated from clients/BeginQuorumEpochResponse.json, do not edit (make regenerate)

import NIOCore

/// BeginQuorumEpochResponse: Kafka response (key 53), versions 0-1, flexible versions 1+.
public struct BeginQuorumEpochResponse: KafkaResponse {
    public static let messageName = "BeginQuorumEpochResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 53)
    public typealias Request = BeginQuorumEpochRequest

    /// The top level error code.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Topics
    /// Versions 0+.
    public var topics: [TopicData] = []
    /// Endpoints for all leaders enumerated in PartitionData
    /// Versions 1+, tag 0 in 1+.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        topics: [TopicData] = [],
        nodeEndpoints: [NodeEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.topics = topics
        self.nodeEndpoints = nodeEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if !(version >= 1) && self.nodeEndpoints != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochResponse", field: "nodeEndpoints", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 1, self.nodeEndpoints != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.nodeEndpoints.count, flexible: true)
                for element in self.nodeEndpoints {
                    try element.write(to: &fieldWriter, version: version)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "BeginQuorumEpochResponse.errorCode")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BeginQuorumEpochResponse.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("BeginQuorumEpochResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("BeginQuorumEpochResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 1:
                    self.nodeEndpoints = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "BeginQuorumEpochResponse.nodeEndpoints") { elementBuffer in try NodeEndpoint(from: &elementBuffer, version: version) }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// TopicData, in BeginQuorumEpochResponse versions 0-1.
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
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "BeginQuorumEpochResponse.TopicData.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochResponse.TopicData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.topicName = try buffer.readKafkaString(flexible: flexible, "BeginQuorumEpochResponse.TopicData.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BeginQuorumEpochResponse.TopicData.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochResponse.TopicData")
            }
        }
    }

    /// PartitionData, in BeginQuorumEpochResponse versions 0-1.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// ErrorCode
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The ID of the current leader or -1 if the leader is unknown.
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The latest known leader epoch
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "BeginQuorumEpochResponse.PartitionData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "BeginQuorumEpochResponse.PartitionData.errorCode")
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochResponse.PartitionData.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochResponse.PartitionData.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochResponse.PartitionData")
            }
        }
    }

    /// NodeEndpoint, in BeginQuorumEpochResponse versions 1.
    public struct NodeEndpoint: ProtocolStruct {
        /// The ID of the associated node
        /// Versions 1+, map key.
        public var nodeId: Int32 = 0
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
            nodeId: Int32 = 0,
            host: String = "",
            port: UInt16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.nodeId = nodeId
            self.host = host
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.nodeId)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "BeginQuorumEpochResponse.NodeEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "BeginQuorumEpochResponse.NodeEndpoint.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "BeginQuorumEpochResponse.NodeEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "BeginQuorumEpochResponse.NodeEndpoint.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BeginQuorumEpochResponse.NodeEndpoint")
            }
        }
    }
}

extension Array where Element == BeginQuorumEpochResponse.NodeEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}
