// generated from clients/EndTxnRequest.json, do not edit (make regenerate)

import NIOCore

/// EndTxnRequest: Kafka request (key 26), versions 0-5, flexible versions 3+.
/// The latest version is unstable (latestVersionUnstable).
public struct EndTxnRequest: KafkaRequest {
    public static let messageName = "EndTxnRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 26)
    public typealias Response = EndTxnResponse

    /// The ID of the transaction to end.
    /// Versions 0+.
    public var transactionalId: String = ""
    /// The producer ID.
    /// Versions 0+.
    public var producerId: Int64 = 0
    /// The current epoch associated with the producer.
    /// Versions 0+.
    public var producerEpoch: Int16 = 0
    /// True if the transaction was committed, false if it was aborted.
    /// Versions 0+.
    public var committed: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String = "",
        producerId: Int64 = 0,
        producerEpoch: Int16 = 0,
        committed: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.committed = committed
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "EndTxnRequest.transactionalId")
        writer.buffer.writeInteger(self.producerId)
        writer.buffer.writeInteger(self.producerEpoch)
        writer.buffer.writeKafkaBool(self.committed)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "EndTxnRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(flexible: flexible, "EndTxnRequest.transactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self, "EndTxnRequest.producerId")
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self, "EndTxnRequest.producerEpoch")
        self.committed = try buffer.readKafkaBool("EndTxnRequest.committed")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "EndTxnRequest")
        }
    }
}
