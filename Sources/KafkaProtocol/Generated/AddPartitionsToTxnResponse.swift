// generated from clients/AddPartitionsToTxnResponse.json, do not edit (make regenerate)

import NIOCore

/// AddPartitionsToTxnResponse: Kafka response (key 24), versions 0-5, flexible versions 3+.
public struct AddPartitionsToTxnResponse: KafkaResponse {
    public static let messageName = "AddPartitionsToTxnResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 24)
    public typealias Request = AddPartitionsToTxnRequest

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The response top level error code.
    /// Versions 4+, ignorable.
    public var errorCode: Int16 = 0
    /// Results categorized by transactional ID.
    /// Versions 4+.
    public var resultsByTransaction: [AddPartitionsToTxnResult] = []
    /// The results for each topic.
    /// Versions 0-3.
    public var resultsByTopicV3AndBelow: [AddPartitionsToTxnTopicResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        resultsByTransaction: [AddPartitionsToTxnResult] = [],
        resultsByTopicV3AndBelow: [AddPartitionsToTxnTopicResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.resultsByTransaction = resultsByTransaction
        self.resultsByTopicV3AndBelow = resultsByTopicV3AndBelow
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.throttleTimeMs)
        if version >= 4 {
            writer.buffer.writeInteger(self.errorCode)
        }
        if version >= 4 {
            writer.buffer.writeKafkaArrayCount(self.resultsByTransaction.count, flexible: flexible)
            for element in self.resultsByTransaction {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 4) && self.resultsByTransaction != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnResponse", field: "resultsByTransaction", version: version)
        }
        if version <= 3 {
            writer.buffer.writeKafkaArrayCount(self.resultsByTopicV3AndBelow.count, flexible: flexible)
            for element in self.resultsByTopicV3AndBelow {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 3) && self.resultsByTopicV3AndBelow != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnResponse", field: "resultsByTopicV3AndBelow", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "AddPartitionsToTxnResponse.throttleTimeMs")
        if version >= 4 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnResponse.errorCode")
        }
        if version >= 4 {
            self.resultsByTransaction = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnResponse.resultsByTransaction") { elementBuffer in try AddPartitionsToTxnResult(from: &elementBuffer, version: version) }
        }
        if version <= 3 {
            self.resultsByTopicV3AndBelow = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnResponse.resultsByTopicV3AndBelow") { elementBuffer in try AddPartitionsToTxnTopicResult(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnResponse")
        }
    }

    /// AddPartitionsToTxnResult, in AddPartitionsToTxnResponse versions 4-5.
    public struct AddPartitionsToTxnResult: ProtocolStruct {
        /// The transactional id corresponding to the transaction.
        /// Versions 4+, map key.
        public var transactionalId: String = ""
        /// The results for each topic.
        /// Versions 4+.
        public var topicResults: [AddPartitionsToTxnTopicResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            transactionalId: String = "",
            topicResults: [AddPartitionsToTxnTopicResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.transactionalId = transactionalId
            self.topicResults = topicResults
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult.transactionalId")
            writer.buffer.writeKafkaArrayCount(self.topicResults.count, flexible: flexible)
            for element in self.topicResults {
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
            self.transactionalId = try buffer.readKafkaString(flexible: flexible, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult.transactionalId")
            self.topicResults = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult.topicResults") { elementBuffer in try AddPartitionsToTxnTopicResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnResponse.AddPartitionsToTxnResult")
            }
        }
    }

    /// AddPartitionsToTxnTopicResult, in AddPartitionsToTxnResponse versions 0-5.
    public struct AddPartitionsToTxnTopicResult: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The results for each partition
        /// Versions 0+.
        public var resultsByPartition: [AddPartitionsToTxnPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            resultsByPartition: [AddPartitionsToTxnPartitionResult] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.resultsByPartition = resultsByPartition
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.name")
            writer.buffer.writeKafkaArrayCount(self.resultsByPartition.count, flexible: flexible)
            for element in self.resultsByPartition {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(flexible: flexible, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.name")
            self.resultsByPartition = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.resultsByPartition") { elementBuffer in try AddPartitionsToTxnPartitionResult(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult")
            }
        }
    }

    /// AddPartitionsToTxnPartitionResult, in AddPartitionsToTxnResponse versions 0-5.
    public struct AddPartitionsToTxnPartitionResult: ProtocolStruct {
        /// The partition indexes.
        /// Versions 0+, map key.
        public var partitionIndex: Int32 = 0
        /// The response error code.
        /// Versions 0+.
        public var partitionErrorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            partitionErrorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.partitionErrorCode = partitionErrorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.partitionErrorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.partitionIndex")
            self.partitionErrorCode = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.partitionErrorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult")
            }
        }
    }
}

extension Array where Element == AddPartitionsToTxnResponse.AddPartitionsToTxnResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(transactionalId: String) -> Element? {
        self.first { $0.transactionalId == transactionalId }
    }
}

extension Array where Element == AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(partitionIndex: Int32) -> Element? {
        self.first { $0.partitionIndex == partitionIndex }
    }
}
