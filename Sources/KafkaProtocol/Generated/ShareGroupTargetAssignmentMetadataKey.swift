// generated from group-coordinator/ShareGroupTargetAssignmentMetadataKey.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupTargetAssignmentMetadataKey: Kafka data, versions 12, flexible versions none.
public struct ShareGroupTargetAssignmentMetadataKey: ProtocolMessage {
    public static let messageName = "ShareGroupTargetAssignmentMetadataKey"
    public static let validVersions = VersionRange(12, 12)
    public static let flexibleVersions = VersionRange.none

    /// The group id.
    /// Versions 12.
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
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ShareGroupTargetAssignmentMetadataKey.groupId")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ShareGroupTargetAssignmentMetadataKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.groupId = try buffer.readKafkaString(flexible: flexible, "ShareGroupTargetAssignmentMetadataKey.groupId")
    }
}
