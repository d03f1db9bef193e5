// generated from clients/ShareAcknowledgeResponse.json, do not edit (make regenerate)

import NIOCore

/// ShareAcknowledgeResponse: Kafka response (key 79), versions 0, flexible versions 0+.
public struct ShareAcknowledgeResponse: KafkaResponse {
    public static let messageName = "ShareAcknowledgeResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 79)
    public typealias Request = ShareAcknowledgeRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    /// Versions 0+, ignorable.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = nil
    /// The response topics.
    /// Versions 0+.
    public var responses: [ShareAcknowledgeTopicResponse] = []
    /// Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    /// Versions 0+.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = nil,
        responses: [ShareAcknowledgeTopicResponse] = [],
        nodeEndpoints: [NodeEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.responses = responses
        self.nodeEndpoints = nodeEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareAcknowledgeResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareAcknowledgeResponse.errorMessage")
        }
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.nodeEndpoints.count, flexible: flexible)
        for element in self.nodeEndpoints {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareAcknowledgeResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ShareAcknowledgeResponse.errorMessage")
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeResponse.responses") { elementBuffer in try ShareAcknowledgeTopicResponse(from: &elementBuffer, version: version) }
        self.nodeEndpoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeResponse.nodeEndpoints") { elementBuffer in try NodeEndpoint(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeResponse")
        }
    }

    /// ShareAcknowledgeTopicResponse, in ShareAcknowledgeResponse versions 0.
    public struct ShareAcknowledgeTopicResponse: ProtocolStruct {
        /// The unique topic ID.
        /// Versions 0+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic partitions.
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionData] = [],
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
            self.topicId = try buffer.readKafkaUuid("ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse")
            }
        }
    }

    /// PartitionData, in ShareAcknowledgeResponse versions 0.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// CurrentLeader
        /// Versions 0+.
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.currentLeader = currentLeader
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareAcknowledgeResponse.PartitionData.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareAcknowledgeResponse.PartitionData.errorMessage")
            }
            try self.currentLeader.write(to: &writer, version: version)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareAcknowledgeResponse.PartitionData.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ShareAcknowledgeResponse.PartitionData.errorMessage")
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeResponse.PartitionData")
            }
        }
    }

    /// LeaderIdAndEpoch, in ShareAcknowledgeResponse versions 0.
    public struct LeaderIdAndEpoch: ProtocolStruct {
        /// The ID of the current leader or -1 if the leader is unknown.
        /// Versions 0+.
        public var leaderId: Int32 = 0
        /// The latest known leader epoch.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            leaderId: Int32 = 0,
            leaderEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.leaderId = leaderId
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.leaderId)
            writer.buffer.writeInteger(self.leaderEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.LeaderIdAndEpoch.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.LeaderIdAndEpoch.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeResponse.LeaderIdAndEpoch")
            }
        }
    }

    /// NodeEndpoint, in ShareAcknowledgeResponse versions 0.
    public struct NodeEndpoint: ProtocolStruct {
        /// The ID of the associated node.
        /// Versions 0+, map key.
        public var nodeId: Int32 = 0
        /// The node's hostname.
        /// Versions 0+.
        public var host: String = ""
        /// The node's port.
        /// Versions 0+.
        public var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        /// Versions 0+, nullable 0+.
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
            let flexible = true
            writer.buffer.writeInteger(self.nodeId)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "ShareAcknowledgeResponse.NodeEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if let value = self.rack {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareAcknowledgeResponse.NodeEndpoint.rack")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareAcknowledgeResponse.NodeEndpoint.rack")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.NodeEndpoint.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "ShareAcknowledgeResponse.NodeEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "ShareAcknowledgeResponse.NodeEndpoint.port")
            self.rack = try buffer.readKafkaNullableString(flexible: flexible, "ShareAcknowledgeResponse.NodeEndpoint.rack")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareAcknowledgeResponse.NodeEndpoint")
            }
        }
    }
}

extension Array where Element == ShareAcknowledgeResponse.NodeEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}
