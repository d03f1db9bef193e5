// generated from transaction-coordinator/TransactionLogValue.json, do not edit (make regenerate)

import NIOCore

/// TransactionLogValue: Kafka data, versions 0-1, flexible versions 1+.
public struct TransactionLogValue: ProtocolMessage {
    public static let messageName = "TransactionLogValue"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)

    /// Producer id in use by the transactional id
    /// Versions 0+.
    public var producerId: Int64 = 0
    /// Producer id used by the last committed transaction
    /// Versions 1+, tag 0 in 1+.
    public var previousProducerId: Int64 = -1
    /// Latest producer ID sent to the producer for the given transactional ID
    /// Versions 1+, tag 1 in 1+.
    public var nextProducerId: Int64 = -1
    /// Epoch associated with the producer id
    /// Versions 0+.
    public var producerEpoch: Int16 = 0
    /// Transaction timeout in milliseconds
    /// Versions 0+.
    public var transactionTimeoutMs: Int32 = 0
    /// TransactionState the transaction is in
    /// Versions 0+.
    public var transactionStatus: Int8 = 0
    /// Set of partitions involved in the transaction
    /// Versions 0+, nullable 0+.
    public var transactionPartitions: [PartitionsSchema]? = []
    /// Time the transaction was last updated
    /// Versions 0+.
    public var transactionLastUpdateTimestampMs: Int64 = 0
    /// Time the transaction was started
    /// Versions 0+.
    public var transactionStartTimestampMs: Int64 = 0
    /// The transaction version used by the client
    /// Versions 1+, tag 2 in 1+.
    public var clientTransactionVersion: Int16 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        producerId: Int64 = 0,
        previousProducerId: Int64 = -1,
        nextProducerId: Int64 = -1,
        producerEpoch: Int16 = 0,
        transactionTimeoutMs: Int32 = 0,
        transactionStatus: Int8 = 0,
        transactionPartitions: [PartitionsSchema]? = [],
        transactionLastUpdateTimestampMs: Int64 = 0,
        transactionStartTimestampMs: Int64 = 0,
        clientTransactionVersion: Int16 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.producerId = producerId
        self.previousProducerId = previousProducerId
        self.nextProducerId = nextProducerId
        self.producerEpoch = producerEpoch
        self.transactionTimeoutMs = transactionTimeoutMs
        self.transactionStatus = transactionStatus
        self.transactionPartitions = transactionPartitions
        self.transactionLastUpdateTimestampMs = transactionLastUpdateTimestampMs
        self.transactionStartTimestampMs = transactionStartTimestampMs
        self.clientTransactionVersion = clientTransactionVersion
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeInteger(self.producerId)
        if !(version >= 1) && self.previousProducerId != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogValue", field: "previousProducerId", version: version)
        }
        if !(version >= 1) && self.nextProducerId != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogValue", field: "nextProducerId", version: version)
        }
        writer.buffer.writeInteger(self.producerEpoch)
        writer.buffer.writeInteger(self.transactionTimeoutMs)
        writer.buffer.writeInteger(self.transactionStatus)
        if let value = self.transactionPartitions {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        writer.buffer.writeInteger(self.transactionLastUpdateTimestampMs)
        writer.buffer.writeInteger(self.transactionStartTimestampMs)
        if !(version >= 1) && self.clientTransactionVersion != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogValue", field: "clientTransactionVersion", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 1, self.previousProducerId != -1 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.previousProducerId)
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            if version >= 1, self.nextProducerId != -1 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.nextProducerId)
                taggedFields.append(TaggedField(tag: 1, data: fieldWriter.buffer))
            }
            if version >= 1, self.clientTransactionVersion != 0 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.clientTransactionVersion)
                taggedFields.append(TaggedField(tag: 2, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogValue", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "TransactionLogValue.producerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "TransactionLogValue.producerEpoch")
        self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "TransactionLogValue.transactionTimeoutMs")
        self.transactionStatus = try buffer.readKafkaInteger(as: Int8.self, "TransactionLogValue.transactionStatus")
        self.transactionPartitions = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "TransactionLogValue.transactionPartitions") { elementBuffer in try PartitionsSchema(from: &elementBuffer, version: version) }
        self.transactionLastUpdateTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "TransactionLogValue.transactionLastUpdateTimestampMs")
        self.transactionStartTimestampMs = try buffer.readKafkaInteger(as: Int64.self, "TransactionLogValue.transactionStartTimestampMs")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("TransactionLogValue tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("TransactionLogValue")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 1:
                    self.previousProducerId = try fieldBuffer.readKafkaInteger(as: Int64.self, "TransactionLogValue.previousProducerId")
                case 1 where version >= 1:
                    self.nextProducerId = try fieldBuffer.readKafkaInteger(as: Int64.self, "TransactionLogValue.nextProducerId")
                case 2 where version >= 1:
                    self.clientTransactionVersion = try fieldBuffer.readKafkaInteger(as: Int16.self, "TransactionLogValue.clientTransactionVersion")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// PartitionsSchema, in TransactionLogValue versions 0-1.
    public struct PartitionsSchema: ProtocolStruct {
        /// Topic
        /// Versions 0+.
        public var topic: String = ""
        /// PartitionIds
        /// Versions 0+.
        public var partitionIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topic: String = "",
            partitionIds: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topic = topic
            self.partitionIds = partitionIds
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "TransactionLogValue.PartitionsSchema.topic")
            writer.buffer.writeKafkaArrayCount(self.partitionIds.count, flexible: flexible)
            for element in self.partitionIds {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogValue.PartitionsSchema", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.topic = try buffer.readKafkaString(flexible: flexible, "TransactionLogValue.PartitionsSchema.topic")
            self.partitionIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "TransactionLogValue.PartitionsSchema.partitionIds") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "TransactionLogValue.PartitionsSchema.partitionIds") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TransactionLogValue.PartitionsSchema")
            }
        }
    }
}
