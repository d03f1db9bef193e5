// generated from clients/FetchSnapshotResponse.json, do not edit (make regenerate)

import NIOCore

/// FetchSnapshotResponse: Kafka response (key 59), versions 0-1, flexible versions 0+.
public struct FetchSnapshotResponse: KafkaResponse {
    public static let messageName = "FetchSnapshotResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 59)
    public typealias Request = FetchSnapshotRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The topics to fetch.
    /// Versions 0+.
    public var topics: [TopicSnapshot] = []
    /// Endpoints for all current-leaders enumerated in PartitionSnapshot
    /// Versions 1+, tag 0 in 1+.
    public var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        topics: [TopicSnapshot] = [],
        nodeEndpoints: [NodeEndpoint] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.topics = topics
        self.nodeEndpoints = nodeEndpoints
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if !(version >= 1) && self.nodeEndpoints != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "FetchSnapshotResponse", field: "nodeEndpoints", version: version)
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
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchSnapshotResponse.errorCode")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchSnapshotResponse.topics") { elementBuffer in try TopicSnapshot(from: &elementBuffer, version: version) }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("FetchSnapshotResponse tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("FetchSnapshotResponse")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 1:
                    self.nodeEndpoints = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 1, "FetchSnapshotResponse.nodeEndpoints") { elementBuffer in try NodeEndpoint(from: &elementBuffer, version: version) }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// TopicSnapshot, in FetchSnapshotResponse versions 0-1.
    public struct TopicSnapshot: ProtocolStruct {
        /// The name of the topic to fetch.
        /// Versions 0+.
        public var name: String = ""
        /// The partitions to fetch.
        /// Versions 0+.
        public var partitions: [PartitionSnapshot] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [PartitionSnapshot] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "FetchSnapshotResponse.TopicSnapshot.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "FetchSnapshotResponse.TopicSnapshot.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchSnapshotResponse.TopicSnapshot.partitions") { elementBuffer in try PartitionSnapshot(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotResponse.TopicSnapshot")
            }
        }
    }

    /// PartitionSnapshot, in FetchSnapshotResponse versions 0-1.
    public struct PartitionSnapshot: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var index: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The snapshot endOffset and epoch fetched
        /// Versions 0+.
        public var snapshotId: SnapshotId = SnapshotId()
        /// CurrentLeader
        /// Versions 0+, tag 0 in 0+.
        public var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// The total size of the snapshot.
        /// Versions 0+.
        public var size: Int64 = 0
        /// The starting byte position within the snapshot included in the Bytes field.
        /// Versions 0+.
        public var position: Int64 = 0
        /// Snapshot data in records format which may not be aligned on an offset boundary
        /// Versions 0+.
        public var unalignedRecords: KafkaProtocol.Records = .bytes(NIOCore.ByteBuffer())
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            index: Int32 = 0,
            errorCode: Int16 = 0,
            snapshotId: SnapshotId = SnapshotId(),
            currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch(),
            size: Int64 = 0,
            position: Int64 = 0,
            unalignedRecords: KafkaProtocol.Records = .bytes(NIOCore.ByteBuffer()),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.index = index
            self.errorCode = errorCode
            self.snapshotId = snapshotId
            self.currentLeader = currentLeader
            self.size = size
            self.position = position
            self.unalignedRecords = unalignedRecords
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.index)
            writer.buffer.writeInteger(self.errorCode)
            try self.snapshotId.write(to: &writer, version: version)
            writer.buffer.writeInteger(self.size)
            writer.buffer.writeInteger(self.position)
            writer.writeRecords(self.unalignedRecords, flexible: flexible)
            if flexible {
                var taggedFields: [TaggedField] = []
                if self.currentLeader != LeaderIdAndEpoch() {
                    var fieldWriter = ProtocolWriter()
                    try self.currentLeader.write(to: &fieldWriter, version: version)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.index = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.PartitionSnapshot.index")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FetchSnapshotResponse.PartitionSnapshot.errorCode")
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.size = try buffer.readKafkaInteger(as: Int64.self, "FetchSnapshotResponse.PartitionSnapshot.size")
            self.position = try buffer.readKafkaInteger(as: Int64.self, "FetchSnapshotResponse.PartitionSnapshot.position")
            self.unalignedRecords = try buffer.readKafkaRecords(flexible: flexible, "FetchSnapshotResponse.PartitionSnapshot.unalignedRecords")
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("FetchSnapshotResponse.PartitionSnapshot tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("FetchSnapshotResponse.PartitionSnapshot")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0:
                        self.currentLeader = try LeaderIdAndEpoch(from: &fieldBuffer, version: version)
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// SnapshotId, in FetchSnapshotResponse versions 0-1.
    public struct SnapshotId: ProtocolStruct {
        /// EndOffset
        /// Versions 0+.
        public var endOffset: Int64 = 0
        /// Epoch
        /// Versions 0+.
        public var epoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            endOffset: Int64 = 0,
            epoch: Int32 = 0,
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
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchSnapshotResponse.SnapshotId.endOffset")
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.SnapshotId.epoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotResponse.SnapshotId")
            }
        }
    }

    /// LeaderIdAndEpoch, in FetchSnapshotResponse versions 0-1.
    public struct LeaderIdAndEpoch: ProtocolStruct {
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
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.LeaderIdAndEpoch.leaderId")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.LeaderIdAndEpoch.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotResponse.LeaderIdAndEpoch")
            }
        }
    }

    /// NodeEndpoint, in FetchSnapshotResponse versions 1.
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
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "FetchSnapshotResponse.NodeEndpoint.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotResponse.NodeEndpoint.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "FetchSnapshotResponse.NodeEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "FetchSnapshotResponse.NodeEndpoint.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotResponse.NodeEndpoint")
            }
        }
    }
}

extension Array where Element == FetchSnapshotResponse.NodeEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(nodeId: Int32) -> Element? {
        self.first { $0.nodeId == nodeId }
    }
}
