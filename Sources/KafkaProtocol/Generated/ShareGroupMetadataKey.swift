// generated from group-coordinator/ShareGroupMetadataKey.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupMetadataKey: Kafka data, versions 11, flexible versions none.
public struct ShareGroupMetadataKey: ProtocolMessage {
    public static let messageName = "ShareGroupMetadataKey"
    public static let validVersions = VersionRange(11, 11)
    public static let flexibleVersions = VersionRange.none

    /// The group id.
    /// Versions 11.
    public var groupId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ShareGroupMetadataKey.groupId")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ShareGroupMetadataKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.groupId = try buffer.readKafkaString(flexible: flexible, "ShareGroupMetadataKey.groupId")
    }
}
