// generated from clients/StopReplicaResponse.json, do not edit (make regenerate)

import NIOCore

/// StopReplicaResponse: Kafka response (key 5), versions 0-4, flexible versions 2+.
public struct StopReplicaResponse: KafkaResponse {
    public static let messageName = "StopReplicaResponse"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 5)
    public typealias Request = StopReplicaRequest

    /// The top-level error code, or 0 if there was no top-level error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The responses for each partition.
    /// Versions 0+.
    public var partitionErrors: [StopReplicaPartitionError] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        errorCode: Int16 = 0,
        partitionErrors: [StopReplicaPartitionError] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.errorCode = errorCode
        self.partitionErrors = partitionErrors
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.partitionErrors.count, flexible: flexible)
        for element in self.partitionErrors {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "StopReplicaResponse.errorCode")
        self.partitionErrors = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "StopReplicaResponse.partitionErrors") { elementBuffer in try StopReplicaPartitionError(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaResponse")
        }
    }

    /// StopReplicaPartitionError, in StopReplicaResponse versions 0-4.
    public struct StopReplicaPartitionError: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no partition error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "StopReplicaResponse.StopReplicaPartitionError.topicName")
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "StopReplicaResponse.StopReplicaPartitionError", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.topicName = try buffer.readKafkaString(flexible: flexible, "StopReplicaResponse.StopReplicaPartitionError.topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "StopReplicaResponse.StopReplicaPartitionError.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "StopReplicaResponse.StopReplicaPartitionError.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "StopReplicaResponse.StopReplicaPartitionError")
            }
        }
    }
}
