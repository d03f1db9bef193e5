// generated from clients/FetchResponse.json, do not edit (make regenerate)

import NIOCore

/// FetchResponse: Kafka response (key 1), versions 0-17, flexible versions 12+.
public struct FetchResponse: KafkaResponse {
    public static let messageName = "FetchResponse"
    public static let validVersions = VersionRange(0, 17)
    public static let flexibleVersions = VersionRange(12, 32767)
    public static let apiKey = ApiKey(rawValue: 1)
    public typealias Request = FetchRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    /// Versions 7+, ignorable.
    public var errorCode: Int16 = 0
    /// The fetch session ID, or 0 if this is not part of a fetch session.
    /// Versions 7+.
    public var sessionId: Int32 = 0
    /// The response topics.
    /// Versions 0+.
    public var responses: [FetchableTopicResponse] = []
    /// Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    /// Versions 16+, tag 0 in 16+.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        sessionId: Int32 = 0,
        responses: [FetchableTopicResponse] = [],
        nodeEndpoints: [NodeEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.sessionId = sessionId
        self.responses = responses
        self.nodeEndpoints = nodeEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 12
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        if version >= 7 {
            writer.buffer.writeInteger(self.errorCode)
        }
        if version >= 7 {
            writer.buffer.writeInteger(self.sessionId)
        }
        if !(version >= 7) && self.sessionId != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse", field: "sessionId", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
            try element.write(to: &writer, version: version)
        }
        if !(version >= 16) && self.nodeEndpoints != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse", field: "nodeEndpoints", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 16, self.nodeEndpoints != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.nodeEndpoints.count, flexible: true)
                for element in self.nodeEndpoints {
                    try element.write(to: &fieldWriter, version: version)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 12
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.throttleTimeMs")
        }
        if version >= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchResponse.errorCode")
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.sessionId")
        }
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchResponse.responses") { elementBuffer in try FetchableTopicResponse(from: &elementBuffer, version: version) }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("FetchResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("FetchResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 16:
                    self.nodeEndpoints = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "FetchResponse.nodeEndpoints") { elementBuffer in try NodeEndpoint(from: &elementBuffer, version: version) }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// FetchableTopicResponse, in FetchResponse versions 0-17.
    public struct FetchableTopicResponse: ProtocolStruct {
        /// The topic name.
        /// Versions 0-12, ignorable.
        public var topic: String = ""
        /// The unique topic ID
        /// Versions 13+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic partitions.
        /// Versions 0+.
        public var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "FetchResponse.FetchableTopicResponse.topic")
            }
            if version >= 13 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.FetchableTopicResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(flexible: flexible, "FetchResponse.FetchableTopicResponse.topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUuid("FetchResponse.FetchableTopicResponse.topicId")
            }
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchResponse.FetchableTopicResponse.partitions") { elementBuffer in try PartitionData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.FetchableTopicResponse")
            }
        }
    }

    /// PartitionData, in FetchResponse versions 0-17.
    public struct PartitionData: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The current high water mark.
        /// Versions 0+.
        public var highWatermark: Int64 = 0
        /// The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED)
        /// Versions 4+, ignorable.
        public var lastStableOffset: Int64 = -1
        /// The current log start offset.
        /// Versions 5+, ignorable.
        public var logStartOffset: Int64 = -1
        /// In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge
        /// Versions 12+, tag 0 in 12+.
        public var divergingEpoch: EpochEndOffset = EpochEndOffset()
        /// CurrentLeader
        /// Versions 12+, tag 1 in 12+.
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
        /// Versions 12+, tag 2 in 12+.
        public var snapshotId: SnapshotId = SnapshotId()
        /// The aborted transactions.
        /// Versions 4+, nullable 4+, ignorable.
        public var abortedTransactions: [AbortedTransaction]? = []
        /// The preferred read replica for the consumer to use on its next fetch request
        /// Versions 11+.
        public var preferredReadReplica: Int32 = -1
        /// The record data.
        /// Versions 0+, nullable 0+.
        public var records: KafkaProtocol.Records? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            highWatermark: Int64 = 0,
            lastStableOffset: Int64 = -1,
            logStartOffset: Int64 = -1,
            divergingEpoch: EpochEndOffset = EpochEndOffset(),
            currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch(),
            snapshotId: SnapshotId = SnapshotId(),
            abortedTransactions: [AbortedTransaction]? = [],
            preferredReadReplica: Int32 = -1,
            records: KafkaProtocol.Records? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.highWatermark = highWatermark
            self.lastStableOffset = lastStableOffset
            self.logStartOffset = logStartOffset
            self.divergingEpoch = divergingEpoch
            self.currentLeader = currentLeader
            self.snapshotId = snapshotId
            self.abortedTransactions = abortedTransactions
            self.preferredReadReplica = preferredReadReplica
            self.records = records
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.highWatermark)
            if version >= 4 {
                writer.buffer.writeInteger(self.lastStableOffset)
            }
            if version >= 5 {
                writer.buffer.writeInteger(self.logStartOffset)
            }
            if !(version >= 12) && self.divergingEpoch != EpochEndOffset() {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.PartitionData", field: "divergingEpoch", version: version)
            }
            if !(version >= 12) && self.currentLeader != LeaderIdAndEpoch() {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.PartitionData", field: "currentLeader", version: version)
            }
            if !(version >= 12) && self.snapshotId != SnapshotId() {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.PartitionData", field: "snapshotId", version: version)
            }
            if version >= 4 {
                if let value = self.abortedTransactions {
                    writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                    for element in value {
                        try element.write(to: &writer, version: version)
                    }
                } else {
                    writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
                }
            }
            if version >= 11 {
                writer.buffer.writeInteger(self.preferredReadReplica)
            }
            if !(version >= 11) && self.preferredReadReplica != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.PartitionData", field: "preferredReadReplica", version: version)
            }
            if let value = self.records {
                writer.writeRecords(value, flexible: flexible)
            } else {
                writer.writeRecords(nil, flexible: flexible)
            }
            if flexible {
                var taggedFields: [TaggedField] = []
                if version >= 12, self.divergingEpoch != EpochEndOffset() {
                    var fieldWriter = ProtocolWriter()
                    try self.divergingEpoch.write(to: &fieldWriter, version: version)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                if version >= 12, self.currentLeader != LeaderIdAndEpoch() {
                    var fieldWriter = ProtocolWriter()
                    try self.currentLeader.write(to: &fieldWriter, version: version)
                    taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
                }
                if version >= 12, self.snapshotId != SnapshotId() {
                    var fieldWriter = ProtocolWriter()
                    try self.snapshotId.write(to: &fieldWriter, version: version)
                    taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.PartitionData", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.PartitionData.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchResponse.PartitionData.errorCode")
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.highWatermark")
            if version >= 4 {
                self.lastStableOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.lastStableOffset")
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.PartitionData.logStartOffset")
            }
            if version >= 4 {
                self.abortedTransactions = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "FetchResponse.PartitionData.abortedTransactions") { elementBuffer in try AbortedTransaction(from: &elementBuffer, version: version) }
            }
            if version >= 11 {
                self.preferredReadReplica = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.PartitionData.preferredReadReplica")
            }
            self.records = try buffer.readKafkaNullableRecords(flexible: flexible, "FetchResponse.PartitionData.records")
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("FetchResponse.PartitionData tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("FetchResponse.PartitionData")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0 where version >= 12:
                        self.divergingEpoch = try EpochEndOffset(from: &fieldBuffer, version: version)
                    case 1 where version >= 12:
                        self.currentLeader = try LeaderIdAndEpoch(from: &fieldBuffer, version: version)
                    case 2 where version >= 12:
                        self.snapshotId = try SnapshotId(from: &fieldBuffer, version: version)
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// EpochEndOffset, in FetchResponse versions 12-17.
    public struct EpochEndOffset: ProtocolStruct {
        /// Epoch
        /// Versions 12+.
        public var epoch: Int32 = -1
        /// EndOffset
        /// Versions 12+.
        public var endOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            epoch: Int32 = -1,
            endOffset: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.epoch = epoch
            self.endOffset = endOffset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.epoch)
            writer.buffer.writeInteger(self.endOffset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.EpochEndOffset.epoch")
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.EpochEndOffset.endOffset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.EpochEndOffset")
            }
        }
    }

    /// LeaderIdAndEpoch, in FetchResponse versions 12-17.
    public struct LeaderIdAndEpoch: ProtocolStruct {
        /// The ID of the current leader or -1 if the leader is unknown.
        /// Versions 12+.
        public var leaderId: Int32 = -1
        /// The latest known leader epoch
        /// Versions 12+.
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
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.LeaderIdAndEpoch.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.LeaderIdAndEpoch.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.LeaderIdAndEpoch")
            }
        }
    }

    /// SnapshotId, in FetchResponse versions 12-17.
    public struct SnapshotId: ProtocolStruct {
        /// EndOffset
        /// Versions 0+.
        public var endOffset: Int64 = -1
        /// Epoch
        /// Versions 0+.
        public var epoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            endOffset: Int64 = -1,
            epoch: Int32 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.endOffset = endOffset
            self.epoch = epoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.endOffset)
            writer.buffer.writeInteger(self.epoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.SnapshotId.endOffset")
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.SnapshotId.epoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.SnapshotId")
            }
        }
    }

    /// AbortedTransaction, in FetchResponse versions 4-17.
    public struct AbortedTransaction: ProtocolStruct {
        /// The producer id associated with the aborted transaction.
        /// Versions 4+.
        public var producerId: Int64 = 0
        /// The first offset in the aborted transaction.
        /// Versions 4+.
        public var firstOffset: Int64 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            producerId: Int64 = 0,
            firstOffset: Int64 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.producerId = producerId
            self.firstOffset = firstOffset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 12
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeInteger(self.firstOffset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "FetchResponse.AbortedTransaction", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 12
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.AbortedTransaction.producerId")
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchResponse.AbortedTransaction.firstOffset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.AbortedTransaction")
            }
        }
    }

    /// NodeEndpoint, in FetchResponse versions 16-17.
    public struct NodeEndpoint: ProtocolStruct {
        /// The ID of the associated node.
        /// Versions 16+, map key.
        public var nodeId: Int32 = 0
        /// The node's hostname.
        /// Versions 16+.
        public var host: String = ""
        /// The node's port.
        /// Versions 16+.
        public var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        /// Versions 16+, nullable 16+.
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
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "FetchResponse.NodeEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if let value = self.rack {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "FetchResponse.NodeEndpoint.rack")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "FetchResponse.NodeEndpoint.rack")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.NodeEndpoint.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "FetchResponse.NodeEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FetchResponse.NodeEndpoint.port")
            self.rack = try buffer.readKafkaNullableString(flexible: flexible, "FetchResponse.NodeEndpoint.rack")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchResponse.NodeEndpoint")
            }
        }
    }
}

extension Array where Element == FetchResponse.NodeEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}
