// generated from metadata/RemoveAccessControlEntryRecord.json, do not edit (make regenerate)

import NIOCore

/// RemoveAccessControlEntryRecord: Kafka metadata (key 19), versions 0, flexible versions 0+.
public struct RemoveAccessControlEntryRecord: ProtocolMessage {
    public static let messageName = "RemoveAccessControlEntryRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 19

    /// The ID of the AccessControlEntry to remove.
    /// Versions 0+.
    public var id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.id = id
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaUuid(self.id)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.id = try buffer.readKafkaUuid("RemoveAccessControlEntryRecord.id")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RemoveAccessControlEntryRecord")
        }
    }
}
