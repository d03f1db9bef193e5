// generated from group-coordinator/OffsetCommitKey.json, do not edit (make regenerate)

import NIOCore

/// OffsetCommitKey: Kafka data, versions 0-1, flexible versions none.
public struct OffsetCommitKey: ProtocolMessage {
    public static let messageName = "OffsetCommitKey"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange.none

    /// group
    /// Versions 0-1.
    public var group: String = ""
    /// topic
    /// Versions 0-1.
    public var topic: String = ""
    /// partition
    /// Versions 0-1.
    public var partition: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        group: String = "",
        topic: String = "",
        partition: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.group = group
        self.topic = topic
        self.partition = partition
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.group, flexible: flexible, "OffsetCommitKey.group")
        try writer.buffer.writeKafkaString(self.topic, flexible: flexible, "OffsetCommitKey.topic")
        writer.buffer.writeInteger(self.partition)
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetCommitKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.group = try buffer.readKafkaString(flexible: flexible, "OffsetCommitKey.group")
        self.topic = try buffer.readKafkaString(flexible: flexible, "OffsetCommitKey.topic")
        self.partition = try buffer.readKafkaInteger(as: Int32.self, "OffsetCommitKey.partition")
    }
}
