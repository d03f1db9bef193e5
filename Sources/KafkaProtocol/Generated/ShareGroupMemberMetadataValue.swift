// generated from group-coordinator/ShareGroupMemberMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupMemberMetadataValue: Kafka data, versions 0, flexible versions 0+.
public struct ShareGroupMemberMetadataValue: ProtocolMessage {
    public static let messageName = "ShareGroupMemberMetadataValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The (optional) rack id.
    /// Versions 0+, nullable 0+.
    public var rackId: String? = ""
    /// The client id.
    /// Versions 0+.
    public var clientId: String = ""
    /// The client host.
    /// Versions 0+.
    public var clientHost: String = ""
    /// The list of subscribed topic names.
    /// Versions 0+.
    public var subscribedTopicNames: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        rackId: String? = "",
        clientId: String = "",
        clientHost: String = "",
        subscribedTopicNames: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.rackId = rackId
        self.clientId = clientId
        self.clientHost = clientHost
        self.subscribedTopicNames = subscribedTopicNames
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.rackId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareGroupMemberMetadataValue.rackId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareGroupMemberMetadataValue.rackId")
        }
        try writer.buffer.writeKafkaString(self.clientId, flexible: flexible, "ShareGroupMemberMetadataValue.clientId")
        try writer.buffer.writeKafkaString(self.clientHost, flexible: flexible, "ShareGroupMemberMetadataValue.clientHost")
        writer.buffer.writeKafkaArrayCount(self.subscribedTopicNames.count, flexible: flexible)
        for element in self.subscribedTopicNames {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ShareGroupMemberMetadataValue.subscribedTopicNames")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.rackId = try buffer.readKafkaNullableString(flexible: flexible, "ShareGroupMemberMetadataValue.rackId")
        self.clientId = try buffer.readKafkaString(flexible: flexible, "ShareGroupMemberMetadataValue.clientId")
        self.clientHost = try buffer.readKafkaString(flexible: flexible, "ShareGroupMemberMetadataValue.clientHost")
        self.subscribedTopicNames = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupMemberMetadataValue.subscribedTopicNames") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ShareGroupMemberMetadataValue.subscribedTopicNames") }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupMemberMetadataValue")
        }
    }
}
