// generated from clients/ListTransactionsResponse.json, do not edit (make regenerate)

import NIOCore

/// ListTransactionsResponse: Kafka response (key 66), versions 0-1, flexible versions 0+.
public struct ListTransactionsResponse: KafkaResponse {
    public static let messageName = "ListTransactionsResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 66)
    public typealias Request = ListTransactionsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// ErrorCode
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Set of state filters provided in the request which were unknown to the transaction coordinator
    /// Versions 0+.
    public var unknownStateFilters: [String] = []
    /// TransactionStates
    /// Versions 0+.
    public var transactionStates: [TransactionState] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        unknownStateFilters: [String] = [],
        transactionStates: [TransactionState] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.unknownStateFilters = unknownStateFilters
        self.transactionStates = transactionStates
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.unknownStateFilters.count, flexible: flexible)
        for element in self.unknownStateFilters {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ListTransactionsResponse.unknownStateFilters")
        }
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListTransactionsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListTransactionsResponse.errorCode")
        self.unknownStateFilters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListTransactionsResponse.unknownStateFilters") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ListTransactionsResponse.unknownStateFilters") }
        self.transactionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListTransactionsResponse.transactionStates") { elementBuffer in try TransactionState(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListTransactionsResponse")
        }
    }

    /// TransactionState, in ListTransactionsResponse versions 0-1.
    public struct TransactionState: ProtocolStruct {
        /// TransactionalId
        /// Versions 0+.
        public var transactionalId: String = ""
        /// ProducerId
        /// Versions 0+.
        public var producerId: Int64 = 0
        /// The current transaction state of the producer
        /// Versions 0+.
        public var transactionState: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            transactionalId: String = "",
            producerId: Int64 = 0,
            transactionState: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.transactionalId = transactionalId
            self.producerId = producerId
            self.transactionState = transactionState
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "ListTransactionsResponse.TransactionState.transactionalId")
            writer.buffer.writeInteger(self.producerId)
            try writer.buffer.writeKafkaString(self.transactionState, flexible: flexible, "ListTransactionsResponse.TransactionState.transactionState")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.transactionalId = try buffer.readKafkaString(flexible: flexible, "ListTransactionsResponse.TransactionState.transactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "ListTransactionsResponse.TransactionState.producerId")
            self.transactionState = try buffer.readKafkaString(flexible: flexible, "ListTransactionsResponse.TransactionState.transactionState")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListTransactionsResponse.TransactionState")
            }
        }
    }
}
