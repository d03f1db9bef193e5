// generated from clients/ListOffsetsResponse.json, do not edit (make regenerate)

import NIOCore

/// ListOffsetsResponse: Kafka response (key 2), versions 0-10, flexible versions 6+.
public struct ListOffsetsResponse: KafkaResponse {
    public static let messageName = "ListOffsetsResponse"
    public static let validVersions = VersionRange(0, 10)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 2)
    public typealias Request = ListOffsetsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 2+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    /// Versions 0+.
    public var topics: [ListOffsetsTopicResponse] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [ListOffsetsTopicResponse] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
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
            throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.throttleTimeMs")
        }
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListOffsetsResponse.topics") { elementBuffer in try ListOffsetsTopicResponse(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsResponse")
        }
    }

    /// ListOffsetsTopicResponse, in ListOffsetsResponse versions 0-10.
    public struct ListOffsetsTopicResponse: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var name: String = ""
        /// Each partition in the response.
        /// Versions 0+.
        public var partitions: [ListOffsetsPartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [ListOffsetsPartitionResponse] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ListOffsetsResponse.ListOffsetsTopicResponse.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsTopicResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(flexible: flexible, "ListOffsetsResponse.ListOffsetsTopicResponse.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListOffsetsResponse.ListOffsetsTopicResponse.partitions") { elementBuffer in try ListOffsetsPartitionResponse(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsResponse.ListOffsetsTopicResponse")
            }
        }
    }

    /// ListOffsetsPartitionResponse, in ListOffsetsResponse versions 0-10.
    public struct ListOffsetsPartitionResponse: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The result offsets.
        /// Versions 0.
        public var oldStyleOffsets: [Int64] = []
        /// The timestamp associated with the returned offset.
        /// Versions 1+.
        public var timestamp: Int64 = -1
        /// The returned offset.
        /// Versions 1+.
        public var offset: Int64 = -1
        /// LeaderEpoch
        /// Versions 4+.
        public var leaderEpoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            oldStyleOffsets: [Int64] = [],
            timestamp: Int64 = -1,
            offset: Int64 = -1,
            leaderEpoch: Int32 = -1,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.oldStyleOffsets = oldStyleOffsets
            self.timestamp = timestamp
            self.offset = offset
            self.leaderEpoch = leaderEpoch
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if version <= 0 {
                writer.buffer.writeKafkaArrayCount(self.oldStyleOffsets.count, flexible: flexible)
                for element in self.oldStyleOffsets {
                    writer.buffer.writeInteger(element)
                }
            }
            if !(version <= 0) && self.oldStyleOffsets != [] {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsPartitionResponse", field: "oldStyleOffsets", version: version)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.timestamp)
            }
            if !(version >= 1) && self.timestamp != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsPartitionResponse", field: "timestamp", version: version)
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.offset)
            }
            if !(version >= 1) && self.offset != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsPartitionResponse", field: "offset", version: version)
            }
            if version >= 4 {
                writer.buffer.writeInteger(self.leaderEpoch)
            }
            if !(version >= 4) && self.leaderEpoch != -1 {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsPartitionResponse", field: "leaderEpoch", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListOffsetsResponse.ListOffsetsPartitionResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.errorCode")
            if version <= 0 {
                self.oldStyleOffsets = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 8, "ListOffsetsResponse.ListOffsetsPartitionResponse.oldStyleOffsets") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int64.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.oldStyleOffsets") }
            }
            if version >= 1 {
                self.timestamp = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.timestamp")
            }
            if version >= 1 {
                self.offset = try buffer.readKafkaInteger(as: Int64.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.offset")
            }
            if version >= 4 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "ListOffsetsResponse.ListOffsetsPartitionResponse.leaderEpoch")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListOffsetsResponse.ListOffsetsPartitionResponse")
            }
        }
    }
}
