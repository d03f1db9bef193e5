// generated from clients/AddOffsetsToTxnRequest.json, do not edit (make regenerate)

import NIOCore

/// AddOffsetsToTxnRequest: Kafka request (key 25), versions 0-4, flexible versions 3+.
public struct AddOffsetsToTxnRequest: KafkaRequest {
    public static let messageName = "AddOffsetsToTxnRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 25)
    public typealias Response = AddOffsetsToTxnResponse

    /// The transactional id corresponding to the transaction.
    /// Versions 0+.
    public var transactionalId: String = ""
    /// Current producer id in use by the transactional id.
    /// Versions 0+.
    public var producerId: Int64 = 0
    /// Current epoch associated with the producer id.
    /// Versions 0+.
    public var producerEpoch: Int16 = 0
    /// The unique group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String = "",
        producerId: Int64 = 0,
        producerEpoch: Int16 = 0,
        groupId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.groupId = groupId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "AddOffsetsToTxnRequest.transactionalId")
        writer.buffer.writeInteger(self.producerId)
        writer.buffer.writeInteger(self.producerEpoch)
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "AddOffsetsToTxnRequest.groupId")
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "AddOffsetsToTxnRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(flexible: flexible, "AddOffsetsToTxnRequest.transactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "AddOffsetsToTxnRequest.producerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "AddOffsetsToTxnRequest.producerEpoch")
        self.groupId = try buffer.readKafkaString(flexible: flexible, "AddOffsetsToTxnRequest.groupId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddOffsetsToTxnRequest")
        }
    }
}
