// generated from clients/OffsetForLeaderEpochRequest.json, do not edit (make regenerate)

import NIOCore

/// OffsetForLeaderEpochRequest: Kafka request (key 23), versions 0-4, flexible versions 4+.
public struct OffsetForLeaderEpochRequest: KafkaRequest {
    public static let messageName = "OffsetForLeaderEpochRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 23)
    public typealias Response = OffsetForLeaderEpochResponse

    /// The broker ID of the follower, of -1 if this request is from a consumer.
    /// Versions 3+, ignorable.
    public var replicaId: Int32 = -2
    /// Each topic to get offsets for.
    /// Versions 0+.
    public var topics: [OffsetForLeaderTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        replicaId: Int32 = -2,
        topics: [OffsetForLeaderTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.replicaId = replicaId
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 3 {
            writer.buffer.writeInteger(self.replicaId)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 3 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.replicaId")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetForLeaderEpochRequest.topics") { elementBuffer in try OffsetForLeaderTopic(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochRequest")
        }
    }

    /// OffsetForLeaderTopic, in OffsetForLeaderEpochRequest versions 0-4.
    public struct OffsetForLeaderTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var topic: String = ""
        /// Each partition to get offsets for.
        /// Versions 0+.
        public var partitions: [OffsetForLeaderPartition] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitions: [OffsetForLeaderPartition] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochRequest.OffsetForLeaderTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.topic = try buffer.readKafkaString(flexible: flexible, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic.partitions") { elementBuffer in try OffsetForLeaderPartition(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochRequest.OffsetForLeaderTopic")
            }
        }
    }

    /// OffsetForLeaderPartition, in OffsetForLeaderEpochRequest versions 0-4.
    public struct OffsetForLeaderPartition: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned.
        /// Versions 2+, ignorable.
        public var currentLeaderEpoch: Int32 = -1
        /// The epoch to look up an offset for.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            currentLeaderEpoch: Int32 = -1,
            leaderEpoch: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.currentLeaderEpoch = currentLeaderEpoch
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            writer.buffer.writeInteger(self.partition)
            if version >= 2 {
                writer.buffer.writeInteger(self.currentLeaderEpoch)
            }
            writer.buffer.writeInteger(self.leaderEpoch)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochRequest.OffsetForLeaderPartition", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.partition")
            if version >= 2 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.currentLeaderEpoch")
            }
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition.leaderEpoch")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochRequest.OffsetForLeaderPartition")
            }
        }
    }
}

extension Array where Element == OffsetForLeaderEpochRequest.OffsetForLeaderTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
