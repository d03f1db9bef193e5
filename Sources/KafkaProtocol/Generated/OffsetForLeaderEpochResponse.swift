// generated from clients/OffsetForLeaderEpochResponse.json, do not edit (make regenerate)

import NIOCore

/// OffsetForLeaderEpochResponse: Kafka response (key 23), versions 0-4, flexible versions 4+.
public struct OffsetForLeaderEpochResponse: KafkaResponse {
    public static let messageName = "OffsetForLeaderEpochResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 23)
    public typealias Request = OffsetForLeaderEpochRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 2+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Each topic we fetched offsets for.
    /// Versions 0+.
    public var topics: [OffsetForLeaderTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [OffsetForLeaderTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 2 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.throttleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetForLeaderEpochResponse.topics") { elementBuffer in try OffsetForLeaderTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochResponse")
        }
    }

    /// OffsetForLeaderTopicResult, in OffsetForLeaderEpochResponse versions 0-4.
    public struct OffsetForLeaderTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var topic: String = ""
        /// Each partition in the topic we fetched offsets for.
        /// Versions 0+.
        public var partitions: [EpochEndOffset] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitions: [EpochEndOffset] = [],
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
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.topic = try buffer.readKafkaString(flexible: flexible, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.partitions") { elementBuffer in try EpochEndOffset(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult")
            }
        }
    }

    /// EpochEndOffset, in OffsetForLeaderEpochResponse versions 0-4.
    public struct EpochEndOffset: ProtocolStruct {
        /// The error code 0, or if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The leader epoch of the partition.
        /// Versions 1+, ignorable.
        public var leaderEpoch: Int32 = -1
        /// The end offset of the epoch.
        /// Versions 0+.
        public var endOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            partition: Int32 = 0,
            leaderEpoch: Int32 = -1,
            endOffset: Int64 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.partition = partition
            self.leaderEpoch = leaderEpoch
            self.endOffset = endOffset
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            writer.buffer.writeInteger(self.errorCode)
            writer.buffer.writeInteger(self.partition)
            if version >= 1 {
                writer.buffer.writeInteger(self.leaderEpoch)
            }
            writer.buffer.writeInteger(self.endOffset)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetForLeaderEpochResponse.EpochEndOffset", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "OffsetForLeaderEpochResponse.EpochEndOffset.errorCode")
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.EpochEndOffset.partition")
            if version >= 1 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetForLeaderEpochResponse.EpochEndOffset.leaderEpoch")
            }
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self, "OffsetForLeaderEpochResponse.EpochEndOffset.endOffset")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetForLeaderEpochResponse.EpochEndOffset")
            }
        }
    }
}

extension Array where Element == OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
