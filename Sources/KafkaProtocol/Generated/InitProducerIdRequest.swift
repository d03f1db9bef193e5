// generated from clients/InitProducerIdRequest.json, do not edit (make regenerate)

import NIOCore

/// InitProducerIdRequest: Kafka request (key 22), versions 0-5, flexible versions 2+.
public struct InitProducerIdRequest: KafkaRequest {
    public static let messageName = "InitProducerIdRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 22)
    public typealias Response = InitProducerIdResponse

    /// The transactional id, or null if the producer is not transactional.
    /// Versions 0+, nullable 0+.
    public var transactionalId: String? = ""
    /// The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
    /// Versions 0+.
    public var transactionTimeoutMs: Int32 = 0
    /// The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration.
    /// Versions 3+.
    public var producerId: Int64 = -1
    /// The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
    /// Versions 3+.
    public var producerEpoch: Int16 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String? = "",
        transactionTimeoutMs: Int32 = 0,
        producerId: Int64 = -1,
        producerEpoch: Int16 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.transactionTimeoutMs = transactionTimeoutMs
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        if let value = self.transactionalId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "InitProducerIdRequest.transactionalId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "InitProducerIdRequest.transactionalId")
        }
        writer.buffer.writeInteger(self.transactionTimeoutMs)
        if version >= 3 {
            writer.buffer.writeInteger(self.producerId)
        }
        if !(version >= 3) && self.producerId != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "InitProducerIdRequest", field: "producerId", version: version)
        }
        if version >= 3 {
            writer.buffer.writeInteger(self.producerEpoch)
        }
        if !(version >= 3) && self.producerEpoch != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "InitProducerIdRequest", field: "producerEpoch", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "InitProducerIdRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.transactionalId = try buffer.readKafkaNullableString(flexible: flexible, "InitProducerIdRequest.transactionalId")
        self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "InitProducerIdRequest.transactionTimeoutMs")
        if version >= 3 {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self, "InitProducerIdRequest.producerId")
        }
        if version >= 3 {
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "InitProducerIdRequest.producerEpoch")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "InitProducerIdRequest")
        }
    }
}
