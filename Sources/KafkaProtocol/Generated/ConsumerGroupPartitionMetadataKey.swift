// generated from group-coordinator/ConsumerGroupPartitionMetadataKey.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupPartitionMetadataKey: Kafka data, versions 4, flexible versions none.
public struct ConsumerGroupPartitionMetadataKey: ProtocolMessage {
    public static let messageName = "ConsumerGroupPartitionMetadataKey"
    public static let validVersions = VersionRange(4, 4)
    public static let flexibleVersions = VersionRange.none

    /// The group id.
    /// Versions 4.
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
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ConsumerGroupPartitionMetadataKey.groupId")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerGroupPartitionMetadataKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.groupId = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupPartitionMetadataKey.groupId")
    }
}
