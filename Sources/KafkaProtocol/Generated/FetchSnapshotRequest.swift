// generated from clients/FetchSnapshotRequest.json, do not edit (make regenerate)

import NIOCore

/// FetchSnapshotRequest: Kafka request (key 59), versions 0-1, flexible versions 0+.
public struct FetchSnapshotRequest: KafkaRequest {
    public static let messageName = "FetchSnapshotRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 59)
    public typealias Response = FetchSnapshotResponse

    /// The clusterId if known, this is used to validate metadata fetches prior to broker registration
    /// Versions 0+, nullable 0+, tag 0 in 0+.
    public var clusterId: String? = nil
    /// The broker ID of the follower
    /// Versions 0+.
    public var replicaId: Int32 = -1
    /// The maximum bytes to fetch from all of the snapshots
    /// Versions 0+.
    public var maxBytes: Int32 = 2147483647
    /// The topics to fetch
    /// Versions 0+.
    public var topics: [TopicSnapshot] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = nil,
        replicaId: Int32 = -1,
        maxBytes: Int32 = 2147483647,
        topics: [TopicSnapshot] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.replicaId = replicaId
        self.maxBytes = maxBytes
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.replicaId)
        writer.buffer.writeInteger(self.maxBytes)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.clusterId != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.clusterId {
                    try fieldWriter.buffer.writeKafkaString(value, flexible: true, "FetchSnapshotRequest.clusterId")
                } else {
                    try fieldWriter.buffer.writeKafkaString(nil, flexible: true, "FetchSnapshotRequest.clusterId")
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
        self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotRequest.replicaId")
        self.maxBytes = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotRequest.maxBytes")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchSnapshotRequest.topics") { elementBuffer in try TopicSnapshot(from: &elementBuffer, version: version) }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("FetchSnapshotRequest tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("FetchSnapshotRequest")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.clusterId = try fieldBuffer.readKafkaNullableString(flexible: true, "FetchSnapshotRequest.clusterId")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// TopicSnapshot, in FetchSnapshotRequest versions 0-1.
    public struct TopicSnapshot: ProtocolStruct {
        /// The name of the topic to fetch
        /// Versions 0+.
        public var name: String = ""
        /// The partitions to fetch
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "FetchSnapshotRequest.TopicSnapshot.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "FetchSnapshotRequest.TopicSnapshot.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FetchSnapshotRequest.TopicSnapshot.partitions") { elementBuffer in try PartitionSnapshot(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotRequest.TopicSnapshot")
            }
        }
    }

    /// PartitionSnapshot, in FetchSnapshotRequest versions 0-1.
    public struct PartitionSnapshot: ProtocolStruct {
        /// The partition index
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The current leader epoch of the partition, -1 for unknown leader epoch
        /// Versions 0+.
        public var currentLeaderEpoch: Int32 = 0
        /// The snapshot endOffset and epoch to fetch
        /// Versions 0+.
        public var snapshotId: SnapshotId = SnapshotId()
        /// The byte position within the snapshot to start fetching from
        /// Versions 0+.
        public var position: Int64 = 0
        /// The directory id of the follower fetching
        /// Versions 1+, tag 0 in 1+, ignorable.
        public var replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            currentLeaderEpoch: Int32 = 0,
            snapshotId: SnapshotId = SnapshotId(),
            position: Int64 = 0,
            replicaDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.currentLeaderEpoch = currentLeaderEpoch
            self.snapshotId = snapshotId
            self.position = position
            self.replicaDirectoryId = replicaDirectoryId
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeInteger(self.currentLeaderEpoch)
            try self.snapshotId.write(to: &writer, version: version)
            writer.buffer.writeInteger(self.position)
            if flexible {
                var taggedFields: [TaggedField] = []
                if version >= 1, self.replicaDirectoryId != KafkaProtocol.Uuid.zero {
                    var fieldWriter = ProtocolWriter()
                    fieldWriter.buffer.writeKafkaUuid(self.replicaDirectoryId)
                    taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
                }
                writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotRequest.PartitionSnapshot.partition")
            self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotRequest.PartitionSnapshot.currentLeaderEpoch")
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.position = try buffer.readKafkaInteger(as: Int64.self, "FetchSnapshotRequest.PartitionSnapshot.position")
            if flexible {
                let taggedCount = try buffer.readUnsignedVarint("FetchSnapshotRequest.PartitionSnapshot tagged fields")
                for _ in 0..<taggedCount {
                    let (tag, fieldData) = try buffer.readTaggedField("FetchSnapshotRequest.PartitionSnapshot")
                    var fieldBuffer = fieldData
                    switch tag {
                    case 0 where version >= 1:
                        self.replicaDirectoryId = try fieldBuffer.readKafkaUuid("FetchSnapshotRequest.PartitionSnapshot.replicaDirectoryId")
                    default:
                        self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                    }
                }
            }
        }
    }

    /// SnapshotId, in FetchSnapshotRequest versions 0-1.
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
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "FetchSnapshotRequest.SnapshotId.endOffset")
            self.epoch = try buffer.readKafkaInteger(as: Int32.self, "FetchSnapshotRequest.SnapshotId.epoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FetchSnapshotRequest.SnapshotId")
            }
        }
    }
}
