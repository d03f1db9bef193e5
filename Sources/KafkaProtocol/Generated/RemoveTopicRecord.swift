// generated from metadata/RemoveTopicRecord.json, do not edit (make regenerate)

import NIOCore

/// RemoveTopicRecord: Kafka metadata (key 9), versions 0, flexible versions 0+.
public struct RemoveTopicRecord: ProtocolMessage {
    public static let messageName = "RemoveTopicRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 9

    /// The topic to remove. All associated partitions will be removed as well.
    /// Versions 0+.
    public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topicId = topicId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaUuid(self.topicId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.topicId = try buffer.readKafkaUuid("RemoveTopicRecord.topicId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RemoveTopicRecord")
        }
    }
}
