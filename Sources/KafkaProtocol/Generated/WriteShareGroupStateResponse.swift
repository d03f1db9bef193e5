// generated from clients/WriteShareGroupStateResponse.json, do not edit (make regenerate)

import NIOCore

/// WriteShareGroupStateResponse: Kafka response (key 85), versions 0, flexible versions 0+.
public struct WriteShareGroupStateResponse: KafkaResponse {
    public static let messageName = "WriteShareGroupStateResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 85)
    public typealias Request = WriteShareGroupStateRequest

    /// The write results
    /// Versions 0+.
    public var results: [WriteStateResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        results: [WriteStateResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
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
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteShareGroupStateResponse.results") { elementBuffer in try WriteStateResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateResponse")
        }
    }

    /// WriteStateResult, in WriteShareGroupStateResponse versions 0.
    public struct WriteStateResult: ProtocolStruct {
        /// The topic identifier
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The results for the partitions.
        /// Versions 0+.
        public var partitions: [PartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitions: [PartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
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
            self.topicId = try buffer.readKafkaUuid("WriteShareGroupStateResponse.WriteStateResult.topicId")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "WriteShareGroupStateResponse.WriteStateResult.partitions") { elementBuffer in try PartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateResponse.WriteStateResult")
            }
        }
    }

    /// PartitionResult, in WriteShareGroupStateResponse versions 0.
    public struct PartitionResult: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partition: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partition: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partition = partition
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partition)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "WriteShareGroupStateResponse.PartitionResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "WriteShareGroupStateResponse.PartitionResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partition = try buffer.readKafkaInteger(as: Int32.self, "WriteShareGroupStateResponse.PartitionResult.partition")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "WriteShareGroupStateResponse.PartitionResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "WriteShareGroupStateResponse.PartitionResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "WriteShareGroupStateResponse.PartitionResult")
            }
        }
    }
}
