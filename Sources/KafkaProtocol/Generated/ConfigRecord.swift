// generated from metadata/ConfigRecord.json, do not edit (make regenerate)

import NIOCore

/// ConfigRecord: Kafka metadata (key 4), versions 0, flexible versions 0+.
public struct ConfigRecord: ProtocolMessage {
    public static let messageName = "ConfigRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 4

    /// The type of resource this configuration applies to.
    /// Versions 0+.
    public var resourceType: Int8 = 0
    /// The name of the resource this configuration applies to.
    /// Versions 0+.
    public var resourceName: String = ""
    /// The name of the configuration key.
    /// Versions 0+.
    public var name: String = ""
    /// The value of the configuration, or null if the it should be deleted.
    /// Versions 0+, nullable 0+.
    public var value: String? = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        resourceType: Int8 = 0,
        resourceName: String = "",
        name: String = "",
        value: String? = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.resourceType = resourceType
        self.resourceName = resourceName
        self.name = name
        self.value = value
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.resourceType)
        try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "ConfigRecord.resourceName")
        try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ConfigRecord.name")
        if let value = self.value {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ConfigRecord.value")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConfigRecord.value")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "ConfigRecord.resourceType")
        self.resourceName = try buffer.readKafkaString(flexible: flexible, "ConfigRecord.resourceName")
        self.name = try buffer.readKafkaString(flexible: flexible, "ConfigRecord.name")
        self.value = try buffer.readKafkaNullableString(flexible: flexible, "ConfigRecord.value")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConfigRecord")
        }
    }
}
