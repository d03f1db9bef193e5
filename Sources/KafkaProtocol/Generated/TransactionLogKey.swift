// generated from transaction-coordinator/TransactionLogKey.json, do not edit (make regenerate)

import NIOCore

/// TransactionLogKey: Kafka data, versions 0, flexible versions none.
public struct TransactionLogKey: ProtocolMessage {
    public static let messageName = "TransactionLogKey"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange.none

    /// TransactionalId
    /// Versions 0.
    public var transactionalId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalId = transactionalId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.transactionalId, flexible: flexible, "TransactionLogKey.transactionalId")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "TransactionLogKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.transactionalId = try buffer.readKafkaString(flexible: flexible, "TransactionLogKey.transactionalId")
    }
}
