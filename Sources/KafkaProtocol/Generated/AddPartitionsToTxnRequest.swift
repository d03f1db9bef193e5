// generated from clients/AddPartitionsToTxnRequest.json, do not edit (make regenerate)

import NIOCore

/// AddPartitionsToTxnRequest: Kafka request (key 24), versions 0-5, flexible versions 3+.
public struct AddPartitionsToTxnRequest: KafkaRequest {
    public static let messageName = "AddPartitionsToTxnRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 24)
    public typealias Response = AddPartitionsToTxnResponse

    /// List of transactions to add partitions to.
    /// Versions 4+.
    public var transactions: [AddPartitionsToTxnTransaction] = []
    /// The transactional id corresponding to the transaction.
    /// Versions 0-3.
    public var v3AndBelowTransactionalId: String = ""
    /// Current producer id in use by the transactional id.
    /// Versions 0-3.
    public var v3AndBelowProducerId: Int64 = 0
    /// Current epoch associated with the producer id.
    /// Versions 0-3.
    public var v3AndBelowProducerEpoch: Int16 = 0
    /// The partitions to add to the transaction.
    /// Versions 0-3.
    public var v3AndBelowTopics: [AddPartitionsToTxnTopic] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactions: [AddPartitionsToTxnTransaction] = [],
        v3AndBelowTransactionalId: String = "",
        v3AndBelowProducerId: Int64 = 0,
        v3AndBelowProducerEpoch: Int16 = 0,
        v3AndBelowTopics: [AddPartitionsToTxnTopic] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactions = transactions
        self.v3AndBelowTransactionalId = v3AndBelowTransactionalId
        self.v3AndBelowProducerId = v3AndBelowProducerId
        self.v3AndBelowProducerEpoch = v3AndBelowProducerEpoch
        self.v3AndBelowTopics = v3AndBelowTopics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version >= 4 {
            writer.buffer.writeKafkaArrayCount(self.transactions.count, flexible: flexible)
            for element in self.transactions {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 4) && self.transactions != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "transactions", version: version)
        }
        if version <= 3 {
            try writer.buffer.writeKafkaString(self.v3AndBelowTransactionalId, flexible: flexible, "AddPartitionsToTxnRequest.v3AndBelowTransactionalId")
        }
        if !(version <= 3) && self.v3AndBelowTransactionalId != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "v3AndBelowTransactionalId", version: version)
        }
        if version <= 3 {
            writer.buffer.writeInteger(self.v3AndBelowProducerId)
        }
        if !(version <= 3) && self.v3AndBelowProducerId != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "v3AndBelowProducerId", version: version)
        }
        if version <= 3 {
            writer.buffer.writeInteger(self.v3AndBelowProducerEpoch)
        }
        if !(version <= 3) && self.v3AndBelowProducerEpoch != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "v3AndBelowProducerEpoch", version: version)
        }
        if version <= 3 {
            writer.buffer.writeKafkaArrayCount(self.v3AndBelowTopics.count, flexible: flexible)
            for element in self.v3AndBelowTopics {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 3) && self.v3AndBelowTopics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "v3AndBelowTopics", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version >= 4 {
            self.transactions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnRequest.transactions") { elementBuffer in try AddPartitionsToTxnTransaction(from: &elementBuffer, version: version) }
        }
        if version <= 3 {
            self.v3AndBelowTransactionalId = try buffer.readKafkaString(flexible: flexible, "AddPartitionsToTxnRequest.v3AndBelowTransactionalId")
        }
        if version <= 3 {
            self.v3AndBelowProducerId = try buffer.readKafkaInteger(as: Int64.self, "AddPartitionsToTxnRequest.v3AndBelowProducerId")
        }
        if version <= 3 {
            self.v3AndBelowProducerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnRequest.v3AndBelowProducerEpoch")
        }
        if version <= 3 {
            self.v3AndBelowTopics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnRequest.v3AndBelowTopics") { elementBuffer in try AddPartitionsToTxnTopic(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnRequest")
        }
    }

    /// AddPartitionsToTxnTransaction, in AddPartitionsToTxnRequest versions 4-5.
    public struct AddPartitionsToTxnTransaction: ProtocolStruct {
        /// The transactional id corresponding to the transaction.
        /// Versions 4+, map key.
        public var transactionalId: String = ""
        /// Current producer id in use by the transactional id.
        /// Versions 4+.
        public var producerId: Int64 = 0
        /// Current epoch associated with the producer id.
        /// Versions 4+.
        public var producerEpoch: Int16 = 0
        /// Boolean to signify if we want to check if the partition is in the transaction rather than add it.
        /// Versions 4+.
        public var verifyOnly: Bool = false
        /// The partitions to add to the transaction.
        /// Versions 4+.
        public var topics: [AddPartitionsToTxnTopic] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            transactionalId: String = "",
            producerId: Int64 = 0,
            producerEpoch: Int16 = 0,
            verifyOnly: Bool = false,
            topics: [AddPartitionsToTxnTopic] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.transactionalId = transactionalId
            self.producerId = producerId
            self.producerEpoch = producerEpoch
            self.verifyOnly = verifyOnly
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.transactionalId")
            writer.buffer.writeInteger(self.producerId)
            writer.buffer.writeInteger(self.producerEpoch)
            writer.buffer.writeKafkaBool(self.verifyOnly)
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
            self.transactionalId = try buffer.readKafkaString(flexible: flexible, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.transactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.producerId")
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.producerEpoch")
            self.verifyOnly = try buffer.readKafkaBool("AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.verifyOnly")
            self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.topics") { elementBuffer in try AddPartitionsToTxnTopic(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction")
            }
        }
    }

    /// AddPartitionsToTxnTopic, in AddPartitionsToTxnRequest versions 0-5.
    public struct AddPartitionsToTxnTopic: ProtocolStruct {
        /// The name of the topic.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The partition indexes to add to the transaction
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(flexible: flexible, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddPartitionsToTxnRequest.AddPartitionsToTxnTopic")
            }
        }
    }
}

extension Array where Element == AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(transactionalId: String) -> Element? {
        self.first { $0.transactionalId == transactionalId }
    }
}

extension Array where Element == AddPartitionsToTxnRequest.AddPartitionsToTxnTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
