// generated from metadata/TopicRecord.json, do not edit (make regenerate)

import NIOCore

/// TopicRecord: Kafka metadata (key 2), versions 0, flexible versions 0+.
public struct TopicRecord: ProtocolMessage {
    public static let messageName = "TopicRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 2

    /// The topic name.
    /// Versions 0+.
    public var name: String = ""
    /// The unique ID of this topic.
    /// Versions 0+.
    public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        name: String = "",
        topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.name = name
        self.topicId = topicId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.name, flexible: flexible, "TopicRecord.name")
        writer.buffer.writeKafkaUuid(self.topicId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.name = try buffer.readKafkaString(flexible: flexible, "TopicRecord.name")
        self.topicId = try buffer.readKafkaUuid("TopicRecord.topicId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "TopicRecord")
        }
    }
}
