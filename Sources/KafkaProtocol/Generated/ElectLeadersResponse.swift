// generated from clients/ElectLeadersResponse.json, do not edit (make regenerate)

import NIOCore

/// ElectLeadersResponse: Kafka response (key 43), versions 0-2, flexible versions 2+.
public struct ElectLeadersResponse: KafkaResponse {
    public static let messageName = "ElectLeadersResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 43)
    public typealias Request = ElectLeadersRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    /// Versions 1+.
    public var errorCode: Int16 = 0
    /// The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
    /// Versions 0+.
    public var replicaElectionResults: [ReplicaElectionResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        replicaElectionResults: [ReplicaElectionResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.replicaElectionResults = replicaElectionResults
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        if version >= 1 {
            writer.buffer.writeInteger(self.errorCode)
        }
        if !(version >= 1) && self.errorCode != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersResponse", field: "errorCode", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.replicaElectionResults.count, flexible: flexible)
        for element in self.replicaElectionResults {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersResponse.throttleTimeMs")
        if version >= 1 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ElectLeadersResponse.errorCode")
        }
        self.replicaElectionResults = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ElectLeadersResponse.replicaElectionResults") { elementBuffer in try ReplicaElectionResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ElectLeadersResponse")
        }
    }

    /// ReplicaElectionResult, in ElectLeadersResponse versions 0-2.
    public struct ReplicaElectionResult: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var topic: String = ""
        /// The results for each partition
        /// Versions 0+.
        public var partitionResult: [PartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitionResult: [PartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.partitionResult = partitionResult
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "ElectLeadersResponse.ReplicaElectionResult.topic")
            writer.buffer.writeKafkaArrayCount(self.partitionResult.count, flexible: flexible)
            for element in self.partitionResult {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersResponse.ReplicaElectionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(flexible: flexible, "ElectLeadersResponse.ReplicaElectionResult.topic")
            self.partitionResult = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ElectLeadersResponse.ReplicaElectionResult.partitionResult") { elementBuffer in try PartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ElectLeadersResponse.ReplicaElectionResult")
            }
        }
    }

    /// PartitionResult, in ElectLeadersResponse versions 0-2.
    public struct PartitionResult: ProtocolStruct {
        /// The partition id
        /// Versions 0+.
        public var partitionId: Int32 = 0
        /// The result error, or zero if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionId: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionId = partitionId
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.partitionId)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ElectLeadersResponse.PartitionResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ElectLeadersResponse.PartitionResult.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ElectLeadersResponse.PartitionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.partitionId = try buffer.readKafkaInteger(as: Int32.self, "ElectLeadersResponse.PartitionResult.partitionId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ElectLeadersResponse.PartitionResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ElectLeadersResponse.PartitionResult.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ElectLeadersResponse.PartitionResult")
            }
        }
    }
}
