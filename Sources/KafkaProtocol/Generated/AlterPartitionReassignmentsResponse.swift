// generated from clients/AlterPartitionReassignmentsResponse.json, do not edit (make regenerate)

import NIOCore

/// AlterPartitionReassignmentsResponse: Kafka response (key 45), versions 0, flexible versions 0+.
public struct AlterPartitionReassignmentsResponse: KafkaResponse {
    public static let messageName = "AlterPartitionReassignmentsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 45)
    public typealias Request = AlterPartitionReassignmentsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// The responses to topics to reassign.
    /// Versions 0+.
    public var responses: [ReassignableTopicResponse] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        responses: [ReassignableTopicResponse] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.responses = responses
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterPartitionReassignmentsResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterPartitionReassignmentsResponse.errorMessage")
        }
        writer.buffer.writeKafkaArrayCount(self.responses.count, flexible: flexible)
        for element in self.responses {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionReassignmentsResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "AlterPartitionReassignmentsResponse.errorMessage")
        self.responses = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionReassignmentsResponse.responses") { elementBuffer in try ReassignableTopicResponse(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsResponse")
        }
    }

    /// ReassignableTopicResponse, in AlterPartitionReassignmentsResponse versions 0.
    public struct ReassignableTopicResponse: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var name: String = ""
        /// The responses to partitions to reassign
        /// Versions 0+.
        public var partitions: [ReassignablePartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [ReassignablePartitionResponse] = [],
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse.partitions") { elementBuffer in try ReassignablePartitionResponse(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsResponse.ReassignableTopicResponse")
            }
        }
    }

    /// ReassignablePartitionResponse, in AlterPartitionReassignmentsResponse versions 0.
    public struct ReassignablePartitionResponse: ProtocolStruct {
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The error code for this partition, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message for this partition, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.partitionIndex")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterPartitionReassignmentsResponse.ReassignablePartitionResponse")
            }
        }
    }
}
