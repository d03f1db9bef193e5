// generated from clients/AlterReplicaLogDirsResponse.json, do not edit (make regenerate)

import NIOCore

/// AlterReplicaLogDirsResponse: Kafka response (key 34), versions 0-2, flexible versions 2+.
public struct AlterReplicaLogDirsResponse: KafkaResponse {
    public static let messageName = "AlterReplicaLogDirsResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 34)
    public typealias Request = AlterReplicaLogDirsRequest

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The results for each topic.
    /// Versions 0+.
    public var results: [AlterReplicaLogDirTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [AlterReplicaLogDirTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterReplicaLogDirsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterReplicaLogDirsResponse.results") { elementBuffer in try AlterReplicaLogDirTopicResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsResponse")
        }
    }

    /// AlterReplicaLogDirTopicResult, in AlterReplicaLogDirsResponse versions 0-2.
    public struct AlterReplicaLogDirTopicResult: ProtocolStruct {
        /// The name of the topic.
        /// Versions 0+.
        public var topicName: String = ""
        /// The results for each partition.
        /// Versions 0+.
        public var partitions: [AlterReplicaLogDirPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitions: [AlterReplicaLogDirPartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.topicName = try buffer.readKafkaString(flexible: flexible, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.partitions") { elementBuffer in try AlterReplicaLogDirPartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult")
            }
        }
    }

    /// AlterReplicaLogDirPartitionResult, in AlterReplicaLogDirsResponse versions 0-2.
    public struct AlterReplicaLogDirPartitionResult: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult")
            }
        }
    }
}
