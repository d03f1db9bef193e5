// generated from clients/DescribeTransactionsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeTransactionsResponse: Kafka response (key 65), versions 0, flexible versions 0+.
public struct DescribeTransactionsResponse: KafkaResponse {
    public static let messageName = "DescribeTransactionsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 65)
    public typealias Request = DescribeTransactionsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// TransactionStates
    /// Versions 0+.
    public var transactionStates: [TransactionState] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        transactionStates: [TransactionState] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.transactionStates = transactionStates
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.transactionStates.count, flexible: flexible)
        for element in self.transactionStates {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTransactionsResponse.throttleTimeMs")
        self.transactionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTransactionsResponse.transactionStates") { elementBuffer in try TransactionState(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTransactionsResponse")
        }
    }

    /// TransactionState, in DescribeTransactionsResponse versions 0.
    public struct TransactionState: ProtocolStruct {
        /// ErrorCode
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// TransactionalId
        /// Versions 0+.
        public var transactionalId: String = ""
        /// TransactionState
        /// Versions 0+.
        public var transactionState: String = ""
        /// TransactionTimeoutMs
        /// Versions 0+.
        public var transactionTimeoutMs: Int32 = 0
        /// TransactionStartTimeMs
        /// Versions 0+.
        public var transactionStartTimeMs: Int64 = 0
        /// ProducerId
        /// Versions 0+.
        public var producerId: Int64 = 0
        /// ProducerEpoch
        /// Versions 0+.
        public var producerEpoch: Int16 = 0
        /// The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
        /// Versions 0+.
        public var topics: [TopicData] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            transactionalId: String = "",
            transactionState: String = "",
            transactionTimeoutMs: Int32 = 0,
            transactionStartTimeMs: Int64 = 0,
            producerId: Int64 = 0,
            producerEpoch: Int16 = 0,
            topics: [TopicData] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.transactionalId = transactionalId
            self.transactionState = transactionState
            self.transactionTimeoutMs = transactionTimeoutMs
            self.transactionStartTimeMs = transactionStartTimeMs
            self.producerId = producerId
            self.producerEpoch = producerEpoch
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.errorCode)
            try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "DescribeTransactionsResponse.TransactionState.transactionalId")
            try writer.buffer.writeKafkaString(self.transactionState, flexible: flexible, "DescribeTransactionsResponse.TransactionState.transactionState")
            writer.buffer.writeInteger(self.transactionTimeoutMs)
            writer.buffer.writeInteger(self.transactionStartTimeMs)
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeInteger(self.producerEpoch)
            writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
            for element in self.topics {
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
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeTransactionsResponse.TransactionState.errorCode")
            self.transactionalId = try buffer.readKafkaString(flexible: flexible, "DescribeTransactionsResponse.TransactionState.transactionalId")
            self.transactionState = try buffer.readKafkaString(flexible: flexible, "DescribeTransactionsResponse.TransactionState.transactionState")
            self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeTransactionsResponse.TransactionState.transactionTimeoutMs")
            self.transactionStartTimeMs = try buffer.readKafkaInteger(as: Int64.self, "DescribeTransactionsResponse.TransactionState.transactionStartTimeMs")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "DescribeTransactionsResponse.TransactionState.producerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "DescribeTransactionsResponse.TransactionState.producerEpoch")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTransactionsResponse.TransactionState.topics") { elementBuffer in try TopicData(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTransactionsResponse.TransactionState")
            }
        }
    }

    /// TopicData, in DescribeTransactionsResponse versions 0.
    public struct TopicData: ProtocolStruct {
        /// Topic
        /// Versions 0+, map key.
        public var topic: String = ""
        /// Partitions
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "DescribeTransactionsResponse.TopicData.topic")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.topic = try buffer.readKafkaString(flexible: flexible, "DescribeTransactionsResponse.TopicData.topic")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "DescribeTransactionsResponse.TopicData.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "DescribeTransactionsResponse.TopicData.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTransactionsResponse.TopicData")
            }
        }
    }
}

extension Array where Element == DescribeTransactionsResponse.TopicData {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(topic: String) -> Element? {
        self.first { $0.topic == topic }
    }
}
