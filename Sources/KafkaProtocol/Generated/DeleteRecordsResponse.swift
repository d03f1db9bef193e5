// generated from clients/DeleteRecordsResponse.json, do not edit (make regenerate)

import NIOCore

/// DeleteRecordsResponse: Kafka response (key 21), versions 0-2, flexible versions 2+.
public struct DeleteRecordsResponse: KafkaResponse {
    public static let messageName = "DeleteRecordsResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 21)
    public typealias Request = DeleteRecordsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Each topic that we wanted to delete records from.
    /// Versions 0+.
    public var topics: [DeleteRecordsTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        topics: [DeleteRecordsTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsResponse.throttleTimeMs")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteRecordsResponse.topics") { elementBuffer in try DeleteRecordsTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsResponse")
        }
    }

    /// DeleteRecordsTopicResult, in DeleteRecordsResponse versions 0-2.
    public struct DeleteRecordsTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// Each partition that we wanted to delete records from.
        /// Versions 0+.
        public var partitions: [DeleteRecordsPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [DeleteRecordsPartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DeleteRecordsResponse.DeleteRecordsTopicResult.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsResponse.DeleteRecordsTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "DeleteRecordsResponse.DeleteRecordsTopicResult.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteRecordsResponse.DeleteRecordsTopicResult.partitions") { elementBuffer in try DeleteRecordsPartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsResponse.DeleteRecordsTopicResult")
            }
        }
    }

    /// DeleteRecordsPartitionResult, in DeleteRecordsResponse versions 0-2.
    public struct DeleteRecordsPartitionResult: ProtocolStruct {
        /// The partition index.
        /// Versions 0+, map key.
        public var partitionIndex: Int32 = 0
        /// The partition low water mark.
        /// Versions 0+.
        public var lowWatermark: Int64 = 0
        /// The deletion error code, or 0 if the deletion succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            lowWatermark: Int64 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.lowWatermark = lowWatermark
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.lowWatermark)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteRecordsResponse.DeleteRecordsPartitionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.partitionIndex")
            self.lowWatermark = try buffer.readKafkaInteger(as: Int64.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.lowWatermark")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteRecordsResponse.DeleteRecordsPartitionResult.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteRecordsResponse.DeleteRecordsPartitionResult")
            }
        }
    }
}

extension Array where Element == DeleteRecordsResponse.DeleteRecordsTopicResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == DeleteRecordsResponse.DeleteRecordsPartitionResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(partitionIndex: Int32) -> Element? {
        self.first { $0.partitionIndex == partitionIndex }
    }
}
