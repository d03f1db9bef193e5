// generated from group-coordinator/GroupMetadataKey.json, do not edit (make regenerate)

import NIOCore

/// GroupMetadataKey: Kafka data, versions 2, flexible versions none.
public struct GroupMetadataKey: ProtocolMessage {
    public static let messageName = "GroupMetadataKey"
    public static let validVersions = VersionRange(2, 2)
    public static let flexibleVersions = VersionRange.none

    /// group
    /// Versions 2.
    public var group: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        group: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.group = group
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.group, flexible: flexible, "GroupMetadataKey.group")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "GroupMetadataKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.group = try buffer.readKafkaString(flexible: flexible, "GroupMetadataKey.group")
    }
}
