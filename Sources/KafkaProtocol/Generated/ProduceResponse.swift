// generated from clients/ProduceResponse.json, do not edit (make regenerate)

import NIOCore

/// ProduceResponse: Kafka response (key 0), versions 0-11, flexible versions 9+.
public struct ProduceResponse: KafkaResponse {
    public static let messageName = "ProduceResponse"
    public static let validVersions = VersionRange(0, 11)
    public static let flexibleVersions = VersionRange(9, 32767)
    public static let apiKey = ApiKey(rawValue: 0)
    public typealias Request = ProduceRequest

    /// Each produce response
    /// Versions 0+.
    public var responses: [TopicProduceResponse] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    /// Versions 10+, tag 0 in 10+.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        responses: [TopicProduceResponse] = [],
        throttleTimeMs: Int32 = 0,
        nodeEndpoints: [NodeEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.responses = responses
        self.throttleTimeMs = throttleTimeMs
        self.nodeEndpoints = nodeEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 9
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
            try element.write(to: &writer, version: version)
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        if !(version >= 10) && self.nodeEndpoints != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse", field: "nodeEndpoints", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 10, self.nodeEndpoints != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.nodeEndpoints.count, flexible: true)
                for element in self.nodeEndpoints {
                    try element.write(to: &fieldWriter, version: version)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 9
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ProduceResponse.responses") { elementBuffer in try TopicProduceResponse(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.throttleTimeMs")
        }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("ProduceResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("ProduceResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 10:
                    self.nodeEndpoints = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "ProduceResponse.nodeEndpoints") { elementBuffer in try NodeEndpoint(from: &elementBuffer, version: version) }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// TopicProduceResponse, in ProduceResponse versions 0-11.
    public struct TopicProduceResponse: ProtocolStruct {
        /// The topic name
        /// Versions 0+, map key.
        public var name: String = ""
        /// Each partition that we produced to within the topic.
        /// Versions 0+.
        public var partitionResponses: [PartitionProduceResponse] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitionResponses: [PartitionProduceResponse] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitionResponses = partitionResponses
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ProduceResponse.TopicProduceResponse.name")
            writer.buffer.writeKafkaArrayCount(self.partitionResponses.count, flexible: flexible)
            for element in self.partitionResponses {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse.TopicProduceResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.name = try buffer.readKafkaString(flexible: flexible, "ProduceResponse.TopicProduceResponse.name")
            self.partitionResponses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ProduceResponse.TopicProduceResponse.partitionResponses") { elementBuffer in try PartitionProduceResponse(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceResponse.TopicProduceResponse")
            }
        }
    }

    /// PartitionProduceResponse, in ProduceResponse versions 0-11.
    public struct PartitionProduceResponse: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var index: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The base offset.
        /// Versions 0+.
        public var baseOffset: Int64 = 0
        /// The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
        /// Versions 2+, ignorable.
        public var logAppendTimeMs: Int64 = -1
        /// The log start offset.
        /// Versions 5+, ignorable.
        public var logStartOffset: Int64 = -1
        /// The batch indices of records that caused the batch to be dropped
        /// Versions 8+, ignorable.
        public var recordErrors: [BatchIndexAndErrorMessage] = []
        /// The global error message summarizing the common root cause of the records that caused the batch to be dropped
        /// Versions 8+, nullable 8+, ignorable.
        public var errorMessage: String? = nil
        /// CurrentLeader
        /// Versions 10+, tag 0 in 10+.
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            index: Int32 = 0,
            errorCode: Int16 = 0,
            baseOffset: Int64 = 0,
            logAppendTimeMs: Int64 = -1,
            logStartOffset: Int64 = -1,
            recordErrors: [BatchIndexAndErrorMessage] = [],
            errorMessage: String? = nil,
            currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.index = index
            self.errorCode = errorCode
            self.baseOffset = baseOffset
            self.logAppendTimeMs = logAppendTimeMs
            self.logStartOffset = logStartOffset
            self.recordErrors = recordErrors
            self.errorMessage = errorMessage
            self.currentLeader = currentLeader
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            writer.buffer.writeInteger(self.index)
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.baseOffset)
            if version >= 2 {
                writer.buffer.writeInteger(self.logAppendTimeMs)
            }
            if version >= 5 {
                writer.buffer.writeInteger(self.logStartOffset)
            }
            if version >= 8 {
                writer.buffer.writeKafkaArrayCount(self.recordErrors.count, flexible: flexible)
                for element in self.recordErrors {
                    try element.write(to: &writer, version: version)
                }
            }
            if version >= 8 {
                if let value = self.errorMessage {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "ProduceResponse.PartitionProduceResponse.errorMessage")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "ProduceResponse.PartitionProduceResponse.errorMessage")
                }
            }
            if !(version >= 10) && self.currentLeader != LeaderIdAndEpoch() {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse.PartitionProduceResponse", field: "currentLeader", version: version)
            }
            if flexible {
                var taggedFields: [TaggedField] = []
                if version >= 10, self.currentLeader != LeaderIdAndEpoch() {
                    var fieldWriter = ProtocolWriter()
                    try self.currentLeader.write(to: &fieldWriter, version: version)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse.PartitionProduceResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.PartitionProduceResponse.index")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ProduceResponse.PartitionProduceResponse.errorCode")
            self.baseOffset = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.baseOffset")
            if version >= 2 {
                self.logAppendTimeMs = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.logAppendTimeMs")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "ProduceResponse.PartitionProduceResponse.logStartOffset")
            }
            if version >= 8 {
                self.recordErrors = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ProduceResponse.PartitionProduceResponse.recordErrors") { elementBuffer in try BatchIndexAndErrorMessage(from: &elementBuffer, version: version) }
            }
            if version >= 8 {
                self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ProduceResponse.PartitionProduceResponse.errorMessage")
            }
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("ProduceResponse.PartitionProduceResponse tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("ProduceResponse.PartitionProduceResponse")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0 where version >= 10:
                        self.currentLeader = try LeaderIdAndEpoch(from: &fieldBuffer, version: version)
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// BatchIndexAndErrorMessage, in ProduceResponse versions 8-11.
    public struct BatchIndexAndErrorMessage: ProtocolStruct {
        /// The batch index of the record that cause the batch to be dropped
        /// Versions 8+.
        public var batchIndex: Int32 = 0
        /// The error message of the record that caused the batch to be dropped
        /// Versions 8+, nullable 8+.
        public var batchIndexErrorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            batchIndex: Int32 = 0,
            batchIndexErrorMessage: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.batchIndex = batchIndex
            self.batchIndexErrorMessage = batchIndexErrorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 9
            writer.buffer.writeInteger(self.batchIndex)
            if let value = self.batchIndexErrorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ProduceResponse.BatchIndexAndErrorMessage.batchIndexErrorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ProduceResponse.BatchIndexAndErrorMessage.batchIndexErrorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ProduceResponse.BatchIndexAndErrorMessage", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 9
            self.batchIndex = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.BatchIndexAndErrorMessage.batchIndex")
            self.batchIndexErrorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ProduceResponse.BatchIndexAndErrorMessage.batchIndexErrorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceResponse.BatchIndexAndErrorMessage")
            }
        }
    }

    /// LeaderIdAndEpoch, in ProduceResponse versions 10-11.
    public struct LeaderIdAndEpoch: ProtocolStruct {
        /// The ID of the current leader or -1 if the leader is unknown.
        /// Versions 10+.
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        /// Versions 10+.
        public var leaderEpoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            leaderId: Int32 = -1,
            leaderEpoch: Int32 = -1,
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
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.LeaderIdAndEpoch.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.LeaderIdAndEpoch.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceResponse.LeaderIdAndEpoch")
            }
        }
    }

    /// NodeEndpoint, in ProduceResponse versions 10-11.
    public struct NodeEndpoint: ProtocolStruct {
        /// The ID of the associated node.
        /// Versions 10+, map key.
        public var nodeId: Int32 = 0
        /// The node's hostname.
        /// Versions 10+.
        public var host: String = ""
        /// The node's port.
        /// Versions 10+.
        public var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        /// Versions 10+, nullable 10+.
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
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "ProduceResponse.NodeEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if let value = self.rack {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ProduceResponse.NodeEndpoint.rack")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ProduceResponse.NodeEndpoint.rack")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.NodeEndpoint.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "ProduceResponse.NodeEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "ProduceResponse.NodeEndpoint.port")
            self.rack = try buffer.readKafkaNullableString(flexible: flexible, "ProduceResponse.NodeEndpoint.rack")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ProduceResponse.NodeEndpoint")
            }
        }
    }
}

extension Array where Element == ProduceResponse.TopicProduceResponse {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == ProduceResponse.NodeEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}
